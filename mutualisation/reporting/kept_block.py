"""A few flowables drawn as one block, kept on one page, with a title row ruled below.

Annexe 3 prints one such block per line of the document: its label and amount, then the key
and the sentences of its computation. A reportlab ``KeepTogether`` around a one-row ``Table``
gives the same page, but sizes it through a copy of the frame and hands every flowable back to
the frame one by one, with a table's styles and geometry for two cells: that was a third of a
statement's rendering. These two flowables lay out and draw the same things, at the same
places, directly.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import NullActionFlowable

from .layout import plain_table


class TitleRow(Flowable):
    """Two flowables side by side, each in its fixed width, aligned on their bottom, a padding
    under them, then a rule across both: a one-row table with those cells, no other padding,
    ``VALIGN BOTTOM`` and ``LINEBELOW``, drawn the same way."""

    def __init__(self, left: Flowable, right: Flowable, widths: tuple[float, float], *,
                 bottom_padding: float, rule_width: float, rule_color: Color) -> None:  # fmt: skip
        super().__init__()
        self._cells = (left, right)
        self._widths = widths
        self._bottom_padding = bottom_padding
        self._rule = (rule_width, rule_color)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        tallest = max(cell.wrapOn(self.canv, width, availHeight)[1] for cell, width in zip(self._cells, self._widths))
        self.width = sum(self._widths)
        self.height = tallest + self._bottom_padding
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        # Taller than the room left (a label of a whole page): the table it stands for, which
        # cuts its cells across pages.
        weight, color = self._rule
        table = plain_table([self._cells], self._widths, [
            ("BOTTOMPADDING", (0, 0), (-1, -1), self._bottom_padding), ("LINEBELOW", (0, 0), (-1, 0), weight, color),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ])  # fmt: skip
        return table.split(availWidth, availHeight)

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        x = 0.0
        for cell, width in zip(self._cells, self._widths):
            cell.drawOn(canvas, x, self._bottom_padding)
            x += width
        weight, color = self._rule
        canvas.setLineCap(1)  # round, a table's rules' own
        canvas.setStrokeColor(color)
        canvas.setLineWidth(weight)
        canvas.line(0, 0, self.width, 0)
        canvas.restoreState()


class KeptBlock(Flowable):
    """``parts`` stacked as a frame stacks them (the space after one and before the next
    overlap), drawn together on one page; one taller than a whole page is handed back to the
    frame part by part, as ``KeepTogether`` does."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self._parts = tuple(parts)
        self._places: list[tuple[Flowable, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        places: list[tuple[Flowable, float]] = []
        top = 0.0  # distance from the block's top to the current part's top
        width = 0.0
        space_after = None  # the previous part's, None at the top
        for part in self._parts:
            w, h = part.wrapOn(self.canv, availWidth, availHeight)
            if space_after is not None:
                top += max(part.getSpaceBefore(), space_after)
            places.append((part, top + h))
            top += h
            width = max(width, w)
            space_after = part.getSpaceAfter()
        self._places = places
        self.width, self.height = width, top
        return width, top

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self._parts[0].getSpaceBefore() if self._parts else 0

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self._parts[-1].getSpaceAfter() if self._parts else 0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        # Not at a page's top: nothing here, so that the block starts the next page whole. At
        # the top, the parts, after a no-op that has the frame take them one by one (the first
        # may have to split too).
        frame = getattr(self, "_frame", None)
        return [NullActionFlowable(), *self._parts] if frame is None or frame._atTop else []

    def draw(self) -> None:
        for part, bottom in self._places:
            part.drawOn(self.canv, 0, self.height - bottom)
