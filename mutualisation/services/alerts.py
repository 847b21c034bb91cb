"""What needs the manager's attention today, each with the place to act (DESIGN §6, dashboard).

:func:`alerts` gathers, for every convention:

- the data missing to issue the billing period just ended and the one running (payroll,
  meter readings, keys…), from the preview's own problems — only those concerning a day
  already reached: December's payroll is not missing on 26 November;
- the statement still to issue for the period just ended, per beneficiary;
- issued statements unpaid, or overdue;
- drift: an issued period whose data changed since (a correction is to issue);
- the notice deadline, or the end of a convention without renewal, within 90 days.

Each :class:`Alert` names the page to open (a key of the main window's navigation) and the
record to show there (``item_kind``/``item_id``, the kinds of
:class:`~mutualisation.domain.problems.Problem`, plus "statement", "beneficiary" and
"convention").
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import french
from ..domain.i18n import tr
from ..domain.periods import Period, billing_periods
from ..domain.forecast import MISSING_PLANNED_COST, MISSING_PLANNED_USE
from ..domain.problems import MISSING_PAYROLL, MISSING_READINGS, ZERO_KEY_TOTAL, Problem
from ..storage import models as m
from . import registers
from .already_issued import covers, issued_periods
from .corrections import drift
from .costs import forecast_preview, preview
from .errors import ServiceError
from .payments import list_statements

#: Days before a deadline from which it is announced.
WARNING_DAYS = 90

#: The page where each kind of record is corrected.
PROBLEM_PAGES = {
    "staff": "staff",
    "meter": "keys",
    "site": "premises",
    "key": "keys",
    "category": "keys",
    "equipment": "equipment",
    "bill": "expenses",
    "charge": "expenses",
    "planned_cost": "staff",  # a person's planned annual cost, for the forecast
    "planned_use": "keys",  # a meter's planned use, for the forecast
    "convention": "convention",  # a clause it lacks (the VAT of a section)
    "payroll": "staff",  # a person's payroll of a month, in the payroll grid
    "readings": "keys",  # a meter's readings of a period, in the readings grid
    "headcount": "keys",  # the parties' own headcount
}

#: Where the data a problem lacks is typed, when it is not the record's own form.
_ENTRY_PLACES = {
    MISSING_PAYROLL: "payroll",
    MISSING_READINGS: "readings",
    MISSING_PLANNED_USE: "planned_use",
    MISSING_PLANNED_COST: "planned_cost",
}

#: Forecast problems name planned inputs, entered elsewhere than the actual ones.
_PLANNED_KINDS = {MISSING_PLANNED_COST: "planned_cost", MISSING_PLANNED_USE: "planned_use"}

LEVELS = ("danger", "warning", "info")


@dataclass(frozen=True, slots=True)
class Alert:
    """One thing to do: how urgent, what, and where to do it."""

    level: str  # "danger", "warning" or "info"
    kind: str  # "missing_data", "to_issue", "overdue", "unpaid", "drift", "notice", "term_end"
    message: str
    page: str  # the page to open
    item_kind: str  # the record to show there
    item_id: int
    day: dt.date | None = None
    detail: str = ""
    #: For missing data, the problem's code (:mod:`~mutualisation.domain.problems`).
    code: str = ""

    @property
    def place(self) -> str:
        """Where to act: for missing data, the place it is entered (:func:`entry_place`)."""
        return entry_place(self.code, self.item_kind) if self.kind == "missing_data" else self.item_kind


def page_of(item_kind: str) -> str:
    """The page where a problem's record is corrected."""
    return PROBLEM_PAGES.get(item_kind, "keys")


def entry_place(code: str, item_kind: str) -> str:
    """Where the data a problem (``code`` on a record of ``item_kind``) lacks is entered:
    "payroll" (the payroll grid at that month), "readings" (the meter's readings grid at that
    period), "planned_use" (the year's planned use), "planned_cost" (the person's planned
    cost), otherwise the record itself (``item_kind``), whose form holds the missing value."""
    if code == ZERO_KEY_TOTAL and item_kind == "meter":  # readings all zero: typed in the same grid
        return "readings"
    if code == ZERO_KEY_TOTAL and item_kind == "key":  # a headcount key finds no one
        return "headcount"
    return _ENTRY_PLACES.get(code, item_kind)


