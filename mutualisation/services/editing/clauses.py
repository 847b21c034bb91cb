"""Recording a convention's financial clauses (R11–R17), validated; every refusal in French.

Fee rates, VAT treatments and free provision change only on the first day of a billing
period of the convention; rates stay in range; a person's absences stay within their
employment and never overlap. Each dated value may cite the amendment that set it, which
must belong to the same convention. A refused call changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import french
from ...domain.clauses import (
    ABSENCE_KINDS,
    EXEMPT,
    TAXABLE,
    VAT_KINDS,
    Absence,
    ClauseError,
    check_absences,
    check_clause_date,
    check_rate,
)
from ...domain.lines import SECTIONS, section_name
from ...domain.vocabulary import ReimbursementKind
from ...domain.i18n import tr, tr_noop, translate_marked
from ...storage import models as m
from ..errors import ServiceError
from .common import check_amount, fetch, text

REIMBURSEMENT_KINDS = {kind: kind.word for kind in ReimbursementKind}


def _refuse(error: ClauseError):
    return ServiceError(str(error))


def _check_date(convention: m.Convention, day: dt.date | None, what: str) -> dt.date:
    if day is None:
        raise ServiceError(tr("Edit", "{what} : la date d'effet est obligatoire.", what=what))
    try:
        check_clause_date(day, convention.billing_frequency, what)
    except ClauseError as error:
        raise _refuse(error) from None
    if day < convention.start_date:
        raise ServiceError(tr(
            "Edit", "{what} : le {day} précède le début de la convention ({start}).",
            what=what, day=french.date(day), start=french.date(convention.start_date),
        ))
    return day


def _check_rate(value: Decimal | None, what: str, *, maximum: Fraction = Fraction(1)) -> Decimal:
    if value is None:
        raise ServiceError(tr("Edit", "{caption} : ce champ est obligatoire.", caption=what))
    if isinstance(value, float):
        raise TypeError("rates are never floats")
    value = Decimal(value)
    if value != value.quantize(Decimal("0.000001")):
        raise ServiceError(tr("Edit", "{what} : six décimales au plus (0,055 pour 5,5 %).", what=what))
    try:
        check_rate(Fraction(value), what, maximum=maximum)
    except ClauseError as error:
        raise _refuse(error) from None
    return value


def _check_amendment(session: Session, convention_id: int, amendment_id: int | None) -> int | None:
    if amendment_id is None:
        return None
    amendment = session.get(m.Amendment, amendment_id)
    if amendment is None or amendment.convention_id != convention_id:
        raise ServiceError(tr("Edit", "L'avenant cité n'appartient pas à cette convention."))
    return amendment_id


def _check_sections(sections: Iterable[str]) -> list[str]:
    chosen = sorted(set(sections))
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        raise ServiceError(tr("Edit", "Section inconnue : {sections}.", sections=", ".join(unknown)))
    return chosen


# -- convention clauses -----------------------------------------------------------------


def set_management_fee(
    session: Session, convention_id: int, effective_date: dt.date | None, rate: Decimal | None,
    sections: Iterable[str], amendment_id: int | None = None,
) -> m.ManagementFee:  # fmt: skip
    """The fee rate and covered sections from ``effective_date`` on (R11); a rate of 0 ends the fee."""
    convention = fetch(session, m.Convention, convention_id, tr("Edit", "la convention"))
    what = tr("Edit", "Le taux des frais de gestion")
    day = _check_date(convention, effective_date, what)
    rate = _check_rate(rate, what)
    chosen = _check_sections(sections)
    if rate and not chosen:
        raise ServiceError(tr("Edit", "Frais de gestion : choisissez au moins une section à laquelle ils s'appliquent."))
    amendment_id = _check_amendment(session, convention_id, amendment_id)
    fee = session.scalar(
        select(m.ManagementFee).where(
            m.ManagementFee.convention_id == convention_id, m.ManagementFee.effective_date == day
        )
    )
    if fee is None:
        fee = m.ManagementFee(convention_id=convention_id, effective_date=day)
        session.add(fee)
    fee.rate, fee.amendment_id = rate, amendment_id
    # Keep the rows of sections still chosen: replacing them all would insert a duplicate
    # (fee, section) before deleting the old row.
    fee.sections = [s for s in fee.sections if s.section in chosen] + [
        m.ManagementFeeSection(section=s) for s in chosen if s not in fee.section_codes
    ]
    session.flush()
    return fee


def set_section_vat(
    session: Session, convention_id: int, section: str, effective_date: dt.date | None,
    treatment: str, rate: Decimal | None = None, legal_basis: str = "", exemption_code: str = "",
    amendment_id: int | None = None,
) -> m.SectionVat:  # fmt: skip
    """A section's VAT treatment from ``effective_date`` on (R14)."""
    convention = fetch(session, m.Convention, convention_id, tr("Edit", "la convention"))
    _check_sections([section])
    what = tr("Edit", "La TVA de la section « {section} »", section=section_name(section))
    day = _check_date(convention, effective_date, what)
    if treatment not in VAT_KINDS:
        raise ServiceError(tr("Edit", "{what} : traitement inconnu « {treatment} ».", what=what, treatment=treatment))
    legal_basis = text(legal_basis, tr("Edit", "Fondement légal"), required=treatment != TAXABLE)
    exemption_code = text(exemption_code, tr("Edit", "Code d'exonération"), required=treatment == EXEMPT, max_length=40)
    if treatment == EXEMPT and not exemption_code.upper().startswith("VATEX-"):
        raise ServiceError(tr(
            "Edit", "Code d'exonération : indiquez le code EN 16931 de la liste VATEX (par exemple VATEX-EU-F)."
        ))
    if treatment == TAXABLE:
        rate = _check_rate(rate, tr("Edit", "{what} : le taux", what=what))
        if rate == 0:
            raise ServiceError(tr("Edit", "{what} : un taux de 0 % n'est pas une taxation ; choisissez « exonérée » ou "
                                  "« hors champ ».", what=what))
    else:
        rate = Decimal(0)
    amendment_id = _check_amendment(session, convention_id, amendment_id)
    row = session.scalar(
        select(m.SectionVat).where(
            m.SectionVat.convention_id == convention_id, m.SectionVat.section == section,
            m.SectionVat.effective_date == day,
        )
    )  # fmt: skip
    if row is None:
        row = m.SectionVat(convention_id=convention_id, section=section, effective_date=day)
        session.add(row)
    row.treatment, row.rate, row.amendment_id = treatment, rate, amendment_id
    row.legal_basis, row.exemption_code = legal_basis, exemption_code.upper()
    session.flush()
    return row


