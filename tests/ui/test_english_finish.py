"""What the English screenshots showed still French, cut or in French typography: the period
codes of the États picker and the dashboard's chart (« 2025-T3 »), the navigation cutting
« Keys and readings », the audit log's « ; » separator, and the refusals of issuing and payments.
French stays as it was."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from mutualisation.domain import i18n
from mutualisation.domain.periods import parse_period
from mutualisation.services import audit_log
from mutualisation.services.errors import ServiceError
from mutualisation.services.payments import record_payment
from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.ui.main_window import NAVIGATION_WIDTH, MainWindow, page_title
from mutualisation.ui.pages.statements_period import PeriodPicker

from .test_english_texts import english  # noqa: F401  (the fixture)


def picked(qtbot, code: str, kind: str) -> str:
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.set_period(parse_period(code), kind)
    return picker.period_combo.currentText()


def test_period_codes_on_screen_in_english(english, qtbot):
    assert picked(qtbot, "2025-T3", "quarterly") == "Q3 2025 (2025Q3)"
    assert picked(qtbot, "2025-S2", "half_yearly") == "H2 2025 (2025H2)"
    assert picked(qtbot, "2025-03", "monthly") == "March 2025 (2025-03)"
    # What the screen shows is read back.
    assert parse_period("2025Q3") == parse_period("2025-T3") and parse_period("2025H2") == parse_period("2025-S2")


def test_period_codes_on_screen_in_french(qtbot):
    assert picked(qtbot, "2025-T3", "quarterly") == "3e trimestre 2025 (2025-T3)"
    assert picked(qtbot, "2025-S2", "half_yearly") == "2e semestre 2025 (2025-S2)"
    with i18n.french():
        assert parse_period("2025-T3").short_label == "2025-T3"


def test_the_dashboard_chart_names_quarters_in_english(english, window, qtbot):
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.chart is not None and bool(page.chart.categories()), timeout=20000)
    codes = page.chart.categories()
    assert len(codes) == 8 and all(code[:4].isdigit() and code[4] == "Q" for code in codes), codes


def shown(demo_db, qtbot) -> MainWindow:
    window = MainWindow(Workspace(demo_db))
    qtbot.addWidget(window)
    return window


def test_the_navigation_is_wide_enough_for_keys_and_readings(english, demo_db, qtbot):
    window = shown(demo_db, qtbot)
    navigation = window.navigation
    assert page_title("keys") == "Keys and readings"
    assert navigation.width() >= navigation.fontMetrics().horizontalAdvance("Keys and readings") + 64
    assert navigation.width() > NAVIGATION_WIDTH


def test_the_navigation_keeps_its_width_in_french(demo_db, qtbot):
    assert shown(demo_db, qtbot).navigation.width() == NAVIGATION_WIDTH


def bill_created(database) -> audit_log.AuditRow:
    with database.session() as session, session.begin():
        session.add(m.AuditEntry(
            at=dt.datetime(2025, 5, 2, 9, 30), user="amartin", action="insert", table_name="bill", record_id=7,
            before_json=None, after_json=json.dumps({"amount": "12.50", "supplier": "ENGIE"}),
        ))  # fmt: skip
    with database.session() as session:
        (entry,) = audit_log.list_entries(session, audit_log.AuditFilter(table="bill"))
    return entry


def test_the_audit_log_separates_its_values_the_english_way(english, db):
    assert bill_created(db).summary == "Amount: 12,50\u00a0€; Supplier: ENGIE"


def test_the_audit_log_separates_its_values_the_french_way(db):
    assert bill_created(db).summary == "Montant : 12,50\u00a0€ ; Fournisseur : ENGIE"


def payment_refusal(database) -> str:
    with database.session() as session, pytest.raises(ServiceError) as error:
        record_payment(session, "2099-0001", dt.date(2026, 1, 5), Decimal("1.00"))
    return str(error.value)


def test_issuing_and_payment_refusals_in_english_and_in_french(english, db):
    assert payment_refusal(db) == "No issued statement has the number “2099-0001”."
    with i18n.french():
        assert payment_refusal(db) == "Aucun état émis ne porte le numéro « 2099-0001 »."


def server_backup_refusal() -> str:
    from mutualisation.services import backup

    with pytest.raises(backup.NotSQLiteError) as refused:
        backup.backup_now("postgresql+psycopg://compta:s3cret@db.example.org/mutualisation")
    return str(refused.value)


def test_a_backup_refusal_in_english_and_in_french(english):
    server = "postgresql+psycopg://compta:***@db.example.org/mutualisation"
    assert server_backup_refusal() == (
        f"Mutualisation's backups are for an SQLite database (a file); {server} is not one. For a database on a "
        "PostgreSQL server, back it up with the server's tools (pg_dump)."
    )
    with i18n.french():
        assert server_backup_refusal() == (
            f"Les sauvegardes de Mutualisation concernent une base SQLite (un fichier) ; {server} n'en est pas une. "
            "Pour une base sur un serveur PostgreSQL, sauvegardez-la avec les outils du serveur (pg_dump)."
        )
