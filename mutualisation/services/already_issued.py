"""Which documents a beneficiary was already issued for a period: the one query behind
« already issued » (issuing refuses a second statement, advance call or settlement for the
same period; the États page warns before issuing; the dashboard lists the periods still to
issue)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.periods import Period
from ..storage import models as m


def _documents(convention_id: int, beneficiary_id: int, kinds: Iterable[str]):
    return select(m.Statement).where(
        m.Statement.convention_id == convention_id, m.Statement.beneficiary_id == beneficiary_id,
        m.Statement.kind.in_(tuple(kinds)),
    )  # fmt: skip


def already_issued(
    session: Session, convention_id: int, beneficiary_id: int, period: Period,
    kinds: Iterable[str] = ("statement",), *, exact: bool = False,
) -> str | None:  # fmt: skip
    """The number of a document of one of ``kinds`` issued to the beneficiary under the
    convention that covers (part of) ``period`` — with ``exact``, one issued for exactly
    ``period`` — or None. The earliest issued is named when there are several."""
    query = _documents(convention_id, beneficiary_id, kinds)
    if exact:
        query = query.where(m.Statement.period_start == period.start, m.Statement.period_end == period.end)
    else:
        query = query.where(m.Statement.period_start <= period.end, m.Statement.period_end >= period.start)
    return session.scalar(query.with_only_columns(m.Statement.number).order_by(m.Statement.id).limit(1))


def issued_periods(session: Session, convention_id: int, beneficiary_id: int, kinds: Iterable[str]) -> list[Period]:
    """The periods of every document of ``kinds`` issued to the beneficiary under the convention
    (one query, for callers that test many periods: :func:`covers`)."""
    query = _documents(convention_id, beneficiary_id, kinds).with_only_columns(
        m.Statement.period_start, m.Statement.period_end
    )
    return [Period(start, end) for start, end in session.execute(query)]


def covers(issued: Iterable[Period], period: Period) -> bool:
    """Whether one of the ``issued`` periods covers (part of) ``period``, as :func:`already_issued`."""
    return any(p.start <= period.end and p.end >= period.start for p in issued)
