"""Checks on what a screen shows, shared by the UI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow


def status_fits(window: QMainWindow) -> bool:
    """Whether the status bar's message is shown whole on its one line, not cut at the edge."""
    bar = window.statusBar()
    margins = bar.contentsMargins()
    room = bar.width() - margins.left() - margins.right() - 2 * bar.style().pixelMetric(
        bar.style().PixelMetric.PM_LayoutHorizontalSpacing)
    return bar.fontMetrics().horizontalAdvance(bar.currentMessage()) <= room
