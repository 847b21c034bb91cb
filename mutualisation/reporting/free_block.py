"""The block *Mise à disposition à titre gratuit (pour mémoire)* of a statement (R17).

What the beneficiary receives free is valued as any line (basis, key, ratio, value) but is
not billed: the block comes after the totals (before the closing block of a statement), says so, and its sum is never part of them.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ..domain import french
from ..domain.free_provision import FREE_BLOCK_TITLE
from ..domain.party_statement import PartyStatement
from .layout import MUTED, data_table, header_row, para, rich, styles

_COLUMNS = (50 * mm, 23 * mm, 59 * mm, 17 * mm, 25 * mm)


def free_block(figures: PartyStatement) -> list[Flowable]:
    """The valued, unbilled lines and their sum; nothing when nothing is provided free."""
    if not figures.free:
        return []
    s = styles()
    right = (1, 3, 4)
    rows: list[list] = [header_row(("Libellé", "Base (€)", "Clé de répartition", "Taux", "Valeur (€)"), right)]
    for line in figures.free:
        rows.append([
            para(line.label, s.cell), french.number(line.basis, 2), para(line.key_description, s.cell_note),
            line.ratio, french.number(line.amount, 2),
        ])  # fmt: skip
    bottom = len(rows)
    rows.append([rich([("b", "Valeur totale, non facturée")], s.cell_right), "", "", "",
                 french.number(figures.free_total, 2)])  # fmt: skip
    extra = [
        ("SPAN", (0, bottom), (3, bottom)),
        ("LINEABOVE", (0, bottom), (-1, bottom), 0.6, MUTED),
    ]
    # The title and its sentence never end a page without the table they introduce.
    return [
        KeepTogether([
            para(FREE_BLOCK_TITLE, s.subheading),
            para("Ces ressources sont mises à disposition gratuitement : leur valeur est indiquée pour "
                 "mémoire et n'entre pas dans le montant à régler.", s.muted),
            Spacer(1, 2 * mm),
            data_table(rows, _COLUMNS, right_columns=right, extra_style=extra),
        ]),
        Spacer(1, 6 * mm),
    ]  # fmt: skip
