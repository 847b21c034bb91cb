"""Read-only views of the registers, as small immutable row values for lists and tables.

Each function takes an open :class:`~sqlalchemy.orm.Session` and returns a list of frozen
dataclasses. Queries select only the columns shown and join the names they need, so that a
register of any size is read in a fixed, small number of queries (the bills register may hold
tens of thousands of rows). Dated values (working time, shares, surfaces, keys, headcount)
are given as in force on a date, ``on`` (today by default): the latest value whose
effective date is on or before it.

Amounts are :class:`~decimal.Decimal` exactly as stored; nothing here computes costs.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Integer, String, exists, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from ..domain.periods import add_months
from ..storage.models import (
    AllocationKey,
    Amendment,
    Article,
    Bill,
    CategoryKey,
    Convention,
    ConventionBeneficiary,
    Equipment,
    EquipmentKey,
    ExpenseCategory,
    FixedKeyShare,
    Meter,
    MeterReading,
    OwnHeadcount,
    Party,
    Payment,
    PayrollCost,
    RecurringCharge,
    Site,
    SiteSurface,
    StaffMember,
    StaffShare,
    Statement,
    WorkingTime,
)
from ..storage.types import ScaledDecimal

# ---------------------------------------------------------------------------------------------
# Row values


@dataclass(frozen=True, slots=True)
class PartyShare:
    """A party's value (share, area, percentage) inside another row."""

    party_code: str
    party_name: str
    value: Decimal


@dataclass(frozen=True, slots=True)
class PartyRow:
    id: int
    code: str
    name: str
    legal_form: str
    address: str
    siret: str
    email: str
    phone: str
    is_own_organisation: bool
    signatory_name: str
    signatory_title: str
    iban: str
    bic: str
    code_service: str
    engagement_number: str
    #: "provider", "beneficiary" or "" when the party is in no convention.
    role: str


@dataclass(frozen=True, slots=True)
class ConventionRow:
    id: int
    reference: str
    title: str
    provider_code: str
    provider_name: str
    #: Beneficiary names in convention order (rounding tie-breaks follow it).
    beneficiaries: tuple[str, ...]
    signature_date: dt.date | None
    start_date: dt.date
    end_date: dt.date | None
    duration_months: int | None
    tacit_renewal: bool
    renewal_months: int | None
    notice_months: int
    billing_frequency: str
    payment_term_days: int
    vat_regime: str
    vat_mention: str
    vat_rate: Decimal
    advance_mode: bool

    @property
    def term_end(self) -> dt.date | None:
        """The last day of the initial term: the end date, or the day before start + duration."""
        if self.end_date is not None:
            return self.end_date
        if self.duration_months:
            return add_months(self.start_date, self.duration_months) - dt.timedelta(days=1)
        return None


@dataclass(frozen=True, slots=True)
class ConventionKeyDates:
    """The dates to watch on a convention, as of a given day."""

    #: Last day of the term running on that day (after tacit renewals), None if open-ended.
    current_term_end: dt.date | None
    #: Last day to give notice so that the convention ends at ``current_term_end``.
    notice_deadline: dt.date | None
    #: How many tacit renewals have already taken place.
    renewals: int


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    convention_id: int
    position: int
    number: str
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class AmendmentRow:
    id: int
    convention_id: int
    number: int
    signature_date: dt.date | None
    effective_date: dt.date
    summary: str


@dataclass(frozen=True, slots=True)
class StaffRow:
    id: int
    name: str
    job_title: str
    employment_start: dt.date
    employment_end: dt.date | None
    #: Working time in force (1 = full time), None when none is recorded yet.
    working_time: Decimal | None
    #: Shares in force for each beneficiary, in convention order; zero shares are kept.
    shares: tuple[PartyShare, ...]
    employed: bool

    @property
    def total_share(self) -> Decimal:
        return sum((s.value for s in self.shares), Decimal(0))


@dataclass(frozen=True, slots=True)
class PayrollMonth:
    """What one person's month of payroll costs, in its three parts."""

    gross_salary: Decimal
    employer_charges: Decimal
    other_costs: Decimal

    @property
    def total(self) -> Decimal:
        return self.gross_salary + self.employer_charges + self.other_costs


