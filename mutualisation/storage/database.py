"""Opening a database: URL resolution, SQLite settings, migrations at start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .. import paths

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class StorageError(Exception):
    """Base of the storage errors shown to the user as a plain message."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer version of the app."""


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened or is not a database."""


def database_url(path_or_url: str | os.PathLike | None) -> str:
    """A SQLAlchemy URL from ``--db``: a URL as given, a path as a SQLite file, None as the default."""
    if path_or_url is None:
        return _sqlite_url(paths.default_database_path())
    text = str(path_or_url)
    if "://" in text:
        try:
            make_url(text).get_dialect()  # an unknown backend ("nope://") fails here
        except ArgumentError as exc:
            raise DatabaseUnavailableError(f"Adresse de base de données invalide : {text}") from exc
        return text
    return _sqlite_url(Path(text).expanduser().resolve())


def _sqlite_url(path: Path) -> str:
    # Quoted, so that "?", "%" or "#" in a file name do not open another file.
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    """An engine with foreign keys enforced and, for a SQLite file, write-ahead logging."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            folder = Path(database).parent
            if not folder.exists():
                raise DatabaseUnavailableError(f"Le dossier {folder} n'existe pas.")
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        if database and database != ":memory:":
            try:
                with engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            except BaseException:
                engine.dispose()  # e.g. not a database: do not keep the file open
                raise
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to this version of the app; refuse a newer one."""
    script = ScriptDirectory.from_config(alembic_config())
    revision = current_revision(engine)
    if revision is not None and not _known(script, revision):
        raise SchemaTooNewError(
            "Cette base de données a été créée par une version plus récente de Mutualisation "
            f"(schéma « {revision} »). Mettez l'application à jour pour l'ouvrir ; "
            "elle n'a pas été modifiée."
        )
    if revision != script.get_current_head():
        command.upgrade(alembic_config(engine), "head")


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


@dataclass
class Database:
    """An opened, up-to-date database and its session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(path_or_url: str | os.PathLike | None = None) -> Database:
    """Open (creating if needed) and migrate the database named by ``--db``."""
    url = database_url(path_or_url)
    try:
        engine = create_db_engine(url)
        try:
            upgrade(engine)
        except BaseException:
            engine.dispose()  # release the file (and its -wal/-shm) before reporting
            raise
    except (OperationalError, DatabaseError) as exc:
        raise DatabaseUnavailableError(
            f"Impossible d'ouvrir la base de données {make_url(url).render_as_string()} : "
            f"{exc.orig if hasattr(exc, 'orig') else exc}"
        ) from exc
    except ImportError as exc:  # a valid URL whose driver is not installed
        raise DatabaseUnavailableError(
            f"Pilote de base de données absent pour {make_url(url).render_as_string()} : {exc}"
        ) from exc
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))
