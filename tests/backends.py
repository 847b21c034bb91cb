"""Fixtures that run a test on both backends: a fresh SQLite file and a fresh PostgreSQL database.

Imported by ``tests/storage/conftest.py`` and ``tests/services/conftest.py`` (pytest only
accepts ``pytest_plugins`` in the top-level conftest, so the fixtures are imported there).
A test asks for ``database_url`` (or ``new_database_url`` for several databases, or the
module-scoped ``module_database_url`` for one database filled once per module) and runs
twice, ``[sqlite]`` and ``[postgresql]``. The PostgreSQL server comes from
``tests/pg_server.py``: ``MUTUALISATION_TEST_PG_URL``, or a throwaway local server; without
PostgreSQL installed the PostgreSQL cases fail with a message saying how to install it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import make_url

from mutualisation.storage.database import database_url as resolve_url

from . import pg_server

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
]


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """``"sqlite"`` or ``"postgresql"``: the test runs once with each."""
    return request.param


@pytest.fixture
def new_database_url(backend: str, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """A factory of fresh, empty databases of the test's backend: each call gives a new one."""
    counter = itertools.count(1)
    with ExitStack() as cleanup:

        def make() -> str:
            if backend == "sqlite":
                return resolve_url(tmp_path / f"base-{next(counter)}.sqlite")
            try:
                pg_server.server_url()
            except pg_server.PostgresNotInstalled as exc:
                pytest.fail(str(exc), pytrace=False)
            return cleanup.enter_context(pg_server.fresh_database())

        yield make


@pytest.fixture
def database_url(new_database_url: Callable[[], str]) -> str:
    """The URL of a fresh, empty database (not migrated yet) on the test's backend."""
    return new_database_url()


@pytest.fixture(scope="module", params=BACKENDS)
def module_database_url(request, tmp_path_factory) -> Iterator[str]:
    """The same, shared by the tests of a module (filled once, read by each test)."""
    if request.param == "sqlite":
        yield resolve_url(tmp_path_factory.mktemp("base") / "base.sqlite")
        return
    try:
        pg_server.server_url()
    except pg_server.PostgresNotInstalled as exc:
        pytest.fail(str(exc), pytrace=False)
    with pg_server.fresh_database() as url:
        yield url


def backend_of(url_or_engine: str | Engine) -> str:
    if isinstance(url_or_engine, Engine):
        return url_or_engine.dialect.name
    return make_url(url_or_engine).get_backend_name()


def sync_sequences(engine: Engine) -> None:
    """After rows were inserted with explicit ids, move PostgreSQL's id sequences past them.

    SQLite picks the next rowid from the table; PostgreSQL's ``serial`` sequences do not see
    explicit ids, and the next automatic id would collide.
    """
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as connection:
        inspector = inspect(connection)
        for table in inspector.get_table_names():
            if "id" not in {column["name"] for column in inspector.get_columns(table)}:
                continue
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table}
            ).scalar()
            if sequence:
                connection.execute(
                    text(f'SELECT setval(:sequence, COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'),
                    {"sequence": sequence},
                )