@dataclass(frozen=True, slots=True)
class PayrollRow(PayrollMonth):
    """A month of payroll recorded for a person (the register's line)."""

    id: int
    staff_id: int
    person: str
    month: dt.date


@dataclass(frozen=True, slots=True)
class EquipmentRow:
    id: int
    name: str
    kind: str
    acquisition_value: Decimal
    in_service_date: dt.date
    useful_life_years: int
    key_name: str | None


@dataclass(frozen=True, slots=True)
class SiteRow:
    id: int
    name: str
    address: str
    common_area: Decimal
    #: Exclusive areas in force, per party.
    surfaces: tuple[PartyShare, ...]

    @property
    def exclusive_area(self) -> Decimal:
        return sum((s.value for s in self.surfaces), Decimal(0))


@dataclass(frozen=True, slots=True)
class SurfaceRow:
    id: int
    site: str
    party: str
    effective_date: dt.date
    area: Decimal
    amendment: int | None


@dataclass(frozen=True, slots=True)
class AllocationKeyRow:
    id: int
    name: str
    kind: str
    site: str | None
    meter: str | None
    party: str | None
    #: For a fixed key: the beneficiaries' percentages in force.
    fixed_shares: tuple[PartyShare, ...]


@dataclass(frozen=True, slots=True)
class CategoryRow:
    id: int
    code: str
    name: str
    key_name: str | None
    key_since: dt.date | None


@dataclass(frozen=True, slots=True)
class RecurringChargeRow:
    id: int
    label: str
    amount: Decimal
    frequency: str
    start_date: dt.date
    end_date: dt.date | None
    #: "site", "equipment" or "category".
    attached_kind: str
    attached_to: str


class BillRow(NamedTuple):
    """A bill as listed. A named tuple rather than a frozen dataclass: built 50,000 times
    when the bills page opens, four times faster."""

    id: int
    date: dt.date
    supplier: str
    reference: str
    label: str
    amount: Decimal
    service_start: dt.date | None
    service_end: dt.date | None
    attached_kind: str
    attached_to: str
    key_override: str | None


@dataclass(frozen=True, slots=True)
class HeadcountRow:
    id: int
    party: str
    effective_date: dt.date
    fte: Decimal
    amendment: int | None


@dataclass(frozen=True, slots=True)
class MeterReadingRow:
    id: int
    meter: str
    unit: str
    period_start: dt.date
    period_end: dt.date
    party: str
    quantity: Decimal


@dataclass(frozen=True, slots=True)
class StatementRow:
    id: int
    number: str
    kind: str
    beneficiary: str
    period_start: dt.date
    period_end: dt.date
    issue_date: dt.date
    due_date: dt.date
    total_excl_vat: Decimal
    vat: Decimal
    total: Decimal
    paid: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.total - self.paid


@dataclass(frozen=True, slots=True)
class RegisterCounts:
    """How many records each register holds."""

    parties: int
    conventions: int
    articles: int
    amendments: int
    staff: int
    #: Monthly payroll records (one per person and month).
    payroll_entries: int
    latest_payroll_month: dt.date | None
    equipment: int
    sites: int
    allocation_keys: int
    categories: int
    recurring_charges: int
    bills: int
    latest_bill_date: dt.date | None
    meter_readings: int
    latest_reading_end: dt.date | None
    statements: int


# ---------------------------------------------------------------------------------------------
# Helpers


def _in_force(
    values: Iterable[tuple[object, dt.date, object]], on: dt.date
) -> dict[object, object]:
    """For (key, effective date, value) triples sorted by date: each key's latest value on ``on``."""
    result: dict[object, object] = {}
    for key, effective, value in values:
        if effective <= on:
            result[key] = value
    return result


def _today(on: dt.date | None) -> dt.date:
    return on if on is not None else dt.date.today()


def _attachment(site: str | None, equipment: str | None, category: str | None) -> tuple[str, str]:
    if site is not None:
        return "site", site
    if equipment is not None:
        return "equipment", equipment
    return "category", category or ""


def _count(session: Session, model) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


# ---------------------------------------------------------------------------------------------
# Registers


