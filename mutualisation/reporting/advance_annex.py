"""The annex of an advance call: the forecast it comes from and the year's calls (DESIGN §5).

An advance call bills a share of a forecast, not recorded costs: its reader checks it against
that forecast. The annex prints the beneficiary's forecast for the year line by line, section by
section (each subtotal is the basis of one line of the call), then, per section, the annual
forecast, the regular call, the last call that absorbs the rounding and this call, with their
totals: the calls of the year add up to the forecast, and this call's column to the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ..domain import french
from ..domain.documents import AdvanceBasis
from ..domain.money import ZERO
from ..domain.party_statement import PartyStatement, Section
from .blocks import lines_flowables
from .layout import BOLD, CONTENT_WIDTH, MUTED, data_table, header_row, para, rich, styles


@dataclass(frozen=True, slots=True)
class _Forecast:
    """The forecast's lines as :func:`~.blocks.lines_flowables` reads a document."""

    figures: PartyStatement
    kind: str = "advance"

    @property
    def total(self) -> Decimal:
        return self.figures.totals.excl_vat

    def sections(self) -> tuple[Section, ...]:
        return self.figures.sections


def advance_annex(advance: AdvanceBasis, number: int) -> list[Flowable]:
    """« Annexe n — Prévisionnel … et appels de fonds »: the forecast, the calls, the rule."""
    s = styles()
    story: list[Flowable] = [
        para(f"Annexe {number} — Prévisionnel {advance.year} et appels de fonds", s.heading),
        para(
            f"Le prévisionnel {advance.year} du bénéficiaire, section par section : le sous-total de "
            "chaque section est la base de la ligne correspondante de l'appel.", s.muted,
        ),
        Spacer(1, 2 * mm),
    ]  # fmt: skip
    story += lines_flowables(_Forecast(PartyStatement.of(advance.forecast)))
    story.append(
        rich([("b", f"Total du prévisionnel {advance.year} (hors taxes) : "),
              ("", french.money(advance.total))], s.body)
    )  # fmt: skip
    story += [Spacer(1, 6 * mm), CondPageBreak(60 * mm)]
    story.append(KeepTogether([
        para(f"Appels de fonds {advance.year}", s.subheading),
        para(_rule(advance), s.body),
        Spacer(1, 2 * mm),
        _calls_table(advance),
    ]))  # fmt: skip
    return story


def _rule(advance: AdvanceBasis) -> str:
    n = advance.count
    if n == 1:
        return "Un seul appel dans l'année : il reprend le prévisionnel annuel de chaque section."
    return (
        f"Règle : pour chaque section, prévisionnel annuel ÷ {n}, arrondi au centime (le demi-centime au "
        f"centime supérieur), pour les appels 1 à {n - 1} ; l'appel {n}/{n} est le solde, prévisionnel "
        f"annuel − {n - 1} appels, de sorte que les {n} appels de l'année font exactement le prévisionnel. "
        f"Le présent document est l'appel {advance.index}/{n}."
    )


def _calls_table(advance: AdvanceBasis):
    s = styles()
    n, index = advance.count, advance.index
    calls = advance.calls()
    if n == 1:
        head = ("Section", "Prévisionnel annuel (€)", "Appel 1/1 (€)")
        widths = (CONTENT_WIDTH - 80 * mm, 40 * mm, 40 * mm)
        body = [[title, annual, amounts[0]] for title, annual, amounts in calls]
    else:
        head = ("Section", "Prévisionnel annuel (€)", f"Appels 1 à {n - 1}, chacun (€)",
                f"Appel {n}/{n}, solde (€)", f"Présent appel {index}/{n} (€)")  # fmt: skip
        widths = (CONTENT_WIDTH - 128 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm)
        body = [[title, annual, amounts[0], amounts[-1], amounts[index - 1]] for title, annual, amounts in calls]
    right = tuple(range(1, len(head)))
    rows: list[list] = [header_row(head, right)]
    for title, *amounts in body:
        rows.append([para(title, s.cell), *(french.number(a, 2) for a in amounts)])
    totals = [sum((row[i] for row in body), ZERO) for i in range(1, len(head))]
    last = len(rows)
    rows.append([rich([("b", "Total")], s.cell), *(french.number(t, 2) for t in totals)])
    extra = [
        ("FONTNAME", (1, last), (-1, last), BOLD),
        ("LINEABOVE", (0, last), (-1, last), 0.6, MUTED),
    ]
    if n > 1:  # the column of this call, in bold: it is what the document bills
        extra.append(("FONTNAME", (len(head) - 1, 1), (len(head) - 1, last), BOLD))
    return data_table(rows, widths, right_columns=right, extra_style=extra)
