"""A restore never rewinds the ledger: it verifies the backup first, refuses a forged or older
one (unless forced), never lets an issued number be issued again, and recreates triggers."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from decimal import Decimal

import pytest

from mutualisation.cli import main
from mutualisation.domain.periods import parse_period
from mutualisation.services import backup
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.issuing import issue_statement
from mutualisation.services.payments import record_payment
from mutualisation.services.verification import verify
from mutualisation.storage import ledger
from mutualisation.storage.chain_record import sidecar

from .conftest import rows


def _issue(database, month: str) -> str:
    with database.session() as session:
        return issue_statement(
            session, find_convention(session, "ST2B"), find_party(session, "ST2B"), parse_period(month),
            dt.date(2025, 4, 10),
        ).number  # fmt: skip


def _numbers(path) -> list[str]:
    return [number for (number,) in rows(path, "SELECT number FROM statement ORDER BY id")]


def test_a_forged_backup_is_refused_and_nothing_changes(issued_db, db_path, tmp_path):
    _issue(issued_db, "2025-01")
    saved = backup.backup_now(issued_db, to=tmp_path / "copie.sqlite")
    with closing(sqlite3.connect(saved)) as connection:  # the forger edits the copy
        connection.execute("DROP TRIGGER statement_no_update")
        connection.execute("UPDATE statement SET total = total + 100000")
        connection.commit()
    before = db_path.read_bytes()
    with pytest.raises(backup.RestoreRefused, match="ne passe pas la vérification"):
        backup.restore(saved, issued_db)
    assert db_path.read_bytes() == before


def test_an_older_backup_is_refused_unless_forced_and_its_numbers_are_never_reissued(issued_db, db_path, tmp_path):
    _issue(issued_db, "2025-01")
    older = backup.backup_now(issued_db, to=tmp_path / "ancienne.sqlite")
    assert sidecar(older).exists()  # the record of chain heads goes with each backup
    _issue(issued_db, "2025-02")
    with issued_db.session() as session:
        record_payment(session, "2025-0002", dt.date(2025, 5, 2), Decimal("100.00"))
    with pytest.raises(backup.RestoreRefused, match=r"plus ancienne que le registre des empreintes : 1 état\(s\) "
                       r"émis depuis \(2025-0002\) et 1 paiement\(s\)"):
        backup.restore(older, issued_db)
    assert _numbers(db_path) == ["2025-0001", "2025-0002"]

    backup.restore(older, issued_db, force=True)
    assert _numbers(db_path) == ["2025-0001"]
    assert rows(db_path, "SELECT last_number FROM statement_sequence") == [(2,)]  # the counter did not go back
    with issued_db.session() as session:
        report = verify(session)
    assert report.ok, report.problems  # 2025-0002 is recorded as given up
    assert _issue(issued_db, "2025-02") == "2025-0003"  # never 2025-0002 again


def test_a_backup_without_triggers_is_restored_with_them(issued_db, db_path, tmp_path):
    _issue(issued_db, "2025-01")
    saved = backup.backup_now(issued_db, to=tmp_path / "copie.sqlite")
    with closing(sqlite3.connect(saved)) as connection:
        for name in ledger.SQLITE_TRIGGERS:
            connection.execute(f"DROP TRIGGER IF EXISTS {name}")
        connection.commit()
    backup.restore(saved, issued_db)
    names = {name for (name,) in rows(db_path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert set(ledger.SQLITE_TRIGGERS) <= names
    with issued_db.session() as session:
        assert verify(session).ok


def test_the_restore_command_says_why_and_takes_force(issued_db, db_path, tmp_path, capsys):
    _issue(issued_db, "2025-01")
    older = backup.backup_now(issued_db, to=tmp_path / "ancienne.sqlite")
    _issue(issued_db, "2025-02")
    issued_db.dispose()
    assert main(["--db", str(db_path), "restore", str(older)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["--db", str(db_path), "restore", "--force", str(older)]) == 0
    assert main(["--db", str(db_path), "verify"]) == 0
