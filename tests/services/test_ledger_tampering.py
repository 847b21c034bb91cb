"""Every way of forging the ledger with write access to the database is found by ``verify``.

One case per stored field of a document, its lines, its payments and the scanned bills it
cites, plus the structural forgeries (a fake inserted with recomputed hashes and the triggers
intact, a total rewritten and every later hash recomputed, the last document deleted with
its counter step and its audit rows, triggers dropped, disabled or replaced), on SQLite and
PostgreSQL. Each case runs inside a transaction rolled back afterwards (DDL included: both
backends undo a dropped trigger), on one database filled once per backend.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from mutualisation.domain.periods import parse_period
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.issuing import issue_statement
from mutualisation.services.payments import record_payment
from mutualisation.services.verification import verify
from mutualisation.storage import chain_record, ledger
from mutualisation.storage import models as m
from mutualisation.storage.database import Database, open_database
from tests import pg_server
from tests.services.worked_example_db import record_worked_example

FROZEN = ("statement", "statement_line", "payment", "statement_sequence")


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory) -> Iterator[Callable[[str], Database]]:
    """2025-0001 to -0003 issued (January to March), two payments on 2025-0001, a scanned bill;
    filled once per backend, on first use, and shared by the module's tests (each forgery is
    rolled back). A module-scoped fixture taking the backend as its own parameter would be
    rebuilt for every test: each case of the (backend, case) table is a parameter set of its own."""
    built: dict[str, Database] = {}
    with ExitStack() as cleanup:

        def ledger(backend: str) -> Database:
            if backend not in built:
                if backend == "sqlite":
                    url = str(tmp_path_factory.mktemp("registre") / "compta.sqlite")
                else:
                    try:
                        pg_server.server_url()
                    except pg_server.PostgresNotInstalled as exc:
                        pytest.fail(str(exc), pytrace=False)
                    url = cleanup.enter_context(pg_server.fresh_database())
                built[backend] = _filled(url)
            return built[backend]

        yield ledger
        for database in built.values():
            database.dispose()


@pytest.fixture
def ledger_db(request, ledgers) -> Database:
    """The shared ledger of the backend named by the test's parameter."""
    return ledgers(request.param)


def _filled(url: str):
    database = open_database(url)
    with database.session() as session, session.begin():
        record_worked_example(session)
        bill = session.scalar(select(m.Bill).where(m.Bill.label == "Téléphone"))
        session.add(m.BillAttachment(bill_id=bill.id, filename="telephone.pdf", content=b"%PDF-1.4 scan"))
    for month in ("2025-01", "2025-02", "2025-03"):
        with database.session() as session:
            issue_statement(
                session, find_convention(session, "ST2B"), find_party(session, "ST2B"), parse_period(month),
                dt.date(2025, 4, 10),
            )  # fmt: skip
    with database.session() as session:
        record_payment(session, "2025-0001", dt.date(2025, 5, 2), Decimal("1000.00"), "VIR 1")
        record_payment(session, "2025-0001", dt.date(2025, 5, 3), Decimal("500.00"), "VIR 2")
    database.dispose()
    return open_database(url)


def _unfreeze(connection) -> None:
    """What a forger does first: drop (SQLite) or disable (PostgreSQL) the triggers."""
    if connection.dialect.name == "postgresql":
        for table in FROZEN:
            connection.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
    else:
        for name in ledger.SQLITE_TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def _id(number: str) -> str:
    return f"(SELECT id FROM statement WHERE number = '{number}')"


@dataclass(frozen=True)
class Case:
    name: str
    change: str | Callable  # SQL (triggers removed first), or a function of (connection, record path)
    expected: str  # a part of the problem verify must report
    unfreeze: bool = True
    backends: tuple[str, ...] = ("sqlite", "postgresql")


def _column(table: str, column: str, value: str, where: str, expected: str = "a été modifié après son émission"):
    return Case(f"{table}.{column}", f"UPDATE {table} SET {column} = {value} WHERE {where}", expected)


S2 = "number = '2025-0002'"
L3 = f"statement_id = {_id('2025-0003')} AND position = 1"
SEALED = "une de ses colonnes ou de ses lignes diffère de ce qui a été scellé"
PAYMENT_CHANGED = "a été modifié après son enregistrement"


# -- forgeries that need Python (hashes recomputed as a forger who read the code would) ---------


def _session(connection) -> Session:
    return Session(bind=connection, autoflush=False)


