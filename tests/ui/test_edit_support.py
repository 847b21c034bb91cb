"""Helpers of the editing tests (this module holds no test): typing into forms as a person
would, stubbed message boxes, and a demonstration database with 2025-T1 issued."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox

from mutualisation.domain.periods import Period
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.issuing import issue_statement
from mutualisation.ui.models.table_model import ROW_ROLE


@pytest.fixture
def issued_db(demo_db):
    """The demonstration data with 2025-T1 issued for ST2B as statement 2025-0001."""
    with demo_db.session() as session:
        convention = find_convention(session, "ST2B")
        issue_statement(session, convention, find_party(session, "ST2B"), Period.quarter(2025, 1),
                        dt.date(2025, 4, 10))  # fmt: skip
    return demo_db


@pytest.fixture
def questions(monkeypatch):
    """Every confirmation asked, answered Yes (set ``answer`` to say No)."""

    class Asked(list):
        answer = QMessageBox.StandardButton.Yes

    asked = Asked()

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return asked.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def warnings(monkeypatch):
    """Every warning shown, as its text."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def type_into(qtbot, field, text: str) -> None:
    """Replace what a field holds by typing ``text`` (a DateField types into its line).

    QTest types only ASCII: other characters (é, —) are sent as key events carrying the text.
    """
    edit = getattr(field, "edit", field)
    edit.clear()
    for char in text:
        if ord(char) < 128:
            qtbot.keyClicks(edit, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def click(qtbot, button) -> None:
    """Click a button (a check box on its box, at the left, where a person clicks)."""
    assert button.isEnabled(), f"« {button.text()} » is disabled"
    if isinstance(button, QCheckBox):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, value) -> None:
    """Pick the item whose data is ``value``, as a click in the drop-down does."""
    index = combo.findData(value)
    assert index >= 0, f"{value!r} not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def choose_text(combo, text: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def select_row(table, predicate):
    """Click the first line of a RegisterTable whose row value matches; return that value."""
    proxy = table.proxy
    for row in range(proxy.rowCount()):
        value = proxy.index(row, 0).data(ROW_ROLE)
        if predicate(value):
            rect = table.view.visualRect(proxy.index(row, 0))
            table.view.scrollTo(proxy.index(row, 0))
            table.view.setCurrentIndex(proxy.index(row, 0))
            table.view.selectRow(row)
            assert rect is not None
            return value
    raise AssertionError("no such line")


def rows(table) -> list:
    return table.model.rows
