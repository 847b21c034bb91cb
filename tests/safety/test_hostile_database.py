"""Broken databases: not a database, truncated, read-only, newer, full, locked.

Each gives a French message (a StorageError subclass) at open or at write, and leaves the
file as it was: ``PRAGMA integrity_check`` passes and the data is unchanged.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing, contextmanager
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from mutualisation.cli import main
from mutualisation.services.verification import verify
from mutualisation.storage import models as m
from mutualisation.storage.database import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DiskFullError,
    NotADatabaseError,
    SchemaTooNewError,
    StorageError,
    open_database,
)

from .conftest import integrity, rows

NOBODY = 65534


def _filled(path: Path, parties: int = 3) -> Path:
    """A real database with a few records, closed (its write-ahead log folded back)."""
    database = open_database(path)
    with database.session() as session, session.begin():
        for i in range(parties):
            session.add(m.Party(code=f"P{i}", name=f"Partie {i} — Société d'économie mixte"))
    database.dispose()
    return path


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _french(message: str) -> None:
    assert "Traceback" not in message
    for english in ("database is locked", "disk I/O", "readonly database", "malformed", "not a database"):
        assert english not in message, message


# -- not a database, truncated, damaged, newer ------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(random.Random(7).randbytes(20_000), id="random-bytes"),
        pytest.param("Nom;Montant\nEDF;1 140,00\n".encode() * 50, id="csv-text"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(2000), id="png"),
        pytest.param(b"PK\x03\x04" + bytes(5000), id="xlsx-zip"),
        pytest.param(b"SQLite format 2\x00" + bytes(5000), id="almost-sqlite"),
        pytest.param(b"\x00", id="one-byte"),
    ],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path, content):
    path = tmp_path / "compta.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError) as refused:
        open_database(path)
    message = str(refused.value)
    assert message.startswith("Impossible d'ouvrir la base de données") and str(path) in message
    assert "n'est pas une base de données" in message and "n'a pas été modifié" in message
    _french(message)
    assert path.read_bytes() == content
    assert _files(tmp_path) == ["compta.sqlite"]  # no -wal, -shm or journal left beside it


@pytest.mark.parametrize("fraction", [0.5, 0.25, 0.9])
def test_a_truncated_database_is_refused_untouched(tmp_path, fraction):
    whole = _filled(tmp_path / "entière.sqlite", parties=400)
    data = whole.read_bytes()
    path = tmp_path / "coupée.sqlite"
    path.write_bytes(data[: int(len(data) * fraction)])
    cut = path.read_bytes()
    with pytest.raises(DatabaseCorruptError) as refused:
        open_database(path)
    message = str(refused.value)
    assert "endommagée" in message and "Restaurez la dernière sauvegarde" in message
    _french(message)
    assert path.read_bytes() == cut


def test_a_page_overwritten_inside_the_file_is_found_by_verify_and_writes_are_refused(tmp_path):
    path = _filled(tmp_path / "abîmée.sqlite", parties=2000)
    data = bytearray(path.read_bytes())
    page = 4096
    with closing(sqlite3.connect(path)) as connection:  # a leaf page of the party table, in the middle
        leaves = [n for (n,) in connection.execute("SELECT pageno FROM dbstat WHERE name = 'party' AND pagetype = 'leaf'")]
    victim = leaves[len(leaves) // 2]
    data[(victim - 1) * page : victim * page] = random.Random(3).randbytes(page)
    path.write_bytes(bytes(data))
    try:
        database = open_database(path)
    except DatabaseCorruptError:
        return  # refused at open: as good
    try:
        with database.session() as session:
            report = verify(session)
        assert any("endommagé" in problem for problem in report.problems), report.problems
        with pytest.raises(DatabaseCorruptError, match="endommagée"):
            with database.session() as session, session.begin():
                for party in session.scalars(select(m.Party)):
                    party.name = "écrasé"
    finally:
        database.dispose()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = _filled(tmp_path / "future.sqlite")
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
        connection.commit()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="version plus récente") as refused:
        open_database(path)
    _french(str(refused.value))
    assert path.read_bytes() == before
    assert _files(tmp_path) == ["future.sqlite"]  # nor backed up: nothing was going to change


# -- read-only: file, folder, disk, and at write -----------------------------------------------------


def _as_nobody(function, *args) -> str:
    """Run ``function(*args)`` in a child process as an ordinary user (root ignores file modes)."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(reader)
        try:
            if os.geteuid() == 0:
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            result = function(*args)
        except BaseException as exc:  # reported to the parent
            result = f"{type(exc).__name__}: {exc}"
        os.write(writer, result.encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        output = pipe.read().decode()
    os.waitpid(pid, 0)
    return output


def _open_and_write(path: str) -> str:
    try:
        database = open_database(path)
    except StorageError as exc:
        return f"{type(exc).__name__}: {exc}"
    try:
        with database.session() as session, session.begin():
            session.add(m.Party(code="NEW", name="Nouvelle"))
        return "written"
    except StorageError as exc:
        return f"{type(exc).__name__}: {exc}"
    finally:
        database.dispose()


@pytest.fixture
def shared_folder():
    """A folder an ordinary user can reach (the test's own folder is root's alone)."""
    base = Path(tempfile.mkdtemp(prefix="mutualisation-ro-"))
    base.chmod(0o755)
    folder = base / "dossier"
    folder.mkdir()
    yield folder
    for path in (folder, *folder.iterdir()):
        path.chmod(0o700 if path.is_dir() else 0o600)
    shutil.rmtree(base)


@pytest.mark.parametrize(
    ("file_mode", "folder_mode", "expected"),
    [
        (0o444, 0o755, "le fichier est en lecture seule"),
        (0o644, 0o555, "n'est pas accessible en écriture"),
        (0o444, 0o555, "lecture seule"),
    ],
    ids=["file-0444", "folder-0555", "both"],
)
def test_a_read_only_database_or_folder_is_refused_untouched(shared_folder, file_mode, folder_mode, expected):
    path = _filled(shared_folder / "compta.sqlite")
    os.chown(shared_folder, NOBODY, NOBODY)
    os.chown(path, NOBODY, NOBODY)
    path.chmod(file_mode)
    shared_folder.chmod(folder_mode)
    before = path.read_bytes()

    outcome = _as_nobody(_open_and_write, str(path))

    assert outcome.startswith("DatabaseReadOnlyError: "), outcome
    assert expected in outcome
    _french(outcome)
    assert path.read_bytes() == before
    assert _files(shared_folder) == ["compta.sqlite"]  # not even a -wal or -shm


@contextmanager
def _tmpfs(folder: Path, size: str):
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
                          capture_output=True)  # fmt: skip
    assert done.returncode == 0, f"mounting a small disk needs root, as CI runs: {done.stderr.decode()}"
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_database_on_a_read_only_disk_is_refused_untouched(tmp_path):
    with _tmpfs(tmp_path / "clé", "4m") as disk:
        path = _filled(disk / "compta.sqlite")
        before = path.read_bytes()
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        with pytest.raises(DatabaseReadOnlyError, match="lecture seule") as refused:
            open_database(path)
        _french(str(refused.value))
        assert path.read_bytes() == before and _files(disk) == ["compta.sqlite"]