def is_empty(session: Session) -> bool:
    """True when nothing has been recorded yet: no party, convention or resource of any kind."""
    for model in (
        Party,
        Convention,
        StaffMember,
        Equipment,
        Site,
        ExpenseCategory,
        AllocationKey,
        RecurringCharge,
        Bill,
        Statement,
    ):
        if session.scalar(select(exists().select_from(model))):
            return False
    return True


def counts(session: Session) -> RegisterCounts:
    """The number of records in each register and the date of the latest bill."""
    return RegisterCounts(
        parties=_count(session, Party),
        conventions=_count(session, Convention),
        articles=_count(session, Article),
        amendments=_count(session, Amendment),
        staff=_count(session, StaffMember),
        payroll_entries=_count(session, PayrollCost),
        latest_payroll_month=session.scalar(select(func.max(PayrollCost.month))),
        equipment=_count(session, Equipment),
        sites=_count(session, Site),
        allocation_keys=_count(session, AllocationKey),
        categories=_count(session, ExpenseCategory),
        recurring_charges=_count(session, RecurringCharge),
        bills=_count(session, Bill),
        latest_bill_date=session.scalar(select(func.max(Bill.date))),
        meter_readings=_count(session, MeterReading),
        latest_reading_end=session.scalar(select(func.max(MeterReading.period_end))),
        statements=_count(session, Statement),
    )


def _beneficiary_order(session: Session) -> list[tuple[int, str, str]]:
    """(party id, code, name) of every beneficiary, in convention order."""
    rows = session.execute(
        select(Party.id, Party.code, Party.name, func.min(ConventionBeneficiary.position))
        .join(ConventionBeneficiary, ConventionBeneficiary.party_id == Party.id)
        .group_by(Party.id, Party.code, Party.name)
        .order_by(func.min(ConventionBeneficiary.position), Party.name)
    ).all()
    return [(party_id, code, name) for party_id, code, name, _ in rows]


def parties(session: Session) -> list[PartyRow]:
    """Every party: providers first, then beneficiaries in convention order, then the others."""
    providers = set(session.scalars(select(Convention.provider_id)).all())
    beneficiary_rank = {pid: i for i, (pid, _, _) in enumerate(_beneficiary_order(session))}
    rows = session.execute(
        select(
            Party.id,
            Party.code,
            Party.name,
            Party.legal_form,
            Party.address,
            Party.siret,
            Party.email,
            Party.phone,
            Party.is_own_organisation,
            Party.signatory_name,
            Party.signatory_title,
            Party.iban,
            Party.bic,
            Party.code_service,
            Party.engagement_number,
        )
    ).all()
    result = []
    for row in rows:
        if row.id in providers:
            role = "provider"
        elif row.id in beneficiary_rank:
            role = "beneficiary"
        else:
            role = ""
        result.append(PartyRow(*row, role=role))

    def order(party: PartyRow) -> tuple:
        if party.role == "provider":
            return (0, 0, party.name)
        if party.role == "beneficiary":
            return (1, beneficiary_rank[party.id], party.name)
        return (2, 0, party.name)

    return sorted(result, key=order)


def own_organisation(session: Session) -> PartyRow | None:
    """The user's own organisation (the party flagged as such), if recorded."""
    return next((p for p in parties(session) if p.is_own_organisation), None)


