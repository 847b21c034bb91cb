"""The Convention page driven as a person would: articles, amendments, terms, what is made
available on a date, and the printed summary."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.ui.dialogs.amendment_dialog import AmendmentDialog
from mutualisation.ui.dialogs.article_dialog import ArticleDialog
from mutualisation.ui.dialogs.convention_dialog import ConventionDialog
from mutualisation.ui.main_window import MainWindow
from mutualisation.ui.models.at_date import StaffAtDateModel
from mutualisation.ui.models.table_model import ROW_ROLE

pytestmark = pytest.mark.usefixtures("no_thread_left")


@pytest.fixture
def page(window):
    window.show_page("convention")
    return window.pages["convention"]


@pytest.fixture
def answer_yes(monkeypatch):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def type_into(qtbot, field, text: str) -> None:
    edit = getattr(field, "edit", field)
    edit.clear()
    qtbot.keyClicks(edit, text)


def shown_rows(table) -> list:
    return [table.proxy.index(r, 0).data(ROW_ROLE) for r in range(table.proxy.rowCount())]


def test_add_an_article_then_find_it(page, qtbot, demo_db):
    page.tabs.setCurrentWidget(page.articles)
    before = page.articles_table.model.rowCount()
    qtbot.mouseClick(page.articles.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ArticleDialog) and dialog.isVisible()
    assert dialog.number_field.text() == str(before + 1)

    # The title is required: no saving without it.
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.title_field, "Clause de revoyure")
    editor = dialog.body_editor
    qtbot.keyClicks(editor.edit, "Les parties se revoient ")
    qtbot.mouseClick(editor.bold_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.edit, "tous les ans")
    qtbot.mouseClick(editor.bold_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.edit, " avant le vote du budget.")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    with demo_db.session() as session:
        article = session.scalar(select(m.Article).where(m.Article.title == "Clause de revoyure"))
        assert article.number == str(before + 1)
        assert article.body == "Les parties se revoient **tous les ans** avant le vote du budget."
    assert page.articles_table.model.rowCount() == before + 1
    assert page.articles_table.current_row().title == "Clause de revoyure"
    # Shown formatted, the markup hidden.
    assert page.article_text.toPlainText() == "Les parties se revoient tous les ans avant le vote du budget."

    qtbot.keyClicks(page.articles_table.filter_edit, "revoient")
    assert [a.title for a in shown_rows(page.articles_table)] == ["Clause de revoyure"]


def test_markup_typed_in_an_article_stays_text(page, qtbot, demo_db):
    qtbot.mouseClick(page.articles.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.title_field, "Annexe")
    qtbot.keyClicks(dialog.body_editor.edit, '<b>pas gras</b> <img src="file:///etc/passwd">')
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.article_text.toPlainText() == '<b>pas gras</b> <img src="file:///etc/passwd">'


def test_edit_move_and_delete_an_article(page, qtbot, demo_db, answer_yes):
    table = page.articles_table
    table.view.selectRow(1)
    second = table.current_row()
    qtbot.mouseClick(page.articles.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.title_field.text() == second.title
    type_into(qtbot, dialog.title_field, "Personnel detache")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert table.current_row().title == "Personnel detache"

    qtbot.mouseClick(page.articles.up_button, Qt.MouseButton.LeftButton)
    assert [a.id for a in shown_rows(table)][0] == second.id
    assert table.current_row().id == second.id
    qtbot.mouseClick(page.articles.down_button, Qt.MouseButton.LeftButton)
    assert [a.id for a in shown_rows(table)][1] == second.id

    count = table.model.rowCount()
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)  # the Suppr key, as the Supprimer button
    assert answer_yes and "Personnel detache" in answer_yes[0]
    assert table.model.rowCount() == count - 1
    with demo_db.session() as session:
        assert session.get(m.Article, second.id) is None


def test_an_article_number_used_twice_is_refused(page, qtbot):
    qtbot.mouseClick(page.articles.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    type_into(qtbot, dialog.number_field, "3")
    qtbot.keyClicks(dialog.title_field, "Doublon")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "L'article 3 existe déjà" in dialog.message.text()
    dialog.close()


def test_the_chosen_date_changes_the_shares_shown(page, qtbot):
    page.tabs.setCurrentWidget(page.at_date)
    tab = page.at_date
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Mise à disposition"
    table = tab.tables["staff"]
    assert table.view.isVisible()

    def alice_share() -> str:
        rows = shown_rows(table)
        row = next(i for i, r in enumerate(rows) if r.name == "Alice Moreau")
        column = next(
            c for c in range(table.model.columnCount())
            if table.model.headerData(c, Qt.Orientation.Horizontal) == "ST2B"
        )
        return table.proxy.index(row, column).data()

    type_into(qtbot, tab.date_field, "01/02/2025")
    assert alice_share() == "40\u00a0%"
    assert "initiale" in tab.summary_label.text()
    type_into(qtbot, tab.date_field, "01/04/2025")
    assert alice_share() == "50\u00a0%"
    assert "n° 1" in tab.summary_label.text()
    assert table.model.headerData(StaffAtDateModel.NAME, Qt.Orientation.Horizontal) == "Agent"

    # The other registers at that date.
    qtbot.mouseClick(tab.section_buttons["sites"], Qt.MouseButton.LeftButton)
    sites = tab.tables["sites"]
    assert sites.view.isVisible()
    briey = next(r for r in shown_rows(sites) if r.name == "Bureaux de Briey")
    assert "ST2B 36\u00a0m²" in sites.model.display_text(shown_rows(sites).index(briey), 1)
    type_into(qtbot, tab.date_field, "15/01/2026")
    briey_row = next(i for i, r in enumerate(shown_rows(sites)) if r.name == "Bureaux de Briey")
    assert "ST2B 48\u00a0m²" in sites.proxy.index(briey_row, 1).data()

    # An unreadable date says so and keeps what was shown.
    type_into(qtbot, tab.date_field, "32/13/2025")
    assert not tab.date_field.is_valid()
    assert sites.model.rowCount() > 0


def test_invalid_terms_are_shown_and_not_saved(page, qtbot, demo_db):
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ConventionDialog) and dialog.isVisible()
    assert dialog.reference_field.text() == "CAM-2024-01"
    assert dialog.save_button.isEnabled()

    type_into(qtbot, dialog.end_field, "31/12/2024")
    assert not dialog.save_button.isEnabled()
    message = dialog.problems["end_date"]
    assert message.isVisible()
    assert message.text() == "La fin (31/12/2024) ne peut pas précéder la prise d'effet (01/01/2025)."
    assert dialog.message.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert dialog.isVisible()
    with demo_db.session() as session:
        assert session.scalar(select(m.Convention.end_date)) == dt.date(2027, 12, 31)

    # Unreadable numbers are refused next to their field too.
    type_into(qtbot, dialog.end_field, "31/12/2027")
    type_into(qtbot, dialog.notice_field, "trois")
    assert not dialog.save_button.isEnabled()
    type_into(qtbot, dialog.notice_field, "3")
    assert dialog.save_button.isEnabled()
    assert not message.isVisible()
    dialog.reject()


def test_edit_terms_and_the_order_of_beneficiaries(page, qtbot, demo_db):
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    listing = dialog.beneficiaries_list
    assert [listing.item(i).text()[:7] for i in range(listing.count())] == ["1. ST2B", "2. SCOT"]
    listing.setCurrentRow(1)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert [listing.item(i).text()[:7] for i in range(listing.count())] == ["1. SCOT", "2. ST2B"]
    type_into(qtbot, dialog.payment_field, "45")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert page.values["payment"].text() == "45 jours"
    assert page.values["beneficiaries"].text().startswith("1. Syndicat mixte du SCoT")
    with demo_db.session() as session:
        convention = session.scalar(select(m.Convention))
        assert [b.party.code for b in convention.beneficiaries] == ["SCOT", "ST2B"]
        assert convention.payment_term_days == 45


def test_removing_a_beneficiary_is_shown_as_a_problem(page, qtbot):
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    for _ in range(2):
        dialog.beneficiaries_list.setCurrentRow(0)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()
    assert dialog.problems["beneficiary_ids"].text() == "Ajoutez au moins un bénéficiaire."
    assert dialog.add_combo.count() == 2  # both can come back
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_add_an_amendment_and_refuse_deleting_a_cited_one(page, qtbot, demo_db, answer_yes, warnings):
    page.tabs.setCurrentWidget(page.amendments)
    tab = page.amendments
    assert len(tab.timeline.marks) == 5  # start, two amendments, notice deadline, end of term
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AmendmentDialog)
    assert dialog.number_field.text() == "3"
    assert not dialog.save_button.isEnabled()  # no date of entry into force yet
    qtbot.keyClicks(dialog.effective_field.edit, "01/01/2024")
    assert not dialog.save_button.isEnabled()
    assert "avant la convention" in dialog.message.text()
    type_into(qtbot, dialog.effective_field, "01/01/2027")
    dialog.summary_edit.insertPlainText("Révision du loyer.")  # (QTest types ASCII only)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.table.model.rowCount() == 3
    assert tab.table.current_row().number == 3
    assert page.amendment_text.toPlainText() == "Révision du loyer."
    assert len(tab.timeline.marks) == 6

    tab.select(tab.table.model.rows[0].id)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert warnings and "cité par" in warnings[0]
    assert tab.table.model.rowCount() == 3


def test_print_the_convention_summary(page, qtbot):
    page.tabs.setCurrentWidget(page.at_date)
    type_into(qtbot, page.at_date.date_field, "01/04/2025")
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pdf_viewer is not None, timeout=20000)
    viewer = page.pdf_viewer
    assert viewer.isVisible() and viewer.page_count() >= 1
    assert "01/04/2025" in viewer.windowTitle()
    viewer.close()


def test_key_dates_are_coloured_when_near(page, qtbot):
    box = page.key_dates_box
    convention = page.current_convention()
    box.show_convention(convention, dt.date(2027, 8, 1))
    assert "30/09/2027" in box.dates["notice"].text()
    assert "b06000" in box.dates["notice"].styleSheet()
    assert "dans 60 jour(s)" in box.warning.text()
    box.show_convention(convention, dt.date(2027, 10, 15))
    assert "b3261e" in box.dates["notice"].styleSheet()
    box.show_convention(convention, dt.date(2026, 11, 1))
    assert box.dates["notice"].styleSheet() == ""
    assert box.warning.text() == ""


def test_an_empty_database_invites_to_create_the_convention(db, qtbot, monkeypatch):
    window = MainWindow(Workspace(db))
    qtbot.addWidget(window)
    window.show()
    window.show_page("convention")
    page = window.pages["convention"]
    assert not page.none_label.isHidden()
    assert not page.edit_button.isEnabled() and not page.print_button.isEnabled()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert told and "enregistrez d'abord les parties" in told[0]


def test_create_the_convention_from_an_empty_start(db, qtbot):
    with db.session() as session, session.begin():
        session.add_all([
            m.Party(code="PAYS", name="Pays du bassin de Briey", is_own_organisation=True),
            m.Party(code="ST2B", name="ST2b"),
            m.Party(code="SCOT", name="SCoT Nord 54"),
        ])  # fmt: skip
    window = MainWindow(Workspace(db))
    qtbot.addWidget(window)
    window.show()
    window.show_page("convention")
    page = window.pages["convention"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ConventionDialog) and dialog.isVisible()
    assert dialog.provider_combo.currentText().startswith("PAYS")  # the user's own organisation
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.reference_field, "CAM-2026-01")
    qtbot.keyClicks(dialog.title_field, "Convention d'assistance et de moyens")
    qtbot.keyClicks(dialog.start_field.edit, "01/01/2026")
    assert dialog.problems["beneficiary_ids"].isVisible()
    dialog.add_combo.setCurrentIndex(dialog.add_combo.findText("ST2B — ST2b"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.values["reference"].text() == "CAM-2026-01"
    assert page.terms_box.isVisible() and page.edit_button.isEnabled()
    with db.session() as session:
        convention = session.scalar(select(m.Convention))
        assert convention.billing_frequency == "quarterly" and convention.payment_term_days == 30
        assert [b.party.code for b in convention.beneficiaries] == ["ST2B"]


def test_switching_to_advances_is_refused_while_a_year_is_half_billed(page, qtbot, demo_db):
    from mutualisation.domain.periods import Period
    from mutualisation.services.costs import find_convention, find_party
    from mutualisation.services.issuing import issue_statement

    with demo_db.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        number = issue_statement(session, convention, st2b, Period.quarter(2025, 1), dt.date(2025, 4, 5)).number
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.advance_check, Qt.MouseButton.LeftButton)
    assert dialog.advance_check.isChecked()
    message = dialog.problems["advance_mode"].text()
    assert "ne change que pour une année où rien n'a encore été émis" in message and f"n° {number}" in message
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.advance_check, Qt.MouseButton.LeftButton)  # back as it was: nothing to refuse
    assert dialog.problems["advance_mode"].isHidden() and dialog.save_button.isEnabled()
    dialog.reject()
