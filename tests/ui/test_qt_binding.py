"""The Qt binding keeps Python's reference counts: a long session must not wear None away."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_returning_nothing_leave_none_alone(qapp, qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    qapp.processEvents()
    gc.collect()
    gc.disable()  # no collection of earlier tests' objects in the middle of the count
    try:
        before = sys.getrefcount(None)
        for _ in range(1000):
            label.setText("Mutualisation")
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    # A binding that drops a reference at each call (PySide6 6.12.0) loses 1,000 here and
    # ends, on Python 3.11, in "Fatal Python error: none_dealloc" during a long session.
    assert after - before > -100, after - before