def conventions(session: Session) -> list[ConventionRow]:
    """Every convention with its provider and beneficiaries, by start date."""
    beneficiaries: dict[int, list[str]] = defaultdict(list)
    for convention_id, name in session.execute(
        select(ConventionBeneficiary.convention_id, Party.name)
        .join(Party, Party.id == ConventionBeneficiary.party_id)
        .order_by(ConventionBeneficiary.convention_id, ConventionBeneficiary.position)
    ):
        beneficiaries[convention_id].append(name)
    rows = session.execute(
        select(
            Convention.id,
            Convention.reference,
            Convention.title,
            Party.code,
            Party.name,
            Convention.signature_date,
            Convention.start_date,
            Convention.end_date,
            Convention.duration_months,
            Convention.tacit_renewal,
            Convention.renewal_months,
            Convention.notice_months,
            Convention.billing_frequency,
            Convention.payment_term_days,
            Convention.vat_regime,
            Convention.vat_mention,
            Convention.vat_rate,
            Convention.advance_mode,
        )
        .join(Party, Party.id == Convention.provider_id)
        .order_by(Convention.start_date, Convention.reference)
    ).all()
    return [
        ConventionRow(
            id=row[0],
            reference=row[1],
            title=row[2],
            provider_code=row[3],
            provider_name=row[4],
            beneficiaries=tuple(beneficiaries[row[0]]),
            signature_date=row[5],
            start_date=row[6],
            end_date=row[7],
            duration_months=row[8],
            tacit_renewal=bool(row[9]),
            renewal_months=row[10],
            notice_months=row[11],
            billing_frequency=row[12],
            payment_term_days=row[13],
            vat_regime=row[14],
            vat_mention=row[15],
            vat_rate=row[16],
            advance_mode=bool(row[17]),
        )
        for row in rows
    ]


def convention_key_dates(convention: ConventionRow, on: dt.date | None = None) -> ConventionKeyDates:
    """The end of the term running on ``on`` and the last day to give notice for it.

    With tacit renewal, a term that ended before ``on`` is renewed by ``renewal_months``
    (or by the initial duration when no renewal period is set) until it covers ``on``.
    The notice deadline is the term end minus ``notice_months``.
    """
    on = _today(on)
    end = convention.term_end
    if end is None:
        return ConventionKeyDates(None, None, 0)
    renewals = 0
    period = convention.renewal_months or convention.duration_months
    if convention.tacit_renewal and period:
        term_start = end + dt.timedelta(days=1)
        while end < on:
            renewals += 1
            end = add_months(term_start, period * renewals) - dt.timedelta(days=1)
    # Notice reaching the other party by this day leaves the full notice period before the end.
    deadline = add_months(end + dt.timedelta(days=1), -convention.notice_months) - dt.timedelta(
        days=1
    )
    return ConventionKeyDates(end, deadline, renewals)


def articles(session: Session, convention_id: int | None = None) -> list[ArticleRow]:
    """The articles of one convention (or of all), in their order."""
    query = select(
        Article.id, Article.convention_id, Article.position, Article.number, Article.title,
        Article.body,
    ).order_by(Article.convention_id, Article.position)
    if convention_id is not None:
        query = query.where(Article.convention_id == convention_id)
    return [ArticleRow(*row) for row in session.execute(query)]


def amendments(session: Session, convention_id: int | None = None) -> list[AmendmentRow]:
    """The amendments of one convention (or of all), by number."""
    query = select(
        Amendment.id, Amendment.convention_id, Amendment.number, Amendment.signature_date,
        Amendment.effective_date, Amendment.summary,
    ).order_by(Amendment.convention_id, Amendment.number)
    if convention_id is not None:
        query = query.where(Amendment.convention_id == convention_id)
    return [AmendmentRow(*row) for row in session.execute(query)]


def staff(session: Session, on: dt.date | None = None) -> list[StaffRow]:
    """The staff register with working time and shares in force on ``on``, by name."""
    on = _today(on)
    working = _in_force(
        session.execute(
            select(WorkingTime.staff_id, WorkingTime.effective_date, WorkingTime.fraction)
            .order_by(WorkingTime.effective_date)
        ),
        on,
    )
    share_values = _in_force(
        (
            ((staff_id, party_id), effective, share)
            for staff_id, party_id, effective, share in session.execute(
                select(
                    StaffShare.staff_id, StaffShare.party_id, StaffShare.effective_date,
                    StaffShare.share,
                ).order_by(StaffShare.effective_date)
            )
        ),
        on,
    )
    order = _beneficiary_order(session)
    known = {pid for pid, _, _ in order}
    extra_ids = {pid for (_, pid) in share_values if pid not in known}
    if extra_ids:
        order += session.execute(
            select(Party.id, Party.code, Party.name).where(Party.id.in_(extra_ids))
            .order_by(Party.name)
        ).all()
    result = []
    for row in session.execute(
        select(
            StaffMember.id, StaffMember.first_name, StaffMember.last_name, StaffMember.job_title,
            StaffMember.employment_start, StaffMember.employment_end,
        ).order_by(StaffMember.last_name, StaffMember.first_name)
    ):
        shares = tuple(
            PartyShare(code, name, share_values[(row.id, pid)])
            for pid, code, name in order
            if (row.id, pid) in share_values
        )
        result.append(
            StaffRow(
                id=row.id,
                name=f"{row.first_name} {row.last_name}".strip(),
                job_title=row.job_title,
                employment_start=row.employment_start,
                employment_end=row.employment_end,
                working_time=working.get(row.id),
                shares=shares,
                employed=row.employment_start <= on
                and (row.employment_end is None or row.employment_end >= on),
            )
        )
    return result


