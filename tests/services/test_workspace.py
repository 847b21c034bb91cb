"""The interface's handle on the database: use cases run in sessions and transactions the
workspace opens, a refusal writes nothing, storage errors reach the interface as they are."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mutualisation.services import registers
from mutualisation.services.errors import ServiceError
from mutualisation.services.editing import parties
from mutualisation.services.workspace import StorageError, Workspace, database_location, open_workspace
from mutualisation.storage import database as storage
from mutualisation.storage import models as m


def party_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(m.Party))


def add_party(session: Session, code: str) -> int:
    session.add(m.Party(code=code, name=f"Partie {code}"))
    session.flush()
    return party_count(session)


def refuse(session: Session) -> None:
    raise ServiceError("Refusé : rien ne doit être écrit.")


@pytest.fixture
def workspace(db) -> Workspace:
    return Workspace(db)


def test_read_runs_a_use_case_in_a_session_of_its_own(workspace, demo_db):
    with demo_db.session() as session:
        expected = [p.code for p in registers.parties(session)]
    assert [p.code for p in Workspace(demo_db).read(registers.parties)] == expected
    assert len(expected) >= 3


def test_write_commits_its_transaction(workspace, db):
    assert workspace.write(add_party, "AAA") == 1
    with db.session() as session:
        assert party_count(session) == 1


def test_several_steps_of_writing_are_one_transaction_all_or_nothing(workspace, db):
    with pytest.raises(ServiceError, match="Refusé"):
        with workspace.writing() as run:
            assert run(add_party, "AAA") == 1
            assert run(add_party, "BBB") == 2
            run(refuse)
    assert workspace.read(party_count) == 0
    with workspace.writing() as run:
        run(add_party, "AAA")
        run(add_party, "BBB")
    assert workspace.read(party_count) == 2


def test_reading_shares_one_session_between_calls(workspace):
    seen = []
    with workspace.reading() as run:
        run(lambda session: seen.append(session))
        run(lambda session: seen.append(session))
    assert len(seen) == 2 and seen[0] is seen[1]


def test_run_leaves_the_transaction_to_the_use_case(workspace):
    def issue_like(session: Session) -> bool:
        # issuing ends its reads and opens its own transaction: the session must be free
        was_free = not session.in_transaction()
        with session.begin():
            add_party(session, "AAA")
        return was_free

    assert workspace.run(issue_like) is True
    assert workspace.read(party_count) == 1


def test_a_service_refusal_writes_nothing(workspace):
    with pytest.raises(ServiceError):
        workspace.write(parties.delete_party, 12345)
    assert workspace.read(party_count) == 0


def test_storage_errors_are_those_of_the_storage_layer():
    assert StorageError is storage.StorageError  # re-exported: the interface catches the same class


def test_on_database_gives_the_database_to_services_that_open_their_own_sessions(workspace, db):
    assert workspace.on_database(lambda database, extra: (database, extra), 7) == (db, 7)


def test_open_workspace_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("pas une base")
    with pytest.raises(StorageError, match="n'est pas une base de données"):
        open_workspace(path)
    assert path.read_text() == "pas une base"


def test_open_workspace_opens_and_disposes(tmp_path):
    workspace = open_workspace(tmp_path / "new.sqlite")
    try:
        assert workspace.read(party_count) == 0
        assert workspace.location() == ("SQLite", str(tmp_path / "new.sqlite"))
    finally:
        workspace.dispose()


def test_the_location_never_shows_a_password():
    assert database_location("postgresql+psycopg://compta:secret@db.example:5432/mutu") == (
        "PostgreSQL", "postgresql+psycopg://compta:***@db.example:5432/mutu",
    )  # fmt: skip
    assert database_location("sqlite://") == ("SQLite", ":memory:")
