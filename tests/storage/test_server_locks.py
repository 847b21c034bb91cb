"""A PostgreSQL database waits for another session's lock as long as a SQLite file does, then
refuses in French, changing nothing: a stuck colleague never freezes the window."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select, text

from mutualisation.storage import models as m
from mutualisation.storage.database import DatabaseLockedError, open_database

from tests import pg_server

pytestmark = pytest.mark.postgresql


def test_a_row_another_session_holds_is_refused_after_the_wait():
    with pg_server.fresh_database() as url:
        database = open_database(url, busy_timeout=0.5)
        try:
            with database.session() as session, session.begin():
                session.add(m.Party(code="ST2B", name="ST2b"))
            with database.engine.connect() as other:
                other.execute(text("UPDATE party SET name = 'en cours' WHERE code = 'ST2B'"))  # not committed
                started = time.monotonic()
                with pytest.raises(DatabaseLockedError, match="occupée par un autre utilisateur") as refused:
                    with database.session() as session, session.begin():
                        session.scalars(select(m.Party)).one().name = "Syndicat ST2b"
                assert time.monotonic() - started < 5
                assert "0.5 s" in str(refused.value)
                other.rollback()
            with database.session() as session, session.begin():  # the lock gone, the write goes through
                session.scalars(select(m.Party)).one().name = "Syndicat ST2b"
            with database.session() as session:
                assert session.scalars(select(m.Party.name)).all() == ["Syndicat ST2b"]
        finally:
            database.dispose()