def payroll(session: Session) -> list[PayrollRow]:
    """Every month of payroll recorded, latest month first, then by name."""
    rows = session.execute(
        select(
            PayrollCost.id, PayrollCost.staff_id, StaffMember.first_name, StaffMember.last_name,
            PayrollCost.month, PayrollCost.gross_salary, PayrollCost.employer_charges,
            PayrollCost.other_costs,
        )
        .join(StaffMember, StaffMember.id == PayrollCost.staff_id)
        .order_by(PayrollCost.month.desc(), StaffMember.last_name, StaffMember.first_name)
    )
    return [
        PayrollRow(
            id=r.id, staff_id=r.staff_id, person=f"{r.first_name} {r.last_name}".strip(),
            month=r.month, gross_salary=r.gross_salary, employer_charges=r.employer_charges,
            other_costs=r.other_costs,
        )
        for r in rows
    ]


def equipment(session: Session, on: dt.date | None = None) -> list[EquipmentRow]:
    """The equipment register with the key in force on ``on``, by name."""
    keys = _in_force(
        session.execute(
            select(EquipmentKey.equipment_id, EquipmentKey.effective_date, AllocationKey.name)
            .join(AllocationKey, AllocationKey.id == EquipmentKey.key_id)
            .order_by(EquipmentKey.effective_date)
        ),
        _today(on),
    )
    rows = session.execute(
        select(
            Equipment.id, Equipment.name, Equipment.kind, Equipment.acquisition_value,
            Equipment.in_service_date, Equipment.useful_life_years,
        ).order_by(Equipment.name)
    )
    return [EquipmentRow(*row, key_name=keys.get(row.id)) for row in rows]


def sites(session: Session, on: dt.date | None = None) -> list[SiteRow]:
    """The sites with each party's exclusive area in force on ``on``, by name."""
    surfaces = _in_force(
        (
            ((site_id, party_id, code, name), effective, area)
            for site_id, party_id, code, name, effective, area in session.execute(
                select(
                    SiteSurface.site_id, Party.id, Party.code, Party.name,
                    SiteSurface.effective_date, SiteSurface.area,
                )
                .join(Party, Party.id == SiteSurface.party_id)
                .order_by(SiteSurface.effective_date)
            )
        ),
        _today(on),
    )
    by_site: dict[int, list[tuple[int, PartyShare]]] = defaultdict(list)
    for (site_id, party_id, code, name), area in surfaces.items():
        by_site[site_id].append((party_id, PartyShare(code, name, area)))
    rank = _party_rank(session)
    result = []
    for row in session.execute(
        select(Site.id, Site.name, Site.address, Site.common_area).order_by(Site.name)
    ):
        ordered = sorted(by_site[row.id], key=lambda item: rank.get(item[0], (9, item[1].party_name)))
        result.append(SiteRow(*row, surfaces=tuple(share for _, share in ordered)))
    return result


def _party_rank(session: Session) -> dict[int, tuple]:
    """Ordering of parties: provider(s) first, then beneficiaries in convention order."""
    rank: dict[int, tuple] = {}
    for pid in session.scalars(select(Convention.provider_id)):
        rank.setdefault(pid, (0, 0))
    for i, (pid, _, _) in enumerate(_beneficiary_order(session)):
        rank.setdefault(pid, (1, i))
    return rank


