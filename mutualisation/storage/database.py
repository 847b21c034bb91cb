"""Opening a database: URL resolution, SQLite settings, migrations at start-up."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .. import paths
from . import audit
from .errors import (  # noqa: F401 -- the errors are imported from here by the rest of the app
    BackupError,
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseUnavailableError,
    DiskFullError,
    ForeignDatabaseError,
    MissingDatabaseError,
    NotADatabaseError,
    SchemaTooNewError,
    StorageError,
    french_server_errors,
    french_sqlite_errors,
    sqlite_error,
)
from .url_and_rights import foreign_tables, shown_url, tighten, without_secrets

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: The newest migration of this version of the app. A database already there opens without
#: loading alembic at all (a fifth of the app's start-up); tests check it is alembic's head.
SCHEMA_HEAD = "0007"


def _refuse_foreign(path: Path) -> None:
    """Refuse a SQLite file that holds tables but not this app's schema, before any write."""
    tables = foreign_tables(path)
    if tables:
        raise ForeignDatabaseError(
            f"Le fichier {path} est une base SQLite d'une autre application ({tables} table(s), "
            "dont aucune de Mutualisation) : il n'a pas été modifié. Choisissez la base de Mutualisation, "
            "ou un nouveau nom de fichier avec « mutualisation init »."
        )


DEFAULT_BUSY_TIMEOUT = 10.0  # seconds a write waits for another writer before giving up
SQLITE_HEADER = b"SQLite format 3\x00"


def _check_sqlite_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not a database or cannot be written."""
    if path.is_file():
        try:
            with path.open("rb") as file:
                header = file.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise DatabaseUnavailableError(f"Impossible de lire la base de données {path} : {exc.strerror}.") from exc
        if header and header != SQLITE_HEADER:
            raise sqlite_error(26, str(path), 0)
        if not os.access(path, os.W_OK):
            raise DatabaseReadOnlyError(
                f"Impossible d'ouvrir la base de données {path} : le fichier est en lecture seule. "
                "Mutualisation doit pouvoir y écrire ; vérifiez ses droits, ou copiez-le dans un dossier à vous."
            )
    if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnlyError(
            f"Impossible d'ouvrir la base de données {path} : le dossier {path.parent} n'est pas accessible "
            "en écriture, et SQLite doit pouvoir y créer ses fichiers de journal (-wal, -shm)."
        )


def _create_private_file(path: Path) -> None:
    """Create a new database file readable and writable by its owner only (SQLite gives its
    -wal and -shm files the same permissions)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise DatabaseUnavailableError(f"Impossible de créer la base de données {path} : {exc.strerror}.") from exc
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def database_url(path_or_url: str | os.PathLike | None) -> str:
    """A SQLAlchemy URL from ``--db``: a URL as given, a path as a SQLite file, None as the default."""
    if path_or_url is None:
        return _sqlite_url(paths.default_database_path())
    text = str(path_or_url)
    if "://" in text:
        try:
            parsed = make_url(text)
            parsed.get_dialect()  # an unknown backend ("nope://") fails here
            _ = parsed.port  # a port that is not a number fails here
        except (ArgumentError, ValueError, TypeError) as exc:
            raise DatabaseUnavailableError(
                f"Adresse de base de données invalide : {shown_url(text)}. Forme attendue : "
                "postgresql+psycopg://utilisateur@serveur:5432/base (le mot de passe dans ~/.pgpass ou PGPASSWORD)."
            ) from exc
        return text
    return _sqlite_url(Path(text).expanduser().resolve())


def _sqlite_url(path: Path) -> str:
    # Quoted, so that "?", "%" or "#" in a file name do not open another file.
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def _sqlite_pragmas(busy_timeout: float):
    def set_pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        cursor.close()

    return set_pragmas


def create_db_engine(url: str, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, *, write_ahead_log: bool = True) -> Engine:
    """An engine with foreign keys enforced and, for a SQLite file, write-ahead logging.

    A SQLite file is checked first (a database, writable, in a writable folder) and created
    readable by its owner only; SQLite's errors (busy, read-only, full, damaged) become
    :class:`StorageError` subclasses with a French message. ``busy_timeout`` is in seconds.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            folder = Path(database).parent
            if not folder.exists():
                raise DatabaseUnavailableError(f"Le dossier {folder} n'existe pas.")
            _check_sqlite_file(Path(database))
            if folder.is_dir() and not Path(database).is_dir():
                _create_private_file(Path(database))
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout))
        event.listen(engine, "handle_error", french_sqlite_errors(database or ":memory:", busy_timeout))
        if write_ahead_log:
            use_write_ahead_log(engine)
        return engine
    # A server database waits for a lock no longer than a SQLite file does: a colleague's
    # long write, or a stuck session, gives the same French refusal instead of a frozen window.
    engine = create_engine(
        url, pool_pre_ping=True, connect_args={"options": f"-c lock_timeout={int(busy_timeout * 1000)}"}
    )
    event.listen(engine, "handle_error", french_server_errors(parsed.database or "", busy_timeout))
    return engine


def use_write_ahead_log(engine: Engine) -> None:
    """Switch a SQLite file to write-ahead logging (readers never wait for a writer)."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    except BaseException:
        engine.dispose()  # e.g. not a database: do not keep the file open
        raise


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_up_to_date(engine: Engine) -> bool:
    """Whether the schema is already :data:`SCHEMA_HEAD`, read with one plain query."""
    with engine.connect() as connection:
        if "alembic_version" not in _table_names(connection):
            return False
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return versions == [SCHEMA_HEAD]


