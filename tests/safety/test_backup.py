"""Backups: consistent while another process writes, taken before migrations, issues and on
closing, rotated, and refused plainly for a server database."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from mutualisation.domain.periods import Period
from mutualisation.services import backup
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.issuing import issue_statement
from mutualisation.storage import models as m
from mutualisation.storage.database import (
    BackupError,
    alembic_config,
    current_revision,
    open_database,
)

from .conftest import integrity, mode, rows

BATCH = 50  # rows per transaction of the writer


def _writer(path: str, batches: int, started) -> None:
    """Another program writing: transactions of BATCH rows, each batch all or nothing."""
    with closing(sqlite3.connect(path, timeout=30, isolation_level=None)) as connection:
        connection.execute("PRAGMA busy_timeout=30000")
        for batch in range(batches):
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany(
                "INSERT INTO expense_category (code, name) VALUES (?, ?)",
                [(f"b{batch}-{i}", f"lot {batch}") for i in range(BATCH)],
            )
            connection.execute("COMMIT")
            if batch == 5:
                started.set()


def test_a_backup_taken_while_another_process_writes_holds_a_committed_state(db, db_path, tmp_path):
    context = multiprocessing.get_context("spawn")
    # daemon: a child still stuck when the test ends dies with the test process, never joined at its exit.
    started = context.Event()
    writer = context.Process(target=_writer, args=(str(db_path), 3000, started), daemon=True)
    writer.start()
    try:
        assert started.wait(60), "the writer did not start"
        copies = []
        while writer.is_alive() and len(copies) < 40:
            copies.append(backup.backup_now(db, to=tmp_path / f"copie-{len(copies)}.sqlite"))
    finally:
        writer.join(120)
    assert writer.exitcode == 0
    assert len(copies) >= 5, "the writer finished before enough copies were taken"
    counts = []
    for copy in copies:
        assert integrity(copy) == ["ok"]
        per_batch = rows(copy, "SELECT name, count(*) FROM expense_category GROUP BY name")
        assert per_batch, copy
        assert {count for _, count in per_batch} == {BATCH}, f"{copy.name}: a transaction copied in part"
        counts.append(sum(count for _, count in per_batch))
        assert rows(copy, "PRAGMA journal_mode") == [("delete",)]  # one self-contained file
        assert not Path(f"{copy}-wal").exists()
    assert len(set(counts)) > 1, "every copy holds the same state: the copies did not overlap the writes"
    assert counts == sorted(counts)
    print(f"\n{len(copies)} copies taken during 3000 writes, row counts {counts[0]}…{counts[-1]}")


def test_backup_now_writes_a_private_named_copy_in_the_backup_folder(db, db_path):
    with db.session() as session, session.begin():
        session.add(m.Party(code="CCAS", name="CCAS de Briey"))
    path = backup.backup_now(db)
    assert path.parent == db_path.parent / "sauvegardes"
    assert path.name.startswith("compta-") and path.name.endswith("-manuelle.sqlite")
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert integrity(path) == ["ok"]
    assert rows(path, "SELECT code FROM party") == [("CCAS",)]
    [listed] = backup.list_backups(db)
    assert (listed.path, listed.reason_label) == (path, "Sauvegarde manuelle")
    assert not list(path.parent.glob(".*partiel"))


def test_a_backup_before_each_migration_of_an_existing_database(db_path):
    database = open_database(db_path)
    with database.session() as session, session.begin():
        session.add(m.Party(code="CCAS", name="CCAS"))
    command.downgrade(alembic_config(database.engine), "0001")  # as written by an older version
    database.dispose()
    assert not (db_path.parent / "sauvegardes").exists()

    reopened = open_database(db_path)  # migrates to the head, after a copy
    try:
        head = current_revision(reopened.engine)
    finally:
        reopened.dispose()
    [copy] = (db_path.parent / "sauvegardes").iterdir()
    assert copy.name.endswith("-migration-0001.sqlite")
    assert rows(copy, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert rows(copy, "SELECT code FROM party") == [("CCAS",)]
    assert integrity(copy) == ["ok"] and mode(copy) == 0o600
    assert head != "0001"
    open_database(db_path).dispose()  # up to date: no new copy
    assert len(list((db_path.parent / "sauvegardes").iterdir())) == 1


def test_a_new_database_is_not_backed_up(db_path):
    open_database(db_path).dispose()
    assert not (db_path.parent / "sauvegardes").exists()


def test_a_migration_is_refused_when_its_backup_cannot_be_made(db_path):
    database = open_database(db_path)
    command.downgrade(alembic_config(database.engine), "0001")
    database.dispose()
    (db_path.parent / "sauvegardes").write_text("un fichier à la place du dossier")
    with pytest.raises(BackupError, match="n'a pas été mise à jour"):
        open_database(db_path)
    assert rows(db_path, "SELECT version_num FROM alembic_version") == [("0001",)]


def _issue(database, period=Period.quarter(2025, 1)):
    with database.session() as session:
        convention = find_convention(session, "ST2B")
        return issue_statement(session, convention, find_party(session, "ST2B"), period, dt.date(2025, 4, 10))


def test_a_backup_before_each_issue_holds_the_state_just_before(issued_db, db_path):
    _issue(issued_db)
    [copy] = backup.list_backups(issued_db)
    assert copy.reason == "emission" and copy.reason_label == "Avant l'émission d'un état"
    assert rows(copy.path, "SELECT count(*) FROM statement") == [(0,)]
    assert rows(db_path, "SELECT number FROM statement") == [("2025-0001",)]


def test_issuing_is_refused_when_its_backup_cannot_be_made(issued_db, db_path):
    (db_path.parent / "sauvegardes").write_text("un fichier à la place du dossier")
    with pytest.raises(BackupError, match="Impossible de copier"):
        _issue(issued_db)
    with issued_db.session() as session:
        assert session.scalar(select(m.Statement)) is None
        assert session.scalar(select(m.StatementSequence.last_number)) in (None, 0)


def test_server_and_in_memory_databases_are_not_backed_up_and_say_why():
    url = "postgresql+psycopg://compta:s3cret@db.example.org/mutualisation"
    assert backup.backup_before("issue", url) is None
    assert backup.backup_before("close", "sqlite://") is None
    with pytest.raises(backup.NotSQLiteError) as refused:
        backup.backup_now(url)
    assert "pg_dump" in str(refused.value) and "s3cret" not in str(refused.value)
    with pytest.raises(backup.NotSQLiteError):
        backup.restore("x.sqlite", url)


def test_closing_backs_up_only_when_something_changed(db):
    first = backup.backup_before("close", db)
    assert first.name.endswith("-fermeture.sqlite")
    time.sleep(1.1)  # another second, another name
    assert backup.backup_before("close", db) == first  # identical: not kept
    assert len(backup.list_backups(db)) == 1
    with db.session() as session, session.begin():
        session.add(m.Party(code="NEW", name="Nouvelle partie"))
    second = backup.backup_before("close", db)
    assert second != first and len(backup.list_backups(db)) == 2


# -- rotation ---------------------------------------------------------------------------------------


def _fake_backups(folder: Path, stem: str, first: dt.date, last: dt.date) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made, day = [], first
    while day <= last:
        path = folder / f"{stem}-{day:%Y%m%d}-120000-emission.sqlite"
        path.write_bytes(b"")
        made.append(path)
        day += dt.timedelta(days=1)
    return made


def test_rotation_keeps_the_last_ten_and_the_last_of_each_month_for_a_year(tmp_path):
    folder = tmp_path / "sauvegardes"
    _fake_backups(folder, "compta", dt.date(2024, 10, 1), dt.date(2026, 11, 26))
    other = folder / "autre-20200101-120000-emission.sqlite"
    other.write_bytes(b"")
    stray = folder / "notes.txt"
    stray.write_text("à garder")
    removed = backup.rotate(folder, "compta", backup.BackupSettings(), now=dt.datetime(2026, 11, 26, 18, 0))
    kept = sorted(p.name[7:15] for p in folder.glob("compta-*"))
    last_ten = [f"202611{d:02d}" for d in range(17, 27)]
    month_ends = ["20251231", "20260131", "20260228", "20260331", "20260430", "20260531",
                  "20260630", "20260731", "20260831", "20260930", "20261031"]  # fmt: skip
    assert kept == sorted(month_ends + last_ten)
    assert len(removed) == 787 - 21
    assert other.exists() and stray.exists()  # another database's backups, and other files: left alone


def test_rotation_settings_come_from_the_json_file(db, user_data):
    user_data.mkdir(parents=True)
    (user_data / "sauvegardes.json").write_text(json.dumps({"keep_last": 2, "keep_months": 0}))
    assert backup.load_settings() == backup.BackupSettings(keep_last=2, keep_months=0)
    made = [backup.backup_now(db) for _ in range(4)]
    assert [b.path for b in backup.list_backups(db)] == [made[3], made[2]]


@pytest.mark.parametrize(
    "content",
    ["{pas du json", "[1, 2]", '{"keep_last": "dix"}', '{"keep_last": -3, "keep_months": true}', "", '"texte"'],
)
def test_an_odd_settings_file_gives_the_defaults(user_data, content):
    user_data.mkdir(parents=True)
    (user_data / "sauvegardes.json").write_text(content)
    assert backup.load_settings() == backup.BackupSettings()


def test_settings_round_trip_and_a_configured_folder(db, db_path, tmp_path, user_data):
    elsewhere = tmp_path / "clé USB"
    backup.save_settings(backup.BackupSettings(keep_last=5, keep_months=6, folder=elsewhere))
    assert backup.load_settings() == backup.BackupSettings(5, 6, elsewhere)
    path = backup.backup_now(db)
    assert path.parent == elsewhere
    assert [b.path for b in backup.list_backups(db)] == [path]