def site_surfaces(session: Session) -> list[SurfaceRow]:
    """Every dated exclusive area, by site, date and party."""
    rows = session.execute(
        select(
            SiteSurface.id, Site.name, Party.name, SiteSurface.effective_date, SiteSurface.area,
            Amendment.number,
        )
        .join(Site, Site.id == SiteSurface.site_id)
        .join(Party, Party.id == SiteSurface.party_id)
        .outerjoin(Amendment, Amendment.id == SiteSurface.amendment_id)
        .order_by(Site.name, SiteSurface.effective_date, Party.name)
    )
    return [SurfaceRow(*row) for row in rows]


def allocation_keys(session: Session, on: dt.date | None = None) -> list[AllocationKeyRow]:
    """The allocation keys with what each is based on; fixed percentages in force on ``on``."""
    fixed = _in_force(
        (
            ((key_id, code, name), effective, share)
            for key_id, code, name, effective, share in session.execute(
                select(
                    FixedKeyShare.key_id, Party.code, Party.name, FixedKeyShare.effective_date,
                    FixedKeyShare.share,
                )
                .join(Party, Party.id == FixedKeyShare.party_id)
                .order_by(FixedKeyShare.effective_date)
            )
        ),
        _today(on),
    )
    by_key: dict[int, list[PartyShare]] = defaultdict(list)
    for (key_id, code, name), share in fixed.items():
        by_key[key_id].append(PartyShare(code, name, share))
    rows = session.execute(
        select(AllocationKey.id, AllocationKey.name, AllocationKey.kind, Site.name, Meter.name,
               Party.name)
        .outerjoin(Site, Site.id == AllocationKey.site_id)
        .outerjoin(Meter, Meter.id == AllocationKey.meter_id)
        .outerjoin(Party, Party.id == AllocationKey.party_id)
        .order_by(AllocationKey.name)
    )
    return [
        AllocationKeyRow(*row, fixed_shares=tuple(sorted(by_key[row[0]], key=lambda s: s.party_name)))
        for row in rows
    ]


def categories(session: Session, on: dt.date | None = None) -> list[CategoryRow]:
    """The expense categories with the key in force on ``on``, by name."""
    keys = _in_force(
        (
            (category_id, effective, (name, effective))
            for category_id, effective, name in session.execute(
                select(CategoryKey.category_id, CategoryKey.effective_date, AllocationKey.name)
                .join(AllocationKey, AllocationKey.id == CategoryKey.key_id)
                .order_by(CategoryKey.effective_date)
            )
        ),
        _today(on),
    )
    result = []
    for row in session.execute(
        select(ExpenseCategory.id, ExpenseCategory.code, ExpenseCategory.name)
        .order_by(ExpenseCategory.name)
    ):
        key_name, since = keys.get(row.id, (None, None))
        result.append(CategoryRow(*row, key_name=key_name, key_since=since))
    return result


def recurring_charges(session: Session) -> list[RecurringChargeRow]:
    """The recurring charges with what each is attached to, by start date then label."""
    rows = session.execute(
        select(
            RecurringCharge.id, RecurringCharge.label, RecurringCharge.amount,
            RecurringCharge.frequency, RecurringCharge.start_date, RecurringCharge.end_date,
            Site.name, Equipment.name, ExpenseCategory.name,
        )
        .outerjoin(Site, Site.id == RecurringCharge.site_id)
        .outerjoin(Equipment, Equipment.id == RecurringCharge.equipment_id)
        .outerjoin(ExpenseCategory, ExpenseCategory.id == RecurringCharge.category_id)
        .order_by(RecurringCharge.start_date, RecurringCharge.label)
    )
    return [
        RecurringChargeRow(*row[:6], *_attachment(row[6], row[7], row[8])) for row in rows
    ]