def _table_names(connection) -> set[str]:
    from sqlalchemy import inspect

    return set(inspect(connection).get_table_names())


def upgrade(engine: Engine) -> None:
    """Bring the schema to this version of the app; refuse a newer one."""
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    revision = current_revision(engine)
    if revision is not None and not _known(script, revision):
        raise SchemaTooNewError(
            "Cette base de données a été créée par une version plus récente de Mutualisation "
            f"(schéma « {revision} »). Mettez l'application à jour pour l'ouvrir ; "
            "elle n'a pas été modifiée."
        )
    if revision != script.get_current_head():
        if revision is not None:  # not a new database: keep a copy of it as it was
            backup_before_migration(engine, revision)
        command.upgrade(alembic_config(engine), "head")


# -- several apps on one database (a shared PostgreSQL server, a SQLite file opened twice) ------

MIGRATION_LOCK_KEY = 7_302_461_580  # any fixed number: the advisory lock of this app's migrations


@contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """One app at a time checks and migrates a database; the others wait, then find it done.

    After an update, several people may start the app together. On PostgreSQL the lock is
    an advisory lock of the server; for a SQLite file, whose migrations are not one
    transaction, a lock file in the temporary folder named after the database's path
    (on this computer; nothing on Windows, where two instances rarely start together).
    """
    if engine.dialect.name == "sqlite":
        with _sqlite_migration_lock(sqlite_file(engine.url)):
            yield
        return
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        # Another app's migration may take longer than a write's lock wait: wait up to two minutes.
        connection.execute(text("SET lock_timeout = '120s'"))
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        connection.execute(text("RESET lock_timeout"))
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
            connection.commit()


@contextmanager
def _sqlite_migration_lock(path: Path | None) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # Windows
        fcntl = None
    if path is None or fcntl is None:
        yield
        return
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:24]
    lock_path = Path(tempfile.gettempdir()) / f"mutualisation-migration-{digest}.lock"
    while True:
        try:
            descriptor = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o600)
        except OSError:  # no usable temporary folder: go on unlocked, as before
            yield
            return
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        try:  # the holder before us may have removed the file: lock the one now there
            if os.stat(lock_path).st_ino == os.fstat(descriptor).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(descriptor)
    try:
        yield
    finally:
        try:
            lock_path.unlink()  # removed while still locked: no lock file is left behind
        except OSError:
            pass
        os.close(descriptor)  # releases the lock


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
    notices: tuple[str, ...] = ()  # said once to the user (e.g. rights tightened)

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    path_or_url: str | os.PathLike | None = None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    create: bool = True,
) -> Database:
    """Open (creating if needed) and migrate the database named by ``--db``.

    ``busy_timeout``: seconds a write waits for another program's write before
    :class:`DatabaseLockedError` (SQLite). ``create=False`` refuses a SQLite file that does
    not exist (:class:`MissingDatabaseError`) instead of creating it. A SQLite file of
    another application is always refused untouched (:class:`ForeignDatabaseError`).
    """
    url = database_url(path_or_url)
    path = sqlite_file(url)
    if path is not None:
        if not create and not path.exists():
            raise MissingDatabaseError(
                f"La base de données {path} n'existe pas. Vérifiez le chemin donné à --db ; pour créer une base "
                "neuve : « mutualisation init » (ou « mutualisation demo » pour les données de démonstration)."
            )
        _refuse_foreign(path)
    notices = tighten(path) if path is not None else ()
    try:
        engine = create_db_engine(url, busy_timeout, write_ahead_log=False)
        try:
            # Under the lock, even the journal switch and the check: an app started while
            # another creates or migrates the file waits for it rather than for SQLite's locks.
            with migration_lock(engine):
                use_write_ahead_log(engine)
                if not is_up_to_date(engine):
                    upgrade(engine)
        except BaseException:
            engine.dispose()  # release the file (and its -wal/-shm) before reporting
            raise
    except (OperationalError, DatabaseError) as exc:
        raise DatabaseUnavailableError(
            f"Impossible d'ouvrir la base de données {shown_url(url)} : "
            f"{without_secrets(str(exc.orig if hasattr(exc, 'orig') else exc), url)}"
        ) from exc
    except ImportError as exc:  # a valid URL whose driver is not installed
        raise DatabaseUnavailableError(
            f"Pilote de base de données absent pour {shown_url(url)} : {exc}"
        ) from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    audit.install(sessions)  # every change is logged in its own transaction (storage/audit.py)
    return Database(url, engine, sessions, notices)



