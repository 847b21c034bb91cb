"""Only the owner reads the data: the database, its -wal and -shm, and every copy of it."""

from __future__ import annotations

import os
import stat

import pytest

from mutualisation.services import backup
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

from .conftest import mode


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request):
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def test_a_new_database_and_its_journal_files_are_the_owners_only(tmp_path, umask):
    path = tmp_path / "compta.sqlite"
    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            session.add(m.Party(code="CCAS", name="CCAS"))
        with database.engine.connect():  # open: the write-ahead log files exist
            for name in ("compta.sqlite", "compta.sqlite-wal", "compta.sqlite-shm"):
                file = tmp_path / name
                assert file.exists(), name
                assert mode(file) == 0o600, f"{name}: {stat.filemode(os.stat(file).st_mode)}"
                assert os.stat(file).st_uid == os.getuid()
    finally:
        database.dispose()
    assert mode(path) == 0o600


def test_backups_and_a_restored_database_are_the_owners_only(tmp_path, umask):
    path = tmp_path / "compta.sqlite"
    database = open_database(path)
    try:
        copy = backup.backup_now(database)
        assert mode(copy) == 0o600 and mode(copy.parent) == 0o700
        elsewhere = backup.backup_now(database, to=tmp_path / "copie.sqlite")
        assert mode(elsewhere) == 0o600
        result = backup.restore(elsewhere, database)
        assert mode(path) == 0o600 and mode(result.previous_backup) == 0o600
    finally:
        database.dispose()


def test_an_existing_database_open_to_others_is_tightened_and_told(tmp_path):
    """Issue 13: the data are the owner's only, even in a file another version left 0660; the
    change is told once (a shared database belongs on a PostgreSQL server)."""
    path = tmp_path / "partagée.sqlite"
    open_database(path).dispose()
    path.chmod(0o660)
    database = open_database(path)
    database.dispose()
    assert mode(path) == 0o600
    assert database.notices and "réservés à son propriétaire (600)" in database.notices[0]
    again = open_database(path)
    again.dispose()
    assert again.notices == ()
