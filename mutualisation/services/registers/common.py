"""Shared by the register views: the party-share value and the helpers that pick values in force."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...storage.models import ConventionBeneficiary, Party


@dataclass(frozen=True, slots=True)
class PartyShare:
    """A party's value (share, area, percentage) inside another row."""

    party_code: str
    party_name: str
    value: Decimal


def in_force(
    values: Iterable[tuple[object, dt.date, object]], on: dt.date
) -> dict[object, object]:
    """For (key, effective date, value) triples sorted by date: each key's latest value on ``on``."""
    result: dict[object, object] = {}
    for key, effective, value in values:
        if effective <= on:
            result[key] = value
    return result


def on_or_today(on: dt.date | None) -> dt.date:
    return on if on is not None else dt.date.today()


def attachment_of(site: str | None, equipment: str | None, category: str | None) -> tuple[str, str]:
    if site is not None:
        return "site", site
    if equipment is not None:
        return "equipment", equipment
    return "category", category or ""


def count_rows(session: Session, model) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def beneficiary_order(session: Session) -> list[tuple[int, str, str]]:
    """(party id, code, name) of every beneficiary, in convention order."""
    rows = session.execute(
        select(Party.id, Party.code, Party.name, func.min(ConventionBeneficiary.position))
        .join(ConventionBeneficiary, ConventionBeneficiary.party_id == Party.id)
        .group_by(Party.id, Party.code, Party.name)
        .order_by(func.min(ConventionBeneficiary.position), Party.name)
    ).all()
    return [(party_id, code, name) for party_id, code, name, _ in rows]