def set_absence_rule(
    session: Session, convention_id: int, kind: str, effective_date: dt.date | None, kept: bool,
    amendment_id: int | None = None,
) -> m.AbsenceRule:  # fmt: skip
    """Whether absences of ``kind`` stay with the provider from ``effective_date`` on (R15)."""
    convention = fetch(session, m.Convention, convention_id, tr("Edit", "la convention"))
    if kind not in ABSENCE_KINDS:
        raise ServiceError(tr("Edit", "Nature d'absence inconnue « {kind} ».", kind=kind))
    if effective_date is None:
        raise ServiceError(tr("Edit", "Absences à la charge du Pays : la date d'effet est obligatoire."))
    if effective_date < convention.start_date:
        raise ServiceError(tr(
            "Edit", "Absences à la charge du Pays : le {day} précède le début de la convention ({start}).",
            day=french.date(effective_date), start=french.date(convention.start_date),
        ))
    amendment_id = _check_amendment(session, convention_id, amendment_id)
    rule = session.scalar(
        select(m.AbsenceRule).where(
            m.AbsenceRule.convention_id == convention_id, m.AbsenceRule.kind == kind,
            m.AbsenceRule.effective_date == effective_date,
        )
    )  # fmt: skip
    if rule is None:
        rule = m.AbsenceRule(convention_id=convention_id, kind=kind, effective_date=effective_date)
        session.add(rule)
    rule.kept_by_provider, rule.amendment_id = bool(kept), amendment_id
    session.flush()
    return rule


