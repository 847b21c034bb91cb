"""The audit log: every change, in the same transaction, with who, when, before and after."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from decimal import Decimal

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from mutualisation.domain.periods import Period
from mutualisation.services import audit_log
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.issuing import issue_statement
from mutualisation.storage import audit
from mutualisation.storage import models as m

SCAN = b"%PDF-1.4 scanned bill " + bytes(range(256)) * 40


def _entries(database, table: str | None = None) -> list[m.AuditEntry]:
    with database.session() as session:
        query = select(m.AuditEntry).order_by(m.AuditEntry.id)
        if table:
            query = query.where(m.AuditEntry.table_name == table)
        return list(session.scalars(query))


def _bill(category) -> m.Bill:
    return m.Bill(
        date=dt.date(2025, 2, 10), supplier="EDF Collectivités", reference="10056234789",
        label="Électricité", amount=Decimal("1140.00"), category=category,
        attachment=m.BillAttachment(filename="edf.pdf", content=SCAN),
    )  # fmt: skip


def test_insert_update_delete_are_logged_with_who_when_and_values(db):
    started = dt.datetime.now() - dt.timedelta(seconds=1)
    with db.session() as session, session.begin():
        category = m.ExpenseCategory(code="ENERGIE", name="Énergie")
        session.add(_bill(category))
    with db.session() as session, session.begin():
        bill = session.scalar(select(m.Bill))
        bill.amount = Decimal("1234.56")
        bill.notes = "corrigé <b>&</b> ]]>"
    with db.session() as session, session.begin():
        session.delete(session.scalar(select(m.Bill)))

    bills = _entries(db, "bill")
    assert [e.action for e in bills] == ["insert", "update", "delete"]
    assert {e.user for e in bills} == {getpass.getuser()}
    assert all(started <= e.at <= dt.datetime.now() for e in bills)
    assert {e.record_id for e in bills} == {1}
    inserted = json.loads(bills[0].after_json)
    assert bills[0].before_json is None
    assert inserted["amount"] == "1140.00" and inserted["date"] == "2025-02-10"  # exact, as text
    assert inserted["supplier"] == "EDF Collectivités"
    before, after = json.loads(bills[1].before_json), json.loads(bills[1].after_json)
    assert (before["amount"], after["amount"]) == ("1140.00", "1234.56")
    assert (before["notes"], after["notes"]) == ("", "corrigé <b>&</b> ]]>")
    assert before["label"] == after["label"] == "Électricité"  # the whole record, not only the change
    assert json.loads(bills[2].before_json)["amount"] == "1234.56" and bills[2].after_json is None

    [attachment, deleted_attachment] = _entries(db, "bill_attachment")
    assert json.loads(attachment.after_json)["content"] == f"<{len(SCAN)} octets>"  # not the file
    assert deleted_attachment.action == "delete"  # the cascade is logged too
    assert _entries(db, "audit_log") == []  # the log does not log itself


def test_a_rolled_back_change_leaves_no_log(db):
    with db.session() as session:
        session.add(m.ExpenseCategory(code="TEL", name="Téléphone"))
        session.flush()  # the row and its log entry are written…
        assert session.scalar(select(m.AuditEntry.table_name)) == "expense_category"
        session.rollback()  # …and go away together
    assert _entries(db) == []


def test_a_failed_write_leaves_no_log(db):
    with db.session() as session, session.begin():
        session.add(m.ExpenseCategory(code="TEL", name="Téléphone"))
    with pytest.raises(IntegrityError):
        with db.session() as session, session.begin():
            session.add(m.ExpenseCategory(code="EAU", name="Eau"))
            session.flush()
            session.add(m.ExpenseCategory(code="TEL", name="Doublon"))  # unique code: refused
    assert [json.loads(e.after_json)["code"] for e in _entries(db)] == ["TEL"]


def test_issuing_logs_the_statement_its_lines_and_the_counter(issued_db):
    with issued_db.session() as session:
        convention = find_convention(session, "ST2B")
        issue_statement(session, convention, find_party(session, "ST2B"), Period.quarter(2025, 1), dt.date(2025, 4, 10))
    [statement] = _entries(issued_db, "statement")
    logged = json.loads(statement.after_json)
    assert logged["number"] == "2025-0001" and logged["total"] == "9855.75"
    assert logged["pdf"].endswith(" octets>") and len(logged["content_hash"]) == 64
    assert len(_entries(issued_db, "statement_line")) == 13
    counter = _entries(issued_db, "statement_sequence")  # written by INSERT … / UPDATE … RETURNING
    assert [e.action for e in counter] == ["insert", "update"]
    assert json.loads(counter[1].before_json)["last_number"] == 0
    assert json.loads(counter[1].after_json)["last_number"] == 1


def test_statements_run_through_the_session_are_logged_row_by_row(db):
    with db.session() as session, session.begin():
        session.add_all([m.ExpenseCategory(code=c, name=c.title()) for c in ("A", "B", "C")])
    with db.session() as session, session.begin():
        session.execute(update(m.ExpenseCategory).where(m.ExpenseCategory.code != "C").values(name="Renommée"))
    updates = [e for e in _entries(db, "expense_category") if e.action == "update"]
    assert sorted(json.loads(e.before_json)["name"] for e in updates) == ["A", "B"]
    assert {json.loads(e.after_json)["name"] for e in updates} == {"Renommée"}


def test_a_session_can_turn_the_log_off_and_an_unknown_user_is_named(db, monkeypatch):
    with db.session() as session, session.begin():
        session.info["audit"] = False
        session.add(m.ExpenseCategory(code="SANS", name="Sans journal"))
    assert _entries(db) == []

    def no_login():
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", no_login)
    assert audit.current_user() == "inconnu"
    with db.session() as session, session.begin():
        session.add(m.ExpenseCategory(code="AVEC", name="Avec journal"))
    assert [e.user for e in _entries(db)] == ["inconnu"]


def test_a_session_asks_the_login_name_once_for_all_its_rows(db, monkeypatch):
    asked = []

    def login():
        asked.append(1)
        return "gestionnaire"

    monkeypatch.setattr(getpass, "getuser", login)
    with db.session() as session:
        for number in range(3):
            with session.begin():
                session.add_all(m.ExpenseCategory(code=f"C{number}{n}", name=f"Catégorie {n}") for n in range(4))
    assert len(asked) == 1
    assert {e.user for e in _entries(db, "expense_category")} == {"gestionnaire"}


def test_json_values_are_exact_and_files_are_sized():
    assert audit.json_value(Decimal("0.10")) == "0.10"
    assert audit.json_value(dt.date(2025, 2, 28)) == "2025-02-28"
    assert audit.json_value(dt.datetime(2025, 2, 28, 9, 5)) == "2025-02-28T09:05:00"
    assert audit.json_value(b"\x00" * 3) == "<3 octets>"
    assert audit.json_value(True) is True and audit.json_value(None) is None


# -- reading the log ----------------------------------------------------------------------------


@pytest.fixture
def logged(db):
    """Three users' changes over three days."""
    with db.session() as session, session.begin():
        session.info["audit_user"] = "anne"
        session.add(m.ExpenseCategory(code="TEL", name="Téléphone"))
        session.add(m.Party(code="CCAS", name="CCAS de Briey"))
    with db.session() as session, session.begin():
        session.info["audit_user"] = "bruno"
        session.scalar(select(m.ExpenseCategory)).name = "Téléphonie mobile"
    with db.session() as session, session.begin():
        session.info["audit_user"] = "chloé"
        session.delete(session.scalar(select(m.Party)))
    with db.session() as session, session.begin():  # spread the entries over three days
        for entry, day in zip(session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id)), (1, 1, 2, 3)):
            entry.at = dt.datetime(2026, 3, day, 10, 0)
    return db


