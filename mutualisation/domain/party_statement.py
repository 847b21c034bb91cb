"""A period's figures as one party sees them: lines, section subtotals and totals.

:class:`PartyStatement` is built once from the engine's :class:`~.lines.Preview` (or from the
lines of a document that is not a preview: an advance call, a correction) and read as it is by
the États screen, every PDF, the JSON and terminal output and the exports. Nothing downstream
adds up lines again or computes VAT in its own way.

Totals are a small :class:`Totals` value holding the VAT as a tuple of :class:`VatLine`, one per
rate, and the legal mentions that apply: a convention with one regime (R10) has at most one VAT
line; VAT per section (R14) gives one line per rate without changing the readers. Fee lines
(R11) are ordinary lines of their section; what is provided free (R17) is a separate block.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from . import french
from .clauses import OUTSIDE_SCOPE, TAXABLE, VatTreatment
from .i18n import tr
from .lines import SECTION_ORDER, SECTIONS, Preview
from .money import ZERO, round_half_up
from .vat import summarise
from .wording import Wording


@dataclass(frozen=True, slots=True)
class DocumentLine:
    """One line as the party sees it: its base, the key in words and figures, the amount due.

    ``ratio`` is the text printed (« 25,71 % »): it is worded here once so that the screen and
    the paper show the same rounding.
    """

    section: str  # a key of SECTIONS
    label: str
    basis: Decimal
    key_description: str
    ratio: str  # « 25,71 % »
    amount: Decimal
    explanation: tuple[str, ...] = ()
    source_kind: str = ""
    source_id: int = 0
    # The VAT treatment of the line's section (R14), None under the convention's single regime
    # (R10): the e-invoice gives each line its VAT category from it.
    vat: VatTreatment | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """The lines of one section, in engine order, and their subtotal (a sum of rounded parts)."""

    key: str  # a key of SECTIONS
    title: str
    lines: tuple[DocumentLine, ...]
    subtotal: Decimal


@dataclass(frozen=True, slots=True)
class VatLine:
    """The VAT at one rate: half-up(rate × basis), the basis being a sum of printed amounts."""

    rate: Decimal  # 0.20 for 20 %
    basis: Decimal
    amount: Decimal

    @classmethod
    def on(cls, basis: Decimal, rate: Decimal) -> VatLine:
        return cls(rate, basis, round_half_up(basis * rate))

    @property
    def label(self) -> str:
        """« TVA à 20 % »."""
        return tr("Explanation", "TVA à {rate}", rate=french.short_percent(self.rate))


@dataclass(frozen=True, slots=True)
class Totals:
    """Total excluding VAT, the VAT lines (one per rate) and the legal mentions printed."""

    excl_vat: Decimal
    vat_lines: tuple[VatLine, ...] = ()
    mentions: tuple[str, ...] = ()  # « TVA non applicable, art. 293 B du CGI »

    @classmethod
    def single_rate(cls, excl_vat: Decimal, vat_rate: Decimal | None, mention: str = "") -> Totals:
        """One regime for the whole document (R10): subject at ``vat_rate``, or not subject."""
        if vat_rate is None:
            return cls(excl_vat, (), (mention,) if mention else ())
        return cls(excl_vat, (VatLine.on(excl_vat, vat_rate),))

    @property
    def subject_to_vat(self) -> bool:
        return bool(self.vat_lines)

    @property
    def vat(self) -> Decimal:
        return sum((line.amount for line in self.vat_lines), ZERO)

    @property
    def total(self) -> Decimal:
        return self.excl_vat + self.vat

    @property
    def vat_rate(self) -> Decimal | None:
        """The rate when there is exactly one (what a single-regime document stores)."""
        return self.vat_lines[0].rate if len(self.vat_lines) == 1 else None

    @property
    def mention(self) -> str:
        return " ".join(self.mentions)


@dataclass(frozen=True, slots=True)
class PartyStatement:
    """A party's figures for a period: lines, sections with subtotals, totals."""

    lines: tuple[DocumentLine, ...]
    sections: tuple[Section, ...]
    totals: Totals
    # Mise à disposition à titre gratuit (pour mémoire, R17): valued, never in the totals.
    free: tuple[DocumentLine, ...] = ()

    @property
    def free_total(self) -> Decimal:
        return sum((line.amount for line in self.free), ZERO)

    @classmethod
    def of(
        cls, lines: Iterable[DocumentLine], vat_rate: Decimal | None = None, vat_mention: str = ""
    ) -> PartyStatement:
        """Group ``lines`` by section (in section order) and total them; VAT by R10."""
        lines = tuple(lines)
        sections = []
        for key in SECTION_ORDER:
            chosen = tuple(line for line in lines if line.section == key)
            if chosen:
                sections.append(Section(key, SECTIONS[key], chosen, sum((l.amount for l in chosen), ZERO)))
        excl_vat = sum((line.amount for line in lines), ZERO)
        return cls(lines, tuple(sections), Totals.single_rate(excl_vat, vat_rate, vat_mention))

    def subtotal(self, section: str) -> Decimal:
        """The section's subtotal, zero for a section without lines."""
        return next((s.subtotal for s in self.sections if s.key == section), ZERO)


