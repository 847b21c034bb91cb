"""The engine's results: atomic lines with their explanation, and a period's preview.

The same objects feed the screen, the PDF, the JSON output and the exports, so every
figure a reader sees is explained by the data that produced it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from . import french
from .i18n import tr_noop, translate_marked
from .inputs import BillInput, PartyInfo
from .keys import KeySegment
from .money import ZERO as ZERO_EUROS
from .clauses import VatTreatment
from .periods import Period
from .problems import Problem
from .vocabulary import Section
from .wording import Wording

# Kept as a mapping and a tuple, the shapes the screens and PDFs read, built from the enum.
SECTIONS = {section: section.heading for section in Section}
SECTION_ORDER = tuple(Section)

# The headings marked for translation, for the sentences of the screen (documents: SECTIONS).
_SECTION_NAMES = {
    Section.PERSONNEL: tr_noop("Section", "Personnel"),
    Section.MATERIEL: tr_noop("Section", "Matériel"),
    Section.LOCAUX: tr_noop("Section", "Locaux"),
    Section.DEPENSES: tr_noop("Section", "Dépenses partagées"),
}


def section_name(section: str) -> str:
    """A section's heading in the interface language (French in documents)."""
    return translate_marked("Section", _SECTION_NAMES.get(section, SECTIONS.get(section, section)))