def _insert_fake(connection, _record) -> None:
    """A 2025-0004 cloned from -0003, sealed, chained and counted, the triggers left in place."""
    with _session(connection) as session:
        last = session.scalar(select(m.Statement).where(m.Statement.number == "2025-0003"))
        values = ledger.row_values(last)
        values.update(number="2025-0004", sequence=4, previous_hash=last.content_hash, id=None)
        lines = [ledger.row_values(line) for line in last.lines]
        seal = ledger.seal_of(values, lines)
        values.update(seal=seal, content_hash=ledger.sealed_hash(seal, last.pdf), pdf=last.pdf)
        for key in ("total", "total_excl_vat", "vat", "vat_rate"):
            values[key] = getattr(last, key)
        values.pop("id")
        fake = m.Statement(**{c.key: values[c.name] for c in m.Statement.__table__.columns if c.name in values})
        for line in last.lines:
            fake.lines.append(m.StatementLine(**{
                c.key: getattr(line, c.key) for c in m.StatementLine.__table__.columns
                if c.name not in ("id", "statement_id")
            }))  # fmt: skip
        session.add(fake)
        session.execute(text("UPDATE statement_sequence SET last_number = 4"))
        session.flush()


def _rechain(connection, _record) -> None:
    """2025-0002's total raised, then its seal and hash and every later one recomputed."""
    _unfreeze(connection)
    with _session(connection) as session:
        documents = session.scalars(select(m.Statement).order_by(m.Statement.id)).all()
        previous = ""
        for document in documents:
            if document.number == "2025-0002":
                document.total += Decimal("100.00")
            document.previous_hash = previous
            document.seal = ledger.statement_seal(document)
            document.content_hash = ledger.sealed_hash(document.seal, document.pdf)
            previous = document.content_hash
            chained = document.content_hash
            for payment in sorted(document.payments, key=lambda p: p.id):
                payment.previous_hash = chained
                payment.content_hash = ledger.payment_hash(payment)
                chained = payment.content_hash
        session.flush()


def _delete_last(connection, _record) -> None:
    """2025-0003 deleted with its lines, its counter step and its audit rows."""
    _unfreeze(connection)
    connection.exec_driver_sql(f"DELETE FROM statement_line WHERE statement_id = {_id('2025-0003')}")
    connection.exec_driver_sql(
        f"DELETE FROM audit_log WHERE table_name IN ('statement', 'statement_line', 'statement_sequence')"
    )
    connection.exec_driver_sql("DELETE FROM statement WHERE number = '2025-0003'")
    connection.exec_driver_sql("UPDATE statement_sequence SET last_number = 2")


def _insert_payment(connection, _record) -> None:
    """A payment added to 2025-0002, chained to its hash as the app would."""
    with _session(connection) as session:
        document = session.scalar(select(m.Statement).where(m.Statement.number == "2025-0002"))
        payment = m.Payment(statement_id=document.id, date=dt.date(2025, 6, 1), amount=Decimal("10.00"),
                            reference="faux", version=1, previous_hash=document.content_hash)  # fmt: skip
        payment.content_hash = ledger.payment_hash(payment)
        session.add(payment)
        session.flush()


def _record_lines_removed(connection, record) -> None:
    """The record of chain heads loses the lines of 2025-0003 (hiding a fake)."""
    kept = [line for line in record.read_text().splitlines() if '"2025-0003"' not in line or "paiement" in line]
    record.write_text("\n".join(kept) + "\n")


def _record_damaged(connection, record) -> None:
    record.write_text(record.read_text().replace('"emission"', '"emission', 1))


def _noop_trigger(connection, _record) -> None:
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION refuse_issued_change() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ "
            "LANGUAGE plpgsql"
        )
    else:
        connection.exec_driver_sql("DROP TRIGGER statement_no_update")
        connection.exec_driver_sql("CREATE TRIGGER statement_no_update BEFORE UPDATE ON statement BEGIN SELECT 1; END")


