"""The storage's errors, each shown to the user as a plain French message, and the translation
of what SQLite and PostgreSQL report into them (installed on every engine by ``database``)."""

from __future__ import annotations


class StorageError(Exception):
    """Base of the storage errors shown to the user as a plain message."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer version of the app."""


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened or is not a database."""


# -- what SQLite reports, told in French (open_database, and every write through handle_error) ---


class NotADatabaseError(DatabaseUnavailableError):
    """The file is not a SQLite database at all."""


class DatabaseCorruptError(DatabaseUnavailableError):
    """The file is a damaged database (truncated, overwritten)."""


class DatabaseReadOnlyError(DatabaseUnavailableError):
    """The file, its folder or the disk refuses writing."""


class DatabaseLockedError(StorageError):
    """Another program holds the database's write lock longer than the wait allowed."""


class DiskFullError(StorageError):
    """The disk (or the database's size limit) is full: the change was rolled back."""


class BackupError(StorageError):
    """A copy of the database could not be made or read back."""


class ForeignDatabaseError(DatabaseUnavailableError):
    """A SQLite file with tables that are not this app's: never written to."""


class MissingDatabaseError(DatabaseUnavailableError):
    """No database file where one was expected, for a command that does not create one."""


def sqlite_error(code: int | None, path: str, busy_timeout: float) -> StorageError | None:
    """The French error for a SQLite result code, or None to keep SQLAlchemy's own."""
    primary = (code or 0) & 0xFF
    if primary == 26:  # SQLITE_NOTADB
        return NotADatabaseError(
            f"Impossible d'ouvrir la base de données {path} : ce fichier n'est pas une base de données "
            "(ni Mutualisation, ni SQLite). Il n'a pas été modifié."
        )
    if primary == 11:  # SQLITE_CORRUPT
        return DatabaseCorruptError(
            f"La base de données {path} est endommagée (fichier tronqué ou altéré). Rien n'y a été écrit. "
            "Restaurez la dernière sauvegarde (Paramètres › Restaurer…, ou « mutualisation restore FICHIER »)."
        )
    if primary in (8, 3):  # SQLITE_READONLY, SQLITE_PERM
        return DatabaseReadOnlyError(
            f"La base de données {path} est en lecture seule (fichier, dossier ou disque protégé en écriture) : "
            "la modification n'a pas été enregistrée. Vérifiez les droits du fichier et de son dossier."
        )
    if primary == 13:  # SQLITE_FULL
        return DiskFullError(
            f"Le disque de la base de données {path} est plein : la modification a été annulée et les données "
            "déjà enregistrées sont intactes. Libérez de la place, puis recommencez."
        )
    if primary in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return DatabaseLockedError(
            f"La base de données {path} est occupée par un autre programme ou une autre fenêtre de Mutualisation "
            f"(attente de {busy_timeout:g} s dépassée). Rien n'a été modifié : réessayez dans un instant."
        )
    return None


def french_sqlite_errors(path: str, busy_timeout: float):
    def handle_error(context) -> StorageError | None:
        code = getattr(context.original_exception, "sqlite_errorcode", None)
        return sqlite_error(code, path, busy_timeout)  # chained to SQLAlchemy's error

    return handle_error


def french_server_errors(name: str, busy_timeout: float):
    def handle_error(context) -> StorageError | None:
        if getattr(context.original_exception, "sqlstate", None) != "55P03":  # lock_not_available
            return None
        return DatabaseLockedError(
            f"La base de données {name} est occupée par un autre utilisateur ou une autre fenêtre de "
            f"Mutualisation (attente de {busy_timeout:g} s dépassée). Rien n'a été modifié : réessayez dans un instant."
        )

    return handle_error