@dataclass(frozen=True, slots=True)
class Step:
    """A run of days with one key in force: the base amount over them and the key's weights."""

    start: dt.date
    end: dt.date
    amount: Fraction  # exact share of the line's cost falling on these days
    key: KeySegment

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a line has its figures: inputs used, key steps, exact and rounded amounts.

    The inputs are worded on demand by ``describe_inputs`` (see :mod:`.facts`).
    """

    describe_inputs: Callable[[], tuple[str, ...]]
    steps: tuple[Step, ...]

    @property
    def inputs(self) -> tuple[str, ...]:
        return self.describe_inputs()


@dataclass(frozen=True, slots=True)
class Line:
    """One source item over the period (R8), split between every party (R9)."""

    section: str  # a key of SECTIONS
    source_kind: str  # staff, depreciation, charge, bill
    source_id: int
    label: str
    exact_total: Fraction
    exact_parts: tuple[tuple[int, Fraction], ...]  # in tie-break order
    total: Decimal
    parts: tuple[tuple[int, Decimal], ...]
    explanation: Explanation
    # Clauses (R11–R17). Beneficiaries to whom the line's resource is provided free: their
    # part is valued *pour mémoire*, not billed (R17).
    free_for: frozenset[int] = frozenset()
    # A fee line's basis for each beneficiary: its subtotal of the section (R11).
    bases: tuple[tuple[int, Decimal], ...] = ()
    # The line's calculation in words for each party, where no key explains it (R11, R12).
    notes: tuple[tuple[int, str], ...] = ()
    vat: VatTreatment | None = None  # the section's VAT treatment in force (R14)
    rate: Fraction | None = None  # a fee line's rate: basis × rate = amount (R11)

    def part(self, party_id: int) -> Decimal:
        """What the party is billed: its part, or nothing when provided free (R17)."""
        if party_id in self.free_for:
            return ZERO_EUROS
        return dict(self.parts).get(party_id, ZERO_EUROS)

    def value(self, party_id: int) -> Decimal:
        """The party's part as computed, billed or not (a free provision's value)."""
        return dict(self.parts).get(party_id, ZERO_EUROS)

    def basis(self, party_id: int) -> Decimal:
        """The amount the party's figure is computed on: a fee's subtotal, else the line total."""
        return dict(self.bases).get(party_id, self.total) if self.bases else self.total

    def exact_part(self, party_id: int) -> Fraction:
        return dict(self.exact_parts).get(party_id, Fraction(0))

    def ratio(self, party_id: int) -> Fraction:
        """The party's overall ratio over the period: S*p / T*; a fee line's rate."""
        if self.rate is not None:
            return self.rate if dict(self.bases).get(party_id) else Fraction(0)
        return self.exact_part(party_id) / self.exact_total if self.exact_total else Fraction(0)

    def key_description(self, party_id: int) -> str:
        """The key in words and figures for one party, e.g. « Surface 36/140 m² = 25,71 % »
        (:meth:`.Wording.key_description`)."""
        return Wording().key_description(self, party_id)

    def explanation_lines(self, parties: tuple[PartyInfo, ...], hidden: frozenset[str] = frozenset()) -> list[str]:
        """The explanation in sentences, for a screen (its language) or a PDF annex (French);
        ``hidden``: codes of the parties whose own figures the reader may not see
        (:meth:`.Wording.explanation_lines`)."""
        return Wording().explanation_lines(self, parties, hidden)

    def as_dict(
        self, parties: tuple[PartyInfo, ...], party_id: int | None = None, words: Wording | None = None
    ) -> dict:
        """A JSON-ready view; exact values as strings (fractions and 6-decimal figures).

        ``words``: the wording shared with the other readers of the line (issuing), if any.
        """
        words = words or Wording()
        codes = {p.id: p.code for p in parties}
        data = {
            "section": self.section,
            "section_label": SECTIONS[self.section],
            "source": {"kind": self.source_kind, "id": self.source_id},
            "label": self.label,
            "basis": str(self.total if party_id is None else self.basis(party_id)),
            "exact_total": _exact(self.exact_total),
            "parts": {codes[p]: str(v) for p, v in self.parts},
            "exact_parts": {codes[p]: _exact(v) for p, v in self.exact_parts},
            "explanation": {
                "inputs": list(words.inputs(self)),
                "steps": [
                    {
                        "from": s.start.isoformat(),
                        "to": s.end.isoformat(),
                        "days": s.days,
                        "amount": _exact(s.amount),
                        "key": s.key.kind,
                        "key_name": s.key.name,
                        "weights": {codes[p]: _exact(w) for p, w in s.key.weights},
                        "ratios": {codes[p]: _exact(r) for p, r in s.key.ratios().items()},
                        "amendments": list(s.key.amendments),
                        "problem": s.key.problem.message if s.key.problem else None,
                    }
                    for s in self.explanation.steps
                ],
                "text": words.explanation_lines(self, parties),
            },
        }
        if party_id is not None:
            data.update(
                key_description=words.key_description(self, party_id),
                ratio={"fraction": words.fraction(self, party_id), "percent": words.percent(self, party_id)},
                amount=str(self.part(party_id)),
            )
        return data


def _exact(value: Fraction) -> dict:
    decimal = Decimal(value.numerator) / Decimal(value.denominator)
    return {"fraction": french.fraction(value), "decimal": f"{decimal:.6f}"}


@dataclass(frozen=True, slots=True)
class Preview:
    """A period's computation for every party: lines, problems and totals."""

    period: Period
    parties: tuple[PartyInfo, ...]  # beneficiaries in convention order, then the provider
    lines: tuple[Line, ...]
    problems: tuple[Problem, ...]
    bills: tuple[BillInput, ...] = ()  # the engine's bills, for the annexes of documents

    def party(self, code: str) -> PartyInfo:
        for party in self.parties:
            if party.code.casefold() == code.casefold():
                return party
        raise KeyError(code)

    def lines_for(self, party_id: int) -> tuple[Line, ...]:
        """Lines in which the party has a billed part, in section order."""
        return tuple(
            line for line in self.lines
            if line.exact_part(party_id) != 0 and party_id not in line.free_for
        )  # fmt: skip

    def free_lines(self, party_id: int) -> tuple[Line, ...]:
        """Lines provided free to the party, valued *pour mémoire* (R17)."""
        return tuple(line for line in self.lines if party_id in line.free_for and line.value(party_id))

    def free_total(self, party_id: int) -> Decimal:
        """The value of what the party receives free, never part of its total (R17)."""
        return sum((line.value(party_id) for line in self.free_lines(party_id)), ZERO_EUROS)

    def total(self, party_id: int) -> Decimal:
        """Sum of the party's rounded parts: nothing is rounded twice (R9).

        A quick sum for dashboards and checks; documents and screens read the same figure from
        :class:`~.party_statement.PartyStatement` (a property test keeps them equal).
        """
        return sum((line.part(party_id) for line in self.lines), ZERO_EUROS)

    def section_total(self, party_id: int, section: str) -> Decimal:
        return sum(
            (line.part(party_id) for line in self.lines if line.section == section), ZERO_EUROS
        )

    def as_dict(
        self, party_id: int, vat_rate: Decimal | None = None, vat_mention: str = "", words: Wording | None = None
    ) -> dict:
        """A JSON-ready view for one party; its totals as the statement prints them, with the VAT
        of the convention's regime (``vat_rate``, R10) or of each section (R14). ``words``: the
        wording shared with the document issued from the same preview, if any."""
        # Imported here: party_statement builds on this module's values.
        from .party_statement import party_statement

        words = words or Wording()
        party = next(p for p in self.parties if p.id == party_id)
        statement = party_statement(self, party_id, vat_rate, vat_mention, explain=False, words=words)
        data = {
            "period": {
                "code": self.period.code,
                "label": self.period.label,
                "from": self.period.start.isoformat(),
                "to": self.period.end.isoformat(),
            },
            "beneficiary": {"code": party.code, "name": party.name},
            "lines": [line.as_dict(self.parties, party_id, words) for line in self.lines_for(party_id)],
            "sections": {section.title: str(section.subtotal) for section in statement.sections},
            "total": str(statement.totals.excl_vat),
            "problems": [p.as_dict() for p in self.problems],
        }
        totals = statement.totals
        if totals.vat_lines:  # "total" stays excluding VAT, as it always was
            data["vat"] = [{"rate": str(v.rate), "basis": str(v.basis), "amount": str(v.amount)}
                           for v in totals.vat_lines]  # fmt: skip
            data["total_incl_vat"] = str(totals.total)
        if totals.mentions:
            data["vat_mentions"] = list(totals.mentions)
        if statement.free:  # R17: valued, never in the total
            data["free_provision"] = {
                "lines": [
                    {"label": l.label, "basis": str(l.basis), "key_description": l.key_description,
                     "value": str(l.amount)}
                    for l in statement.free
                ],
                "total": str(statement.free_total),
            }  # fmt: skip
        return data