def ratio_text(ratio: Fraction) -> str:
    """The party's ratio as every reader prints it (« 25,71 % », half-up to 2 decimals)."""
    return french.percent(ratio)


def party_statement(
    preview: Preview, party_id: int, vat_rate: Decimal | None = None, vat_mention: str = "",
    *, explain: bool = True, others_visible: bool = False, words: Wording | None = None,
) -> PartyStatement:
    """The preview's lines for one party, as printed, with subtotals and totals.

    ``explain=False`` leaves the explanation sentences out: the screen words a line's
    explanation only when it is selected, from the engine's line. The explanation names the
    party's own parts only (each key's totals stay, so that the party can check its ratio):
    another party's parts are shown with ``others_visible``, when the convention allows it.

    Where the convention sets a VAT treatment per section (R14) the totals hold one VAT line
    per rate and the mention of each exempt or outside-scope basis; lines without one follow
    the convention's single regime (R10). What the party receives free (R17) is listed apart.
    ``words``: a wording shared with the other readers of the same preview (issuing words the
    frozen inputs and the document from one), so that each piece is worded once.
    """  # fmt: skip
    words = words or Wording()
    shown = preview.parties if others_visible else tuple(p for p in preview.parties if p.id == party_id)
    hidden = frozenset(p.code for p in preview.parties if p not in shown)

    def document_line(line, amount) -> DocumentLine:
        return DocumentLine(
            line.section, line.label, line.basis(party_id), words.key_description(line, party_id),
            words.percent(line, party_id), amount,
            tuple(words.explanation_lines(line, shown, hidden)) if explain else (),
            line.source_kind, line.source_id, line.vat,
        )  # fmt: skip

    billed = preview.lines_for(party_id)
    statement = PartyStatement.of((document_line(l, l.part(party_id)) for l in billed), vat_rate, vat_mention)
    free = tuple(document_line(l, l.value(party_id)) for l in preview.free_lines(party_id))
    if any(line.vat is not None for line in billed):
        statement = dataclasses.replace(
            statement, totals=_section_vat_totals(preview, party_id, vat_rate, vat_mention)
        )
    return dataclasses.replace(statement, free=free) if free else statement


def _section_vat_totals(preview: Preview, party_id: int, vat_rate: Decimal | None, vat_mention: str) -> Totals:
    """Totals with VAT per rate (EN 16931 BR-CO-17) from the treatment of each line's section."""
    return vat_totals(
        ((line.vat, line.part(party_id)) for line in preview.lines_for(party_id)), vat_rate, vat_mention
    )


def vat_totals(
    amounts: Iterable[tuple[VatTreatment | None, Decimal]], vat_rate: Decimal | None, vat_mention: str
) -> Totals:
    """Totals of amounts with their VAT treatment (R14); those without one follow the R10 regime."""
    default = (
        VatTreatment(TAXABLE, Fraction(vat_rate)) if vat_rate is not None
        else VatTreatment(OUTSIDE_SCOPE, wording=vat_mention)
    )  # fmt: skip
    summary = summarise((treatment or default, amount) for treatment, amount in amounts)
    lines = tuple(VatLine(_rate(r.rate), r.base, r.vat) for r in summary.rates)
    return Totals(summary.total_excl, lines, tuple(m for m in summary.mentions if m))


def with_section_vat(
    statement: PartyStatement, treatments: Mapping[str, VatTreatment], vat_rate: Decimal | None,
    vat_mention: str,
) -> PartyStatement:  # fmt: skip
    """A document's figures whose lines are not a preview's (correction, advance call,
    settlement) taxed by the treatment of each line's section in force for its period."""
    if not treatments:
        return statement
    lines = tuple(dataclasses.replace(line, vat=treatments.get(line.section)) for line in statement.lines)
    sections = tuple(
        dataclasses.replace(s, lines=tuple(l for l in lines if l.section == s.key)) for s in statement.sections
    )
    amounts = ((line.vat, line.amount) for line in lines)
    return dataclasses.replace(
        statement, lines=lines, sections=sections, totals=vat_totals(amounts, vat_rate, vat_mention)
    )


def _rate(rate: Fraction) -> Decimal:
    """A stored rate (millionths) back to the Decimal a VAT line prints."""
    return (Decimal(rate.numerator) / Decimal(rate.denominator)).normalize()
