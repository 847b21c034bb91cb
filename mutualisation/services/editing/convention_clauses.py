"""The financial clauses of a convention as its form edits them (R11, R14, R15): read, checked, saved.

The form holds three dated lists — management fee rates with their sections, the VAT
treatment of each section, the absence kinds left with the provider — and saves them
whole with the convention, in its transaction: a line no longer in a list is deleted,
the others are recorded through :mod:`.clauses`, which refuses what the rules forbid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain import french, kind_words
from ...domain.clauses import (
    ABSENCE_KINDS,
    DEFAULT_KEPT_KINDS,
    TAXABLE,
    ClauseError,
    VatTreatment,
    check_clause_date,
    check_rate,
)
from ...domain.i18n import tr
from ...domain.lines import SECTION_ORDER, SECTIONS, section_name
from ...domain.vocabulary import VatKind
from ...storage import models as m
from ..clause_loading import section_vat_on
from . import clauses

_SECTION_RANK = {code: rank for rank, code in enumerate(SECTIONS)}


def vat_treatment_choices() -> list[tuple[str, str]]:
    """(words in the interface language, code) of the VAT treatments of a section."""
    return kind_words.choices(VatKind, kind_words.vat_kind)


def section_choices() -> list[tuple[str, str]]:
    """(heading in the interface language, code) of the statement's sections, in their printed order."""
    return kind_words.choices(SECTIONS, kind_words.section)


def absence_kind_choices() -> list[tuple[str, str]]:
    """(words in the interface language, code) of the absence kinds."""
    return kind_words.choices(ABSENCE_KINDS, kind_words.absence_kind)


@dataclass(frozen=True, slots=True)
class FeeEntry:
    effective_date: dt.date
    rate: Decimal
    sections: tuple[str, ...]
    amendment_id: int | None = None


@dataclass(frozen=True, slots=True)
class VatEntry:
    section: str
    effective_date: dt.date
    treatment: str
    rate: Decimal = Decimal(0)
    legal_basis: str = ""
    exemption_code: str = ""
    amendment_id: int | None = None


@dataclass(frozen=True, slots=True)
class AbsenceRuleEntry:
    kind: str
    effective_date: dt.date
    kept: bool
    amendment_id: int | None = None


@dataclass(frozen=True, slots=True)
class ConventionClauses:
    fees: list[FeeEntry] = field(default_factory=list)
    vats: list[VatEntry] = field(default_factory=list)
    absence_rules: list[AbsenceRuleEntry] = field(default_factory=list)


def default_kept_words() -> str:
    """The absence kinds the provider keeps when the convention says nothing, in words."""
    return ", ".join(kind_words.absence_kind(k) for k in ABSENCE_KINDS if k in DEFAULT_KEPT_KINDS)


def load_convention_clauses(session: Session, convention_id: int | None) -> ConventionClauses:
    if convention_id is None:
        return ConventionClauses()
    fees = session.scalars(select(m.ManagementFee).where(m.ManagementFee.convention_id == convention_id))
    vats = session.scalars(select(m.SectionVat).where(m.SectionVat.convention_id == convention_id))
    rules = session.scalars(select(m.AbsenceRule).where(m.AbsenceRule.convention_id == convention_id))
    return ConventionClauses(
        sorted((FeeEntry(f.effective_date, f.rate, tuple(sorted(f.section_codes)), f.amendment_id) for f in fees),
               key=lambda e: e.effective_date),
        sorted((VatEntry(v.section, v.effective_date, v.treatment, v.rate, v.legal_basis, v.exemption_code,
                         v.amendment_id) for v in vats), key=lambda e: (e.effective_date, _SECTION_RANK[e.section])),
        sorted((AbsenceRuleEntry(r.kind, r.effective_date, r.kept_by_provider, r.amendment_id) for r in rules),
               key=lambda e: (e.effective_date, e.kind)),
    )  # fmt: skip


def clause_date_problem(day: dt.date, frequency: str, what: str) -> str:
    """Why a fee or VAT change cannot take effect on ``day`` (R11, R14), or ""."""
    try:
        check_clause_date(day, frequency, what)
    except ClauseError as error:
        return str(error)
    return ""


def rate_problem(rate: Decimal, what: str) -> str:
    """Why a rate is out of range (0 to 100 %), or ""."""
    try:
        check_rate(Fraction(rate), what)
    except ClauseError as error:
        return str(error)
    return ""