def test_a_database_turned_read_only_is_refused_at_write_and_unchanged(tmp_path):
    path = _filled(tmp_path / "compta.sqlite")
    database = open_database(path)
    try:
        database.engine.dispose()
        event.listen(database.engine, "connect", lambda dbapi, _r: dbapi.execute("PRAGMA query_only=ON"))
        with pytest.raises(DatabaseReadOnlyError, match="lecture seule") as refused:
            with database.session() as session, session.begin():
                session.add(m.Party(code="NEW", name="Nouvelle"))
        _french(str(refused.value))
    finally:
        database.dispose()
    assert integrity(path) == ["ok"]
    assert rows(path, "SELECT count(*) FROM party") == [(3,)]


# -- disk full -----------------------------------------------------------------------------------------


def _fill(database, size: int = 200_000, count: int = 200) -> None:
    """One transaction writing bills with big attachments (a ~40 MB import)."""
    with database.session() as session, session.begin():
        category = session.scalar(select(m.ExpenseCategory)) or m.ExpenseCategory(code="C", name="C")
        for i in range(count):
            session.add(m.Bill(
                date=dt.date(2025, 1, 1),
                supplier=f"Fournisseur {i}", label="Scan", amount=Decimal("1.00"), category=category,
                attachment=m.BillAttachment(filename=f"{i}.pdf", content=os.urandom(size)),
            ))  # fmt: skip


def _counts(path: Path) -> tuple:
    return tuple(rows(path, f"SELECT count(*) FROM {t}")[0][0] for t in ("party", "bill", "bill_attachment", "audit_log"))


def test_a_full_database_limit_rolls_the_write_back_with_a_message(tmp_path):
    path = _filled(tmp_path / "compta.sqlite")
    before = _counts(path)
    database = open_database(path)
    try:
        with database.engine.connect() as connection:
            pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        database.engine.dispose()
        # SQLite's own "disk full": no page beyond 40 more than now (160 KiB).
        event.listen(database.engine, "connect", lambda dbapi, _r: dbapi.execute(f"PRAGMA max_page_count={pages + 40}"))
        with pytest.raises(DiskFullError, match="plein") as refused:
            _fill(database)
        assert "annulée" in str(refused.value) and "intactes" in str(refused.value)
        _french(str(refused.value))
        with database.session() as session, session.begin():  # a small write still fits
            session.add(m.Party(code="OK", name="Après"))
    finally:
        database.dispose()
    assert integrity(path) == ["ok"]
    assert _counts(path)[:3] == (before[0] + 1, 0, 0)