def test_the_log_is_listed_latest_first_and_filtered(logged):
    with logged.session() as session:
        everything = audit_log.list_entries(session)
        assert [(r.user, r.action_label, r.table_label) for r in everything] == [
            ("chloé", "Suppression", "Organisme"),
            ("bruno", "Modification", "Catégorie de dépenses"),
            ("anne", "Création", "Organisme"),
            ("anne", "Création", "Catégorie de dépenses"),
        ]
        assert audit_log.tables(session) == ["expense_category", "party"]
        assert audit_log.users(session) == ["anne", "bruno", "chloé"]
        only = audit_log.list_entries
        assert [r.user for r in only(session, audit_log.AuditFilter(table="party"))] == ["chloé", "anne"]
        assert [r.action for r in only(session, audit_log.AuditFilter(user="bruno"))] == ["update"]
        assert [r.action for r in only(session, audit_log.AuditFilter(action="delete"))] == ["delete"]
        assert [r.user for r in only(session, audit_log.AuditFilter(text="mobile"))] == ["bruno"]
        assert [r.user for r in only(session, audit_log.AuditFilter(text="100%_"))] == []  # wildcards literal
        day = dt.date(2026, 3, 2)
        assert [r.user for r in only(session, audit_log.AuditFilter(start=day, end=day))] == ["bruno"]
        assert [r.user for r in only(session, audit_log.AuditFilter(start=day))] == ["chloé", "bruno"]
        assert len(only(session, limit=2)) == 2
        [change] = only(session, audit_log.AuditFilter(user="bruno"))
        assert [(c.field, c.before, c.after) for c in change.changes if c.field == "name"] == [
            ("name", "Téléphone", "Téléphonie mobile")
        ]
        assert "Nom : Téléphone → Téléphonie mobile" in change.summary