def alerts(session: Session, today: dt.date | None = None) -> list[Alert]:
    """Every alert of the day, the most urgent first, then by date."""
    today = today or dt.date.today()
    found: list[Alert] = []
    conventions = list(session.scalars(select(m.Convention).order_by(m.Convention.start_date)))
    for convention in conventions:
        found += _data_alerts(session, convention, today)
    found += _payment_alerts(session, today)
    found += _drift_alerts(session)
    for row in registers.conventions(session):
        found += _date_alerts(row, today)
    return sorted(found, key=lambda a: (LEVELS.index(a.level), a.day or dt.date.min))


def billing_period_of(day: dt.date, frequency: str) -> Period:
    """The billing period containing ``day`` for a convention's frequency."""
    return next(p for p in billing_periods(day.year, frequency) if day in p)


def _data_alerts(session: Session, convention: m.Convention, today: dt.date) -> list[Alert]:
    if convention.start_date > today:
        return []
    current = billing_period_of(today, convention.billing_frequency)
    ended = billing_period_of(current.start - dt.timedelta(days=1), convention.billing_frequency)
    periods = [p for p in (ended, current) if p.end >= convention.start_date]
    grouped: dict[tuple[str, str, int], list[Problem]] = defaultdict(list)
    blocking: set[tuple[str, str, int]] = set()  # keeps the period just ended from being issued
    for period in periods:
        for problem in preview(session, convention, period).problems:
            if problem.day is None or problem.day <= today:
                key = (problem.code, problem.item_kind, problem.item_id)
                grouped[key].append(problem)
                if period is ended:
                    blocking.add(key)
    result = []
    for key, problems in grouped.items():
        _code, kind, ident = key
        problems = sorted(set(problems), key=lambda p: p.day or dt.date.min)
        first = problems[0]
        detail = tr("Alert", "et {count} autre(s) date(s)", count=len(problems) - 1) if len(problems) > 1 else ""
        level = "warning" if key in blocking else "info"
        result.append(Alert(level, "missing_data", first.message, page_of(entry_place(first.code, kind)), kind,
                            ident, first.day, detail, first.code))  # fmt: skip
    if convention.advance_mode:
        result += _forecast_alerts(session, convention, current.start.year)
    if ended.end >= convention.start_date:
        result += _to_issue(session, convention, ended)
    return result


def _forecast_alerts(session: Session, convention: m.Convention, year: int) -> list[Alert]:
    """In advance mode, the year's advance calls come from its forecast: what it lacks (planned
    cost, planned meter use), each opening the place to enter it."""
    result = []
    for problem in forecast_preview(session, convention, year).problems:
        kind = _PLANNED_KINDS.get(problem.code, problem.item_kind)
        result.append(Alert("warning", "missing_data", problem.message, page_of(kind), kind, problem.item_id,
                            problem.day, tr("Alert", "nécessaire aux appels de fonds {year}", year=year),
                            problem.code))  # fmt: skip
    return result


def past_periods_without_statement(session: Session, convention: m.Convention, beneficiary_id: int,
                                   today: dt.date | None = None) -> list[Period]:
    """The billing periods ended before ``today`` that no statement (nor advance call) covers for
    this beneficiary, the oldest first."""
    today = today or dt.date.today()
    frequency = convention.billing_frequency
    ended = billing_period_of(billing_period_of(today, frequency).start - dt.timedelta(days=1), frequency)
    covered = issued_periods(session, convention.id, beneficiary_id, ("statement", "advance"))
    return [
        p for year in range(convention.start_date.year, ended.start.year + 1)
        for p in billing_periods(year, frequency)
        if convention.start_date <= p.end and p.end <= ended.end and not covers(covered, p)
    ]  # fmt: skip


def oldest_period_without_statement(session: Session, beneficiary_id: int,
                                    today: dt.date | None = None) -> Period | None:
    """Where the backlog alert opens the États page: the beneficiary's oldest period to bill."""
    found = [
        periods[0]
        for convention in session.scalars(select(m.Convention).order_by(m.Convention.start_date))
        if any(b.party_id == beneficiary_id for b in convention.beneficiaries)
        and (periods := past_periods_without_statement(session, convention, beneficiary_id, today))
    ]  # fmt: skip
    return min(found, key=lambda p: p.start, default=None)


