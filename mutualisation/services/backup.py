"""Backups of a SQLite database: taken, rotated, listed, checked and restored.

A backup is a copy made with SQLite's online backup API (``storage.database.copy_sqlite``):
consistent even while the app writes, one self-contained file readable by its owner only,
named ``<base>-<AAAAMMJJ-HHMMSS>-<raison>.sqlite`` in a ``sauvegardes`` folder beside the
database. The app takes one before each schema migration (``storage.database``), before
each issue (``services.issuing``), and when it closes (only if something changed since the
last one); the user takes one on demand.

Rotation keeps the ``keep_last`` newest backups and, for each of the last ``keep_months``
months, the newest backup of that month; the others are deleted. Defaults: 10 and 12.
They are read from ``sauvegardes.json`` in the user's data folder (see :func:`settings_file`)
— ``{"keep_last": 10, "keep_months": 12, "folder": null}``, ``folder`` an absolute path
replacing ``sauvegardes/`` beside the database — and every function also takes them as
parameters. Only SQLite files are backed up: for a server database (PostgreSQL) the
automatic backups do nothing and the explicit ones say to use the server's own tools.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import platformdirs
from sqlalchemy import Engine
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.orm import Session

from ..domain.i18n import tr
from ..paths import APP_NAME, write_private
from ..storage.audit import current_user
from ..storage.chain_record import copy_beside, sidecar
from ..storage.database import (
    BACKUP_FOLDER,
    SQLITE_HEADER,
    BackupError,
    Database,
    DatabaseLockedError,
    alembic_config,
    backup_file_name,
    copy_sqlite,
    fsync_folder,
    open_database,
    sqlite_file,
    upgrade,
)
from ..storage.models import AuditEntry

SETTINGS_NAME = "sauvegardes.json"

#: Reason codes written in file names, and what the user reads.
REASONS = {
    "manuelle": "Sauvegarde manuelle",
    "emission": "Avant l'émission d'un état",
    "fermeture": "À la fermeture de l'application",
    "migration": "Avant la mise à jour de la base",
    "restauration": "Avant une restauration",
}
#: What callers say (``backup_before("issue", …)``) and the reason code it gives.
EVENTS = {"issue": "emission", "close": "fermeture", "manual": "manuelle", "restore": "restauration"}

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[A-Za-z0-9_.-]+)\.sqlite$")
_STALE_PARTIAL = 3600  # seconds: a ".partiel" file older than this is a copy that was cut short


class NotSQLiteError(BackupError):
    """The database is not a SQLite file: its server has its own backup tools."""


class RestoreRefused(BackupError):
    """The file offered for a restore is not a usable backup of this app; nothing was changed."""


@dataclass(frozen=True, slots=True)
class BackupSettings:
    """How many backups to keep, and where (None: ``sauvegardes/`` beside the database)."""

    keep_last: int = 10
    keep_months: int = 12
    folder: Path | None = None


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file found in a backup folder."""

    path: Path
    taken_at: dt.datetime
    reason: str  # a code of REASONS, possibly followed by details ("migration-0002")
    size: int
    modified_ns: int = 0  # orders the backups taken within the same second

    @property
    def order(self) -> tuple:
        return (self.taken_at, self.modified_ns, self.path.name)

    @property
    def reason_label(self) -> str:
        code = self.reason.split("-")[0]
        label = REASONS.get(code, self.reason)
        if code == "migration" and "-" in self.reason:
            label += f" (schéma {self.reason.split('-', 1)[1]})"
        return label


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    previous_backup: Path | None  # the database as it was just before the restore
    revision: str  # the schema of the restored file, before any migration


# -- settings -------------------------------------------------------------------------------------


