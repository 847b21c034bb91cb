"""The dashboard's figures (the interface computes them on a worker thread): the running
billing period's total for each beneficiary, the year so far, the last eight periods by
section, and the alerts of the day.

Every figure is a billing period's, as its statement bills it; the year so far is the sum of
the year's billing periods up to the running one (R13), never a one-shot computation over the
year, so that it always equals what the year's statements add up to.
"""

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
    #: The sum of the year's billing periods up to the running one (R13); with the chart's figures.
    year_to_date: Decimal = Decimal("0.00")

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
    #: The billing periods of the running year so far (the last is the running period); empty
    #: in the first, quick figures of the running period alone.
    year_periods: tuple[Period, ...] = ()


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
    billing periods (the page asks for the running one first, then the chart's, which come
    with the year so far), and the alerts unless ``with_alerts`` is false.

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
    from ..domain.periods import billing_periods
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
    # The year so far, with the chart's periods (computed once: the previews are shared).
    year_periods = () if count < 2 else tuple(
        p for p in billing_periods(current.start.year, convention.billing_frequency) if p.start <= current.start
    )  # fmt: skip
    year_results = [preview(session, convention, p) for p in year_periods if p.end >= convention.start_date]
    year_to_date = {pid: sum((r.total(pid) for r in year_results), Decimal("0.00")) for pid, _c, _n in parties}
    return DashboardFigures(
        convention.reference, current, tuple(periods),
        tuple(BeneficiaryFigures(pid, code, name, tuple(amounts[pid]), year_to_date[pid])
              for pid, code, name in parties),
        problems, alerts, year_periods,
    )  # fmt: skip
