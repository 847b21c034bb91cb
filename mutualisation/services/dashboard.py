"""The dashboard's figures (the interface computes them on a worker thread): the running
billing period's total for each beneficiary, the last eight periods by section, and the
alerts of the day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..domain.periods import FREQUENCY_MONTHS, Period, add_months

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .alerts import Alert

#: How many billing periods the chart shows.
PERIODS_SHOWN = 8


@dataclass(frozen=True, slots=True)
class BeneficiaryFigures:
    party_id: int
    code: str
    name: str
    #: One mapping section → amount per period of ``DashboardFigures.periods``.
    by_period: tuple[dict[str, Decimal], ...]

    @property
    def current_total(self) -> Decimal:
        return sum(self.by_period[-1].values(), Decimal("0.00"))


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    convention_reference: str | None
    current: Period | None
    periods: tuple[Period, ...]  # oldest first; the last is the running period
    beneficiaries: tuple[BeneficiaryFigures, ...]
    #: Problems of the running period (missing payroll, readings…): its totals are provisional.
    current_problems: int
    alerts: tuple[Alert, ...]


def last_periods(current: Period, frequency_months: int, count: int = PERIODS_SHOWN) -> list[Period]:
    """``count`` billing periods ending with ``current``, oldest first."""
    periods = []
    start = current.start
    for _ in range(count):
        end = add_months(start, frequency_months) - dt.timedelta(days=1)
        periods.append(Period(start, end))
        start = add_months(start, -frequency_months)
    return periods[::-1]


def dashboard_figures(
    session: Session, today: dt.date, count: int = PERIODS_SHOWN, with_alerts: bool = True
) -> DashboardFigures:
    """Everything the dashboard shows besides the register counts: the last ``count``
    billing periods (the page asks for the running one first, then the chart's), and the
    alerts unless ``with_alerts`` is false.

    The alerts look at the running and the last billing period, which the chart shows too:
    each is computed once.
    """
    from .costs import previews_shared

    with previews_shared(session):
        return _figures(session, today, count, with_alerts)


def _figures(session: Session, today: dt.date, count: int, with_alerts: bool) -> DashboardFigures:
    # Imported here, on the worker's thread: the page (and the window's first paint) needs
    # only the dataclasses above, not the engine, the alerts and the documents behind them.
    from sqlalchemy import select

    from ..domain.lines import SECTION_ORDER
    from ..storage import models as m
    from . import alerts as alert_service
    from .alerts import billing_period_of
    from .costs import preview

    alerts = tuple(alert_service.alerts(session, today)) if with_alerts else ()
    convention = session.scalar(select(m.Convention).order_by(m.Convention.start_date).limit(1))
    if convention is None:
        return DashboardFigures(None, None, (), (), 0, alerts)
    current = billing_period_of(today, convention.billing_frequency)
    periods = last_periods(current, FREQUENCY_MONTHS[convention.billing_frequency], count)
    parties = [(b.party_id, b.party.code, b.party.name) for b in convention.beneficiaries]
    amounts: dict[int, list[dict[str, Decimal]]] = {pid: [] for pid, _c, _n in parties}
    problems = 0
    for period in periods:
        if period.end < convention.start_date:
            result = None
        else:
            result = preview(session, convention, period)
        for pid, _code, _name in parties:
            amounts[pid].append(
                {s: result.section_total(pid, s) for s in SECTION_ORDER} if result else {}
            )
        if period == current and result is not None:
            problems = len(result.problems)
    return DashboardFigures(
        convention.reference, current, tuple(periods),
        tuple(BeneficiaryFigures(pid, code, name, tuple(amounts[pid])) for pid, code, name in parties),
        problems, alerts,
    )  # fmt: skip
