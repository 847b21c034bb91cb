"""``verify``, the health check: each check fails on its own kind of tampering.

The database refuses changes to issued statements (triggers); a tamperer drops the
trigger first, as below, then edits the rows with plain SQL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from mutualisation.cli import main
from mutualisation.domain.periods import parse_period
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.issuing import issue_statement
from mutualisation.services.verification import verify
from mutualisation.storage import ledger
from mutualisation.storage.chain_record import sidecar
from mutualisation.storage.database import open_database

TRIGGERS = tuple(ledger.SQLITE_TRIGGERS)
ADVICE = (
    " Comparez les états avec les PDF envoyés aux partenaires (« mutualisation verify --against FICHIER.pdf ») "
    "et restaurez la dernière sauvegarde vérifiée."
)


@pytest.fixture(scope="module")
def three_issued(tmp_path_factory) -> Path:
    """A database with 2025-0001, -0002 and -0003 issued (January to March), made once."""
    from tests.services.worked_example_db import record_worked_example

    path = tmp_path_factory.mktemp("modèle") / "modèle.sqlite"
    database = open_database(path)
    with database.session() as session, session.begin():
        record_worked_example(session)
    for month in ("2025-01", "2025-02", "2025-03"):
        with database.session() as session:
            convention = find_convention(session, "ST2B")
            issue_statement(session, convention, find_party(session, "ST2B"), parse_period(month), dt.date(2025, 4, 10))
    database.dispose()
    return path


@pytest.fixture
def path(three_issued, tmp_path) -> Path:
    copy = tmp_path / "compta.sqlite"
    shutil.copyfile(three_issued, copy)
    shutil.copyfile(sidecar(three_issued), sidecar(copy))  # the record of chain heads goes with it
    return copy


def _tamper(path: Path, *sql: str) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        for trigger in TRIGGERS:
            connection.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for statement in sql:
            connection.execute(statement)


def _problems(path: Path) -> list[str]:
    database = open_database(path)
    try:
        with database.session() as session:
            report = verify(session)
    finally:
        database.dispose()
    assert report.checked >= 1 or not report.ok
    # Dropping the triggers is the forger's first step, reported on its own (test_ledger.py).
    return [p for p in report.problems if not p.startswith("Le déclencheur")]


def test_an_untouched_database_passes(path):
    assert _problems(path) == []


def test_a_damaged_file_fails_the_integrity_check(path):
    with closing(sqlite3.connect(path)) as connection:
        [(page,)] = connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'ix_audit_log_at' AND pagetype = 'leaf' LIMIT 1"
        ).fetchall()
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(page - 1) * size + 8 : page * size] = bytes(size - 8)  # an index page's cells wiped
    path.write_bytes(bytes(data))
    problems = _problems(path)
    assert any(p.startswith(("Fichier de base de données endommagé", "La base n'a pas pu être relue")) for p in problems)


def test_a_broken_reference_fails_the_foreign_key_check(path):
    _tamper(path, "UPDATE statement_line SET statement_id = 99 WHERE id = 1")
    assert "Référence cassée : statement_line n° 1 pointe vers un statement absent." in _problems(path)


def test_a_missing_number_breaks_the_sequence(path):
    _tamper(path, "DELETE FROM statement_line WHERE statement_id = 2", "DELETE FROM statement WHERE id = 2")
    problems = _problems(path)
    assert "Numéros manquants en 2025 : 2025-0002." in problems
    assert "L'état n° 2025-0003 n'est pas chaîné à l'état qui le précède : un état a été supprimé, inséré ou " \
           "modifié avant lui." in problems  # fmt: skip


def test_a_counter_moved_by_hand_is_found(path):
    _tamper(path, "UPDATE statement_sequence SET last_number = 5")
    assert any(p.startswith("Le compteur 2025 est à 5") for p in _problems(path))


def test_a_statement_unhooked_from_the_chain_is_found(path):
    _tamper(path, "UPDATE statement SET previous_hash = 'x' WHERE id = 2")
    problems = _problems(path)
    assert any("2025-0002 n'est pas chaîné" in p for p in problems)
    assert any("2025-0002 a été modifié après son émission" in p for p in problems)


def test_an_edited_document_is_found(path):
    _tamper(path, "UPDATE statement SET document_json = replace(document_json, 'ST2b', 'ST2B') WHERE id = 1")
    assert SEALED_CHANGE.format("2025-0001") in _problems(path)


SEALED_CHANGE = (
    "L'état n° {} a été modifié après son émission : une de ses colonnes ou de ses lignes diffère de ce qui "
    "a été scellé (montants, dates, période, bénéficiaire, explications…)."
)


def test_a_total_changed_outside_the_document_is_found(path):
    _tamper(path, "UPDATE statement SET total = total + 100 WHERE id = 1")
    problems = _problems(path)
    assert SEALED_CHANGE.format("2025-0001") in problems
    assert any(p.startswith("L'état n° 2025-0001 : son PDF n'imprime pas le total enregistré") for p in problems)


def test_an_edited_line_is_found(path):
    _tamper(path, "UPDATE statement_line SET label = 'Autre chose' WHERE statement_id = 3 AND position = 1")
    assert _problems(path) == [SEALED_CHANGE.format("2025-0003")]


def test_a_replaced_pdf_no_longer_matches_its_hash(path):
    _tamper(path, "UPDATE statement SET pdf = CAST('%PDF-1.4 faux' AS BLOB) WHERE id = 3")
    assert _problems(path) == [
        "L'état n° 2025-0003 a été modifié après son émission (contenu ou PDF différent de l'empreinte).",
        "L'état n° 2025-0003 : son PDF enregistré est illisible." + ADVICE,
    ]


def test_a_removed_pdf_is_named(path):
    _tamper(path, "UPDATE statement SET pdf = NULL WHERE id = 2")
    problems = _problems(path)
    assert "L'état n° 2025-0002 n'a plus de PDF : le document émis a été effacé." in problems


def test_the_last_statement_removed_with_its_counter_is_found_through_the_audit_log(path):
    _tamper(
        path,
        "DELETE FROM statement_line WHERE statement_id = 3",
        "DELETE FROM statement WHERE id = 3",
        "UPDATE statement_sequence SET last_number = 2",
    )
    problems = [p for p in _problems(path) if "2025-0003" in p]
    assert problems[0] == "L'état n° 2025-0003, émis le " + _issued_at(path, 3) + " d'après le journal, a disparu de la base."
    assert problems[1].startswith("L'état n° 2025-0003, émis le ")
    assert problems[1].endswith(f"d'après le registre des empreintes ({sidecar(path)}), a disparu de la base." + ADVICE)
    assert len(problems) == 2


def test_a_last_statement_rewritten_with_a_recomputed_hash_is_found_through_the_audit_log(path):
    with closing(sqlite3.connect(path)) as connection:
        seal, pdf = connection.execute("SELECT seal, pdf FROM statement WHERE id = 3").fetchone()
    forged_pdf = pdf + b"\n% ajout"
    forged = ledger.sealed_hash(seal, forged_pdf)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("DROP TRIGGER statement_no_update")
        connection.execute("UPDATE statement SET pdf = ?, content_hash = ? WHERE id = 3", (forged_pdf, forged))
        connection.commit()
    assert hashlib.sha256(forged_pdf).hexdigest() != hashlib.sha256(pdf).hexdigest()
    problems = _problems(path)
    assert problems[0] == (
        "L'état n° 2025-0003 n'a plus l'empreinte notée au journal à son émission : il a été réécrit hors de "
        "l'application."
    )
    assert problems[1].startswith(
        f"L'état n° 2025-0003 n'a plus l'empreinte inscrite dans le registre des empreintes ({sidecar(path)}) "
        "lors de son émission (le "
    )
    assert len(problems) == 2


def _issued_at(path: Path, record_id: int) -> str:
    with closing(sqlite3.connect(path)) as connection:
        [(at,)] = connection.execute(
            "SELECT at FROM audit_log WHERE table_name = 'statement' AND record_id = ?", (record_id,)
        ).fetchall()
    return dt.datetime.fromisoformat(at).strftime("%d/%m/%Y à %H:%M")


def test_the_verify_command_says_ok_or_lists_the_problems(path, capsys):
    assert main(["--db", str(path), "verify"]) == 0
    assert "Vérification réussie" in capsys.readouterr().out
    _tamper(path, "UPDATE statement SET pdf = NULL WHERE id = 2")
    assert main(["--db", str(path), "verify"]) == 1
    out = capsys.readouterr().out
    assert "anomalie(s)" in out and "n'a plus de PDF" in out
