"""Fixtures of the data-safety tests: the user's folders kept in the test's own folder."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

import platformdirs
import pytest

from mutualisation.storage.database import Database, open_database


@pytest.fixture(autouse=True)
def user_data(tmp_path: Path, monkeypatch) -> Path:
    """platformdirs points into the test's folder: no test reads or writes the real home
    (``sauvegardes.json`` lives there)."""
    folder = tmp_path / "données utilisateur"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *args, **kwargs: str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "compta.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def issued_db(db: Database) -> Database:
    """The worked example of DESIGN §4, recorded (nothing issued yet)."""
    from tests.services.worked_example_db import record_worked_example

    with db.session() as session, session.begin():
        record_worked_example(session)
    return db


def integrity(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True)) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]


def rows(path: Path, sql: str, params=()) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True)) as connection:
        return connection.execute(sql, params).fetchall()


def mode(path: Path) -> int:
    return os.stat(path).st_mode & 0o777
