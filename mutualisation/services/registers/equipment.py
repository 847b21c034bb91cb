"""Equipment and its allocation key in force."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...storage.models import AllocationKey, Equipment, EquipmentKey
from .common import in_force, on_or_today


@dataclass(frozen=True, slots=True)
class EquipmentRow:
    id: int
    name: str
    kind: str
    acquisition_value: Decimal
    in_service_date: dt.date
    useful_life_years: int
    key_name: str | None


def equipment(session: Session, on: dt.date | None = None) -> list[EquipmentRow]:
    """The equipment register with the key in force on ``on``, by name."""
    keys = in_force(
        session.execute(
            select(EquipmentKey.equipment_id, EquipmentKey.effective_date, AllocationKey.name)
            .join(AllocationKey, AllocationKey.id == EquipmentKey.key_id)
            .order_by(EquipmentKey.effective_date)
        ),
        on_or_today(on),
    )
    rows = session.execute(
        select(
            Equipment.id, Equipment.name, Equipment.kind, Equipment.acquisition_value,
            Equipment.in_service_date, Equipment.useful_life_years,
        ).order_by(Equipment.name)
    )
    return [EquipmentRow(*row, key_name=keys.get(row.id)) for row in rows]
