"""Restoring: the file is checked first, the current database is kept, the swap is whole."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from mutualisation.cli import main
from mutualisation.services import backup
from mutualisation.storage import models as m
from mutualisation.storage.database import (
    DatabaseLockedError,
    alembic_config,
    current_revision,
    open_database,
)

from .conftest import integrity, mode, rows


def _parties(database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(m.Party.code).order_by(m.Party.code)))


def _add_party(database, code: str) -> None:
    with database.session() as session, session.begin():
        session.add(m.Party(code=code, name=f"Partie {code}"))


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(db, db_path):
    _add_party(db, "AVANT")
    saved = backup.backup_now(db)
    _add_party(db, "APRES")
    assert _parties(db) == ["APRES", "AVANT"]

    result = backup.restore(saved, db)

    assert _parties(db) == ["AVANT"]  # the same Database object reads the restored file
    assert result.previous_backup is not None and result.previous_backup.name.endswith("-restauration.sqlite")
    assert rows(result.previous_backup, "SELECT code FROM party ORDER BY code") == [("APRES",), ("AVANT",)]
    assert integrity(db_path) == ["ok"]
    assert mode(db_path) == 0o600
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    with db.session() as session:
        [entry] = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "restore"))
        assert json.loads(entry.after_json)["fichier"] == str(saved.resolve())
    _add_party(db, "ENSUITE")  # the restored database is writable as usual
    assert _parties(db) == ["AVANT", "ENSUITE"]


def test_a_backup_of_an_older_schema_is_restored_then_migrated(db, db_path, tmp_path):
    old = tmp_path / "ancienne.sqlite"
    older = open_database(old)
    _add_party(older, "VIEUX")
    command.downgrade(alembic_config(older.engine), "0001")
    older.dispose()

    result = backup.restore(old, db)

    assert result.revision == "0001"
    assert current_revision(db.engine) != "0001"
    assert _parties(db) == ["VIEUX"]
    assert any(b.reason.startswith("migration-0001") for b in backup.list_backups(db))


def _garbage(path: Path) -> Path:
    path.write_bytes(b"Ceci est un tableur, pas une base. " * 200)
    return path


def _truncated(path: Path, source: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _foreign_sqlite(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE recettes (nom TEXT)")
        connection.commit()
    return path


def _newer(path: Path, source: Path) -> Path:
    path.write_bytes(source.read_bytes())
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.commit()
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("missing", "n'existe pas"),
        ("garbage", "n'est pas une base de données SQLite"),
        ("truncated", "endommagé"),
        ("foreign", "n'est pas une sauvegarde de Mutualisation"),
        ("newer", "version plus récente"),
        ("itself", "la base de données elle-même"),
    ],
)
def test_a_file_that_is_not_a_usable_backup_is_refused_and_nothing_changes(db, db_path, tmp_path, kind, message):
    _add_party(db, "GARDE")
    good = backup.backup_now(db, to=tmp_path / "bonne.sqlite")
    candidate = {
        "missing": lambda: tmp_path / "absente.sqlite",
        "garbage": lambda: _garbage(tmp_path / "tableur.sqlite"),
        "truncated": lambda: _truncated(tmp_path / "coupée.sqlite", good),
        "foreign": lambda: _foreign_sqlite(tmp_path / "recettes.sqlite"),
        "newer": lambda: _newer(tmp_path / "future.sqlite", good),
        "itself": lambda: db_path,
    }[kind]()
    before = candidate.read_bytes() if candidate.exists() else None

    with pytest.raises(backup.RestoreRefused, match=message) as refused:
        backup.restore(candidate, db)

    assert "rien n'a été restauré" in str(refused.value).lower()
    assert _parties(db) == ["GARDE"]
    assert integrity(db_path) == ["ok"]
    assert backup.list_backups(db) == []  # refused before anything was copied or replaced
    assert (candidate.read_bytes() if candidate.exists() else None) == before  # only read
    assert not list(db_path.parent.glob(".*restauration*"))


def test_restore_is_refused_while_another_program_has_the_database_open(db, db_path, tmp_path):
    _add_party(db, "GARDE")
    saved = backup.backup_now(db, to=tmp_path / "copie.sqlite")
    _add_party(db, "NOUVEAU")
    with closing(sqlite3.connect(db_path)) as other:  # another app instance, idle but open
        other.execute("SELECT count(*) FROM party").fetchall()
        with pytest.raises(DatabaseLockedError, match="ouverte par un autre programme"):
            backup.restore(saved, db)
    assert _parties(db) == ["GARDE", "NOUVEAU"]
    assert integrity(db_path) == ["ok"]


def test_a_damaged_database_is_replaced_and_kept_byte_for_byte(db, db_path, tmp_path):
    _add_party(db, "BONNE")
    saved = backup.backup_now(db, to=tmp_path / "copie.sqlite")
    db.dispose()
    _truncated(db_path, saved)
    damaged = db_path.read_bytes()

    result = backup.restore(saved, db_path)  # the command line gives a path when it cannot open the base

    assert result.previous_backup.read_bytes() == damaged
    assert "restauration-brute" in result.previous_backup.name
    reopened = open_database(db_path)
    try:
        assert _parties(reopened) == ["BONNE"]
    finally:
        reopened.dispose()


def test_the_backup_and_restore_commands(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "demo"]) == 0
    assert main(["backup", "--db", str(db_path)]) == 0
    assert "Sauvegarde enregistrée" in capsys.readouterr().out
    copy = tmp_path / "copie.sqlite"
    assert main(["--db", str(db_path), "backup", "--to", str(copy)]) == 0
    assert integrity(copy) == ["ok"] and mode(copy) == 0o600
    assert main(["--db", str(db_path), "backup", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "Sauvegarde manuelle" in listing and "compta-" in listing

    assert main(["--db", str(db_path), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Base restaurée depuis" in out and "-restauration.sqlite" in out

    bogus = _garbage(tmp_path / "faux.sqlite")
    assert main(["--db", str(db_path), "restore", str(bogus)]) == 2
    assert "n'est pas une base de données SQLite" in capsys.readouterr().err


def test_the_restore_command_replaces_a_database_that_no_longer_opens(db, db_path, tmp_path, capsys):
    _add_party(db, "BONNE")
    saved = backup.backup_now(db, to=tmp_path / "copie.sqlite")
    db.dispose()
    _truncated(db_path, saved)
    assert main(["--db", str(db_path), "statements"]) == 2  # the damaged base is refused…
    capsys.readouterr()

    assert main(["--db", str(db_path), "restore", str(saved)]) == 0  # …and restore still replaces it
    assert "Base restaurée depuis" in capsys.readouterr().out
    reopened = open_database(db_path)
    try:
        assert _parties(reopened) == ["BONNE"]
    finally:
        reopened.dispose()
