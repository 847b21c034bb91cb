"""Issuing, numbering, immutability, corrections, payments and verification.

Every test runs on a SQLite file and on a PostgreSQL database (``database_url``).
"""

import datetime as dt
import multiprocessing
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from mutualisation.domain.periods import Period
from mutualisation.services.corrections import drift, issue_correction
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.errors import ServiceError
from mutualisation.services.issuing import IssueRefused, issue_statement
from mutualisation.services.payments import list_statements, record_payment
from mutualisation.services.verification import verify
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

from .worked_example_db import record_worked_example

T1 = Period.quarter(2025, 1)
ISSUED_ON = dt.date(2025, 4, 10)


@pytest.fixture
def db(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        record_worked_example(session)
    yield database
    database.dispose()


def _issue(database, period=T1, day=ISSUED_ON):
    with database.session() as session:
        convention = find_convention(session, "ST2B")
        return issue_statement(session, convention, find_party(session, "ST2B"), period, day)


def test_issuing_freezes_lines_totals_pdf_and_a_chained_hash(db):
    statement = _issue(db)
    assert statement.number == "2025-0001"
    assert statement.total == Decimal("9855.75")
    assert statement.due_date == ISSUED_ON + dt.timedelta(days=30)
    assert statement.pdf.startswith(b"%PDF")
    assert len(statement.content_hash) == 64 and statement.previous_hash == ""
    with db.session() as session:
        stored = session.scalar(select(m.Statement))
        assert [l.amount for l in stored.lines][:1] == [Decimal("5810.00")]
        assert sum(l.amount for l in stored.lines) == Decimal("9855.75")
        assert '"total":"9855.75"' in stored.inputs_json


def test_issuing_is_refused_with_reasons_while_data_is_missing(db):
    with pytest.raises(IssueRefused) as refused:
        _issue(db, Period.quarter(2025, 2))
    messages = [p.message for p in refused.value.problems]
    assert any("Paie manquante pour Alice en avril 2025" in msg for msg in messages)
    assert any("Relevés manquants" in msg for msg in messages)
    with db.session() as session:
        assert session.scalar(select(m.Statement)) is None
        # The refused issue took no number: the next one is still 0001.
        assert session.scalar(select(m.StatementSequence.last_number)) in (None, 0)
    assert _issue(db).number == "2025-0001"


def test_a_period_is_issued_once(db):
    _issue(db)
    with pytest.raises(ServiceError, match="couvre déjà"):
        _issue(db)


def test_the_database_refuses_changes_to_issued_statements(db):
    _issue(db)
    with db.engine.connect() as connection:
        for sql in ("UPDATE statement SET total = 1", "DELETE FROM statement",
                    "UPDATE statement_line SET amount = 1", "DELETE FROM statement_line"):  # fmt: skip
            with pytest.raises(DatabaseError, match="ne peut être ni modifié ni supprimé"):
                connection.execute(text(sql))
            connection.rollback()


def _change_alice_march_payroll(database, amount):
    with database.session() as session, session.begin():
        payroll = session.scalar(select(m.PayrollCost).where(m.PayrollCost.month == dt.date(2025, 3, 1)))
        payroll.gross_salary = Decimal(amount)


def test_drift_then_corrective_then_credit_note(db):
    _issue(db)
    _change_alice_march_payroll(db, "5100.00")  # +200, ST2B at 50 %
    with db.session() as session:
        found = drift(session, session.scalar(select(m.Statement)))
        assert [(l.label, l.issued, l.recomputed) for l in found.changed] == [
            ("Alice", Decimal("5810.00"), Decimal("5910.00"))
        ]
        corrective = issue_correction(session, "2025-0001", dt.date(2025, 5, 2))
    assert (corrective.number, corrective.kind, corrective.total) == ("2025-0002", "corrective", Decimal("100.00"))
    with db.session() as session:
        assert drift(session, session.get(m.Statement, 1)).changed == ()
        with pytest.raises(ServiceError, match="rien à rectifier"):
            issue_correction(session, "2025-0001")
    _change_alice_march_payroll(db, "4500.00")  # 600 below the 5 100 issued, ST2B at 50 %
    with db.session() as session:
        credit = issue_correction(session, "2025-0002", dt.date(2025, 6, 2))
    assert (credit.number, credit.kind, credit.total) == ("2025-0003", "credit_note", Decimal("-300.00"))
    with db.session() as session:
        assert session.get(m.Statement, credit.id).corrects_id == 1
        assert verify(session).ok


def test_payments_and_statuses(db):
    _issue(db)
    with db.session() as session, session.begin():
        with pytest.raises(ServiceError, match="dépasse le reste dû"):
            record_payment(session, "2025-0001", dt.date(2025, 5, 1), Decimal("10000.00"))
        with pytest.raises(ServiceError, match="positif"):
            record_payment(session, "2025-0001", dt.date(2025, 5, 1), Decimal("0"))
        record_payment(session, "2025-0001", dt.date(2025, 5, 1), Decimal("5000.00"), "VIR 1")
    with db.session() as session:
        [row] = list_statements(session, today=dt.date(2025, 5, 2))
        assert (row.status, row.paid, row.outstanding) == ("part_paid", Decimal("5000.00"), Decimal("4855.75"))
        assert list_statements(session, today=dt.date(2025, 6, 1))[0].status == "overdue"
    with db.session() as session, session.begin():
        record_payment(session, "2025-0001", dt.date(2025, 5, 9), Decimal("4855.75"))
    with db.session() as session:
        assert list_statements(session, today=dt.date(2025, 7, 1))[0].status == "paid"


# The triggers that freeze issued documents, by backend (migration 0002): a forger drops them.
FREEZE_TRIGGERS = {
    "sqlite": {
        "statement": ["DROP TRIGGER statement_no_update", "DROP TRIGGER statement_no_delete"],
        "statement_line": ["DROP TRIGGER statement_line_no_update", "DROP TRIGGER statement_line_no_delete"],
    },
    "postgresql": {
        "statement": ["DROP TRIGGER statement_frozen ON statement"],
        "statement_line": ["DROP TRIGGER statement_line_frozen ON statement_line"],
    },
}


def _unfreeze(connection, *tables):
    for table in tables:
        for sql in FREEZE_TRIGGERS[connection.dialect.name][table]:
            connection.exec_driver_sql(sql)


def test_verify_reports_tampering_precisely(db):
    _issue(db)
    with db.session() as session:
        assert verify(session).ok
    with db.engine.begin() as connection:
        _unfreeze(connection, "statement")
        connection.execute(text("UPDATE statement SET pdf = :pdf"), {"pdf": b"\x00"})
    with db.session() as session:
        report = verify(session)
    assert [p for p in report.problems if "déclencheur" not in p] == [
        "L'état n° 2025-0001 a été modifié après son émission (contenu ou PDF différent de l'empreinte).",
        "L'état n° 2025-0001 : son PDF enregistré est illisible. Comparez les états avec les PDF envoyés aux "
        "partenaires (« mutualisation verify --against FICHIER.pdf ») et restaurez la dernière sauvegarde vérifiée.",
    ]
    assert any(p.startswith("Le déclencheur statement_") for p in report.problems)  # the forger's first step


def test_verify_finds_a_missing_number(db):
    _issue(db)
    with db.engine.begin() as connection:
        _unfreeze(connection, "statement", "statement_line")
        connection.exec_driver_sql("DELETE FROM statement_line")
        connection.exec_driver_sql("DELETE FROM statement")
    with db.session() as session:
        problems = verify(session).problems
    assert any("aucun n'est enregistré" in p for p in problems)


def _issue_in_process(url, period_code, queue):
    database = open_database(url)
    try:
        from mutualisation.domain.periods import parse_period

        queue.put(_issue(database, parse_period(period_code)).number)
    except Exception as exc:  # reported to the parent, which fails the test
        queue.put(f"error: {exc!r}")
    finally:
        database.dispose()


def test_two_processes_issuing_at_once_get_distinct_gapless_numbers(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        record_worked_example(session)
    database.dispose()
    context = multiprocessing.get_context("spawn")
    # daemon: a child still stuck when the test ends dies with the test process, never joined at its exit.
    queue = context.Queue()
    workers = [
        context.Process(target=_issue_in_process, args=(database_url, code, queue), daemon=True)
        for code in ("2025-01", "2025-02", "2025-03")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    numbers = sorted(queue.get(timeout=5) for _ in workers)
    assert numbers == ["2025-0001", "2025-0002", "2025-0003"]
    database = open_database(database_url)
    with database.session() as session:
        assert verify(session).ok
    database.dispose()