def test_a_full_disk_rolls_the_write_back_and_a_backup_fails_cleanly(tmp_path):
    from mutualisation.services import backup

    with _tmpfs(tmp_path / "petit-disque", "3m") as disk:
        path = _filled(disk / "compta.sqlite")
        before = _counts(path)
        database = open_database(path)
        try:
            with pytest.raises(DiskFullError, match="plein"):
                _fill(database, size=100_000, count=60)  # 6 MB on a 3 MB disk
            filler = disk / "remplissage"
            with filler.open("wb") as out:  # leave too little room for a copy of the database
                try:
                    while True:
                        out.write(b"\0" * 65536)
                        out.flush()
                except OSError:
                    pass
            with pytest.raises(backup.BackupError, match="disque plein|No space"):
                backup.backup_now(database)
            folder = disk / "sauvegardes"
            assert (list(folder.iterdir()) if folder.exists() else []) == []  # no partial copy left
            filler.unlink()
            with database.session() as session, session.begin():
                session.add(m.Party(code="OK", name="Après"))
        finally:
            database.dispose()
        assert integrity(path) == ["ok"]
        assert _counts(path)[:3] == (before[0] + 1, 0, 0)


def test_a_copy_cut_short_by_a_file_size_limit_leaves_neither_copy_nor_journal(tmp_path):
    """A copy that fails half-way (here the process may not write files past 1 MB) is
    refused with a message, and nothing of it stays: neither the partial file nor the journal
    SQLite kept beside it."""
    source = tmp_path / "compta.sqlite"
    with closing(sqlite3.connect(source)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")  # as the app keeps its databases
        connection.execute("CREATE TABLE piece (content BLOB)")
        connection.executemany("INSERT INTO piece VALUES (?)", [(os.urandom(50_000),) for _ in range(80)])
        connection.commit()
    folder = tmp_path / "sauvegardes"
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from mutualisation.storage.database import BackupError, copy_sqlite\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))\n"
        "try:\n"
        "    copy_sqlite(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "except BackupError as refusal:\n"
        "    print(refusal)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(source), str(folder / "copie.sqlite")],
                          capture_output=True, text=True, check=True)  # fmt: skip
    assert "Impossible de copier la base de données" in done.stdout
    assert sorted(entry.name for entry in folder.iterdir()) == []


# -- locked ------------------------------------------------------------------------------------------


def test_a_write_waiting_on_another_programs_lock_gives_up_with_a_message(tmp_path):
    path = _filled(tmp_path / "compta.sqlite")
    database = open_database(path, busy_timeout=0.2)
    try:
        with closing(sqlite3.connect(path, isolation_level=None)) as other:
            other.execute("BEGIN EXCLUSIVE")  # another program in the middle of a long write
            other.execute("INSERT INTO expense_category (code, name) VALUES ('X', 'pas encore validé')")
            with database.session() as session:  # reading still works (write-ahead log)
                assert session.scalar(select(func.count()).select_from(m.Party)) == 3
            started = time.monotonic()
            with pytest.raises(DatabaseLockedError, match="occupée par un autre programme") as refused:
                with database.session() as session, session.begin():
                    session.add(m.Party(code="NEW", name="Nouvelle"))
            assert time.monotonic() - started < 5
            assert "0.2 s" in str(refused.value)
            _french(str(refused.value))
            other.execute("ROLLBACK")
        with database.session() as session, session.begin():  # the lock gone, the write goes through
            session.add(m.Party(code="NEW", name="Nouvelle"))
    finally:
        database.dispose()
    assert integrity(path) == ["ok"]
    assert rows(path, "SELECT count(*) FROM party") == [(4,)]
    assert rows(path, "SELECT count(*) FROM expense_category") == [(0,)]


def test_a_database_locked_by_another_program_is_refused_at_open(tmp_path):
    path = _filled(tmp_path / "compta.sqlite")
    with closing(sqlite3.connect(path)) as connection:  # a rollback-journal file, as other tools write
        connection.execute("PRAGMA journal_mode=DELETE")
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError) as refused:
            open_database(path, busy_timeout=0.2)
        _french(str(refused.value))
        other.execute("ROLLBACK")
    assert integrity(path) == ["ok"]
    assert rows(path, "SELECT count(*) FROM party") == [(3,)]


# -- what the command line says ------------------------------------------------------------------------


def test_the_command_line_reports_a_broken_database_in_one_french_line(tmp_path, capsys):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"pas une base " * 100)
    assert main(["--db", str(bogus), "verify"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Erreur : Impossible d'ouvrir la base de données") and err.count("\n") == 1
    assert sys.exc_info() == (None, None, None)
