"""Equipment: value, date in service, useful life, and the dated key its costs follow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from ...domain.periods import add_years
from ...domain.i18n import tr, tr_noop
from ...storage import models as m
from ...storage.models.resources import EQUIPMENT_KINDS
from ..errors import ServiceError
from ._uses import count, expenses_attached
from .common import record_for_save, check_amount, fetch, text
from .guards import refuse_deletion_if_issued, refuse_if_used
from .history import DatedEntry, entries_of, save_history


@dataclass(frozen=True, slots=True)
class EquipmentValues:
    name: str
    kind: str
    acquisition_value: Decimal | None
    in_service_date: dt.date | None
    useful_life_years: int | None
    version: int | None = None


def load_equipment(session: Session, equipment_id: int) -> tuple[EquipmentValues, list[DatedEntry]]:
    item = fetch(session, m.Equipment, equipment_id, tr("Edit", "le matériel"))
    values = EquipmentValues(item.name, item.kind, item.acquisition_value, item.in_service_date,
                             item.useful_life_years, item.version)  # fmt: skip
    return values, entries_of(session, "equipment_key", equipment_id)


def _check_key(session: Session):
    def check(entry: DatedEntry) -> None:
        if session.get(m.AllocationKey, entry.value) is None:
            raise ServiceError(tr("Edit", "Clé de répartition : cette clé n'existe plus."))

    return check


def save_equipment(session: Session, equipment_id: int | None, values: EquipmentValues,
                   keys: Sequence[DatedEntry]) -> int:  # fmt: skip
    """Create or correct an item and its key history (at least one key)."""
    name = text(values.name, tr("Edit", "Désignation"), max_length=200)
    if values.kind not in EQUIPMENT_KINDS:
        raise ServiceError(tr("Edit", "Type : choisissez dans la liste."))
    value = check_amount(values.acquisition_value, tr("Edit", "Valeur d'acquisition"))
    if values.in_service_date is None:
        raise ServiceError(tr("Edit", "Mise en service : ce champ est obligatoire."))
    life = values.useful_life_years
    if life is None or not 1 <= life <= 100:
        raise ServiceError(tr("Edit", "Durée d'amortissement : de 1 à 100 ans."))
    if not keys:
        raise ServiceError(tr("Edit", "Clé de répartition : indiquez la clé que suivent les coûts de ce matériel."))
    item = record_for_save(session, m.Equipment, equipment_id, values.version, "le matériel")
    item.name, item.kind, item.acquisition_value = name, values.kind, value
    item.in_service_date, item.useful_life_years = values.in_service_date, life
    session.flush()
    save_history(session, "equipment_key", item.id, keys, tr("Edit", "Clé de répartition"), _check_key(session))
    return item.id


def delete_equipment(session: Session, equipment_id: int) -> None:
    """Refused while bills, charges or meters refer to it, or while its depreciation fell in an
    issued period."""
    item = fetch(session, m.Equipment, equipment_id, tr("Edit", "le matériel"))
    refuse_if_used(
        [*expenses_attached(session, "equipment_id", equipment_id),
         (count(session, m.Meter, m.Meter.equipment_id == equipment_id), tr_noop("Delete", "compteur(s)"))],
        tr("Delete", "le matériel « {name} »", name=item.name),
    )  # fmt: skip
    if item.acquisition_value:
        last = add_years(item.in_service_date, item.useful_life_years) - dt.timedelta(days=1)
        refuse_deletion_if_issued(session, item.in_service_date, last, tr("Delete", "l'amortissement de « {name} »", name=item.name))
    session.delete(item)
    session.flush()
