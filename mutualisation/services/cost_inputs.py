"""One loader per input of the engine: each reads its register with column queries.

:func:`mutualisation.services.costs.load_cost_data` puts them together for a period, and
:func:`~mutualisation.services.costs.forecast_preview` adds a year's planned inputs. Only
what a period can use is read (payroll, readings, charges and bills overlapping it), and
dated values come as :class:`~mutualisation.domain.timeline.Timeline` objects whose entries
name the amendment that set them.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.inputs import (
    Attachment,
    BillInput,
    CategoryInput,
    ChargeInput,
    EquipmentInput,
    KeyInput,
    MeterInput,
    PartyInfo,
    ReadingPeriod,
    SiteInput,
    StaffInput,
)
from ..domain.periods import Period
from ..domain.timeline import Dated, Timeline
from ..storage import models as m


def _fraction(value) -> Fraction:
    # A Decimal's own integer ratio skips Fraction's type dispatch (thousands per period).
    return Fraction(*value.as_integer_ratio()) if isinstance(value, Decimal) else Fraction(value)


def amendment_labels(session: Session) -> dict[int, str]:
    return {
        ident: f"avenant n° {number}"
        for ident, number in session.execute(select(m.Amendment.id, m.Amendment.number))
    }


def _timelines(rows, labels) -> dict:
    """Rows (owner, effective date, value, amendment id) → owner → Timeline of Fractions or ints."""
    grouped = defaultdict(list)
    for owner, effective, value, amendment in rows:
        value = value if isinstance(value, int) else _fraction(value)
        grouped[owner].append(Dated(effective, value, labels.get(amendment)))
    return {owner: Timeline(entries) for owner, entries in grouped.items()}


def _nested_timelines(rows, labels) -> dict:
    """Rows (owner, party, effective date, value, amendment id) → owner → party → Timeline."""
    grouped = defaultdict(lambda: defaultdict(list))
    for owner, party, effective, value, amendment in rows:
        grouped[owner][party].append(Dated(effective, _fraction(value), labels.get(amendment)))
    return {
        owner: {party: Timeline(e) for party, e in parties.items()}
        for owner, parties in grouped.items()
    }


def party_info(party: m.Party) -> PartyInfo:
    return PartyInfo(party.id, party.code, party.name)


def _attachment(site_id, equipment_id, category_id) -> Attachment:
    if site_id is not None:
        return Attachment("site", site_id)
    if equipment_id is not None:
        return Attachment("equipment", equipment_id)
    return Attachment("category", category_id)


def _attachments():
    """:func:`_attachment` kept per (site, item, category): thousands of bills share a few."""
    kept: dict[tuple, Attachment] = {}

    def attachment(site_id, equipment_id, category_id) -> Attachment:
        key = (site_id, equipment_id, category_id)
        found = kept.get(key)
        if found is None:
            found = kept[key] = _attachment(site_id, equipment_id, category_id)
        return found

    return attachment


def load_staff(session: Session, period: Period, labels: dict[int, str], actuals: bool) -> tuple[StaffInput, ...]:
    """People employed during ``period``, with dated working time and shares; payroll of its months when ``actuals``."""
    start, end = period.start, period.end
    staff_rows = session.execute(
        select(m.StaffMember.id, m.StaffMember.first_name, m.StaffMember.last_name,
               m.StaffMember.employment_start, m.StaffMember.employment_end)
        .where(m.StaffMember.employment_start <= end)
        .where(or_(m.StaffMember.employment_end.is_(None), m.StaffMember.employment_end >= start))
        .order_by(m.StaffMember.last_name, m.StaffMember.first_name)
    ).all()  # fmt: skip
    staff_ids = [row.id for row in staff_rows]
    working = _timelines(
        session.execute(
            select(m.WorkingTime.staff_id, m.WorkingTime.effective_date,
                   m.WorkingTime.fraction, m.WorkingTime.amendment_id)
            .where(m.WorkingTime.staff_id.in_(staff_ids))
        ),
        labels,
    )  # fmt: skip
    shares = _nested_timelines(
        session.execute(
            select(m.StaffShare.staff_id, m.StaffShare.party_id, m.StaffShare.effective_date,
                   m.StaffShare.share, m.StaffShare.amendment_id)
            .where(m.StaffShare.staff_id.in_(staff_ids))
        ),
        labels,
    )  # fmt: skip
    payroll: dict[int, dict] = defaultdict(dict)
    if actuals:
        for staff_id, month, gross, charges, other in session.execute(
            select(m.PayrollCost.staff_id, m.PayrollCost.month, m.PayrollCost.gross_salary,
                   m.PayrollCost.employer_charges, m.PayrollCost.other_costs)
            .where(m.PayrollCost.staff_id.in_(staff_ids))
            .where(m.PayrollCost.month >= start.replace(day=1), m.PayrollCost.month <= end)
        ):  # fmt: skip
            payroll[staff_id][(month.year, month.month)] = gross + charges + other
    return tuple(
        StaffInput(
            row.id, f"{row.first_name} {row.last_name}".strip(), row.employment_start,
            row.employment_end, working.get(row.id, Timeline()), shares.get(row.id, {}),
            payroll.get(row.id, {}),
        )
        for row in staff_rows
    )  # fmt: skip


def load_keys(session: Session, labels: dict[int, str]) -> dict[int, KeyInput]:
    """Every allocation key, with the dated percentages of the fixed ones."""
    fixed = _nested_timelines(
        session.execute(
            select(m.FixedKeyShare.key_id, m.FixedKeyShare.party_id, m.FixedKeyShare.effective_date,
                   m.FixedKeyShare.share, m.FixedKeyShare.amendment_id)
        ),
        labels,
    )  # fmt: skip
    return {
        row.id: KeyInput(row.id, row.name, row.kind, row.site_id, row.meter_id, row.party_id,
                         fixed.get(row.id, {}))
        for row in session.execute(
            select(m.AllocationKey.id, m.AllocationKey.name, m.AllocationKey.kind,
                   m.AllocationKey.site_id, m.AllocationKey.meter_id, m.AllocationKey.party_id)
        )
    }  # fmt: skip


def load_sites(session: Session, labels: dict[int, str]) -> dict[int, SiteInput]:
    """Every site with the dated exclusive surface of each party."""
    surfaces = _nested_timelines(
        session.execute(
            select(m.SiteSurface.site_id, m.SiteSurface.party_id, m.SiteSurface.effective_date,
                   m.SiteSurface.area, m.SiteSurface.amendment_id)
        ),
        labels,
    )  # fmt: skip
    return {
        ident: SiteInput(ident, name, surfaces.get(ident, {}))
        for ident, name in session.execute(select(m.Site.id, m.Site.name))
    }


def load_meters(session: Session, period: Period, actuals: bool) -> dict[int, MeterInput]:
    """Every meter; with ``actuals``, the readings of the reading periods overlapping ``period``."""
    start, end = period.start, period.end
    readings: dict[int, dict] = defaultdict(lambda: defaultdict(dict))
    if actuals:
        for meter_id, p_start, p_end, party_id, quantity in session.execute(
            select(m.MeterReading.meter_id, m.MeterReading.period_start, m.MeterReading.period_end,
                   m.MeterReading.party_id, m.MeterReading.quantity)
            .where(m.MeterReading.period_start <= end, m.MeterReading.period_end >= start)
        ):  # fmt: skip
            readings[meter_id][(p_start, p_end)][party_id] = _fraction(quantity)
    return {
        ident: MeterInput(
            ident, name, unit,
            tuple(ReadingPeriod(s, e, q) for (s, e), q in sorted(readings[ident].items())),
        )
        for ident, name, unit in session.execute(select(m.Meter.id, m.Meter.name, m.Meter.unit))
    }  # fmt: skip


def load_equipment(session: Session, labels: dict[int, str]) -> tuple[EquipmentInput, ...]:
    """Every item of equipment with its dated key, by name."""
    equipment_keys = _timelines(
        session.execute(
            select(m.EquipmentKey.equipment_id, m.EquipmentKey.effective_date,
                   m.EquipmentKey.key_id, m.EquipmentKey.amendment_id)
        ),
        labels,
    )  # fmt: skip
    return tuple(
        EquipmentInput(row.id, row.name, row.acquisition_value, row.in_service_date,
                       row.useful_life_years, equipment_keys.get(row.id, Timeline()))
        for row in session.execute(
            select(m.Equipment.id, m.Equipment.name, m.Equipment.acquisition_value,
                   m.Equipment.in_service_date, m.Equipment.useful_life_years)
            .order_by(m.Equipment.name)
        )
    )  # fmt: skip


def load_categories(session: Session, labels: dict[int, str]) -> dict[int, CategoryInput]:
    """Every expense category with its dated key."""
    category_keys = _timelines(
        session.execute(
            select(m.CategoryKey.category_id, m.CategoryKey.effective_date,
                   m.CategoryKey.key_id, m.CategoryKey.amendment_id)
        ),
        labels,
    )  # fmt: skip
    return {
        ident: CategoryInput(ident, name, category_keys.get(ident, Timeline()))
        for ident, name in session.execute(select(m.ExpenseCategory.id, m.ExpenseCategory.name))
    }


def load_charges(session: Session, period: Period) -> tuple[ChargeInput, ...]:
    """The recurring charges running during ``period``, by label."""
    start, end = period.start, period.end
    return tuple(
        ChargeInput(row.id, row.label, row.amount, row.frequency, row.start_date, row.end_date,
                    _attachment(row.site_id, row.equipment_id, row.category_id))
        for row in session.execute(
            select(m.RecurringCharge.id, m.RecurringCharge.label, m.RecurringCharge.amount,
                   m.RecurringCharge.frequency, m.RecurringCharge.start_date,
                   m.RecurringCharge.end_date, m.RecurringCharge.site_id,
                   m.RecurringCharge.equipment_id, m.RecurringCharge.category_id)
            .where(m.RecurringCharge.start_date <= end)
            .where(or_(m.RecurringCharge.end_date.is_(None), m.RecurringCharge.end_date >= start))
            .order_by(m.RecurringCharge.label)
        )
    )  # fmt: skip


def load_bills(session: Session, period: Period) -> tuple[BillInput, ...]:
    """The bills dated in ``period`` without a service period, and those whose service period overlaps it."""
    start, end = period.start, period.end
    columns = select(
        m.Bill.id, m.Bill.date, m.Bill.supplier, m.Bill.reference, m.Bill.label,
        m.Bill.amount, m.Bill.service_start, m.Bill.service_end, m.Bill.site_id,
        m.Bill.equipment_id, m.Bill.category_id, m.Bill.key_override_id,
    )  # fmt: skip
    # Two queries rather than one OR, so that each uses its own index.
    dated = columns.where(m.Bill.date >= start, m.Bill.date <= end, m.Bill.service_start.is_(None))
    spread = columns.where(m.Bill.service_end >= start, m.Bill.service_start <= end)
    rows = [*session.execute(dated), *session.execute(spread)]
    rows.sort(key=_date_then_id)
    attachment = _attachments()
    # Rows unpacked as tuples: reading a Row's columns by name costs more than building the input.
    return tuple(
        BillInput(ident, date, supplier, reference, label, amount, service_start, service_end,
                  attachment(site_id, equipment_id, category_id), key_override_id)
        for (ident, date, supplier, reference, label, amount, service_start, service_end,
             site_id, equipment_id, category_id, key_override_id) in rows
    )  # fmt: skip


def _date_then_id(row) -> tuple:
    return row[1], row[0]


def load_own_headcount(session: Session, labels: dict[int, str]) -> dict:
    """Each party's own dated headcount (full-time equivalents), for headcount keys."""
    return _nested_timelines(
        (
            (0, party, effective, fte, amendment)
            for party, effective, fte, amendment in session.execute(
                select(m.OwnHeadcount.party_id, m.OwnHeadcount.effective_date,
                       m.OwnHeadcount.fte, m.OwnHeadcount.amendment_id)
            )
        ),
        labels,
    ).get(0, {})  # fmt: skip


