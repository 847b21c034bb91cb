"""Prévisions: each meter's planned use per party for a year, typed in the app (Clés et
relevés → Relevés de compteurs → « Prévisions… », or from the readings grid)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import func, select

from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.ui.dialogs.planned_use_grid import PlannedUseDialog
from mutualisation.ui.pages.keys import KeysPage

from .test_edit_support import choose_text, click

D = Decimal
SHOTS = "/tmp/d12shots"


@pytest.fixture
def page(demo_db, qtbot):
    page = KeysPage(Workspace(demo_db))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    page.tabs.setCurrentIndex(3)
    return page


def planned(db, year: int, meter_unit: str, code: str) -> Decimal | None:
    with db.session() as session:
        return session.scalar(
            select(m.PlannedMeterUse.quantity)
            .join(m.Meter, m.Meter.id == m.PlannedMeterUse.meter_id)
            .join(m.Party, m.Party.id == m.PlannedMeterUse.party_id)
            .where(m.PlannedMeterUse.year == year, m.Meter.unit == meter_unit, m.Party.code == code)
        )


def type_cell(qtbot, dialog, row: int, column: int, text: str) -> None:
    grid = dialog.grid
    grid.setCurrentIndex(dialog.model.index(row, column))
    qtbot.keyClicks(grid, text[0])
    editor = grid.findChild(QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_the_prevision_button_opens_the_year_and_typed_quantities_are_saved(page, qtbot, demo_db):
    assert page.planned_button.isVisible() and page.planned_button.text() == "Prévisions…"
    click(qtbot, page.planned_button)
    dialog = page.planned_dialog
    assert isinstance(dialog, PlannedUseDialog) and dialog.isVisible()
    assert dialog.year.value() == dt.date.today().year
    dialog.year.setValue(2027)
    model = dialog.model
    assert model.row_labels == ["Copies copieur (copies)", "Kilométrage véhicule (km)"]
    assert model.column_labels == ["PAYS", "ST2B", "SCOT"]
    assert model.rowCount() == 2, "no total row: km and copies do not add up"
    assert model.index(1, 1).data() == "5\u202f600" and model.index(1, 3).data() == "18\u202f900"

    dialog.year.setValue(2026)
    assert all(model.index(r, c).data() == "" for r in range(2) for c in range(3))
    with qtbot.waitSignal(dialog.planned_use_changed):
        type_cell(qtbot, dialog, 1, 1, "6 000")
    assert planned(demo_db, 2026, "km", "ST2B") == D("6000")
    assert model.index(1, 1).data() == "6\u202f000"
    # Enter went down: the next quantity is typed at once.
    assert dialog.grid.currentIndex().row() == 1 or dialog.grid.currentIndex().row() == 2
    # A pasted block from a spreadsheet, all the row at once.
    dialog.grid.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(dialog.planned_use_changed):
        assert dialog.grid.paste("40 000\t16 000\t7 200,5\n")
    assert planned(demo_db, 2026, "copies", "SCOT") == D("7200.5")
    assert model.index(0, 3).data() == "63\u202f200,5"

    # Bad input: refused with the reason, nothing written.
    with demo_db.session() as session:
        count = session.scalar(select(func.count()).select_from(m.PlannedMeterUse))
    assert not model.setData(model.index(1, 0), "-5")
    assert dialog.message.isVisible() and "négative" in dialog.message.text()
    assert not model.setData(model.index(1, 0), "beaucoup")
    assert "illisible" in dialog.message.text()
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(m.PlannedMeterUse)) == count
    dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
    dialog.grab().save(f"{SHOTS}/planned_use_dialog.png")

    # Cleared with Suppr: the planned quantity goes.
    dialog.grid.setCurrentIndex(model.index(1, 1))
    dialog.grid.clearSelection()
    dialog.grid.selectionModel().select(model.index(1, 1), dialog.grid.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Delete)
    assert planned(demo_db, 2026, "km", "ST2B") is None
    dialog.close()


def test_the_readings_grid_opens_the_previsions_of_its_year_on_its_meter(page, qtbot, demo_db):
    click(qtbot, page.readings_bar.add_button)
    grid_dialog = page.grid_dialog
    choose_text(grid_dialog.meter, "Kilométrage")
    grid_dialog.year.setValue(2026)
    grid_dialog.grab().save(f"{SHOTS}/readings_grid_with_previsions.png")
    click(qtbot, grid_dialog.planned_button)
    dialog = grid_dialog.planned_dialog
    assert isinstance(dialog, PlannedUseDialog) and dialog.isVisible()
    assert dialog.year.value() == 2026
    assert dialog.grid.currentIndex().row() == 1  # the vehicle's row, ready to type
    type_cell(qtbot, dialog, 1, 2, "2 000")
    assert planned(demo_db, 2026, "km", "SCOT") == D("2000")
    page.window().grab().save(f"{SHOTS}/keys_readings_tab.png")
    dialog.close()
    grid_dialog.close()