def settings_file() -> Path:
    """``sauvegardes.json`` in the user's data folder (not created by reading it)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / SETTINGS_NAME


def load_settings(file: Path | None = None) -> BackupSettings:
    """The settings in ``file``; defaults for a missing, unreadable or odd file (never fails)."""
    file = file or settings_file()
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BackupSettings()
    if not isinstance(data, dict):
        return BackupSettings()
    defaults = BackupSettings()

    def count(key: str, default: int) -> int:
        value = data.get(key, default)
        return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10_000 else default

    folder = data.get("folder")
    return BackupSettings(
        keep_last=count("keep_last", defaults.keep_last),
        keep_months=count("keep_months", defaults.keep_months),
        folder=Path(folder).expanduser() if isinstance(folder, str) and folder.strip() else None,
    )


def save_settings(settings: BackupSettings, file: Path | None = None) -> Path:
    file = file or settings_file()
    file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    data = {
        "keep_last": settings.keep_last,
        "keep_months": settings.keep_months,
        "folder": str(settings.folder) if settings.folder else None,
    }
    write_private(file, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return file


# -- where the database and its backups are ------------------------------------------------------


def database_file(target) -> Path | None:
    """The SQLite file behind a URL, path, engine, connection, session or Database; else None."""
    if isinstance(target, Database):
        url = target.engine.url
    elif isinstance(target, Session):
        return database_file(target.get_bind())
    elif isinstance(target, Connection):
        url = target.engine.url
    elif isinstance(target, Engine):
        url = target.url
    elif isinstance(target, URL):
        url = target
    elif isinstance(target, os.PathLike) or (isinstance(target, str) and "://" not in target):
        return Path(target).expanduser().resolve()
    elif isinstance(target, str):
        url = make_url(target)
    else:  # anything else that knows its URL
        url = make_url(str(target.url))
    return sqlite_file(url)


def _require_file(target) -> Path:
    path = database_file(target)
    if path is None:
        shown = getattr(target, "url", target)
        try:
            shown = make_url(str(shown)).render_as_string(hide_password=True)
        except Exception:  # a non-URL object: say less rather than fail
            shown = tr("Backup", "cette base")
        raise NotSQLiteError(tr(
            "Backup", "Les sauvegardes de Mutualisation concernent une base SQLite (un fichier) ; {database} n'en est "
            "pas une. Pour une base sur un serveur PostgreSQL, sauvegardez-la avec les outils du serveur (pg_dump).",
            database=shown,
        ))
    return path


def backup_folder(database: Path, settings: BackupSettings | None = None) -> Path:
    settings = settings or load_settings()
    return settings.folder or database.parent / BACKUP_FOLDER


def list_backups(target, settings: BackupSettings | None = None) -> list[BackupInfo]:
    """The backups of this database, newest first (also those made before a migration)."""
    path = _require_file(target)
    settings = settings or load_settings()
    found: dict[Path, BackupInfo] = {}
    for folder in (backup_folder(path, settings), path.parent / BACKUP_FOLDER):
        for info in _backups_in(folder, path.stem):
            found.setdefault(info.path.resolve(), info)
    return sorted(found.values(), key=lambda b: b.order, reverse=True)


def _backups_in(folder: Path, stem: str) -> list[BackupInfo]:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    backups = []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or match["stem"] != stem or not entry.is_file():
            continue
        try:
            taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            stat = entry.stat()
        except (ValueError, OSError):
            continue
        backups.append(BackupInfo(entry, taken, match["reason"], stat.st_size, stat.st_mtime_ns))
    return backups


# -- taking backups ---------------------------------------------------------------------------------


def backup_now(
    target, reason: str = "manuelle", *, to: Path | str | None = None, settings: BackupSettings | None = None
) -> Path:
    """Back up the SQLite database of ``target`` now; returns the backup file.

    ``to``: a file (or an existing folder) to write instead of the backup folder; such a
    copy is not rotated. Raises :class:`NotSQLiteError` for a server database and
    :class:`BackupError` when the copy fails (e.g. disk full).
    """
    path = _require_file(target)
    if to is not None:
        destination = Path(to).expanduser()
        if destination.is_dir():
            destination = destination / backup_file_name(path, reason)
        if destination.resolve() == path.resolve():
            raise BackupError(tr("Backup", "La sauvegarde ne peut pas remplacer la base elle-même : choisissez un autre fichier."))
        copy_sqlite(path, destination)
        copy_beside(path, destination)
        return destination
    settings = settings or load_settings()
    folder = backup_folder(path, settings)
    name = backup_file_name(path, reason)
    for _attempt in range(100):  # another instance may take the same name in the same second
        destination = _free_name(folder, name)
        try:
            copy_sqlite(path, destination, replace=False)
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover - a hundred names taken in one second
        raise BackupError(tr("Backup", "Impossible de nommer la sauvegarde dans {folder}.", folder=folder))
    copy_beside(path, destination)
    if reason == "fermeture":
        destination = _drop_if_unchanged(destination, folder, path.stem)
    rotate(folder, path.stem, settings)
    return destination



def backup_before(event: str, target, *, settings: BackupSettings | None = None) -> Path | None:
    """The automatic backup before ``event`` ("issue", "close"…); None for a server or in-memory
    database, which this does not concern."""
    if database_file(target) is None:
        return None
    return backup_now(target, EVENTS.get(event, event), settings=settings)


def _free_name(folder: Path, name: str) -> Path:
    candidate = folder / name
    number = 2
    while candidate.exists():
        candidate = folder / name.replace(".sqlite", f"-{number}.sqlite")
        number += 1
    return candidate


def _drop_if_unchanged(new: Path, folder: Path, stem: str) -> Path:
    """On closing, a copy identical to the previous backup is not kept (nothing changed)."""
    others = [b for b in _backups_in(folder, stem) if b.path != new]
    if not others:
        return new
    previous = max(others, key=lambda b: b.order).path
    if previous.stat().st_size == new.stat().st_size and _digest(previous) == _digest(new):
        new.unlink()
        sidecar(new).unlink(missing_ok=True)
        return previous
    return new


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def rotate(
    folder: Path, stem: str, settings: BackupSettings | None = None, now: dt.datetime | None = None
) -> list[Path]:
    """Delete the backups the policy does not keep; returns the deleted files."""
    settings = settings or load_settings()
    now = now or dt.datetime.now()
    backups = sorted(_backups_in(folder, stem), key=lambda b: b.order, reverse=True)
    keep = {b.path for b in backups[: settings.keep_last]}
    this_month = now.year * 12 + now.month - 1
    months_seen: set[int] = set()
    for backup in backups:  # newest first: the first seen in a month is its newest
        month = backup.taken_at.year * 12 + backup.taken_at.month - 1
        if 0 <= this_month - month < settings.keep_months and month not in months_seen:
            months_seen.add(month)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                sidecar(backup.path).unlink(missing_ok=True)
                removed.append(backup.path)
            except OSError:  # e.g. removed by another instance meanwhile
                continue
    _remove_stale_partials(folder)
    return removed


def _remove_stale_partials(folder: Path) -> None:
    try:
        entries = list(folder.glob(".*.partiel"))
    except OSError:
        return
    for entry in entries:
        try:
            if time.time() - entry.stat().st_mtime > _STALE_PARTIAL:
                entry.unlink()
        except OSError:
            continue


# -- checking and restoring -----------------------------------------------------------------------


def check_backup(file: Path | str) -> str:
    """The schema revision of a backup file that can be restored; :class:`RestoreRefused` otherwise.

    The file must be a SQLite database, pass ``PRAGMA integrity_check``, hold this app's
    ``alembic_version`` and a revision this version knows (not a newer one). It is only read.
    """
    file = Path(file).expanduser()
    if not file.is_file():
        raise RestoreRefused(f"Le fichier {file} n'existe pas : rien n'a été restauré.")
    try:
        with file.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise RestoreRefused(
            f"Le fichier {file} ne peut pas être lu ({exc.strerror}) : rien n'a été restauré."
        ) from exc
    if header != SQLITE_HEADER:
        raise RestoreRefused(f"Le fichier {file} n'est pas une base de données SQLite : rien n'a été restauré.")
    try:
        with closing(sqlite3.connect(f"file:{quote(str(file.resolve()))}?mode=ro", uri=True)) as connection:
            return _check_connection(connection, file)
    except sqlite3.Error as exc:
        raise RestoreRefused(
            f"Le fichier {file} est endommagé ou illisible ({exc}) : rien n'a été restauré."
        ) from exc


def _check_connection(connection: sqlite3.Connection, file: Path) -> str:
    result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        raise RestoreRefused(
            f"Le fichier {file} est endommagé ({'; '.join(map(str, result[:3]))}) : rien n'a été restauré."
        )
    has_version = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")] if has_version else []
    if len(revisions) != 1:
        raise RestoreRefused(
            f"Le fichier {file} n'est pas une sauvegarde de Mutualisation (pas de version de schéma) : "
            "rien n'a été restauré."
        )
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(revisions[0]) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        known = False
    if not known:
        raise RestoreRefused(
            f"Le fichier {file} vient d'une version plus récente de Mutualisation (schéma « {revisions[0]} ») : "
            "mettez l'application à jour pour le restaurer. Rien n'a été restauré."
        )
    return revisions[0]


def restore(
    file: Path | str, target, *, settings: BackupSettings | None = None, force: bool = False
) -> RestoreResult:
    """Replace the SQLite database of ``target`` by the backup ``file``.

    In order: the file is checked (:func:`check_backup`) and copied beside the database
    (online backup API, so a backup of a live database is read consistently); the current
    database is backed up (reason ``restauration``); then, holding its exclusive lock,
    its write-ahead log is emptied and the copy renamed over it (``os.replace``: atomic);
    finally the schema is brought up to date and the restore is written to the audit log.
    ``target`` is an open :class:`Database` (disposed, then reused) or a path/URL. Refused
    with :class:`DatabaseLockedError` while another program has the database open. The
    ledger is verified first and never rewound (``services/restore_ledger.py``): a forged
    backup is refused, an older one too unless ``force``.
    """
    from . import restore_ledger

    file = Path(file).expanduser()
    path = _require_file(target)
    if path.exists() and file.resolve() == path.resolve():
        raise RestoreRefused(
            "Ce fichier est la base de données elle-même : choisissez une sauvegarde. Rien n'a été restauré."
        )
    revision = check_backup(file)
    staged = path.with_name(f".{path.name}.restauration")
    try:
        copy_sqlite(file, staged, read_only=True)
    except BackupError as exc:
        raise RestoreRefused(f"{exc} Rien n'a été restauré.") from exc
    try:
        with closing(sqlite3.connect(staged)) as connection:  # the copy itself, checked again
            _check_connection(connection, file)
        ledger_check = restore_ledger.check_staged(staged, file, path, force=force)
        if isinstance(target, Database):
            target.dispose()  # our pooled connections would keep the old file open
        previous = _backup_current(path, settings)
        _swap(staged, path)
    finally:
        staged.unlink(missing_ok=True)
    database = target if isinstance(target, Database) else open_database(path)
    try:
        upgrade(database.engine)
        restore_ledger.after_swap(path, file, ledger_check)
        with database.session() as session, session.begin():
            session.add(AuditEntry(
                at=dt.datetime.now(), user=current_user()[:100], action="restore", table_name="(base)",
                before_json=json.dumps({"sauvegarde": str(previous) if previous else None}, ensure_ascii=False),
                after_json=json.dumps({"fichier": str(file.resolve()), "schéma": revision}, ensure_ascii=False),
            ))  # fmt: skip
    finally:
        if database is not target:
            database.dispose()
    return RestoreResult(file, previous, revision)


def _backup_current(path: Path, settings: BackupSettings | None) -> Path | None:
    """Keep the database about to be replaced; a damaged one is copied byte for byte."""
    if not path.exists():
        return None
    try:
        return backup_now(path, "restauration", settings=settings)
    except BackupError:
        folder = backup_folder(path, settings or load_settings())
        destination = _free_name(folder, backup_file_name(path, "restauration-brute"))
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            for suffix in ("", "-wal"):  # the file and its log as they are, to be examined later
                if Path(f"{path}{suffix}").exists():
                    fd = os.open(f"{destination}{suffix}", os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
                    with os.fdopen(fd, "wb") as out, open(f"{path}{suffix}", "rb") as src:
                        shutil.copyfileobj(src, out)
                        os.fsync(out.fileno())
        except OSError as exc:
            raise BackupError(tr(
                "Backup", "Impossible de sauvegarder la base actuelle avant de la remplacer ({error}) : rien n'a été "
                "restauré.", error=exc.strerror,
            )) from exc
        return destination


def _swap(staged: Path, path: Path) -> None:
    """Rename ``staged`` over ``path`` while no other connection can use the database."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    lock = None
    try:
        if not path.exists():
            raise FileNotFoundError(path)
        lock = sqlite3.connect(path, timeout=2.0, isolation_level=None)
        lock.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = lock.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise sqlite3.OperationalError("database is locked")
        lock.execute("BEGIN EXCLUSIVE")
    except FileNotFoundError:
        lock = None
    except sqlite3.DatabaseError as exc:
        if lock is not None:
            lock.close()
        if getattr(exc, "sqlite_errorcode", 5) & 0xFF not in (5, 6):
            lock = None  # a damaged database: nothing to keep consistent, replace it
        else:
            raise DatabaseLockedError(tr(
                "Backup", "La base de données {path} est ouverte par un autre programme ou une autre fenêtre de "
                "Mutualisation : fermez-les, puis recommencez la restauration. Rien n'a été restauré.", path=path,
            )) from exc
    try:
        os.replace(staged, path)
        # A -wal left beside the new file would be replayed into it: it belongs to the old one.
        for leftover in (wal, shm):
            leftover.unlink(missing_ok=True)
        fsync_folder(path.parent)
    finally:
        if lock is not None:
            lock.close()
    with closing(sqlite3.connect(path)) as connection:  # back to write-ahead logging, as opened
        connection.execute("PRAGMA journal_mode=WAL")
