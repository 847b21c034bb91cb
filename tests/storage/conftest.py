"""Fixtures for the storage tests: a fresh SQLite file per test, opened the way the app opens it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# The package is not installed in the venv; make the source tree importable whatever the rootdir.
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from mutualisation.storage.database import Database, open_database  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes tens of seconds (builds a wheel); runs by default")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "x.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def session(db: Database):
    with db.session() as session:
        yield session


# The both-backends fixtures of tests/backends.py (``database_url`` and its kin). pytest
# refuses ``pytest_plugins`` outside the top-level conftest, so they are imported instead.
from tests.backends import backend, database_url, module_database_url, new_database_url  # noqa: E402, F401
