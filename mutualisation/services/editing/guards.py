"""What may not be deleted: records whose dates fall inside the period of an issued statement.

An issued statement is frozen (DESIGN §5). Deleting a bill, a month of payroll, a reading, a
dated share or surface… that it used would change the past silently, so it is refused with
the statement's number; correcting the record stays allowed, and the difference shows as
drift on the États page, from which a corrective statement or a credit note is issued.

Advance calls are left out: they come from the forecast, not from the recorded costs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.periods import Period
from ...domain.vocabulary import DocumentKind
from ...storage.models import Statement
from ...domain.i18n import tr, translate_marked
from ..errors import ServiceError
from .common import day

#: Kinds of documents computed from recorded costs.
ACTUAL_KINDS = tuple(kind.value for kind in DocumentKind if kind.actual)
#: The end of a span that has none (a charge or a share still in force).
OPEN_END = dt.date.max


def issued_statement(session: Session, start: dt.date, end: dt.date | None) -> Statement | None:
    """The first issued statement whose period shares a day with ``[start, end]``."""
    end = end or OPEN_END
    return session.scalar(
        select(Statement)
        .where(Statement.kind.in_(ACTUAL_KINDS))
        .where(Statement.period_start <= end, Statement.period_end >= start)
        .order_by(Statement.period_start, Statement.number)
        .limit(1)
    )


def span_text(start: dt.date, end: dt.date | None) -> str:
    if end is None or end == OPEN_END:
        return tr("Delete", "à partir du {day}", day=day(start))
    if start == end:
        return tr("Delete", "le {day}", day=day(start))
    return tr("Delete", "du {start} au {end}", start=day(start), end=day(end))


def deletion_refusal(session: Session, start: dt.date, end: dt.date | None, subject: str) -> str:
    """Why ``subject`` (« cette facture ») may not be deleted, or "" when it may."""
    statement = issued_statement(session, start, end)
    if statement is None:
        return ""
    period = Period(statement.period_start, statement.period_end)
    return tr(
        "Delete", "Suppression refusée : {subject} ({span}) entre dans la période de l'état n° {number} ({period}), "
        "déjà émis. Corrigez plutôt l'enregistrement : l'écart apparaîtra sur la page États, d'où émettre un état "
        "rectificatif ou un avoir.", subject=subject, span=span_text(start, end), number=statement.number,
        period=period.label,
    )


def refuse_deletion_if_issued(session: Session, start: dt.date, end: dt.date | None, subject: str) -> None:
    message = deletion_refusal(session, start, end, subject)
    if message:
        raise ServiceError(message)


def dated_span(effective: dt.date, sibling_dates: Iterable[dt.date]) -> tuple[dt.date, dt.date | None]:
    """The days a dated value is in force: from its date to the day before the next one."""
    later = [d for d in sibling_dates if d > effective]
    return effective, (min(later) - dt.timedelta(days=1)) if later else None


def refuse_if_used(uses: Iterable[tuple[int, str]], subject: str) -> None:
    """Refuse to delete ``subject`` while records refer to it: ``uses`` are (count, what) pairs,
    ``what`` marked with tr_noop("Delete", …)."""
    found = [f"{count} {translate_marked('Delete', what)}" for count, what in uses if count]
    if found:
        raise ServiceError(tr(
            "Delete", "Suppression impossible : {subject} est utilisé(e) par {uses}. Rattachez-les d'abord ailleurs ou "
            "supprimez-les.", subject=subject, uses=", ".join(found),
        ))