def _to_issue(session: Session, convention: m.Convention, ended: Period) -> list[Alert]:
    """Per beneficiary: the period just ended has no statement yet (information), or a backlog of
    past periods without one (a warning, which opens the États page on the oldest)."""
    result = []
    for beneficiary in convention.beneficiaries:
        day_after = ended.end + dt.timedelta(days=1)
        missing = past_periods_without_statement(session, convention, beneficiary.party_id, day_after)
        code = beneficiary.party.code
        if missing == [ended]:
            message = tr("Alert", "L'état du {period} de {code} n'est pas encore émis.", period=ended.label, code=code)
            result.append(Alert("info", "to_issue", message, "statements", "beneficiary",
                                beneficiary.party_id, ended.end))  # fmt: skip
        elif missing:
            message = tr("Alert", "{code} : {count} périodes passées sans état (la plus ancienne : {oldest}).",
                         code=code, count=len(missing), oldest=missing[0].label)
            detail = tr("Alert", "la dernière : {period}", period=ended.label) if missing[-1] == ended else ""
            result.append(Alert("warning", "to_issue", message, "statements", "backlog",
                                beneficiary.party_id, missing[0].end, detail))  # fmt: skip
    return result


def _payment_alerts(session: Session, today: dt.date) -> list[Alert]:
    result = []
    for s in list_statements(session, today):
        outstanding = french.money(s.outstanding)
        if s.status == "overdue":
            result.append(Alert(
                "danger", "overdue",
                tr("Alert", "L'état n° {number} ({beneficiary}) est en retard de paiement : {outstanding} "
                   "restent dus depuis le {due}.", number=s.number, beneficiary=s.beneficiary,
                   outstanding=outstanding, due=french.date(s.due_date)),
                "statements", "statement", s.id, s.due_date,
            ))  # fmt: skip
        elif s.status in ("unpaid", "part_paid"):
            result.append(Alert(
                "info", "unpaid",
                tr("Alert", "L'état n° {number} ({beneficiary}) attend son paiement : {outstanding} avant le "
                   "{due}.", number=s.number, beneficiary=s.beneficiary, outstanding=outstanding,
                   due=french.date(s.due_date)),
                "statements", "statement", s.id, s.due_date,
            ))  # fmt: skip
    return result


def _drift_alerts(session: Session) -> list[Alert]:
    result = []
    for statement in session.scalars(
        select(m.Statement).where(m.Statement.kind == "statement").order_by(m.Statement.id)
    ):
        try:
            found = drift(session, statement)
        except ServiceError:
            continue
        if found.changed:
            difference = found.difference
            sign = "+" if difference > 0 else ""
            result.append(Alert(
                "warning", "drift",
                tr("Alert", "Les données de l'état n° {number} ont changé depuis son émission : écart de "
                   "{difference} sur {count} ligne(s). Émettez un état rectificatif ou un avoir.",
                   number=statement.number, difference=f"{sign}{french.money(difference)}",
                   count=len(found.changed)),
                "statements", "statement", statement.id, statement.period_end,
            ))  # fmt: skip
    return result


def _date_alerts(c: registers.ConventionRow, today: dt.date) -> list[Alert]:
    dates = registers.convention_key_dates(c, today)
    if dates.current_term_end is None:
        return []
    result = []
    to_notice = (dates.notice_deadline - today).days
    to_end = (dates.current_term_end - today).days
    end = french.date(dates.current_term_end)
    if c.tacit_renewal and 0 <= to_notice <= WARNING_DAYS:
        result.append(Alert(
            "warning", "notice",
            tr("Alert", "Dernier jour pour dénoncer la convention {reference} : le {deadline} (dans {days} "
               "jour(s)) ; sans dénonciation, elle sera reconduite après le {end}.", reference=c.reference,
               deadline=french.date(dates.notice_deadline), days=to_notice, end=end),
            "convention", "convention", c.id, dates.notice_deadline,
        ))  # fmt: skip
    elif not c.tacit_renewal and 0 <= to_end <= WARNING_DAYS:
        result.append(Alert(
            "warning", "term_end",
            tr("Alert", "La convention {reference} prend fin le {end} (dans {days} jour(s)), sans reconduction "
               "tacite : préparez son renouvellement.", reference=c.reference, end=end, days=to_end),
            "convention", "convention", c.id, dates.current_term_end,
        ))  # fmt: skip
    elif not c.tacit_renewal and to_end < 0:
        result.append(Alert(
            "danger", "term_end",
            tr("Alert", "La convention {reference} a pris fin le {end} : les périodes suivantes ne sont plus "
               "couvertes.", reference=c.reference, end=end),
            "convention", "convention", c.id, dates.current_term_end,
        ))  # fmt: skip
    return result
