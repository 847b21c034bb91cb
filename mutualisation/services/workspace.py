"""The open database as the interface holds it: use cases run in sessions it opens itself.

The interface never sees a SQLAlchemy session nor the storage layer. It asks a
:class:`Workspace` to run a service function, whose first parameter is the session:

    parties = workspace.read(registers.parties)               # a session of its own
    workspace.write(staff.delete_staff, staff_id)             # one transaction: all or nothing

or, for several calls that must share one session (a page reading its registers) or one
transaction (a form saving a record and its attachment), through a :class:`Unit`:

    with workspace.writing() as run:
        bill_id = run(bills.save_bill, bill_id, values)
        run(bills.set_attachment, bill_id, name, content)

A refusal raises the service's own exception (``ServiceError``) or a :class:`StorageError`
(database locked, disk full, read-only…), re-exported here for the interface; the
transaction is then rolled back and nothing is written. Optimistic concurrency and the
audit log are the storage layer's and are unchanged: every write still goes through the
session factory of :func:`~mutualisation.storage.database.open_database`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from ..storage.database import Database, StorageError, open_database

__all__ = ["StorageError", "Unit", "Workspace", "database_location", "open_workspace"]

P = ParamSpec("P")
R = TypeVar("R")


class Unit:
    """One session: the use cases called through it share it (and, in
    :meth:`Workspace.writing`, its transaction)."""

    __slots__ = ("_session",)

    def __init__(self, session: Session) -> None:
        self._session = session

    def __call__(self, use_case: Callable[Concatenate[Session, P], R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """``use_case(session, *args, **kwargs)``."""
        return use_case(self._session, *args, **kwargs)


class Workspace:
    """An opened, up-to-date database, for the interface."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def location(self) -> tuple[str, str]:
        """(engine name, location) of the database, for the screen: no password shown."""
        return database_location(self._database.url)

    @contextmanager
    def reading(self) -> Iterator[Unit]:
        """Several reads in one session (one consistent view, one connection)."""
        with self._database.session() as session:
            yield Unit(session)

    @contextmanager
    def writing(self) -> Iterator[Unit]:
        """Several steps in one transaction: committed at the end of the block, rolled back
        if it raises."""
        with self._database.session() as session, session.begin():
            yield Unit(session)

    def read(self, use_case: Callable[Concatenate[Session, P], R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """``use_case(session, *args, **kwargs)`` in a session of its own."""
        with self.reading() as run:
            return run(use_case, *args, **kwargs)

    def write(self, use_case: Callable[Concatenate[Session, P], R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """``use_case(session, *args, **kwargs)`` in a transaction of its own."""
        with self.writing() as run:
            return run(use_case, *args, **kwargs)

    def run(self, use_case: Callable[Concatenate[Session, P], R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """``use_case(session, *args, **kwargs)`` in a session of its own that the use case
        commits itself: issuing ends the reads, backs up, then numbers in one transaction."""
        with self._database.session() as session:
            return use_case(session, *args, **kwargs)

    def on_database(self, use_case: Callable[..., R], /, *args: Any, **kwargs: Any) -> R:
        """``use_case(database, *args, **kwargs)``, for the services that open their own
        sessions or work on the database as a whole (import, export, backup, restore)."""
        return use_case(self._database, *args, **kwargs)

    def dispose(self) -> None:
        """Close the database's connections (when the app ends)."""
        self._database.dispose()


def open_workspace(path_or_url: str | os.PathLike | None = None) -> Workspace:
    """Open (creating and migrating if needed) the database named by ``--db``; raises
    :class:`StorageError` with a French message when it cannot be used."""
    return Workspace(open_database(path_or_url))


def database_location(url: str) -> tuple[str, str]:
    """(engine name, location) of a database URL; a password is never shown."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return "SQLite", parsed.database or ":memory:"
    names = {"postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB"}
    return names.get(backend, backend), parsed.render_as_string(hide_password=True)
