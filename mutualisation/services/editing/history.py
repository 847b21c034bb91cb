"""Dated histories: a value in force from a date on, edited as a list, never overwritten.

A history is saved whole: entries that carry an ``id`` correct a stored value, entries
without one are added, and stored values missing from the list are removed — unless they
fall inside the period of an issued statement (:mod:`.guards`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import french
from ...domain.i18n import tr, tr_noop, translate_marked
from ...storage.models import (
    CategoryKey,
    EquipmentKey,
    FixedKeyShare,
    OwnHeadcount,
    Party,
    SiteSurface,
    StaffShare,
    WorkingTime,
)
from ..concurrency import ConcurrentEditError
from ..errors import ServiceError
from .common import day
from .guards import dated_span, deletion_refusal, refuse_deletion_if_issued


@dataclass(frozen=True, slots=True)
class DatedEntry:
    """One value of a history, in force from ``effective_date`` until the next one.

    ``value`` is a Decimal (share, working time, area, FTE) or an allocation key id;
    ``party_id`` says whose value it is where a history holds one per party.
    """

    effective_date: dt.date
    value: Decimal | int
    party_id: int | None = None
    amendment_id: int | None = None
    id: int | None = None
    #: The stored version it was read at (someone else's later change is then refused).
    version: int | None = None


@dataclass(frozen=True, slots=True)
class _Spec:
    model: type
    owner: str
    value: str
    per_party: bool
    subject: str


SPECS = {
    "working_time": _Spec(WorkingTime, "staff_id", "fraction", False, tr_noop("Delete", "ce temps de travail")),
    "staff_share": _Spec(StaffShare, "staff_id", "share", True, tr_noop("Delete", "cette quotité")),
    "surface": _Spec(SiteSurface, "site_id", "area", True, tr_noop("Delete", "cette surface")),
    "fixed_share": _Spec(FixedKeyShare, "key_id", "share", True, tr_noop("Delete", "ce pourcentage")),
    "equipment_key": _Spec(EquipmentKey, "equipment_id", "key_id", False, tr_noop("Delete", "cette clé du matériel")),
    "category_key": _Spec(CategoryKey, "category_id", "key_id", False, tr_noop("Delete", "cette clé de catégorie")),
    "headcount": _Spec(OwnHeadcount, "party_id", "fte", False, tr_noop("Delete", "cet effectif")),
}


def entries_of(session: Session, kind: str, owner_id: int) -> list[DatedEntry]:
    """The stored history of one owner (a person, a site, a key…), by date then party."""
    spec = SPECS[kind]
    model = spec.model
    rows = session.scalars(
        select(model).where(getattr(model, spec.owner) == owner_id).order_by(model.effective_date, model.id)
    )
    return [_entry(spec, row) for row in rows]


def _entry(spec: _Spec, row) -> DatedEntry:
    return DatedEntry(
        row.effective_date, getattr(row, spec.value), row.party_id if spec.per_party else None,
        row.amendment_id, row.id, row.version,
    )  # fmt: skip


def _subject(session: Session, spec: _Spec, entry: DatedEntry) -> str:
    if spec.per_party and entry.party_id is not None:
        party = session.get(Party, entry.party_id)
        if party is not None:
            return tr("Delete", "{subject} de {party}", subject=translate_marked("Delete", spec.subject),
                      party=party.code)
    return translate_marked("Delete", spec.subject)


def _span(entry: DatedEntry, history: Iterable[DatedEntry]) -> tuple[dt.date, dt.date | None]:
    siblings = [e.effective_date for e in history if e.party_id == entry.party_id and e.id != entry.id]
    return dated_span(entry.effective_date, siblings)


def removal_refusal(session: Session, kind: str, entry_id: int) -> str:
    """Why the stored entry ``entry_id`` may not be removed from its history, or ""."""
    spec = SPECS[kind]
    row = session.get(spec.model, entry_id)
    if row is None:
        return ""
    entry = _entry(spec, row)
    start, end = _span(entry, entries_of(session, kind, getattr(row, spec.owner)))
    return deletion_refusal(session, start, end, _subject(session, spec, entry))


def check_entries(entries: Sequence[DatedEntry], caption: str,
                  party_names: dict[int, str] | None = None) -> None:  # fmt: skip
    """Each entry has a date and a value, and no two share a date (for the same party)."""
    seen: set[tuple[int | None, dt.date]] = set()
    for entry in entries:
        if entry.effective_date is None:
            raise ServiceError(tr("Edit", "{caption} : chaque valeur doit avoir sa date d'effet.", caption=caption))
        if entry.value is None:
            raise ServiceError(tr("Edit", "{caption} : la valeur au {day} manque.", caption=caption,
                                  day=day(entry.effective_date)))
        key = (entry.party_id, entry.effective_date)
        if key in seen:
            if party_names and entry.party_id:
                message = tr(
                    "Edit", "{caption} : deux valeurs pour {party} à la même date ({day}). Corrigez celle qui "
                    "existe plutôt que d'en ajouter une autre.",
                    caption=caption, party=party_names.get(entry.party_id, ""), day=day(entry.effective_date),
                )
            else:
                message = tr(
                    "Edit", "{caption} : deux valeurs à la même date ({day}). Corrigez celle qui existe plutôt "
                    "que d'en ajouter une autre.", caption=caption, day=day(entry.effective_date),
                )
            raise ServiceError(message)
        seen.add(key)


def check_total_at_most_one(entries: Sequence[DatedEntry], caption: str, rest: str) -> None:
    """On every date, the values in force for all parties add up to 100 % at most."""
    by_party: dict[int | None, list[DatedEntry]] = defaultdict(list)
    for entry in sorted(entries, key=lambda e: e.effective_date):
        by_party[entry.party_id].append(entry)
    for on in sorted({e.effective_date for e in entries}):
        total = Decimal(0)
        for history in by_party.values():
            in_force = [e for e in history if e.effective_date <= on]
            if in_force:
                total += Decimal(in_force[-1].value)
        if total > 1:
            raise ServiceError(tr(
                "Edit", "{caption} : au {day}, le total atteint {total} ; il ne peut dépasser 100\u00a0% ({rest}).",
                caption=caption, day=day(on), total=french.short_percent(total), rest=rest,
            ))


def save_history(session: Session, kind: str, owner_id: int, entries: Sequence[DatedEntry],
                 caption: str, check: Callable[[DatedEntry], None] | None = None) -> None:  # fmt: skip
    """Make the stored history of ``owner_id`` what ``entries`` say; see the module docstring."""
    spec = SPECS[kind]
    check_entries(entries, caption, dict(session.execute(select(Party.id, Party.code)).all()))
    for entry in entries:
        if check is not None:
            check(entry)
    stored = {row.id: row for row in session.scalars(
        select(spec.model).where(getattr(spec.model, spec.owner) == owner_id)
    )}  # fmt: skip
    old_history = [_entry(spec, row) for row in stored.values()]
    kept = {entry.id for entry in entries if entry.id is not None}
    unknown = kept - stored.keys()
    if unknown:
        raise ServiceError(tr("Edit", "{caption} : une valeur a été supprimée entre-temps ; rouvrez la fiche.",
                              caption=caption))
    for entry in entries:
        row = stored.get(entry.id) if entry.id is not None else None
        if row is not None and entry.version is not None and row.version != entry.version:
            raise ConcurrentEditError(spec.model, row.id, entry.version, row.version)
    removed = [row for entry_id, row in stored.items() if entry_id not in kept]
    for row in removed:
        old = _entry(spec, row)
        start, end = _span(old, old_history)
        refuse_deletion_if_issued(session, start, end, _subject(session, spec, old))
    for row in removed:
        session.delete(row)
    # Deletions first, so that a value moved to a freed date does not collide.
    session.flush()
    for entry in entries:
        if entry.id is not None:
            row = stored[entry.id]
        else:
            row = spec.model(**{spec.owner: owner_id})
            session.add(row)
        row.effective_date = entry.effective_date
        setattr(row, spec.value, entry.value)
        if spec.per_party:
            row.party_id = entry.party_id
        row.amendment_id = entry.amendment_id
    session.flush()


def delete_entry(session: Session, kind: str, entry_id: int) -> None:
    """Remove one stored value from its history, unless an issued statement used it."""
    spec = SPECS[kind]
    row = session.get(spec.model, entry_id)
    if row is None:
        raise ServiceError(tr("Edit", "Cette valeur a déjà été supprimée."))
    message = removal_refusal(session, kind, entry_id)
    if message:
        raise ServiceError(message)
    session.delete(row)
    session.flush()


@dataclass(frozen=True, slots=True)
class YearAmount:
    """An amount for a whole year (planned staff cost, category budget) for the forecast."""

    year: int
    amount: Decimal
    id: int | None = None


def year_amounts(session: Session, model, owner: str, owner_id: int) -> list[YearAmount]:
    rows = session.scalars(select(model).where(getattr(model, owner) == owner_id).order_by(model.year))
    return [YearAmount(row.year, row.amount, row.id) for row in rows]


def save_year_amounts(session: Session, model, owner: str, owner_id: int,
                      items: Sequence[YearAmount], caption: str) -> None:  # fmt: skip
    """Replace the yearly amounts of ``owner_id``: forecasts only, so nothing issued is at stake."""
    years = set()
    for item in items:
        if not 2000 <= item.year <= 2100:
            raise ServiceError(tr("Edit", "{caption} : année {year} hors limites (2000 à 2100).", caption=caption,
                                  year=item.year))
        if item.year in years:
            raise ServiceError(tr("Edit", "{caption} : l'année {year} figure deux fois.", caption=caption, year=item.year))
        if item.amount is None or item.amount < 0:
            raise ServiceError(tr("Edit", "{caption} : le montant de {year} doit être positif ou nul.", caption=caption,
                                  year=item.year))
        if item.amount != item.amount.quantize(Decimal("0.01")):
            raise ServiceError(tr("Edit", "{caption} : 2 décimales au plus ({year}).", caption=caption, year=item.year))
        years.add(item.year)
    stored = {row.id: row for row in session.scalars(select(model).where(getattr(model, owner) == owner_id))}
    wanted = {item.id for item in items if item.id is not None}
    for row_id, row in stored.items():
        if row_id not in wanted:
            session.delete(row)
    session.flush()
    for item in items:
        row = stored.get(item.id) if item.id is not None else None
        if row is None:
            row = model(**{owner: owner_id})
            session.add(row)
        row.year, row.amount = item.year, item.amount
    session.flush()
