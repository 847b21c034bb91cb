"""English means English: the domain's and services' texts follow the interface language
(domain/i18n.py, through the interface's catalogue), the documents stay French."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from sqlalchemy import select

from mutualisation.domain import i18n
from mutualisation.domain.parsing import ParseError, parse_month
from mutualisation.domain.periods import PeriodError, parse_date, parse_period
from mutualisation.services import audit_log
from mutualisation.services.alerts import alerts
from mutualisation.services.costs import find_convention, find_party, preview
from mutualisation.services.issuing import issue_statement
from mutualisation.storage import models as m
from mutualisation.ui import language
from mutualisation.ui.widgets.fields import DateField, MoneyField

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def english(qapp):
    """The English catalogue installed as the app does when English is chosen; French after."""
    had_translators = bool(language.installed_translators(qapp))
    previous_locale = QLocale()
    language.install_translations(qapp, "en")
    yield
    language.remove_translations(qapp)
    if had_translators:
        language.install_translations(qapp, language.DEFAULT_LANGUAGE)
    QLocale.setDefault(previous_locale)


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


# -- period labels -------------------------------------------------------------------------------


def test_period_labels_in_english(english):
    assert [parse_period(code).label for code in ("2025-T1", "2025-T3", "2025-S1", "2025-S2", "2025-03", "2026")] == [
        "Q1 2025", "Q3 2025", "H1 2025", "H2 2025", "March 2025", "year 2026",
    ]  # fmt: skip
    assert parse_period("2025-T1").start.isoformat() == "2025-01-01"


def test_period_labels_stay_french_in_documents_and_without_english(english):
    with i18n.french():
        assert parse_period("2025-T1").label == "1er trimestre 2025"
        assert parse_period("2025-03").label == "mars 2025"


def test_period_labels_french_by_default():
    assert parse_period("2025-T3").label == "3e trimestre 2025"
    assert parse_period("2025-02").label == "février 2025"


def test_period_and_date_errors_in_english(english):
    with pytest.raises(PeriodError) as error:
        parse_period("2025-T5")
    assert str(error.value) == (
        "Period “2025-T5” cannot be read: write for example 2025Q1 (quarter), 2025H1 (half-year), "
        "2025-03 (month) or 2025 (year)."
    )
    with pytest.raises(PeriodError, match="^Date “31/02/2025”: this day does not exist.$"):
        parse_date("31/02/2025")


# -- alerts and problems ------------------------------------------------------------------------


def test_alerts_and_problems_in_english(english, demo_db):
    with demo_db.session() as session:
        found = alerts(session, TODAY)
    backlog = sorted(a.message for a in found if a.kind == "to_issue")
    assert backlog == [
        "SCOT: 7 past periods without a statement (the oldest: Q1 2025).",
        "ST2B: 7 past periods without a statement (the oldest: Q1 2025).",
    ]
    assert {a.detail for a in found if a.kind == "to_issue"} == {"the latest: Q3 2026"}
    payroll = [a.message for a in found if a.kind == "missing_data" and a.item_kind == "staff"]
    assert payroll and all(
        m.startswith("Payroll missing for ") and m.endswith(
            " in November 2026: enter their payroll cost (gross salary, employer charges) for that month."
        )
        for m in payroll
    )  # fmt: skip


def test_alerts_and_problems_stay_french_without_english(demo_db):
    with demo_db.session() as session:
        found = alerts(session, TODAY)
    assert sorted(a.message for a in found if a.kind == "to_issue")[0] == (
        "SCOT : 7 périodes passées sans état (la plus ancienne : 1er trimestre 2025)."
    )
    payroll = [a.message for a in found if a.kind == "missing_data" and a.item_kind == "staff"]
    assert payroll and all(m.startswith("Paie manquante pour ") and " en novembre 2026 : " in m for m in payroll)


# -- documents stay French ----------------------------------------------------------------------


def test_an_english_interface_issues_a_french_statement(english, demo_db):
    with demo_db.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        statement = issue_statement(session, convention, st2b, parse_period("2025-T1"), dt.date(2025, 4, 10))
        text = pdf_text(statement.pdf)
        frozen = [line.explanation_json for line in statement.lines]
        on_screen = preview(session, convention, parse_period("2025-T1")).period.label
    assert "1er trimestre 2025" in text and "Q1 2025" not in text
    assert all("Q1" not in explanation for explanation in frozen)
    assert on_screen == "Q1 2025"  # the screen, meanwhile, is still English


# -- calculation explanations -------------------------------------------------------------------


def staff_line(db, period: str = "2025-T1"):
    with db.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        result = preview(session, convention, parse_period(period))
        line = next(l for l in result.lines_for(st2b.id) if l.label == "Chloé Girard")
        return line, result.parties, st2b.id


def test_explanations_in_english(english, demo_db):
    line, parties, st2b = staff_line(demo_db)
    assert line.key_description(st2b) == "Share 20\u00a0% = 20,00\u00a0%"
    assert line.explanation_lines(parties)[:2] == [
        "Chloé Girard: each month's payroll cost spread over their days of employment.",
        "Payroll of January 2025: 2\u202f808,42\u00a0€ over 31 d of employment, of which 31 d in the period.",
    ]
    assert line.explanation_lines(parties)[-3] == (
        "ST2B: exact part 1\u202f677,4920\u00a0€ (1/5 = 20,00\u00a0%), rounded to 1\u202f677,49\u00a0€."
    )
    with demo_db.session() as session:
        result = preview(session, find_convention(session, "ST2B"), parse_period("2026-T2"))
    fee = next(l for l in result.lines if l.source_kind == "fee")
    assert fee.label == "Management fee 5\u00a0%"
    assert fee.explanation_lines(result.parties)[0] == (
        "Management fee of 5\u00a0% on each beneficiary's “Staff” subtotal, from 01/04/2026 to 30/06/2026."
    )


def test_explanations_stay_french_without_english(demo_db):
    line, parties, st2b = staff_line(demo_db)
    assert line.key_description(st2b) == "Quotité 20\u00a0% = 20,00\u00a0%"
    assert line.explanation_lines(parties)[1] == (
        "Paie de janvier 2025 : 2\u202f808,42\u00a0€ sur 31 j d'emploi, dont 31 j dans la période."
    )


# -- parse errors -------------------------------------------------------------------------------


def test_parse_errors_typed_in_a_form_in_english(english, qtbot):
    amount, day = MoneyField(required=True), DateField()
    qtbot.addWidget(amount)
    qtbot.addWidget(day)
    qtbot.keyClicks(amount, "12,345")
    assert amount.error() == "Amount “12,345”: 2 decimals at most."
    amount.clear()
    qtbot.keyClicks(amount, "douze")
    assert amount.error() == "Amount “douze” cannot be read: write for example 1 234,56."
    qtbot.keyClicks(day.edit, "29/02/2025")
    assert day.value() is None and day.error() == "Date “29/02/2025”: this day does not exist."
    with pytest.raises(ParseError, match="^Month “mars” cannot be read: write 03/2025, 2025-03 or March 2025.$"):
        parse_month("mars")
    assert parse_month("March 2025") == dt.date(2025, 3, 1)


def test_parse_errors_stay_french_without_english(qtbot):
    amount = MoneyField(required=True)
    qtbot.addWidget(amount)
    qtbot.keyClicks(amount, "12,345")
    assert amount.error() == "Montant « 12,345 » : 2 décimales au plus."
    with pytest.raises(ParseError, match="^Mois « mars » illisible : écrivez 03/2025, 2025-03 ou mars 2025.$"):
        parse_month("mars")


# -- audit entries ------------------------------------------------------------------------------


def stored_entries(db):
    """Entries as any version stored them: codes and JSON values, never sentences; so an entry
    written before the interface spoke English reads in English too."""
    with db.session() as session, session.begin():
        session.add(m.ExpenseCategory(code="ENERGIE", name="Énergie"))
    with db.session() as session, session.begin():
        category = session.scalar(select(m.ExpenseCategory)).id
        session.add(m.AuditEntry(
            at=dt.datetime(2024, 5, 2, 9, 30), user="amartin", action="update", table_name="bill", record_id=1,
            before_json=json.dumps({"amount": "1140.00", "category_id": category, "advance_mode": False}),
            after_json=json.dumps({"amount": "1234.56", "category_id": category, "advance_mode": True}),
        ))  # fmt: skip
    with db.session() as session:
        return audit_log.list_entries(session, audit_log.AuditFilter(table="bill"))


def test_audit_entries_in_english_also_those_stored_before(english, db):
    (entry,) = stored_entries(db)
    assert (entry.action_label, entry.table_label) == ("Change", "Bill")
    assert entry.summary == (
        "Advance calls: no → yes; Amount: 1\u202f140,00\u00a0€ → 1\u202f234,56\u00a0€"
    )
    assert audit_log.action_label("insert") == "Creation" and audit_log.table_label("staff_member") == "Staff member"


def test_audit_entries_stay_french_without_english(db):
    (entry,) = stored_entries(db)
    assert (entry.action_label, entry.table_label) == ("Modification", "Facture")
    assert entry.summary.startswith("Appels de fonds : non → oui ; Montant : 1\u202f140,00\u00a0€ → ")