def bills(session: Session) -> list[BillRow]:
    """Every bill with its attachment and key override names, latest first (one query).

    Read as plain values for speed (50,000 bills open in a page): a Core query on the
    session's connection, no ORM result machinery, and the dates and cents converted here in
    one pass rather than by a column processor per value.
    """
    override = aliased(AllocationKey)
    places = Bill.__table__.c.amount.type.places
    rows = session.connection().execute(
        select(
            Bill.id, _stored(Bill.date), Bill.supplier, Bill.reference, Bill.label, _stored(Bill.amount),
            _stored(Bill.service_start), _stored(Bill.service_end), Site.name, Equipment.name,
            ExpenseCategory.name, override.name,
        )
        .outerjoin(Site, Site.id == Bill.site_id)
        .outerjoin(Equipment, Equipment.id == Bill.equipment_id)
        .outerjoin(ExpenseCategory, ExpenseCategory.id == Bill.category_id)
        .outerjoin(override, override.id == Bill.key_override_id)
        .order_by(Bill.date.desc(), Bill.id.desc())
    ).all()  # fetched at once: a tenth faster than row by row
    day = _day_reader(rows)
    return [
        BillRow(ident, day(date), supplier, reference, label, Decimal(cents).scaleb(-places),
                start and day(start), end and day(end), *_attachment(site, equipment, category),
                override_name)  # fmt: skip
        for ident, date, supplier, reference, label, cents, start, end, site, equipment, category, override_name
        in rows
    ]


def _stored(column):
    """``column`` as the database stores it: a date as SQLite's ISO text (PostgreSQL's driver
    gives a date), an amount as its integer cents."""
    return type_coerce(column, Integer if isinstance(column.type, ScaledDecimal) else String)


def _day_reader(rows) -> Callable[[Any], dt.date]:
    """How to read the dates of ``rows`` (column 1 is a date): SQLite's ISO text, or as given."""
    if rows and isinstance(rows[0][1], str):
        return dt.date.fromisoformat
    return lambda value: value


def own_headcount(session: Session) -> list[HeadcountRow]:
    """Every dated FTE recorded outside the staff register, by party then date."""
    rows = session.execute(
        select(
            OwnHeadcount.id, Party.name, OwnHeadcount.effective_date, OwnHeadcount.fte,
            Amendment.number,
        )
        .join(Party, Party.id == OwnHeadcount.party_id)
        .outerjoin(Amendment, Amendment.id == OwnHeadcount.amendment_id)
        .order_by(Party.name, OwnHeadcount.effective_date)
    )
    return [HeadcountRow(*row) for row in rows]


def meter_readings(session: Session) -> list[MeterReadingRow]:
    """Every meter reading, latest period first, then by meter and party."""
    rows = session.execute(
        select(
            MeterReading.id, Meter.name, Meter.unit, MeterReading.period_start,
            MeterReading.period_end, Party.name, MeterReading.quantity,
        )
        .join(Meter, Meter.id == MeterReading.meter_id)
        .join(Party, Party.id == MeterReading.party_id)
        .order_by(MeterReading.period_start.desc(), Meter.name, Party.name)
    )
    return [MeterReadingRow(*row) for row in rows]


def statements(session: Session) -> list[StatementRow]:
    """Issued statements with the amount paid so far, latest first."""
    paid = (
        select(Payment.statement_id, func.sum(Payment.amount).label("paid"))
        .group_by(Payment.statement_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Statement.id, Statement.number, Statement.kind, Party.name, Statement.period_start,
            Statement.period_end, Statement.issue_date, Statement.due_date,
            Statement.total_excl_vat, Statement.vat, Statement.total, paid.c.paid,
        )
        .join(Party, Party.id == Statement.beneficiary_id)
        .outerjoin(paid, paid.c.statement_id == Statement.id)
        .order_by(Statement.issue_date.desc(), Statement.number.desc())
    )
    return [
        StatementRow(*row[:11], paid=_paid(row[11]))
        for row in rows
    ]


def _paid(value: Decimal | None) -> Decimal:
    """SUM keeps the Money type, so the total comes back as Decimal, or None without payments."""
    return Decimal("0.00") if value is None else value


@dataclass(frozen=True, slots=True)
class MeterRow:
    id: int
    name: str
    unit: str
    equipment: str | None


def meters(session: Session) -> list[MeterRow]:
    """The meters (km, copies…) with the item each belongs to, by name."""
    rows = session.execute(
        select(Meter.id, Meter.name, Meter.unit, Equipment.name)
        .outerjoin(Equipment, Equipment.id == Meter.equipment_id)
        .order_by(Meter.name)
    )
    return [MeterRow(*row) for row in rows]