CASES = [
    # every column of a document
    _column("statement", "due_date", "'2031-01-01'", S2, SEALED),
    _column("statement", "beneficiary_id", "issuer_id", S2, SEALED),
    _column("statement", "issuer_id", "beneficiary_id", S2, "n'est pas chaîné"),
    _column("statement", "period_start", "'2025-02-02'", S2, SEALED),
    _column("statement", "period_end", "'2025-02-27'", S2, SEALED),
    _column("statement", "kind", "'advance'", S2, SEALED),
    _column("statement", "corrects_id", _id("2025-0001"), S2, SEALED),
    _column("statement", "total_excl_vat", "total_excl_vat + 1", S2, SEALED),
    _column("statement", "vat_rate", "vat_rate + 1", S2, SEALED),
    _column("statement", "vat", "vat + 1", S2, SEALED),
    _column("statement", "total", "total + 10000", S2, SEALED),
    _column("statement", "issue_date", "'2025-04-11'", S2, SEALED),
    _column("statement", "inputs_json", "'{}'", S2, SEALED),
    _column("statement", "document_json", "replace(document_json, 'ST2b', 'ST2B')", S2, SEALED),
    _column("statement", "number", "'2025-0009'", S2, SEALED),
    _column("statement", "year", "2024", S2, SEALED),
    _column("statement", "sequence", "7", S2, SEALED),
    Case("statement.convention_id", f"UPDATE statement SET convention_id = convention_id + 1 WHERE {S2}",
         "Référence cassée", backends=("sqlite",)),  # PostgreSQL refuses a dangling reference itself
    _column("statement", "pdf", f"(SELECT pdf FROM statement s WHERE s.number = '2025-0001')", S2,
            "contenu ou PDF différent de l'empreinte"),
    _column("statement", "previous_hash", "'0'", S2, "n'est pas chaîné"),
    _column("statement", "content_hash", "'0'", S2, "contenu ou PDF différent de l'empreinte"),
    _column("statement", "seal", "NULL", S2, "n'a pas de sceau"),
    _column("statement", "seal", "'0'", S2, SEALED),
    # every column of a line
    _column("statement_line", "section", "'Locaux'", L3, SEALED),
    _column("statement_line", "label", "'Autre chose'", L3, SEALED),
    _column("statement_line", "basis", "basis + 1", L3, SEALED),
    _column("statement_line", "key_description", "'Quotité 90 pour cent'", L3, SEALED),
    _column("statement_line", "ratio", "'9/10'", L3, SEALED),
    _column("statement_line", "amount", "amount + 1", L3, SEALED),
    _column("statement_line", "explanation_json", "'[]'", L3, SEALED),
    _column("statement_line", "source_kind", "'bill'", L3, SEALED),
    _column("statement_line", "source_id", "source_id + 1", L3, SEALED),
    _column("statement_line", "position", "99", L3, SEALED),
    Case("statement_line.statement_id",
         f"UPDATE statement_line SET statement_id = {_id('2025-0002')}, position = 99 WHERE {L3}", SEALED),
    Case("statement_line deleted", f"DELETE FROM statement_line WHERE {L3}", SEALED),
    # every column of a payment, and payments added or removed
    _column("payment", "amount", "amount + 1", "reference = 'VIR 1'", PAYMENT_CHANGED),
    _column("payment", "date", "'2025-05-20'", "reference = 'VIR 1'", PAYMENT_CHANGED),
    _column("payment", "reference", "'VIR 9'", "reference = 'VIR 1'", PAYMENT_CHANGED),
    _column("payment", "statement_id", _id("2025-0002"), "reference = 'VIR 2'", "n'est pas chaîné au paiement"),
    _column("payment", "version", "2", "reference = 'VIR 1'", PAYMENT_CHANGED),
    _column("payment", "previous_hash", "'0'", "reference = 'VIR 2'", "n'est pas chaîné au paiement"),
    _column("payment", "content_hash", "'0'", "reference = 'VIR 2'", PAYMENT_CHANGED),
    Case("payment deleted (last)", "DELETE FROM payment WHERE reference = 'VIR 2'", "a disparu de la base"),
    Case("payment deleted (first)", "DELETE FROM payment WHERE reference = 'VIR 1'", "n'est pas chaîné au paiement"),
    Case("payment inserted, chained", _insert_payment, "n'est pas inscrit dans le registre", backends=("sqlite",)),
    Case("overpayment inserted", "INSERT INTO payment (statement_id, date, amount, reference, version) "
         f"VALUES ({_id('2025-0002')}, '2025-06-01', 10000000, 'x', 1)", "hors de l'application"),
    # the scanned bill a document cites
    _column("bill_attachment", "content", "content || content", "filename = 'telephone.pdf'", "a été remplacée"),
    _column("bill_attachment", "filename", "'autre.pdf'", "filename = 'telephone.pdf'", "a été remplacée"),
    Case("bill_attachment deleted", "DELETE FROM bill_attachment", "a été supprimée"),
    # the counter
    _column("statement_sequence", "last_number", "2", "year = 2025", "Le compteur 2025 est à 2"),
    _column("statement_sequence", "last_number", "5", "year = 2025", "Le compteur 2025 est à 5"),
    # structural forgeries
    Case("fake inserted, hashes recomputed, triggers intact", _insert_fake, "2025-0004", unfreeze=False),
    Case("total rewritten and every later hash recomputed", _rechain, "n'a plus l'empreinte inscrite",
         unfreeze=False),
    Case("last document deleted with its counter step and audit rows", _delete_last, "a disparu de la base",
         unfreeze=False),
    Case("record of chain heads stripped of a document", _record_lines_removed, "n'est pas inscrit dans le registre",
         unfreeze=False, backends=("sqlite",)),
    Case("record of chain heads edited by hand", _record_damaged, "est illisible", unfreeze=False),
    Case("a trigger replaced by one that does nothing", _noop_trigger, "protection", unfreeze=False,
         backends=("postgresql",)),
    Case("a trigger replaced by one that does nothing", _noop_trigger, "a été remplacé", unfreeze=False,
         backends=("sqlite",)),
    *[
        Case(f"trigger {name} dropped", f"DROP TRIGGER {name}", f"Le déclencheur {name} a été supprimé",
             unfreeze=False, backends=("sqlite",))
        for name in ledger.SQLITE_TRIGGERS
    ],
    *[
        Case(f"trigger {name} disabled", f"ALTER TABLE {table} DISABLE TRIGGER {name}",
             f"Le déclencheur {name} qui protège la table {table} est désactivé", unfreeze=False,
             backends=("postgresql",))
        for name, (table, _timing, _function) in ledger.POSTGRESQL_TRIGGERS.items()
    ],
    *[
        Case(f"trigger {name} dropped", f"DROP TRIGGER {name} ON {table}",
             f"Le déclencheur {name} qui protège la table {table} a été supprimé", unfreeze=False,
             backends=("postgresql",))
        for name, (table, _timing, _function) in ledger.POSTGRESQL_TRIGGERS.items()
    ],
]  # fmt: skip


