"""A simple timeline of a convention: start, amendments, today, notice deadline, end of term."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import formatting

MARGIN = 60
AMENDMENT = QColor("#0b57d0")
TODAY = QColor("#5f6368")
NOTICE = QColor("#b06000")
END = QColor("#b3261e")


@dataclass(frozen=True, slots=True)
class Mark:
    day: dt.date
    caption: str
    color: QColor
    amendment_id: int | None = None


class ConventionTimeline(QWidget):
    """Dated marks on a line; clicking an amendment's mark selects it."""

    #: The user clicked an amendment's mark: its id.
    amendment_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: list[Mark] = []
        self.today = dt.date.today()
        self.selected: int | None = None
        self._hits: list[tuple[QRectF, int]] = []
        self.setMinimumHeight(104)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Cliquez sur un avenant pour le sélectionner."))

    def sizeHint(self) -> QSize:
        return QSize(600, 104)

    def set_marks(self, start: dt.date, amendments, today: dt.date,
                  notice: dt.date | None, end: dt.date | None) -> None:  # fmt: skip
        """``amendments``: (id, number, effective date) triples."""
        self.today = today
        self.marks = [Mark(start, self.tr("Prise d'effet"), TODAY)]
        self.marks += [
            Mark(day, self.tr("Avenant {number}").format(number=number), AMENDMENT, ident)
            for ident, number, day in amendments
        ]
        if notice is not None:
            self.marks.append(Mark(notice, self.tr("Dénonciation"), NOTICE))
        if end is not None:
            self.marks.append(Mark(end, self.tr("Échéance"), END))
        self.update()

    def clear(self) -> None:
        self.marks = []
        self.update()

    def select(self, amendment_id: int | None) -> None:
        self.selected = amendment_id
        self.update()

    # -- drawing ---------------------------------------------------------------------------------

    def _span(self) -> tuple[dt.date, dt.date]:
        days = [m.day for m in self.marks] + [self.today]
        first, last = min(days), max(days)
        if first == last:
            last = first + dt.timedelta(days=1)
        return first, last

    def _x(self, day: dt.date) -> float:
        first, last = self._span()
        width = self.width() - 2 * MARGIN
        return MARGIN + width * (day - first).days / (last - first).days

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        line_y = self.height() / 2
        self._hits = []
        if not self.marks:
            painter.end()
            return
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 2))
        painter.drawLine(QPointF(MARGIN, line_y), QPointF(self.width() - MARGIN, line_y))

        # Today: a dashed vertical line.
        x = self._x(self.today)
        painter.setPen(QPen(TODAY, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, 6), QPointF(x, self.height() - 6))
        painter.drawText(QPointF(x + 4, self.height() - 6), self.tr("Aujourd'hui"))

        # Marks in date order, captions alternately above and below the line.
        for index, mark in enumerate(sorted(self.marks, key=lambda m: m.day)):
            x = self._x(mark.day)
            radius = 7 if mark.amendment_id is not None and mark.amendment_id == self.selected else 5
            painter.setPen(QPen(mark.color.darker(120), 1))
            painter.setBrush(mark.color)
            painter.drawEllipse(QPointF(x, line_y), radius, radius)
            above = index % 2 == 0
            lines = (mark.caption, formatting.date(mark.day))
            width = max(metrics.horizontalAdvance(t) for t in lines)
            left = min(max(x - width / 2, 2), self.width() - width - 2)
            height = metrics.height()
            top = line_y - 10 - 2 * height if above else line_y + 10
            painter.setPen(mark.color if mark.amendment_id is not None else text_color)
            for n, text in enumerate(lines):
                painter.drawText(QPointF(left, top + height * (n + 1) - metrics.descent()), text)
            if mark.amendment_id is not None:
                self._hits.append((QRectF(left - 4, min(top, line_y - 8), width + 8,
                                          abs(line_y - top) + 2 * height), mark.amendment_id))  # fmt: skip
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            point = event.position()
            for rect, ident in self._hits:
                if rect.contains(point):
                    self.amendment_clicked.emit(ident)
                    break
        super().mouseReleaseEvent(event)
