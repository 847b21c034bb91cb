"""R14 VAT per section, and R10 as its default.

Each section of a convention may have a dated VAT treatment: *outside scope* (hors
champ), *exempt* (with its legal basis and EN 16931 exemption code) or *taxable* at a
rate. A fee line follows its section. Per rate, VAT = half-up(rate × Σ amounts at that
rate) (EN 16931 BR-CO-17: one VAT amount per rate, never a sum of per-line roundings);
each exempt or outside-scope basis used is mentioned with the amount it covers. When a
convention sets nothing per section, its single regime (R10) applies to every line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from . import french
from .clauses import TAXABLE, ConventionClauses, VatTreatment
from .i18n import tr
from .lines import SECTIONS, Line, Preview, section_name
from .money import ZERO, apply_rate
from .problems import Problem

MISSING_VAT = "missing_vat"


@dataclass(frozen=True, slots=True)
class VatRate:
    """One rate's line: the taxable base (sum of its amounts) and its VAT."""

    rate: Fraction
    base: Decimal
    vat: Decimal

    def words(self) -> str:
        return f"TVA {french.short_percent(self.rate)} sur {french.money(self.base)} : {french.money(self.vat)}"


@dataclass(frozen=True, slots=True)
class VatSummary:
    """A party's totals with VAT per rate and the mentions of untaxed amounts."""

    total_excl: Decimal
    rates: tuple[VatRate, ...]
    untaxed: tuple[tuple[VatTreatment, Decimal], ...]  # treatment, amount it covers

    @property
    def total_vat(self) -> Decimal:
        return sum((r.vat for r in self.rates), ZERO)

    @property
    def total_incl(self) -> Decimal:
        return self.total_excl + self.total_vat

    @property
    def mentions(self) -> tuple[str, ...]:
        """« Exonération de TVA, art. 261 D 2° du CGI (VATEX-EU-…) », once per basis used."""
        texts = []
        for treatment, _amount in self.untaxed:
            code = f" ({treatment.exemption_code})" if treatment.exemption_code else ""
            text = f"{treatment.mention}{code}"
            if text not in texts:
                texts.append(text)
        return tuple(texts)


def vat_summary(preview: Preview, party_id: int, default: VatTreatment) -> VatSummary:
    """The party's billed total split by VAT treatment; ``default`` is the convention's R10 regime."""
    return summarise((line.vat or default, line.part(party_id)) for line in preview.lines_for(party_id))


def summarise(amounts: Iterable[tuple[VatTreatment, Decimal]]) -> VatSummary:
    """Amounts with their treatment → one VAT line per rate, the untaxed amounts by basis."""
    bases: dict[Fraction, Decimal] = {}
    untaxed: dict[VatTreatment, Decimal] = {}
    total = ZERO
    for treatment, amount in amounts:
        total += amount
        if treatment.kind == TAXABLE:
            bases[treatment.rate] = bases.get(treatment.rate, ZERO) + amount
        else:
            untaxed[treatment] = untaxed.get(treatment, ZERO) + amount
    rates = tuple(
        VatRate(rate, base, apply_rate(rate, base)) for rate, base in sorted(bases.items())
    )
    return VatSummary(total, rates, tuple(untaxed.items()))


def treatment_on(clauses: ConventionClauses, section: str, day: dt.date) -> VatTreatment | None:
    timeline = clauses.vat.get(section)
    return timeline.value_at(day, None) if timeline else None


def missing_vat(clauses: ConventionClauses, section: str, day: dt.date) -> Problem:
    return Problem(
        MISSING_VAT, "convention", clauses.convention_id, day,
        tr("Problem", "Aucun traitement de TVA n'est défini pour la section « {section} » au {day}, alors "
           "que la convention en fixe par section : indiquez si elle est hors champ, exonérée ou taxable.",
           section=section_name(section), day=french.date(day)),
    )  # fmt: skip


def with_vat(
    clauses: ConventionClauses, day: dt.date, lines: list[Line], beneficiaries
) -> tuple[list[Line], set[Problem]]:
    """Each line with its section's treatment in force on ``day``; a section without one is a
    problem once another section has one (before any, the convention's R10 regime applies)."""
    if not any(treatment_on(clauses, section, day) for section in clauses.vat):
        return lines, set()
    result, problems = [], set()
    for line in lines:
        treatment = treatment_on(clauses, line.section, day)
        if treatment is None:
            if any(line.part(b) for b in beneficiaries):
                problems.add(missing_vat(clauses, line.section, day))
            result.append(line)
        else:
            result.append(dataclasses.replace(line, vat=treatment))
    return result, problems