def _tampered_report(database, case: Case, against=()):
    path = chain_record.record_path(database.engine.url)
    saved = path.read_bytes() if path.exists() else None
    try:
        with database.engine.connect() as connection:
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql("BEGIN")  # DDL too, undone by the rollback below
                connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            transaction = connection.begin() if not connection.in_transaction() else None
            try:
                if case.unfreeze:
                    _unfreeze(connection)
                if callable(case.change):
                    case.change(connection, path)
                else:
                    connection.exec_driver_sql(case.change)
                with Session(bind=connection) as session:
                    return verify(session, against=against)
            finally:
                if transaction is not None:
                    transaction.rollback()
                else:
                    connection.rollback()
    finally:
        if saved is not None:
            path.write_bytes(saved)


BACKENDS = [pytest.param("sqlite", id="sqlite"), pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql)]


@pytest.mark.parametrize("ledger_db", BACKENDS, indirect=True)
def test_the_untouched_ledger_verifies(ledger_db):
    with ledger_db.session() as session:
        report = verify(session)
    assert report.problems == []
    assert report.checked == 3


@pytest.mark.parametrize(
    "ledger_db, case",
    [
        pytest.param(backend, case, id=f"{backend}-{case.name}",
                     marks=[pytest.mark.postgresql] if backend == "postgresql" else [])
        for backend in ("sqlite", "postgresql") for case in CASES if backend in case.backends
    ],
    indirect=["ledger_db"],
)  # fmt: skip
def test_each_forgery_is_found(ledger_db, case):
    report = _tampered_report(ledger_db, case)
    assert not report.ok, case.name
    assert any(case.expected in problem for problem in report.problems), report.problems
    with ledger_db.session() as session:  # the rollback put everything back
        assert verify(session).ok


@pytest.mark.parametrize("ledger_db", BACKENDS, indirect=True)
def test_a_pdf_held_by_a_partner_exposes_a_rewritten_chain(ledger_db, tmp_path):
    with ledger_db.session() as session:
        pdf = session.scalar(select(m.Statement.pdf).where(m.Statement.number == "2025-0003"))
        held = tmp_path / "etat-2025-0003.pdf"
        held.write_bytes(pdf)
        assert verify(session, against=(held,)).ok
    # 2025-0002 rewritten, every hash after it recomputed, and the record rewritten to match:
    # only the PDF the partner holds still says what was issued.
    path = chain_record.record_path(ledger_db.engine.url)
    saved = path.read_bytes()
    try:
        path.unlink()
        report = _tampered_report(ledger_db, Case("rechain", _rechain, "", unfreeze=False), against=(held,))
    finally:
        path.write_bytes(saved)
    assert any("2025-0003 du fichier etat-2025-0003.pdf" in p and "empreinte du document précédent" in p
               for p in report.problems), report.problems
