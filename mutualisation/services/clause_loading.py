"""Feeding the engine the convention's clauses (R11–R17) from the database.

:func:`load_clauses` completes the :class:`CostData` that ``costs.load_cost_data`` built:
the convention's own clauses, and those held by its resources (meter prices, charge
amount series and revaluation, absences and reimbursements). With no clause recorded the
data comes back with empty clauses, so every figure stays what it was.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.clauses import (
    ABSENCE_KINDS,
    DEFAULT_KEPT_KINDS,
    Absence,
    ConventionClauses,
    FeeTerms,
    FreeProvision,
    Revaluation,
    VatTreatment,
)
from ..domain.inputs import Attachment, CostData
from ..domain.periods import Period
from ..domain.timeline import Dated, Timeline
from ..storage import models as m


def _attachment(site_id, equipment_id, category_id) -> Attachment:
    if site_id is not None:
        return Attachment("site", site_id)
    if equipment_id is not None:
        return Attachment("equipment", equipment_id)
    return Attachment("category", category_id)


def load_clauses(
    session: Session, convention: m.Convention, period: Period, data: CostData,
    labels: dict[int, str], *, actuals: bool = True,
) -> CostData:  # fmt: skip
    """``data`` with every clause the computation of ``period`` may use; without ``actuals``
    (a forecast) no absences nor reimbursements, which are facts of the past."""
    return dataclasses.replace(
        data,
        clauses=convention_clauses(session, convention, labels),
        meters=_priced_meters(session, data, labels),
        charges=_charge_series(session, data, labels),
        staff=_staff_clauses(session, data, period) if actuals else data.staff,
    )


def convention_clauses(session: Session, convention: m.Convention, labels: dict[int, str]) -> ConventionClauses:
    """The fee, VAT per section, absence kinds kept and free provision of one convention."""
    cid = convention.id
    fees = session.scalars(
        select(m.ManagementFee).where(m.ManagementFee.convention_id == cid)
    ).all()
    fee = Timeline(
        Dated(f.effective_date, FeeTerms(Fraction(f.rate), f.section_codes), labels.get(f.amendment_id))
        for f in fees
    )
    vat_rows = defaultdict(list)
    for row in session.scalars(select(m.SectionVat).where(m.SectionVat.convention_id == cid)):
        treatment = VatTreatment(row.treatment, Fraction(row.rate), row.legal_basis, row.exemption_code)
        vat_rows[row.section].append(Dated(row.effective_date, treatment, labels.get(row.amendment_id)))
    rules = session.execute(
        select(m.AbsenceRule.kind, m.AbsenceRule.effective_date, m.AbsenceRule.kept_by_provider,
               m.AbsenceRule.amendment_id)
        .where(m.AbsenceRule.convention_id == cid)
    ).all()  # fmt: skip
    free = tuple(
        FreeProvision(
            _attachment(row.site_id, row.equipment_id, row.category_id), row.party_id,
            row.start_date, row.end_date, labels.get(row.amendment_id),
        )
        for row in session.scalars(
            select(m.FreeProvision).where(m.FreeProvision.convention_id == cid)
            .order_by(m.FreeProvision.start_date, m.FreeProvision.id)
        )
    )  # fmt: skip
    return ConventionClauses(
        convention_id=cid,
        fee=fee,
        vat={section: Timeline(entries) for section, entries in vat_rows.items()},
        kept_absence_kinds=kept_kinds_timeline(rules, labels),
        free_provisions=free,
    )


def kept_kinds_timeline(rules, labels: dict[int, str]) -> Timeline[frozenset[str]]:
    """Per-kind dated rules (kind, from, kept, amendment) → the dated set of kinds kept.

    A kind without a rule in force keeps its default (sick leave and work accidents kept).
    """
    if not rules:
        return Timeline()
    grouped = defaultdict(list)
    for kind, effective, kept, _amendment in rules:
        grouped[kind].append(Dated(effective, kept))
    per_kind = {kind: Timeline(entries) for kind, entries in grouped.items()}
    amendments = {effective: labels.get(amendment) for _, effective, _, amendment in rules}
    entries = []
    for day in sorted(amendments):
        kept = {
            kind for kind in ABSENCE_KINDS
            if (per_kind[kind].value_at(day, kind in DEFAULT_KEPT_KINDS) if kind in per_kind
                else kind in DEFAULT_KEPT_KINDS)
        }  # fmt: skip
        entries.append(Dated(day, frozenset(kept), amendments[day]))
    return Timeline(entries)


def _priced_meters(session: Session, data: CostData, labels: dict[int, str]):
    prices = defaultdict(list)
    for meter_id, effective, price, amendment in session.execute(
        select(m.MeterPrice.meter_id, m.MeterPrice.effective_date, m.MeterPrice.unit_price,
               m.MeterPrice.amendment_id)
    ):  # fmt: skip
        prices[meter_id].append(Dated(effective, price, labels.get(amendment)))
    items = dict(session.execute(select(m.Meter.id, m.Meter.equipment_id)).all())
    return {
        ident: dataclasses.replace(
            meter, equipment_id=items.get(ident), prices=Timeline(prices.get(ident, ()))
        )
        for ident, meter in data.meters.items()
    }


def _charge_series(session: Session, data: CostData, labels: dict[int, str]):
    ids = [c.id for c in data.charges if c.source_kind == "charge"]
    if not ids:
        return data.charges
    amounts = defaultdict(list)
    for charge_id, effective, amount, amendment in session.execute(
        select(m.ChargeAmount.charge_id, m.ChargeAmount.effective_date, m.ChargeAmount.amount,
               m.ChargeAmount.amendment_id)
        .where(m.ChargeAmount.charge_id.in_(ids))
    ):  # fmt: skip
        amounts[charge_id].append(Dated(effective, amount, labels.get(amendment)))
    revaluations = {
        charge_id: Revaluation(Fraction(rate), reference)
        for charge_id, rate, reference in session.execute(
            select(m.ChargeRevaluation.charge_id, m.ChargeRevaluation.rate,
                   m.ChargeRevaluation.reference_date)
            .where(m.ChargeRevaluation.charge_id.in_(ids))
        )
    }  # fmt: skip
    return tuple(
        dataclasses.replace(
            charge,
            later_amounts=tuple(sorted(amounts.get(charge.id, ()), key=lambda d: d.effective)),
            revaluation=revaluations.get(charge.id),
        )
        if charge.source_kind == "charge" and (charge.id in amounts or charge.id in revaluations)
        else charge
        for charge in data.charges
    )


def _staff_clauses(session: Session, data: CostData, period: Period):
    ids = [s.id for s in data.staff]
    if not ids:
        return data.staff
    absences = defaultdict(list)
    for staff_id, start, end, kind in session.execute(
        select(m.StaffAbsence.staff_id, m.StaffAbsence.start_date, m.StaffAbsence.end_date,
               m.StaffAbsence.kind)
        .where(m.StaffAbsence.staff_id.in_(ids))
        .where(m.StaffAbsence.start_date <= period.end, m.StaffAbsence.end_date >= period.start)
        .order_by(m.StaffAbsence.start_date)
    ):  # fmt: skip
        absences[staff_id].append(Absence(start, end, kind))
    received: dict[int, dict] = defaultdict(lambda: defaultdict(lambda: Decimal("0.00")))
    for staff_id, month, amount in session.execute(
        select(m.PayrollReimbursement.staff_id, m.PayrollReimbursement.month,
               m.PayrollReimbursement.amount)
        .where(m.PayrollReimbursement.staff_id.in_(ids))
        .where(m.PayrollReimbursement.month >= period.start.replace(day=1),
               m.PayrollReimbursement.month <= period.end)
    ):  # fmt: skip
        received[staff_id][(month.year, month.month)] += amount
    return tuple(
        dataclasses.replace(
            person, absences=tuple(absences.get(person.id, ())),
            reimbursements=dict(received[person.id]) if person.id in received else {},
        )
        if person.id in absences or person.id in received
        else person
        for person in data.staff
    )  # fmt: skip


def section_vat_on(session: Session, convention_id: int, day) -> dict[str, VatTreatment]:
    """Each section's VAT treatment in force on ``day`` (R14); empty when the convention sets none."""
    treatments: dict[str, VatTreatment] = {}
    for row in session.scalars(
        select(m.SectionVat)
        .where(m.SectionVat.convention_id == convention_id, m.SectionVat.effective_date <= day)
        .order_by(m.SectionVat.effective_date)
    ):  # fmt: skip
        treatments[row.section] = VatTreatment(row.treatment, Fraction(row.rate), row.legal_basis, row.exemption_code)
    return treatments
