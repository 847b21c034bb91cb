"""The dashboard: totals of the running period, the chart of the last periods, the alerts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from mutualisation.domain.periods import billing_periods
from mutualisation.services.costs import find_convention, find_party, preview
from mutualisation.services.workspace import Workspace
from mutualisation.ui import formatting
from mutualisation.ui.main_window import MainWindow
from mutualisation.ui.models.alerts import AlertTableModel
from mutualisation.ui.models.table_model import ROW_ROLE
from mutualisation.ui.pages.dashboard_chart import nice_step

pytestmark = pytest.mark.usefixtures("no_thread_left")


@pytest.fixture
def page(window, qtbot):
    page = window.pages["dashboard"]
    assert window.current_page_key() == "dashboard"
    qtbot.waitUntil(lambda: page.figures is not None and not page.task.is_busy(), timeout=20000)
    return page


def current_period(today: dt.date):
    return next(p for p in billing_periods(today.year, "quarterly") if today in p)


def test_totals_of_the_running_period_per_beneficiary(page, demo_db):
    today = dt.date.today()
    period = current_period(today)
    assert page.period_box.title() == f"Période en cours : {period.label}"
    with demo_db.session() as session:
        result = preview(session, find_convention(session, "ST2B"), period)
        expected = {code: result.total(find_party(session, code).id) for code in ("ST2B", "SCOT")}
    assert set(page.totals) == {"ST2B", "SCOT"}
    for code, total in expected.items():
        card = page.totals[code]
        assert card.value_label.text() == formatting.money(total)
        assert card.caption_label.text() == code
    if result.problems:
        assert page.period_note.text().startswith("Montants provisoires")


def test_the_chart_shows_the_last_eight_periods_by_section(page, qtbot):
    categories = page.chart.categories()
    assert len(categories) == 8
    assert categories[-1] == current_period(dt.date.today()).code
    assert [s.label() for s in page.chart.series.barSets()] == [
        "Personnel", "Matériel", "Locaux", "Dépenses partagées",
    ]  # fmt: skip
    st2b = [sum(s.at(i) for s in page.chart.series.barSets()) for i in range(8)]
    page.chart_beneficiary.setCurrentIndex(page.chart_beneficiary.findText("SCOT", Qt.MatchFlag.MatchStartsWith))
    scot = [sum(s.at(i) for s in page.chart.series.barSets()) for i in range(8)]
    assert len(page.chart.categories()) == 8
    assert st2b != scot and all(v >= 0 for v in scot)
    # The value axis writes its figures like the amounts, thousands separated, from zero above the highest bar.
    labels = page.chart.axis_labels()
    assert labels[0] == "0" and len(labels) in range(3, 8)
    values = [int(label.replace("\u202f", "")) for label in labels]
    assert values[-1] > max(scot) and all(b - a == values[1] for a, b in zip(values, values[1:]))
    assert all(f"{value:,}".replace(",", "\u202f") == label for value, label in zip(values, labels))
    assert any("\u202f" in label for label in labels)


def test_every_alert_is_shown_whole_at_the_default_window_size(window, page, qtbot):
    window.resize(1280, 800)
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.alerts_proxy.rowCount() > 0)
    view = page.alerts_view
    qtbot.wait(50)
    # A wrapped message needs more than one line; each row is as tall as its text needs.
    assert any(view.rowHeight(r) > 2 * view.fontMetrics().height() for r in range(page.alerts_proxy.rowCount()))
    for row in range(page.alerts_proxy.rowCount()):
        assert view.rowHeight(row) >= view.sizeHintForRow(row), row
    # The place and date columns as wide as their widest cell, as Qt's ResizeToContents made them.
    header = view.horizontalHeader()
    for column in (AlertTableModel.PAGE, AlertTableModel.DAY):
        assert header.sectionSize(column) == max(view.sizeHintForColumn(column), header.sectionSizeHint(column))


def test_the_value_axis_steps_are_round():
    assert nice_step(Decimal("15845.42")) == (5000, 4)
    assert nice_step(Decimal("950")) == (200, 5)
    assert nice_step(Decimal("0")) == (1, 1)


def alert_rows(page) -> list:
    proxy = page.alerts_proxy
    return [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]


def click_alert(qtbot, page, row: int) -> None:
    view = page.alerts_view
    view.scrollTo(page.alerts_proxy.index(row, 0))
    rect = view.visualRect(page.alerts_proxy.index(row, AlertTableModel.MESSAGE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_an_alert_opens_the_page_where_to_act(window, page, qtbot):
    alerts = alert_rows(page)
    assert alerts and page.alerts_box.title() == f"Alertes ({len(alerts)})"
    payroll = next(i for i, a in enumerate(alerts) if a.item_kind == "staff")
    assert "Paie manquante" in alerts[payroll].message
    assert page.alerts_proxy.index(payroll, AlertTableModel.PAGE).data() == "Personnel"
    click_alert(qtbot, page, payroll)
    assert window.current_page_key() == "staff"

    window.show_page("dashboard")
    # The backlog: past periods without a statement, a warning per beneficiary, opening the oldest.
    to_issue = next(i for i, a in enumerate(alert_rows(page)) if a.kind == "to_issue" and "SCOT" in a.message)
    backlog = alert_rows(page)[to_issue]
    assert backlog.level == "warning" and backlog.message.startswith("SCOT : ")
    assert "périodes passées sans état (la plus ancienne : 1er trimestre 2025)" in backlog.message
    click_alert(qtbot, page, to_issue)
    assert window.current_page_key() == "statements"
    statements = window.pages["statements"]
    assert statements.beneficiary_combo.currentText().startswith("SCOT")
    assert statements.current_period().code == "2025-T1"
    qtbot.waitUntil(lambda: not statements.preview_task.is_busy(), timeout=20000)

    window.show_page("dashboard")
    readings = next(i for i, a in enumerate(alert_rows(page)) if a.item_kind == "meter")
    click_alert(qtbot, page, readings)
    assert window.current_page_key() == "keys"


def test_a_period_card_opens_the_beneficiary_statement(window, page, qtbot):
    qtbot.mouseClick(page.totals["SCOT"], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "statements"
    statements = window.pages["statements"]
    assert statements.beneficiary_combo.currentText().startswith("SCOT")
    qtbot.waitUntil(lambda: not statements.preview_task.is_busy(), timeout=20000)


def test_the_counts_and_key_dates_are_still_there(page):
    assert page.cards["staff"].value_label.text() == "6"
    assert "31/12/2027" in page.dates["term_end"].text()


def test_an_empty_database(db, qtbot):
    window = MainWindow(Workspace(db))
    qtbot.addWidget(window)
    window.show()
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.figures is not None, timeout=20000)
    assert page.totals == {}
    assert "Enregistrez la convention" in page.period_note.text()
    assert page.no_alert_label.isVisible()
    assert not page.chart_box.isVisible()


def test_a_missing_planned_cost_opens_the_persons_planned_cost(window, page, qtbot, demo_db):
    from sqlalchemy import select

    from mutualisation.storage import models as m

    with demo_db.session() as session:
        alice = session.scalar(select(m.StaffMember).where(m.StaffMember.first_name == "Alice"))
    window.on_page_navigate_requested("staff", "planned_cost", alice.id)
    assert window.current_page_key() == "staff"
    form = window.pages["staff"].form
    assert form.isVisible() and form.tabs.currentWidget() is form.planned
    form.reject()


def test_a_bill_saved_on_the_expenses_page_changes_the_dashboard_figures(window, page, qtbot, demo_db):
    """The figures come from the kept summary while nothing changes; a bill saved moves the
    database's change mark, and the dashboard shown again computes them anew."""
    from sqlalchemy import select

    from mutualisation.storage import models as m
    from mutualisation.ui.pages.base import apply_change

    card = page.totals["ST2B"]
    before = card.value_label.text()
    window.show_page("expenses")
    expenses = window.pages["expenses"]

    def add_bill(run):
        def add(session):
            category = session.scalars(select(m.ExpenseCategory).filter_by(name="Télécommunications")).one()
            session.add(m.Bill(date=dt.date.today(), supplier="Fournisseur", label="Facture du jour",
                               amount=Decimal("10000.00"), category_id=category.id))  # fmt: skip

        run(add)

    assert apply_change(expenses, add_bill, "Facture")
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: not page.task.is_busy() and card is not page.totals.get("ST2B"), timeout=30000)
    qtbot.waitUntil(lambda: not page.task.is_busy(), timeout=30000)
    after = page.totals["ST2B"].value_label.text()
    assert after != before
    with demo_db.session() as session:
        from mutualisation.services.dashboard import dashboard_figures

        expected = dashboard_figures(session, dt.date.today(), 1)
    st2b = next(b for b in expected.beneficiaries if b.code == "ST2B")
    assert after == formatting.money(st2b.current_total)
