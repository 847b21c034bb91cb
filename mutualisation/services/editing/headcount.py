"""Own headcount: the FTE of each party not in the staff register, from a date on (headcount keys)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from ...domain.i18n import tr
from ...storage import models as m
from ..errors import ServiceError
from .common import day, fetch
from .history import DatedEntry, entries_of, save_history


def load_headcount(session: Session, party_id: int) -> list[DatedEntry]:
    fetch(session, m.Party, party_id, tr("Edit", "la partie"))
    return entries_of(session, "headcount", party_id)


def _check_fte(entry: DatedEntry) -> None:
    if entry.value < 0:
        raise ServiceError(tr("Edit", "Effectif au {day} : un effectif ne peut pas être négatif.",
                              day=day(entry.effective_date)))
    if entry.value > 100000:
        raise ServiceError(tr("Edit", "Effectif au {day} : valeur trop grande.", day=day(entry.effective_date)))


def save_headcount(session: Session, party_id: int, entries: Sequence[DatedEntry]) -> None:
    """Make the party's dated FTE what ``entries`` say (values in FTE, e.g. 2.5)."""
    fetch(session, m.Party, party_id, tr("Edit", "la partie"))
    save_history(session, "headcount", party_id, entries, tr("Edit", "Effectifs"), _check_fte)
