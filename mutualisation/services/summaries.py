"""The other documents, built from the database: forecast, annual summary, convention summary.

Each function reads what it needs in one session and returns a frozen value, which the PDF
(:mod:`mutualisation.reporting`) and the command line print as they are. Amounts come from
the same engine as the statements (:func:`.costs.preview`, :func:`.costs.forecast_preview`):
nothing is computed twice in another way.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain.documents import document_lines
from ..domain.keys import KeyResolver
from ..domain.lines import SECTION_ORDER, SECTIONS, Preview
from ..domain.money import ZERO
from ..domain.periods import Period, billing_periods
from ..domain.timeline import Dated
from ..reporting.convention_pdf import (
    AmendmentEntry,
    ArticleEntry,
    CategoryResource,
    ConventionSummary,
    EquipmentResource,
    KeyResource,
    ShareInForce,
    SiteResource,
    Since,
    StaffResource,
)
from ..reporting.forecast_pdf import ForecastDocument, PlannedBudget, PlannedMeter, PlannedStaff
from ..reporting.summary_pdf import (
    AnnualSummary,
    IssuedDocument,
    PaymentRow,
    PeriodSummary,
    SectionComparison,
)
from ..storage import models as m
from . import registers
from .costs import ServiceError, forecast_preview, load_cost_data, preview
from .documents import amendments_in_force, party_details
from .payments import STATUS_LABELS, payment_status


def _require_beneficiary(convention: m.Convention, party: m.Party) -> None:
    if party.id not in {b.party_id for b in convention.beneficiaries}:
        raise ServiceError(f"{party.name} n'est pas bénéficiaire de la convention {convention.reference}.")


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
    lines = document_lines(result, beneficiary.id)
    subject = convention.vat_regime == "subject"
    return ForecastDocument(
        year=year,
        issue_date=issue_date or dt.date.today(),
        issuer=party_details(convention.provider),
        recipient=party_details(beneficiary),
        convention_reference=convention.reference,
        convention_title=convention.title,
        convention_signature_date=convention.signature_date,
        amendments=amendments_in_force(convention, Period.year(year).end),
        lines=lines,
        vat_rate=convention.vat_rate if subject else None,
        vat_mention="" if subject else convention.vat_mention,
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
    return tuple(
        PlannedMeter(
            name, unit,
            tuple((codes[p], q) for p, q in sorted(quantities, key=lambda item: order[item[0]])),
            beneficiary.code,
        )
        for (_id, name, unit), quantities in planned.items()
    )  # fmt: skip


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
    for period in billing_periods(year, convention.billing_frequency):
        documents = []
        for original in originals:
            if period.start <= original.period_start and original.period_end <= period.end:
                placed.add(original.id)
                documents += [issued(original), *(issued(c) for c in corrections[original.id])]
        result = preview(session, convention, period)
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
    actual = preview(session, convention, whole)
    comparison = tuple(
        SectionComparison(section, SECTIONS[section], forecast.section_total(beneficiary.id, section),
                          actual.section_total(beneficiary.id, section))
        for section in SECTION_ORDER
        if forecast.section_total(beneficiary.id, section) or actual.section_total(beneficiary.id, section)
    )  # fmt: skip
    return AnnualSummary(
        year=year,
        made_on=today,
        issuer=party_details(convention.provider),
        recipient=party_details(beneficiary),
        convention_reference=convention.reference,
        convention_title=convention.title,
        convention_signature_date=convention.signature_date,
        amendments=amendments_in_force(convention, whole.end),
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


# --- convention summary ---------------------------------------------------------------------


def convention_summary(session: Session, convention: m.Convention, on: dt.date | None = None) -> ConventionSummary:
    """The convention as it stands on ``on`` (today by default): terms, key dates, amendments,
    and the staff, equipment, sites and keys in force that day, with the amendment behind each."""
    on = on or dt.date.today()
    row = next(r for r in registers.conventions(session) if r.id == convention.id)
    dates = registers.convention_key_dates(row, on)
    data = load_cost_data(session, convention, Period(on, on))
    resolver = KeyResolver(data, Period(on, on))
    parties = data.parties  # beneficiaries in convention order, then the provider
    codes = {p.id: p for p in parties}
    return ConventionSummary(
        on=on,
        made_on=dt.date.today(),
        reference=convention.reference,
        title=convention.title,
        provider=party_details(convention.provider),
        beneficiaries=tuple(party_details(b.party) for b in convention.beneficiaries),
        signature_date=convention.signature_date,
        start_date=convention.start_date,
        end_date=convention.end_date,
        duration_months=convention.duration_months,
        tacit_renewal=convention.tacit_renewal,
        renewal_months=convention.renewal_months,
        notice_months=convention.notice_months,
        billing_frequency=convention.billing_frequency,
        payment_term_days=convention.payment_term_days,
        vat_regime=convention.vat_regime,
        vat_rate=convention.vat_rate,
        vat_mention=convention.vat_mention,
        advance_mode=convention.advance_mode,
        term_end=dates.current_term_end,
        notice_deadline=dates.notice_deadline,
        renewals=dates.renewals,
        amendments=tuple(
            AmendmentEntry(a.number, a.signature_date, a.effective_date, a.summary, a.effective_date <= on)
            for a in convention.amendments
        ),
        staff=_staff_in_force(session, data, on),
        equipment=_equipment_in_force(data, on),
        sites=_sites_in_force(session, data, on),
        keys=tuple(_key_in_force(data, resolver, key, on) for key in sorted(data.keys.values(), key=lambda k: k.name)),
        categories=tuple(
            CategoryResource(category.name, _key_name(data, category.key.at(on)), _since(category.key.at(on)))
            for category in sorted(data.categories.values(), key=lambda c: c.name)
        ),
        headcount=tuple(
            ShareInForce(codes[party].code, codes[party].name, entry.value, since=_since(entry))
            for party in codes
            if party in data.own_headcount and (entry := data.own_headcount[party].at(on)) is not None
        ),
        articles=tuple(ArticleEntry(a.number, a.title, a.body) for a in convention.articles),
    )


def _since(entry: Dated | None) -> Since:
    return Since(entry.effective, entry.amendment) if entry is not None else Since(None)


def _key_name(data, entry: Dated | None) -> str | None:
    if entry is None:
        return None
    key = data.keys.get(entry.value)
    return key.name if key else None


def _staff_in_force(session: Session, data, on: dt.date) -> tuple[StaffResource, ...]:
    titles = dict(session.execute(select(m.StaffMember.id, m.StaffMember.job_title)).all())
    result = []
    for person in data.staff:
        if not person.employed_on(on):
            continue
        time = person.working_time.at(on)
        shares = []
        for party in data.beneficiaries:
            timeline = person.shares.get(party.id)
            entry = timeline.at(on) if timeline else None
            value = entry.value if entry else Fraction(0)
            shares.append(ShareInForce(party.code, party.name, value, since=_since(entry)))
        given = sum((Fraction(s.value) for s in shares), Fraction(0))
        result.append(StaffResource(
            person.name, titles.get(person.id, ""), time.value if time else None, _since(time),
            tuple(shares), max(Fraction(1) - given, Fraction(0)),
        ))  # fmt: skip
    return tuple(result)


def _equipment_in_force(data, on: dt.date) -> tuple[EquipmentResource, ...]:
    return tuple(
        EquipmentResource(item.name, item.value, item.in_service, item.life_years,
                          _key_name(data, item.key.at(on)), _since(item.key.at(on)))  # fmt: skip
        for item in data.equipment
        if item.in_service <= on
    )


def _sites_in_force(session: Session, data, on: dt.date) -> tuple[SiteResource, ...]:
    details = {ident: (address, common) for ident, address, common in session.execute(
        select(m.Site.id, m.Site.address, m.Site.common_area))}  # fmt: skip
    # The provider first on a site: it is the one lending the premises.
    parties = (data.provider, *data.beneficiaries)
    result = []
    for site in sorted(data.sites.values(), key=lambda s: s.name):
        entries = [(p, site.surfaces[p.id].at(on)) for p in parties if p.id in site.surfaces]
        entries = [(p, e) for p, e in entries if e is not None]
        total = sum((Fraction(e.value) for _p, e in entries), Fraction(0))
        surfaces = tuple(
            ShareInForce(p.code, p.name, e.value, Fraction(e.value) / total if total else None, _since(e))
            for p, e in entries
        )
        address, common = details.get(site.id, ("", Decimal(0)))
        result.append(SiteResource(site.name, address, common, surfaces))
    return tuple(result)


def _key_in_force(data, resolver: KeyResolver, key, on: dt.date) -> KeyResource:
    """A key's split on ``on``, computed by the engine's own key resolver."""
    ((_start, _end, segment),) = resolver.segments(("key", key.id), on, on)
    parties = {p.id: p for p in data.parties}
    basis = ""
    if key.kind == "surface" and key.site_id in data.sites:
        basis = f"site « {data.sites[key.site_id].name} »"
    elif key.kind == "metered" and key.meter_id in data.meters:
        basis = f"compteur « {data.meters[key.meter_id].name} »"
    elif key.kind == "headcount":
        basis = "ETP du personnel et effectifs propres"
    note = ""
    if segment.problem is not None:
        return KeyResource(key.name, key.kind, basis, (), segment.unit, (), segment.problem.message)
    if key.kind == "metered":
        meter = data.meters[key.meter_id]
        reading = next((r for r in meter.periods if r.start <= on <= r.end), None)
        if reading is not None:
            note = f"relevés du {reading.start:%d/%m/%Y} au {reading.end:%d/%m/%Y}"
    if key.kind in ("fixed", "direct"):
        parts = tuple(
            ShareInForce(parties[p].code, parties[p].name, segment.ratio(p), segment.ratio(p))
            for p, _weight in segment.weights
            if key.kind == "fixed" or segment.ratio(p)
        )
        unit = "%"
    else:
        parts = tuple(
            ShareInForce(parties[p].code, parties[p].name, weight, segment.ratio(p))
            for p, weight in segment.weights
        )
        unit = segment.unit
    return KeyResource(key.name, key.kind, basis, parts, unit, segment.amendments, note)
