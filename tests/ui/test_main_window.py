"""The main window on a fresh database: navigation, pages, first-start screen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QTabWidget

from mutualisation.services import registers
from mutualisation.services.workspace import Workspace
from mutualisation.ui.main_window import GEOMETRY_KEY, MainWindow
from mutualisation.ui.models.expenses import BillTableModel
from mutualisation.ui.widgets.register_table import RegisterTable

from .screen_checks import status_fits

PAGE_TITLES = [
    "Tableau de bord",
    "Convention",
    "Personnel",
    "Matériel",
    "Locaux",
    "Dépenses",
    "Clés et relevés",
    "États",
    "Journal",
    "Paramètres",
]


@pytest.fixture
def window_on(qtbot):
    def make(database) -> MainWindow:
        window = MainWindow(Workspace(database))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def click_navigation(qtbot, window: MainWindow, row: int) -> None:
    item = window.navigation.item(row)
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def tables_of(page) -> list[RegisterTable]:
    return page.findChildren(RegisterTable)


def test_navigation_lists_the_pages_of_the_design(demo_db, window_on):
    window = window_on(demo_db)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == PAGE_TITLES
    assert window.windowTitle() == "Mutualisation"
    # Every page has its drawing (the SVG files load: a missing or broken one gives no pixmap).
    for row in range(window.navigation.count()):
        assert not window.navigation.item(row).icon().pixmap(20, 20).isNull()
    assert not window.windowIcon().pixmap(32, 32).isNull()


def test_every_page_shows_the_demo_data(demo_db, window_on, qtbot):
    with demo_db.session() as session:
        counts = registers.counts(session)
    window = window_on(demo_db)
    assert window.current_page_key() == "dashboard"
    assert window.navigation.isVisible()

    for row, key in enumerate(window.page_keys()):
        click_navigation(qtbot, window, row)
        assert window.navigation.currentRow() == row
        assert window.current_page_key() == key
        page = window.pages[key]
        assert window.stack.currentWidget() is page
        assert page.isVisible()
        if key == "statements":
            # No statement is issued by the demo: the page says so in a sentence.
            assert page.statements_table.model.rowCount() == 0
            assert page.none_label.isVisible()
            assert page.none_label.text() == "Aucun état de refacturation n'a encore été émis."
            continue
        if key == "audit":
            # The demo's loading is logged; the detail shows the values of the chosen change.
            assert page.entries_table.model.rowCount() > 0
            page.entries_table.view.selectRow(0)
            assert page.changes_table.model.rowCount() > 0
            continue
        for table in tables_of(page):
            assert table.model.rowCount() > 0, f"{key}: {type(table.model).__name__} is empty"
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                shown = [t for t in tables_of(tabs.widget(index)) if t.view.isVisible()]
                if isinstance(tabs.widget(index), RegisterTable):
                    shown.append(tabs.widget(index))
                assert shown and all(t.view.isVisible() and t.proxy.rowCount() for t in shown)
            tabs.setCurrentIndex(0)

    dashboard = window.pages["dashboard"]
    assert dashboard.cards["bills"].value_label.text() == str(counts.bills)
    assert dashboard.cards["staff"].value_label.text() == str(counts.staff)
    assert dashboard.cards["statements"].value_label.text() == "0"
    assert "12/06/2026" in dashboard.cards["bills"].detail_label.text()
    assert dashboard.dates["convention"].text().startswith("CAM-2024-01")
    assert "31/12/2027" in dashboard.dates["term_end"].text()
    assert "30/09/2027" in dashboard.dates["notice"].text()

    expenses = window.pages["expenses"]
    assert expenses.bills_table.model.rowCount() == counts.bills
    assert expenses.bills_table.count_label.text() == f"{counts.bills} lignes"

    convention = window.pages["convention"]
    assert convention.values["reference"].text() == "CAM-2024-01"
    assert convention.values["frequency"].text() == "Trimestrielle"
    assert convention.values["payment"].text() == "30 jours"
    assert convention.values["beneficiaries"].text().startswith("1. ")
    assert convention.article_title.text().startswith("Article 1 — ")
    assert convention.article_text.toPlainText()
    assert convention.article_text.isReadOnly()

    settings = window.pages["settings"]
    assert settings.fields["name"].text() == "Pays du bassin de Briey"
    assert settings.fields["siret"].text() == "448 217 398 00024"
    assert settings.location_value.text().endswith("test.sqlite")
    assert settings.engine_value.text() == "SQLite"


def test_selecting_an_article_shows_its_text(demo_db, window_on, qtbot):
    window = window_on(demo_db)
    window.show_page("convention")
    page = window.pages["convention"]
    table = page.articles_table
    table.view.selectRow(2)
    article = table.current_row()
    assert page.article_title.text() == f"Article {article.number} — {article.title}"
    assert page.article_text.toPlainText() == article.body

    qtbot.keyClicks(table.filter_edit, "resiliation")
    assert table.proxy.rowCount() >= 1
    assert table.count_label.text().endswith(f"sur {table.model.rowCount()} lignes")


def test_bills_filter_and_sort_from_the_widgets(demo_db, window_on, qtbot):
    window = window_on(demo_db)
    window.show_page("expenses")
    table = window.pages["expenses"].bills_table
    total = table.model.rowCount()

    qtbot.keyClicks(table.filter_edit, "orange")
    shown = table.proxy.rowCount()
    assert 0 < shown < total
    suppliers = {table.proxy.index(r, BillTableModel.SUPPLIER).data() for r in range(shown)}
    assert all("Orange" in s for s in suppliers)
    assert table.count_label.text() == f"{shown} sur {total} lignes"
    amounts = [table.proxy.index(r, BillTableModel.AMOUNT).data(table.proxy.sortRole()) for r in range(shown)]
    assert table.shown_total() == sum(amounts, Decimal("0.00"))

    # Click the "Montant" header: ascending amounts.
    header = table.view.horizontalHeader()
    x = header.sectionViewportPosition(BillTableModel.AMOUNT) + header.sectionSize(BillTableModel.AMOUNT) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    sorted_amounts = [table.proxy.index(r, BillTableModel.AMOUNT).data(table.proxy.sortRole()) for r in range(shown)]
    assert sorted_amounts == sorted(amounts)
    assert header.sortIndicatorSection() == BillTableModel.AMOUNT

    table.filter_edit.clear()
    assert table.proxy.rowCount() == total


def test_a_dashboard_card_opens_its_page(demo_db, window_on, qtbot):
    window = window_on(demo_db)
    card = window.pages["dashboard"].cards["bills"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "expenses"
    assert window.navigation.currentRow() == window.page_keys().index("expenses")


def test_an_empty_database_opens_on_the_welcome_screen(db, window_on):
    window = window_on(db)
    assert window.stack.currentWidget() is window.welcome
    assert window.current_page_key() is None
    assert not window.navigation.isVisible()
    assert window.welcome.demo_button.text() == "Charger les données de démonstration"
    assert window.welcome.empty_button.text() == "Commencer avec une base vide"


def test_loading_the_demo_from_the_welcome_screen(db, window_on, qtbot):
    window = window_on(db)
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)

    assert window.current_page_key() == "dashboard"
    assert window.navigation.isVisible()
    with db.session() as session:
        assert not registers.is_empty(session)
        counts = registers.counts(session)
    assert counts.bills > 0
    assert window.pages["dashboard"].cards["bills"].value_label.text() == str(counts.bills)
    assert window.statusBar().currentMessage() == "Données de démonstration chargées."
    assert status_fits(window)

    window.show_page("expenses")
    assert window.pages["expenses"].bills_table.model.rowCount() == counts.bills
    window.show_page("staff")
    assert window.pages["staff"].staff_table.model.rowCount() == counts.staff


def test_starting_empty_from_the_welcome_screen(db, window_on, qtbot):
    window = window_on(db)
    qtbot.mouseClick(window.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "dashboard"
    assert window.navigation.isVisible()
    assert window.pages["dashboard"].cards["bills"].value_label.text() == "0"
    assert window.pages["dashboard"].none_label.isVisible()

    for row, key in enumerate(window.page_keys()):
        click_navigation(qtbot, window, row)
        page = window.pages[key]
        for table in tables_of(page):
            assert table.model.rowCount() == 0
            if table.empty_label.text():
                assert table.stack.currentWidget() is table.empty_label
    convention = window.pages["convention"]
    assert not convention.none_label.isHidden()
    assert convention.terms_box.isHidden()
    assert not window.pages["settings"].none_label.isHidden()
    with db.session() as session:
        assert registers.is_empty(session)  # nothing was written


def test_demo_refused_when_data_appeared_meanwhile(db, window_on, qtbot, monkeypatch):
    window = window_on(db)
    from mutualisation.services.demo import load_demo

    with db.session() as session, session.begin():  # someone else filled the database
        load_demo(session)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "déjà des données" in warnings[0]
    assert window.stack.currentWidget() is window.welcome
    with db.session() as session:
        assert registers.counts(session).parties == 3  # not loaded twice


def test_window_geometry_is_remembered(demo_db, qtbot):
    first = MainWindow(Workspace(demo_db))
    qtbot.addWidget(first)
    first.resize(790, 560)
    first.show()
    qtbot.waitExposed(first)
    remembered = first.size()
    first.close()
    assert QSettings().value(GEOMETRY_KEY) is not None

    second = MainWindow(Workspace(demo_db))
    qtbot.addWidget(second)
    assert second.size() == remembered
    assert (remembered.width(), remembered.height()) == (790, 560)


def test_the_navigation_titles_are_the_pages_own_titles(demo_db, window_on):
    window = window_on(demo_db)
    for row, key in enumerate(window.page_keys()):
        title = window.pages[key].title_label.text()
        assert title.startswith(window.navigation.item(row).text())  # « Journal des modifications »


def test_the_window_shows_with_one_page_and_builds_the_others_when_idle(demo_db, window_on, qtbot):
    window = window_on(demo_db)
    assert list(window.pages) == ["dashboard"]  # the window is on screen with its first page only
    qtbot.waitUntil(lambda: len(window.pages) == len(window.page_keys()), timeout=10000)
    assert all(window.pages[key]._stale for key in window.page_keys() if key != "dashboard")  # no data read yet


def test_a_page_just_opened_paints_before_the_other_pages_are_built(demo_db, window_on, qtbot):
    window = window_on(demo_db)
    click_navigation(qtbot, window, window.page_keys().index("expenses"))
    built = set(window.pages)
    window._build_next_page()  # as the idle-time timer would, right after the click
    assert set(window.pages) == built  # put off: the page opened first has its frame
    qtbot.waitUntil(lambda: len(window.pages) == len(window.page_keys()), timeout=10000)
