"""The other documents, built from the database: forecast and annual summary (the convention
summary is :mod:`.convention_summaries`).

Each function reads what it needs in one session and returns a frozen value, which the PDF
(:mod:`mutualisation.reporting`) and the command line print as they are. Amounts come from
the same engine as the statements (:func:`.costs.preview`, :func:`.costs.forecast_preview`):
nothing is computed twice in another way.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain.i18n import tr
from ..domain.lines import SECTION_ORDER, SECTIONS, Preview
from ..domain.money import ZERO
from ..domain.party_statement import party_statement
from ..domain.periods import Period, billing_periods
from ..domain.documents.annual import (
    AnnualSummary,
    IssuedDocument,
    PaymentRow,
    PeriodSummary,
    SectionComparison,
)
from ..domain.documents.forecast import ForecastDocument, PlannedBudget, PlannedMeter, PlannedStaff
from ..storage import models as m
from .costs import forecast_preview, preview
from .documents import convention_statement, document_header
from .errors import ServiceError
from .payments import STATUS_LABELS, payment_status
from .reconciliation import year_figures


def _require_beneficiary(convention: m.Convention, party: m.Party) -> None:
    if party.id not in {b.party_id for b in convention.beneficiaries}:
        raise ServiceError(tr("Issue", "{name} n'est pas bénéficiaire de la convention {reference}.",
                              name=party.name, reference=convention.reference))


def _problems(result: Preview) -> tuple[str, ...]:
    return tuple(dict.fromkeys(problem.message for problem in result.problems))


# --- forecast -------------------------------------------------------------------------------


def forecast_document(
    session: Session, convention: m.Convention, beneficiary: m.Party, year: int,
    issue_date: dt.date | None = None,
) -> ForecastDocument:  # fmt: skip
    """The forecast of ``beneficiary`` for ``year``, with the planned inputs it rests on."""
    _require_beneficiary(convention, beneficiary)
    result = forecast_preview(session, convention, year)
    figures = convention_statement(convention, result, beneficiary.id)
    lines = figures.lines
    return ForecastDocument(
        year=year,
        issue_date=issue_date or dt.date.today(),
        header=document_header(convention, beneficiary, Period.year(year).end),
        figures=figures,
        billing_frequency=convention.billing_frequency,
        advance_mode=convention.advance_mode,
        planned_staff=_planned_staff(session, year, lines),
        planned_budgets=_planned_budgets(session, year, lines),
        planned_meters=_planned_meters(session, year, result, beneficiary),
        problems=_problems(result),
    )


def _planned_staff(session: Session, year: int, lines) -> tuple[PlannedStaff, ...]:
    shares = {line.source_id: line.key_description for line in lines if line.source_kind == "staff"}
    if not shares:
        return ()
    rows = session.execute(
        select(m.StaffMember.id, m.StaffMember.first_name, m.StaffMember.last_name, m.StaffMember.job_title,
               m.PlannedStaffCost.amount)
        .join(m.PlannedStaffCost, m.PlannedStaffCost.staff_id == m.StaffMember.id)
        .where(m.PlannedStaffCost.year == year, m.StaffMember.id.in_(shares))
        .order_by(m.StaffMember.last_name, m.StaffMember.first_name)
    )  # fmt: skip
    return tuple(
        PlannedStaff(f"{first} {last}".strip(), title, amount, shares[ident])
        for ident, first, last, title, amount in rows
    )


def _planned_budgets(session: Session, year: int, lines) -> tuple[PlannedBudget, ...]:
    used = {line.source_id for line in lines if line.source_kind == "budget"}
    if not used:
        return ()
    period = Period.year(year)
    keys: dict[int, list[tuple[dt.date, str]]] = defaultdict(list)
    for category_id, effective, name in session.execute(
        select(m.CategoryKey.category_id, m.CategoryKey.effective_date, m.AllocationKey.name)
        .join(m.AllocationKey, m.AllocationKey.id == m.CategoryKey.key_id)
        .where(m.CategoryKey.category_id.in_(used), m.CategoryKey.effective_date <= period.end)
        .order_by(m.CategoryKey.effective_date)
    ):  # fmt: skip
        keys[category_id].append((effective, name))
    result = []
    for ident, name, amount in session.execute(
        select(m.ExpenseCategory.id, m.ExpenseCategory.name, m.CategoryBudget.amount)
        .join(m.CategoryBudget, m.CategoryBudget.category_id == m.ExpenseCategory.id)
        .where(m.CategoryBudget.year == year, m.ExpenseCategory.id.in_(used))
        .order_by(m.ExpenseCategory.name)
    ):  # fmt: skip
        result.append(PlannedBudget(name, amount, _keys_over_year(keys.get(ident, []), period)))
    return tuple(result)


def _keys_over_year(entries: list[tuple[dt.date, str]], period: Period) -> str:
    """« Effectifs (ETP) », or « A, puis B à partir du 01/07/2027 » when it changes in the year."""
    in_force = [(day, name) for day, name in entries if day <= period.start][-1:]
    changes = [(day, name) for day, name in entries if day > period.start]
    words = [name for _day, name in in_force]
    words += [f"{name} à partir du {day:%d/%m/%Y}" for day, name in changes]
    return ", puis ".join(words) or "aucune clé"


def _planned_meters(session: Session, year: int, result: Preview, beneficiary: m.Party) -> tuple[PlannedMeter, ...]:
    order = {party.id: index for index, party in enumerate(result.parties)}
    codes = {party.id: party.code for party in result.parties}
    planned: dict[tuple[int, str, str], list[tuple[int, Decimal]]] = defaultdict(list)
    for meter_id, name, unit, party_id, quantity in session.execute(
        select(m.Meter.id, m.Meter.name, m.Meter.unit, m.PlannedMeterUse.party_id, m.PlannedMeterUse.quantity)
        .join(m.PlannedMeterUse, m.PlannedMeterUse.meter_id == m.Meter.id)
        .where(m.PlannedMeterUse.year == year)
        .order_by(m.Meter.name)
    ):  # fmt: skip
        if party_id in order:
            planned[(meter_id, name, unit)].append((party_id, quantity))
    prices = _prices_over_year(session, year, [meter_id for meter_id, _name, _unit in planned])
    return tuple(
        PlannedMeter(
            name, unit,
            tuple((codes[p], q) for p, q in sorted(quantities, key=lambda item: order[item[0]])),
            beneficiary.code, prices.get(meter_id, ()),
        )
        for (meter_id, name, unit), quantities in planned.items()
    )  # fmt: skip


def _prices_over_year(session: Session, year: int, meter_ids: list[int]) -> dict[int, tuple[tuple[dt.date, Decimal], ...]]:
    """Each priced meter's unit price on the year's first day and its changes during the year (R12)."""
    period = Period.year(year)
    found: dict[int, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    for meter_id, effective, price in session.execute(
        select(m.MeterPrice.meter_id, m.MeterPrice.effective_date, m.MeterPrice.unit_price)
        .where(m.MeterPrice.meter_id.in_(meter_ids), m.MeterPrice.effective_date <= period.end)
        .order_by(m.MeterPrice.effective_date)
    ):  # fmt: skip
        entries = found[meter_id]
        if entries and effective <= period.start:
            entries.clear()  # an earlier price, replaced before the year starts
        entries.append((effective, price))
    return {meter_id: tuple(entries) for meter_id, entries in found.items()}


# --- annual summary -------------------------------------------------------------------------


def annual_summary(
    session: Session, convention: m.Convention, beneficiary: m.Party, year: int,
    today: dt.date | None = None,
) -> AnnualSummary:  # fmt: skip
    """The beneficiary's ``year``: each billing period computed today and what was issued and
    paid for it, then the forecast against the actual amount of each section."""
    _require_beneficiary(convention, beneficiary)
    today = today or dt.date.today()
    whole = Period.year(year)
    statements = session.scalars(
        select(m.Statement)
        .where(m.Statement.convention_id == convention.id, m.Statement.beneficiary_id == beneficiary.id,
               m.Statement.period_start <= whole.end, m.Statement.period_end >= whole.start)
        .options(selectinload(m.Statement.payments))
        .order_by(m.Statement.issue_date, m.Statement.id)
    ).all()  # fmt: skip
    numbers = {statement.id: statement.number for statement in statements}
    corrections: dict[int, list[m.Statement]] = defaultdict(list)
    originals = []
    for statement in statements:
        if statement.corrects_id in numbers:
            corrections[statement.corrects_id].append(statement)
        else:
            originals.append(statement)

    def issued(statement: m.Statement) -> IssuedDocument:
        paid = sum((p.amount for p in statement.payments), ZERO)
        status = payment_status(statement.total, paid, statement.due_date, today)
        return IssuedDocument(
            statement.number, statement.kind, Period(statement.period_start, statement.period_end),
            statement.issue_date, statement.due_date, statement.total, paid, STATUS_LABELS[status],
            numbers.get(statement.corrects_id) if statement.corrects_id else None,
        )  # fmt: skip

    periods = []
    placed: set[int] = set()
    actual = year_figures(session, convention, year)  # R13: the year is the sum of its billing periods
    for period, result in zip(billing_periods(year, convention.billing_frequency), actual.previews):
        documents = []
        for original in originals:
            if period.start <= original.period_start and original.period_end <= period.end:
                placed.add(original.id)
                documents += [issued(original), *(issued(c) for c in corrections[original.id])]
        computed = result.total(beneficiary.id)
        problems = len(result.problems)
        status = _period_status(period, computed, problems, tuple(documents), today, convention.advance_mode)
        periods.append(PeriodSummary(period, computed, problems, tuple(documents), status))
    others = tuple(
        document
        for original in originals if original.id not in placed
        for document in (issued(original), *(issued(c) for c in corrections[original.id]))
    )  # fmt: skip
    payments = tuple(
        PaymentRow(payment.date, statement.number, payment.amount, payment.reference)
        for statement in statements
        for payment in statement.payments
    )
    forecast = forecast_preview(session, convention, year)
    planned = party_statement(forecast, beneficiary.id, explain=False)
    done = party_statement(actual.combined(), beneficiary.id, explain=False)  # R13: sum of the periods
    comparison = tuple(
        SectionComparison(section, SECTIONS[section], planned.subtotal(section), done.subtotal(section))
        for section in SECTION_ORDER
        if planned.subtotal(section) or done.subtotal(section)
    )  # fmt: skip
    return AnnualSummary(
        year=year,
        made_on=today,
        header=document_header(convention, beneficiary, whole.end),
        billing_frequency=convention.billing_frequency,
        advance_mode=convention.advance_mode,
        periods=tuple(periods),
        other_documents=others,
        payments=tuple(sorted(payments, key=lambda p: (p.date, p.number))),
        comparison=comparison,
        forecast_problems=_problems(forecast),
        actual_problems=_problems(actual),
    )


def _period_status(period: Period, computed: Decimal, problems: int, documents: tuple[IssuedDocument, ...],
                   today: dt.date, advance_mode: bool) -> str:  # fmt: skip
    """What a period is at: « à émettre », « payé », « en retard », « écart à rectifier »…"""
    if not documents:
        if period.start > today:
            return "à venir"
        if period.end >= today:
            return "en cours"
        if problems:
            return "données incomplètes"
        return "rien à facturer" if computed == 0 else "à émettre"
    net = sum((d.total for d in documents), ZERO)
    paid = sum((d.paid for d in documents), ZERO)
    if net <= 0:
        status = "soldé"
    elif paid > net:
        status = f"{STATUS_LABELS['paid']} (trop-perçu)"
    elif paid == net:
        status = STATUS_LABELS["paid"]
    elif any(d.status == STATUS_LABELS["overdue"] for d in documents):
        status = STATUS_LABELS["overdue"]
    else:
        status = STATUS_LABELS["part_paid"] if paid > 0 else STATUS_LABELS["unpaid"]
    if not advance_mode and computed != net:
        status += " ; écart à rectifier"
    return status

