"""Splitter handles stay where the user left them, from one opening of a page to the next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mutualisation.ui.widgets.splitter import RememberedSplitter


def splitter(qtbot) -> RememberedSplitter:
    split = RememberedSplitter(Qt.Orientation.Vertical, "test/page")
    qtbot.addWidget(split)
    split.addWidget(QLabel("haut"))
    split.addWidget(QLabel("bas"))
    split.resize(300, 400)
    return split


def test_a_moved_handle_is_where_it_was_left_next_time(qtbot):
    first = splitter(qtbot)
    first.show()
    qtbot.waitExposed(first)
    first.moveSplitter(100, 1)  # as a drag of the handle does
    assert first.sizes()[0] == 100
    first.close()

    second = splitter(qtbot)
    second.show()
    qtbot.waitExposed(second)
    assert second.sizes()[0] == 100


def test_a_splitter_never_moved_keeps_its_layout(qtbot):
    split = splitter(qtbot)
    split.show()
    qtbot.waitExposed(split)
    top, bottom = split.sizes()
    assert abs(top - bottom) <= 1  # Qt's even share: nothing was saved to restore
