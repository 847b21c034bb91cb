"""Alembic: an empty database is migrated to exactly the models; a newer one is left alone.

The schema tests run on a SQLite file and on a PostgreSQL database (``any_db``); those about
the file itself (WAL, bytes left untouched) on SQLite only.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import CheckConstraint, inspect, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateTable

from mutualisation.storage import database as database_module
from mutualisation.storage.database import (
    SchemaTooNewError,
    StorageError,
    alembic_config,
    current_revision,
    open_database,
    upgrade,
)
from mutualisation.storage.models import Base, Party


@pytest.fixture
def any_db(database_url):
    """A fresh, migrated database on each backend."""
    database = open_database(database_url)
    yield database
    database.dispose()


def _head() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _schema_diff(engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def _schema(path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()


def test_migrations_have_a_single_head():
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_upgrade_from_empty_creates_exactly_the_models(any_db):
    assert _schema_diff(any_db.engine) == []
    tables = set(inspect(any_db.engine).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


_CHECK_START = re.compile(r"CONSTRAINT (\w+) CHECK \(")


def _checks(ddl: str) -> set[tuple[str, str]]:
    """(name, whitespace-normalised expression) of every named CHECK in a CREATE TABLE."""
    found = set()
    for match in _CHECK_START.finditer(ddl):
        depth, quoted, position = 1, False, match.end()
        while depth:
            char = ddl[position]
            if char == "'":
                quoted = not quoted
            elif not quoted:
                depth += {"(": 1, ")": -1}.get(char, 0)
            position += 1
        found.add((match.group(1), " ".join(ddl[match.end() : position - 1].split())))
    return found


def test_migrated_check_constraints_match_the_models(any_db, backend):
    """Autogenerate ignores CHECK constraints: compare them by name and text (by name on PostgreSQL,
    which rewrites their text)."""
    if backend == "postgresql":
        _compare_postgresql_checks(any_db.engine)
        return
    with any_db.engine.connect() as connection:
        migrated = dict(connection.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'table'")).all())
    for table in Base.metadata.sorted_tables:
        if not any(isinstance(c, CheckConstraint) for c in table.constraints):
            continue
        expected = _checks(str(CreateTable(table).compile(dialect=sqlite.dialect())))
        assert expected, table.name  # the pattern itself works
        assert _checks(migrated[table.name]) == expected, table.name


def _compare_postgresql_checks(engine) -> None:
    with engine.connect() as connection:
        migrated = connection.execute(
            text("SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0")
        ).all()
    expected = {
        (table.name, constraint.name)
        for table in Base.metadata.sorted_tables
        for constraint in table.constraints
        if isinstance(constraint, CheckConstraint)
    }
    assert len(expected) > 20  # the naming convention names them all
    assert set(migrated) == expected


def test_alembic_version_holds_the_head_revision(any_db):
    with any_db.engine.connect() as connection:
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert rows == [_head()]
    assert current_revision(any_db.engine) == _head()


def test_a_file_database_uses_wal_and_foreign_keys(db, db_path):
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()
    with closing(sqlite3.connect(db_path)) as raw:  # WAL is a property of the file, seen by any client
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_opening_an_up_to_date_database_again_is_a_no_op(db_path, monkeypatch):
    first = open_database(db_path)
    with first.session() as session:
        session.add(Party(code="CCAS", name="CCAS"))
        session.commit()
    first.dispose()
    schema_before = _schema(db_path)

    def no_upgrade(*args, **kwargs):
        raise AssertionError("an up-to-date database must not be migrated again")

    monkeypatch.setattr(command, "upgrade", no_upgrade)
    second = open_database(db_path)
    try:
        with second.session() as session:
            assert [p.code for p in session.query(Party)] == ["CCAS"]
        assert current_revision(second.engine) == _head()
    finally:
        second.dispose()
    assert _schema(db_path) == schema_before


def test_downgrade_to_base_then_upgrade_again(any_db):
    command.downgrade(alembic_config(any_db.engine), "base")
    assert set(inspect(any_db.engine).get_table_names()) == {"alembic_version"}
    assert current_revision(any_db.engine) is None
    upgrade(any_db.engine)
    assert _schema_diff(any_db.engine) == []
    assert current_revision(any_db.engine) == _head()


def test_existing_rows_get_version_1_when_versions_are_added(any_db):
    """Migration 0003 on a database that already holds records: they start at version 1."""
    command.downgrade(alembic_config(any_db.engine), "0002")
    with any_db.engine.begin() as connection:
        connection.execute(text("INSERT INTO party (code, name, legal_form, address, siret, email, phone, "
                                "is_own_organisation, signatory_name, signatory_title, iban, bic, code_service, "
                                "engagement_number) VALUES ('CCAS', 'CCAS', '', '', '', '', '', false, '', '', "
                                "'', '', '', '')"))  # fmt: skip
    upgrade(any_db.engine)
    with any_db.session() as session:
        party = session.query(Party).one()
        assert party.version == 1
        party.name = "Centre communal"
        session.commit()
        assert party.version == 2


def test_a_newer_schema_is_refused_on_every_backend(any_db):
    with any_db.session() as session:
        session.add(Party(code="CCAS", name="CCAS"))
        session.commit()
    with any_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(SchemaTooNewError, match="9999_future"):
        open_database(any_db.url)
    with any_db.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"
        assert connection.execute(text("SELECT code FROM party")).scalars().all() == ["CCAS"]


def _stamp(path, revision: str) -> None:
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def test_a_newer_schema_is_refused_and_left_untouched(db_path):
    created = open_database(db_path)
    with created.session() as session:
        session.add(Party(code="CCAS", name="CCAS"))
        session.commit()
    created.dispose()
    _stamp(db_path, "9999_future")
    bytes_before = db_path.read_bytes()
    schema_before = _schema(db_path)

    with pytest.raises(SchemaTooNewError) as excinfo:
        open_database(db_path)

    assert isinstance(excinfo.value, StorageError)
    message = str(excinfo.value)
    assert "version plus récente" in message
    assert "9999_future" in message
    assert db_path.read_bytes() == bytes_before
    assert _schema(db_path) == schema_before
    with closing(sqlite3.connect(db_path)) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999_future",)]
        assert raw.execute("SELECT code FROM party").fetchall() == [("CCAS",)]
    # The refused database is closed, not held open behind the error.
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_the_schema_head_known_without_alembic_is_alembics_head(db):
    script = ScriptDirectory.from_config(database_module.alembic_config())
    assert database_module.SCHEMA_HEAD == script.get_current_head()
    assert database_module.is_up_to_date(db.engine)


def test_an_up_to_date_database_opens_without_loading_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "base.sqlite"
    database_module.open_database(path).dispose()
    probe = (
        "import sys; from mutualisation.storage.database import open_database; "
        f"open_database({str(path)!r}).dispose(); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_0007_keeps_a_party_s_chorus_pro_references_as_this_year_s(any_db):
    """A party's single service code and engagement number become its references for the year
    (no document issued to it yet), and it becomes a public body; down again, they come back."""
    import datetime as dt

    command.downgrade(alembic_config(any_db.engine), "0005")
    with any_db.engine.begin() as connection:
        for code, service, engagement in (("ST2B", "FINANCES", "EJ-2025-000318"), ("ASSO", "", "")):
            connection.execute(text(
                "INSERT INTO party (code, name, legal_form, address, siret, email, phone, is_own_organisation, "
                "signatory_name, signatory_title, iban, bic, code_service, engagement_number) VALUES "
                "(:code, :code, '', '', '', '', '', false, '', '', '', '', :service, :engagement)"
            ), {"code": code, "service": service, "engagement": engagement})  # fmt: skip
    upgrade(any_db.engine)
    assert _schema_diff(any_db.engine) == []
    with any_db.engine.connect() as connection:
        parties = dict(connection.execute(text("SELECT code, is_public_body FROM party")).all())
        references = connection.execute(text(
            "SELECT p.code, r.year, r.service_code, r.engagement_number FROM chorus_reference r "
            "JOIN party p ON p.id = r.party_id"
        )).all()  # fmt: skip
    assert {code: bool(flag) for code, flag in parties.items()} == {"ST2B": True, "ASSO": False}
    assert [tuple(r) for r in references] == [("ST2B", dt.date.today().year, "FINANCES", "EJ-2025-000318")]
    command.downgrade(alembic_config(any_db.engine), "0005")
    with any_db.engine.connect() as connection:
        back = connection.execute(text("SELECT code_service, engagement_number FROM party WHERE code = 'ST2B'")).one()
    assert tuple(back) == ("FINANCES", "EJ-2025-000318")
