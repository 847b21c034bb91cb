"""What the user is shown of a database address, and the rights of its file.

A database URL may carry a password (``user:pw@`` or ``?password=``): messages show it
hidden, and a driver's message repeating it is blanked. A SQLite file left readable by other
accounts (by an older version, or copied) becomes its owner's only, said once.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import URL, make_url

_SECRET_KEYS = ("password", "passwd", "pwd", "secret", "token", "key")


def shown_url(url: str | URL) -> str:
    """A database URL as shown to the user: its password hidden, in any form (``user:pw@``,
    ``?password=``), and nothing at all of a URL that cannot be read."""
    try:
        parsed = make_url(url)
    except Exception:  # a malformed URL: say less rather than print a secret
        return "(adresse illisible)"
    query = {
        key: ("***" if any(word in key.lower() for word in _SECRET_KEYS) else value)
        for key, value in parsed.query.items()
    }
    return parsed.set(query=query).render_as_string(hide_password=True)


def without_secrets(message: str, url: str | URL) -> str:
    """A driver's message with the URL's secrets blanked (some drivers repeat their options)."""
    try:
        parsed = make_url(url)
    except Exception:
        return message
    secrets = [parsed.password] if parsed.password else []
    secrets += [
        str(value) for key, value in parsed.query.items() if any(word in key.lower() for word in _SECRET_KEYS)
    ]
    for secret in secrets:
        if secret:
            message = message.replace(str(secret), "***")
    return message


def tighten(path: Path) -> tuple[str, ...]:
    """A database file readable by others (made by an older version, or copied) becomes private."""
    if os.name != "posix" or not path.is_file():
        return ()
    mode = path.stat().st_mode & 0o777
    if not mode & 0o077:
        return ()
    try:
        path.chmod(mode & 0o700)  # only others' rights go: a read-only file stays read-only
    except OSError:
        return ()
    return (
        f"Les droits de la base {path} étaient {mode:o} (lisible par d'autres comptes) : ils sont désormais "
        f"réservés à son propriétaire ({mode & 0o700:o}).",
    )


def foreign_tables(path: Path) -> int:
    """How many tables a SQLite file holds without this app's schema (0: empty, ours, or not
    readable as a database, which SQLite's own French error reports next)."""
    if not path.is_file() or path.stat().st_size == 0:
        return 0
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return 0  # refused as read-only next, without SQLite creating its -wal and -shm here
    try:
        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=10)) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error:
        return 0
    return len(tables) if tables and "alembic_version" not in tables else 0