def save_convention_clauses(session: Session, convention_id: int, values: ConventionClauses) -> None:
    """Make the convention's fee, VAT and absence-kind clauses exactly ``values``; refused whole."""
    fee_days = {e.effective_date for e in values.fees}
    vat_keys = {(e.section, e.effective_date) for e in values.vats}
    rule_keys = {(e.kind, e.effective_date) for e in values.absence_rules}
    for model, key, kept in (
        (m.ManagementFee, lambda r: r.effective_date, fee_days),
        (m.SectionVat, lambda r: (r.section, r.effective_date), vat_keys),
        (m.AbsenceRule, lambda r: (r.kind, r.effective_date), rule_keys),
    ):
        for row in session.scalars(select(model).where(model.convention_id == convention_id)).all():
            if key(row) not in kept:
                session.delete(row)
    session.flush()
    for e in values.fees:
        clauses.set_management_fee(session, convention_id, e.effective_date, e.rate, e.sections, e.amendment_id)
    for e in values.vats:
        clauses.set_section_vat(session, convention_id, e.section, e.effective_date, e.treatment, e.rate,
                                e.legal_basis, e.exemption_code, e.amendment_id)  # fmt: skip
    for e in values.absence_rules:
        clauses.set_absence_rule(session, convention_id, e.kind, e.effective_date, e.kept, e.amendment_id)


def clause_sentences(session: Session, convention_id: int) -> list[str]:
    """The convention's fee, VAT and absence clauses in words (see :func:`describe_clauses`)."""
    return describe_clauses(load_convention_clauses(session, convention_id))


def describe_clauses(values: ConventionClauses) -> list[str]:
    """The clauses in words, one sentence each, for the Convention page (in the interface
    language) and the summary (French)."""
    lines = []
    for e in values.fees:
        since = french.date(e.effective_date)
        if e.rate:
            on = ", ".join(section_name(s) for s in e.sections)
            lines.append(tr("Clause", "À partir du {day} : frais de gestion de {rate} sur {sections}.", day=since,
                            rate=french.short_percent(Fraction(e.rate)), sections=on))
        else:
            lines.append(tr("Clause", "À partir du {day} : plus de frais de gestion.", day=since))
    for e in values.vats:
        day, section = french.date(e.effective_date), section_name(e.section)
        if e.treatment == TAXABLE:
            lines.append(tr("Clause", "À partir du {day} : TVA de la section {section} taxable à {rate}.", day=day,
                            section=section, rate=french.short_percent(Fraction(e.rate))))
        else:
            code = tr("Clause", ", code {code}", code=e.exemption_code) if e.exemption_code else ""
            lines.append(tr("Clause", "À partir du {day} : TVA de la section {section} {treatment} ({basis}{code}).",
                            day=day, section=section, treatment=kind_words.vat_kind(e.treatment),
                            basis=e.legal_basis, code=code))
    for e in values.absence_rules:
        kind = kind_words.absence_kind(e.kind)
        if e.kept:
            lines.append(tr("Clause", "À partir du {day} : absences pour {kind} à la charge du prestataire.",
                            day=french.date(e.effective_date), kind=kind))
        else:
            lines.append(tr("Clause", "À partir du {day} : absences pour {kind} refacturées aux bénéficiaires.",
                            day=french.date(e.effective_date), kind=kind))
    return lines


@dataclass(frozen=True, slots=True)
class SectionVatInForce:
    """The VAT per section (R14) as it stands on a day, for the Convention page's terms."""

    #: The first day a section had its own treatment: before it, the single regime (R10) applied.
    since: dt.date
    #: False when ``since`` is still to come: the single regime applies until then.
    in_force: bool
    #: « Personnel : taxable à 20 % », sections taxed alike on one line, in the sections' order.
    lines: tuple[str, ...] = ()


def section_vat_in_force(session: Session, convention_id: int, day: dt.date) -> SectionVatInForce | None:
    """Each section's VAT treatment in force on ``day``, in words of the interface language;
    None when the convention never sets one per section (its single regime is the rule)."""
    since = session.scalar(select(func.min(m.SectionVat.effective_date)).where(m.SectionVat.convention_id == convention_id))
    if since is None:
        return None
    if since > day:
        return SectionVatInForce(since, False)
    treatments = section_vat_on(session, convention_id, day)
    # A section left without a treatment is shown as such: the statements refuse it (R14).
    groups: dict[VatTreatment | None, list[str]] = {}
    for section in SECTION_ORDER:
        groups.setdefault(treatments.get(section), []).append(section_name(section))
    lines = tuple(tr("Clause", "{sections} : {treatment}", sections=", ".join(names), treatment=_treatment_words(t))
                  for t, names in groups.items())  # fmt: skip
    return SectionVatInForce(since, True, lines)


def _treatment_words(treatment: VatTreatment | None) -> str:
    if treatment is None:
        return tr("Clause", "non définie (à indiquer dans les clauses financières)")
    if treatment.kind == TAXABLE:
        return tr("Clause", "taxable à {rate}", rate=french.short_percent(treatment.rate))
    if not treatment.legal_basis:
        return kind_words.vat_kind(treatment.kind)
    return tr("Clause", "{treatment} ({basis})", treatment=kind_words.vat_kind(treatment.kind),
              basis=treatment.legal_basis)
