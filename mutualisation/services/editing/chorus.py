"""A beneficiary's Chorus Pro references, per budget year, saved whole with the party."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.chorus import FIRST_YEAR, LAST_YEAR, ChorusYear
from ...domain.i18n import tr
from ...storage import models as m
from ..errors import ServiceError
from .common import fetch, text


class ChorusReferenceError(ServiceError):
    """A refused year of references, with the field it concerns (``year``, ``service_code`` or
    ``engagement_number``): the import names that column whatever the language of the message."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


def load_chorus_years(session: Session, party_id: int) -> list[ChorusYear]:
    rows = session.scalars(
        select(m.ChorusReference).where(m.ChorusReference.party_id == party_id).order_by(m.ChorusReference.year)
    )
    return [ChorusYear(r.year, r.service_code, r.engagement_number) for r in rows]


def checked_year(entry: ChorusYear) -> ChorusYear:
    """``entry`` with its texts stripped, or a refusal saying what is wrong with it."""
    if not isinstance(entry.year, int) or not FIRST_YEAR <= entry.year <= LAST_YEAR:
        raise ChorusReferenceError(tr(
            "Edit", "Année des références Chorus Pro : entre {first} et {last} (par exemple 2026).",
            first=FIRST_YEAR, last=LAST_YEAR,
        ), "year")
    service_code = _reference(entry.service_code, tr("Edit", "Code service {year}", year=entry.year), "service_code")
    engagement = _reference(entry.engagement_number, tr("Edit", "Numéro d'engagement {year}", year=entry.year),
                            "engagement_number")
    if not service_code and not engagement:
        raise ChorusReferenceError(tr(
            "Edit", "Références Chorus Pro {year} : indiquez le code service, le numéro d'engagement ou les deux.",
            year=entry.year,
        ), "engagement_number")
    return ChorusYear(entry.year, service_code, engagement)


def _reference(value: str, caption: str, field: str) -> str:
    try:
        return text(value, caption, required=False, max_length=100)
    except ServiceError as exc:
        raise ChorusReferenceError(str(exc), field) from None


def save_chorus_years(session: Session, party_id: int, entries: list[ChorusYear]) -> None:
    """Replace the party's references by ``entries`` (one per year), all or nothing."""
    party = fetch(session, m.Party, party_id, tr("Edit", "la partie"))
    checked = [checked_year(e) for e in entries]
    years = [e.year for e in checked]
    twice = sorted({y for y in years if years.count(y) > 1})
    if twice:
        raise ServiceError(tr("Edit", "Références Chorus Pro : l'année {year} est donnée deux fois.", year=twice[0]))
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