# -- copies of a SQLite file (backups): used before a migration here, and by services.backup ----

BACKUP_FOLDER = "sauvegardes"


def sqlite_file(url: str | URL) -> Path | None:
    """The file of a SQLite URL; None for another database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def backup_file_name(database: Path, reason: str, when: dt.datetime | None = None) -> str:
    """``compta-20260312-142501-emission.sqlite``: the database's name, the time, the reason."""
    return f"{database.stem}-{(when or dt.datetime.now()):%Y%m%d-%H%M%S}-{reason}.sqlite"


def _connect_existing(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A plain connection to an existing SQLite file (``mode=rw`` or ``ro``: never creates one)."""
    uri = f"file:{quote(str(path.resolve()))}?mode={'ro' if read_only else 'rw'}"
    return sqlite3.connect(uri, uri=True, timeout=DEFAULT_BUSY_TIMEOUT)


def copy_sqlite(source: Path, destination: Path, *, read_only: bool = False, replace: bool = True) -> Path:
    """A consistent copy of the live SQLite database ``source`` into ``destination``.

    SQLite's online backup API copies a snapshot in one step, so a copy taken while
    another connection writes holds a committed state. The copy is a single file
    (rollback journal, no -wal), readable by its owner only, written under a temporary
    name and renamed: it is whole or absent. ``read_only`` opens the source read-only (a
    file offered for a restore); ``replace=False`` raises :class:`FileExistsError` rather
    than overwrite ``destination``. Other failures raise :class:`BackupError`.
    """
    if not source.is_file():
        raise BackupError(f"La base de données {source} n'existe pas : rien à sauvegarder.")
    partial = destination.with_name(f".{destination.name}.{os.getpid()}-{os.urandom(4).hex()}.partiel")
    try:
        destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:  # FileExistsError too: a file stands where the folder should be
        raise BackupError(
            f"Impossible de copier la base de données {source} vers {destination} : le dossier "
            f"{destination.parent} ne peut pas être créé ({exc.strerror or exc})."
        ) from exc
    try:
        fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.fchmod(fd, 0o600)
        os.close(fd)
        with closing(_connect_existing(source, read_only)) as src, closing(sqlite3.connect(partial)) as dst:
            # The copy is made durable once, by the fsync below before its rename: SQLite's own
            # syncs of a file that is thrown away if anything fails would only wait for the disk.
            dst.execute("PRAGMA synchronous=OFF")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        with partial.open("rb+") as file:
            os.fsync(file.fileno())
        if replace:
            os.replace(partial, destination)
        else:
            _publish_new(partial, destination)
        fsync_folder(destination.parent)
    except FileExistsError:
        raise
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == 13 or getattr(exc, "errno", 0) == 28:
            reason = "disque plein"
        raise BackupError(f"Impossible de copier la base de données {source} vers {destination} : {reason}.") from exc
    finally:
        # The partial copy and, after a failed copy, SQLite's journal of it.
        for leftover in (partial, partial.with_name(f"{partial.name}-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:  # e.g. the folder could not be made: there is no partial file
                pass
    return destination


def _publish_new(partial: Path, destination: Path) -> None:
    """Give ``partial`` the name ``destination`` unless that name is taken (FileExistsError)."""
    try:
        os.link(partial, destination)  # atomic, and fails if another copy took the name meanwhile
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if destination.exists():
            raise FileExistsError(destination) from None
        os.replace(partial, destination)


def backup_before_migration(engine: Engine, revision: str) -> Path | None:
    """Copy a SQLite file into ``sauvegardes/`` beside it before its schema changes."""
    path = sqlite_file(engine.url)
    if path is None:
        return None
    name = backup_file_name(path, f"migration-{revision}")
    for number in range(1, 100):  # another instance may be migrating the same file this second
        target = path.parent / BACKUP_FOLDER / (name if number == 1 else name.replace(".sqlite", f"-{number}.sqlite"))
        try:
            return copy_sqlite(path, target, replace=False)
        except FileExistsError:
            continue
        except BackupError as exc:
            raise BackupError(f"{exc} La base n'a pas été mise à jour ni modifiée.") from exc
    raise BackupError(f"Impossible de nommer la sauvegarde de {path} avant sa mise à jour.")


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # some systems cannot open a folder: the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