def add_free_provision(
    session: Session, convention_id: int, party_id: int, *, site_id: int | None = None,
    equipment_id: int | None = None, category_id: int | None = None,
    start_date: dt.date | None, end_date: dt.date | None = None, amendment_id: int | None = None,
) -> m.FreeProvision:  # fmt: skip
    """A site, item or category provided free to a beneficiary (R17), on whole billing periods."""
    convention = fetch(session, m.Convention, convention_id, tr("Edit", "la convention"))
    if party_id not in {b.party_id for b in convention.beneficiaries}:
        raise ServiceError(tr("Edit", "Mise à disposition gratuite : choisissez un bénéficiaire de la convention."))
    if sum(x is not None for x in (site_id, equipment_id, category_id)) != 1:
        raise ServiceError(tr("Edit", "Mise à disposition gratuite : choisissez un site, un matériel ou une catégorie."))
    what = tr("Edit", "La mise à disposition gratuite")
    start = _check_date(convention, start_date, what)
    if end_date is not None:
        if end_date < start:
            raise ServiceError(tr("Edit", "{what} se termine le {day}, avant de commencer.", what=what,
                                  day=french.date(end_date)))
        _check_date(convention, end_date + dt.timedelta(days=1), tr("Edit", "La mise à disposition gratuite (lendemain de la fin)"))
    for model, ident, name in ((m.Site, site_id, tr_noop("Edit", "le site")),
                               (m.Equipment, equipment_id, tr_noop("Edit", "le matériel")),
                               (m.ExpenseCategory, category_id, tr_noop("Edit", "la catégorie"))):  # fmt: skip
        if ident is not None:
            fetch(session, model, ident, translate_marked("Edit", name))
    overlapping = session.scalars(
        select(m.FreeProvision).where(
            m.FreeProvision.convention_id == convention_id, m.FreeProvision.party_id == party_id,
            m.FreeProvision.site_id.is_(site_id) if site_id is None else m.FreeProvision.site_id == site_id,
            m.FreeProvision.equipment_id.is_(equipment_id) if equipment_id is None
            else m.FreeProvision.equipment_id == equipment_id,
            m.FreeProvision.category_id.is_(category_id) if category_id is None
            else m.FreeProvision.category_id == category_id,
        )
    ).all()  # fmt: skip
    for other in overlapping:
        if other.start_date <= (end_date or dt.date.max) and start <= (other.end_date or dt.date.max):
            raise ServiceError(tr("Edit", "{what} chevauche celle qui commence le {day}.", what=what,
                                  day=french.date(other.start_date)))
    row = m.FreeProvision(
        convention_id=convention_id, party_id=party_id, site_id=site_id, equipment_id=equipment_id,
        category_id=category_id, start_date=start, end_date=end_date,
        amendment_id=_check_amendment(session, convention_id, amendment_id),
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row


# -- clauses of resources ---------------------------------------------------------------


def set_meter_price(
    session: Session, meter_id: int, effective_date: dt.date | None, unit_price: Decimal | None,
    amendment_id: int | None = None,
) -> m.MeterPrice:  # fmt: skip
    """A meter's price per unit from ``effective_date`` on (R12)."""
    meter = fetch(session, m.Meter, meter_id, tr("Edit", "le compteur"))
    if effective_date is None:
        raise ServiceError(tr("Edit", "Prix unitaire : la date d'effet est obligatoire."))
    price = check_amount(unit_price, tr("Edit", "Prix unitaire ({unit})", unit=meter.unit), places=6)
    row = session.scalar(
        select(m.MeterPrice).where(m.MeterPrice.meter_id == meter_id, m.MeterPrice.effective_date == effective_date)
    )
    if row is None:
        row = m.MeterPrice(meter_id=meter_id, effective_date=effective_date)
        session.add(row)
    row.unit_price, row.amendment_id = price, amendment_id
    session.flush()
    return row


def set_charge_amount(
    session: Session, charge_id: int, effective_date: dt.date | None, amount: Decimal | None,
    amendment_id: int | None = None,
) -> m.ChargeAmount:  # fmt: skip
    """A recurring charge's amount from a later date on (R16): it replaces the series from then."""
    charge = fetch(session, m.RecurringCharge, charge_id, tr("Edit", "la charge"))
    if effective_date is None:
        raise ServiceError(tr("Edit", "Nouveau montant : la date d'effet est obligatoire."))
    if effective_date <= charge.start_date or (charge.end_date and effective_date > charge.end_date):
        raise ServiceError(tr(
            "Edit", "Nouveau montant de « {label} » : le {day} doit tomber après le début de la charge ({start}) "
            "et avant sa fin ; le montant initial se corrige sur la charge elle-même.",
            label=charge.label, day=french.date(effective_date), start=french.date(charge.start_date),
        ))
    amount = check_amount(amount, tr("Edit", "Montant"))
    row = session.scalar(
        select(m.ChargeAmount).where(m.ChargeAmount.charge_id == charge_id, m.ChargeAmount.effective_date == effective_date)
    )
    if row is None:
        row = m.ChargeAmount(charge_id=charge_id, effective_date=effective_date)
        session.add(row)
    row.amount, row.amendment_id = amount, amendment_id
    session.flush()
    return row


def set_charge_revaluation(
    session: Session, charge_id: int, rate: Decimal | None, reference_date: dt.date | None,
    amendment_id: int | None = None,
) -> m.ChargeRevaluation | None:  # fmt: skip
    """A recurring charge's yearly revaluation (R16); ``rate`` None removes it."""
    fetch(session, m.RecurringCharge, charge_id, tr("Edit", "la charge"))
    row = session.scalar(select(m.ChargeRevaluation).where(m.ChargeRevaluation.charge_id == charge_id))
    if rate is None:
        if row is not None:
            session.delete(row)
            session.flush()
        return None
    rate = _check_rate(rate, tr("Edit", "Le taux de revalorisation"))
    if reference_date is None:
        raise ServiceError(tr("Edit", "Revalorisation : la date de référence (date anniversaire) est obligatoire."))
    if row is None:
        row = m.ChargeRevaluation(charge_id=charge_id)
        session.add(row)
    row.rate, row.reference_date, row.amendment_id = rate, reference_date, amendment_id
    session.flush()
    return row


def save_absence(
    session: Session, staff_id: int, start_date: dt.date | None, end_date: dt.date | None, kind: str,
    note: str = "", absence_id: int | None = None,
) -> m.StaffAbsence:  # fmt: skip
    """Record (or correct) an absence: within employment, overlapping no other one (R15)."""
    person = fetch(session, m.StaffMember, staff_id, tr("Edit", "la personne"))
    if start_date is None or end_date is None:
        raise ServiceError(tr("Edit", "Absence : les dates de début et de fin sont obligatoires."))
    others = session.scalars(
        select(m.StaffAbsence).where(m.StaffAbsence.staff_id == staff_id)
    ).all()
    absences = [Absence(a.start_date, a.end_date, a.kind) for a in others if a.id != absence_id]
    try:
        check_absences([*absences, Absence(start_date, end_date, kind)], person.employment_start,
                       person.employment_end, person.full_name)  # fmt: skip
    except ClauseError as error:
        raise _refuse(error) from None
    row = fetch(session, m.StaffAbsence, absence_id, tr("Edit", "l'absence")) if absence_id else m.StaffAbsence(staff_id=staff_id)
    if row.staff_id != staff_id:
        raise ServiceError(tr("Edit", "Cette absence est celle d'une autre personne."))
    row.start_date, row.end_date, row.kind = start_date, end_date, kind
    row.note = text(note, tr("Edit", "Note"), required=False)
    session.add(row)
    session.flush()
    return row


def set_reimbursement(
    session: Session, staff_id: int, month: dt.date | None, amount: Decimal | None, kind: str = ReimbursementKind.IJSS
) -> m.PayrollReimbursement | None:
    """What was received for a payroll month (R15); an amount of 0 removes it."""
    person = fetch(session, m.StaffMember, staff_id, tr("Edit", "la personne"))
    if month is None:
        raise ServiceError(tr("Edit", "Remboursement : le mois de paie est obligatoire."))
    if kind not in REIMBURSEMENT_KINDS:
        raise ServiceError(tr("Edit", "Nature de remboursement inconnue « {kind} ».", kind=kind))
    first = month.replace(day=1)
    last_day = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    if last_day < person.employment_start or (person.employment_end and first > person.employment_end):
        raise ServiceError(tr("Edit", "Remboursement : {name} n'est pas employé(e) en {month}.",
                              name=person.full_name, month=f"{first:%m/%Y}"))
    amount = check_amount(amount, tr("Edit", "Montant remboursé"))
    row = session.scalar(
        select(m.PayrollReimbursement).where(
            m.PayrollReimbursement.staff_id == staff_id, m.PayrollReimbursement.month == first,
            m.PayrollReimbursement.kind == kind,
        )
    )  # fmt: skip
    if amount == 0:
        if row is not None:
            session.delete(row)
            session.flush()
        return None
    if row is None:
        row = m.PayrollReimbursement(staff_id=staff_id, month=first, kind=kind)
        session.add(row)
    row.amount = amount
    session.flush()
    return row