class PlannedInputs(NamedTuple):
    """A year's planned inputs for the forecast, by the id of what each one plans."""

    staff_costs: dict[int, Decimal]  # staff id → planned annual cost
    budgets: dict[int, Decimal]  # category id → annual budget
    meter_use: dict[int, dict[int, Decimal]]  # meter id → party id → planned quantity


def load_planned(session: Session, year: int) -> PlannedInputs:
    """The planned staff costs, category budgets and meter use recorded for ``year``."""
    meter_use: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for meter_id, party_id, quantity in session.execute(
        select(m.PlannedMeterUse.meter_id, m.PlannedMeterUse.party_id, m.PlannedMeterUse.quantity)
        .where(m.PlannedMeterUse.year == year)
    ):  # fmt: skip
        meter_use[meter_id][party_id] = quantity
    return PlannedInputs(
        staff_costs=dict(_year_amounts(session, m.PlannedStaffCost.staff_id, m.PlannedStaffCost, year)),
        budgets=dict(_year_amounts(session, m.CategoryBudget.category_id, m.CategoryBudget, year)),
        meter_use=meter_use,
    )


def _year_amounts(session: Session, owner, model, year: int):
    """(owner id, amount) of each of ``model``'s rows for ``year``: a planned cost or a budget."""
    return session.execute(select(owner, model.amount).where(model.year == year)).all()