def test_the_log_reads_like_the_app_amounts_dates_and_names(db):
    with db.session() as session, session.begin():
        category = m.ExpenseCategory(code="ENERGIE", name="Énergie")
        session.add(_bill(category))
    with db.session() as session, session.begin():
        session.scalar(select(m.Bill)).amount = Decimal("1234.56")
    with db.session() as session:
        changed, created = audit_log.list_entries(session, audit_log.AuditFilter(table="bill"))
    nbsp, narrow = "\u00a0", "\u202f"
    assert changed.summary.startswith(f"Montant : 1{narrow}140,00{nbsp}€ → 1{narrow}234,56{nbsp}€")
    fields = {c.field: (c.label, c.after_text) for c in created.changes}
    assert fields["date"] == ("Date", "10/02/2025")
    # The category by its name, not its internal number, and the label says so.
    assert fields["category_id"] == ("Catégorie", "Énergie")
    assert fields["amount"] == ("Montant", f"1{narrow}140,00{nbsp}€")


def test_values_are_worded_by_their_kind():
    text = audit_log.value_text
    assert text("share", "0.400000") == "40\u00a0%"
    assert text("area", "36.50") == "36,5 m²"
    assert text("advance_mode", True) == "oui"
    assert text("staff_id", 7, {("staff_member", 7): "Alice Martin"}) == "Alice Martin"
    assert text("staff_id", 8, {}) == "n° 8"  # deleted since: its number is all that is left
    assert text("label", "2025-13-45") == "2025-13-45"  # looks like a date, is not one


def test_the_user_is_shown_by_full_name_where_the_system_has_one(monkeypatch):
    from mutualisation.services import user_names

    class Account:
        pw_gecos = "Anne Martin,Bureau 12,,"

    accounts = {"amartin": Account()}
    monkeypatch.setattr(user_names.sys, "platform", "linux")
    monkeypatch.setattr("pwd.getpwnam", lambda login: accounts[login])
    user_names.full_user_name.cache_clear()
    try:
        assert audit_log.user_label("amartin") == "Anne Martin (amartin)"
        assert audit_log.user_label("inconnu") == "inconnu"
    finally:
        user_names.full_user_name.cache_clear()


def test_the_audit_model_stays_a_plain_table_to_export(db):
    """Someone else's export dumps every table: the log must be rows of plain columns."""
    columns = {c.name: type(c.type).__name__ for c in m.AuditEntry.__table__.columns}
    assert columns == {
        "id": "Integer", "at": "DateTime", "user": "String", "action": "String", "table_name": "String",
        "record_id": "Integer", "before_json": "Text", "after_json": "Text",
    }  # fmt: skip
    assert not m.AuditEntry.__mapper__.relationships


def test_every_column_has_a_french_name_in_the_log():
    from mutualisation.services.audit_log import FIELD_LABELS
    from mutualisation.storage.models import Base

    columns = {column.name for table in Base.metadata.tables.values() for column in table.columns}
    assert columns <= set(FIELD_LABELS), sorted(columns - set(FIELD_LABELS))
