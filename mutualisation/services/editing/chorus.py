"""A beneficiary's Chorus Pro references, per budget year, saved whole with the party."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.chorus import FIRST_YEAR, LAST_YEAR, ChorusYear
from ...storage import models as m
from ..errors import ServiceError
from .common import fetch, text


def load_chorus_years(session: Session, party_id: int) -> list[ChorusYear]:
    rows = session.scalars(
        select(m.ChorusReference).where(m.ChorusReference.party_id == party_id).order_by(m.ChorusReference.year)
    )
    return [ChorusYear(r.year, r.service_code, r.engagement_number) for r in rows]


def checked_year(entry: ChorusYear) -> ChorusYear:
    """``entry`` with its texts stripped, or a refusal saying what is wrong with it."""
    if not isinstance(entry.year, int) or not FIRST_YEAR <= entry.year <= LAST_YEAR:
        raise ServiceError(f"Année des références Chorus Pro : entre {FIRST_YEAR} et {LAST_YEAR} (par exemple 2026).")
    service_code = text(entry.service_code, f"Code service {entry.year}", required=False, max_length=100)
    engagement = text(entry.engagement_number, f"Numéro d'engagement {entry.year}", required=False, max_length=100)
    if not service_code and not engagement:
        raise ServiceError(
            f"Références Chorus Pro {entry.year} : indiquez le code service, le numéro d'engagement ou les deux."
        )
    return ChorusYear(entry.year, service_code, engagement)


def save_chorus_years(session: Session, party_id: int, entries: list[ChorusYear]) -> None:
    """Replace the party's references by ``entries`` (one per year), all or nothing."""
    party = fetch(session, m.Party, party_id, "la partie")
    checked = [checked_year(e) for e in entries]
    years = [e.year for e in checked]
    twice = sorted({y for y in years if years.count(y) > 1})
    if twice:
        raise ServiceError(f"Références Chorus Pro : l'année {twice[0]} est donnée deux fois.")
    stored = {r.year: r for r in party.chorus_references}
    for year, row in stored.items():
        if year not in years:
            # Deleted explicitly, not left as an orphan: the audit log sees explicit deletes.
            party.chorus_references.remove(row)
            session.delete(row)
    for entry in checked:
        row = stored.get(entry.year)
        if row is None:
            row = m.ChorusReference(year=entry.year)
            party.chorus_references.append(row)
        row.service_code, row.engagement_number = entry.service_code, entry.engagement_number
    session.flush()


def chorus_year(session: Session, party_id: int, year: int) -> ChorusYear | None:
    """The party's references for ``year``, or None."""
    row = session.scalar(
        select(m.ChorusReference).where(m.ChorusReference.party_id == party_id, m.ChorusReference.year == year)
    )
    return None if row is None else ChorusYear(row.year, row.service_code, row.engagement_number)
