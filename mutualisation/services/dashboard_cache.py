"""The dashboard's figures kept from one launch to the next, while the data does not change.

Computing the running period, the alerts and the chart's eight periods takes seconds on a
large database (the engine's exact arithmetic line by line), and the app computes them at
every start. They depend only on the database's content, the day, the interface language
and the app's code: this module keeps the last figures in a private file of the user's data
folder, keyed by all of these, and gives them back as long as the key holds.

The database's content is named by its **change mark**: the last row of the audit log (id,
time, table, record, action). Every change made through a session writes an audit row in
its own transaction (:mod:`mutualisation.storage.audit`) — an edited bill, an issued
statement, a payment, an import, a demonstration loaded — so any change moves the mark and
the figures are computed anew. A restored backup brings its own log back, hence the mark of
the state it holds. A migration changes the schema head, which is part of the key too.

The file holds the figures of one mark only (a change makes the older ones useless); it is
written whole or not at all, readable by its owner only, and a file that cannot be read is
simply ignored: the figures are then computed as without it. It is a pickle, like the
database it comes from it lives in the user's private folder (0700).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from .dashboard import DashboardFigures, dashboard_figures

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Bumped when DashboardFigures changes shape: older files are then ignored.
FORMAT = 1
#: The folder, under the user's data folder, holding one file per database.
FOLDER = "cache"
_PACKAGE = Path(__file__).resolve().parents[1]


def cached_dashboard_figures(
    session: Session, today: dt.date, count: int, with_alerts: bool, language: str
) -> DashboardFigures:
    """:func:`~mutualisation.services.dashboard.dashboard_figures`, read from the file when
    the database has not changed since it was written (same day, language and code), else
    computed and written there. ``language``: the interface's (the alerts are words)."""
    file = cache_file(session)
    key = (FORMAT, change_mark(session), code_mark(), today, count, with_alerts, language)
    kept = _read(file)
    if kept is not None and key in kept:
        return kept[key]
    figures = dashboard_figures(session, today, count, with_alerts)
    same_state = {k: v for k, v in (kept or {}).items() if k[:3] == key[:3]}
    same_state[key] = figures
    _write(file, same_state)
    return figures


def change_mark(session: Session) -> tuple:
    """The last audit row (id, time, table, record, action), or () for a database never changed
    through the app; and the schema head."""
    from sqlalchemy import select

    from ..storage.database import SCHEMA_HEAD
    from ..storage.models import AuditEntry

    last = session.execute(
        select(AuditEntry.id, AuditEntry.at, AuditEntry.table_name, AuditEntry.record_id, AuditEntry.action)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return (SCHEMA_HEAD, tuple(last) if last is not None else ())


def code_mark() -> tuple:
    """The app's version and, from a source tree, the latest change to the domain and services'
    code (a developer's edit of a rule computes the figures anew)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("mutualisation")
    except PackageNotFoundError:
        release = ""
    latest = 0
    for folder in ("domain", "services"):
        for root, _dirs, files in os.walk(_PACKAGE / folder):
            for name in files:
                if name.endswith(".py"):
                    latest = max(latest, os.stat(os.path.join(root, name)).st_mtime_ns)
    return (release, latest)


def cache_file(session: Session) -> Path:
    """The file of this database (named after its URL, password left out)."""
    url = session.get_bind().url.render_as_string(hide_password=True)
    return paths.user_data_dir() / FOLDER / f"tableau-de-bord-{hashlib.sha256(url.encode()).hexdigest()[:20]}.pickle"


def _read(file: Path) -> dict | None:
    try:
        with file.open("rb") as handle:
            kept = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # truncated, from another version, unreadable: computed anew
        return None
    return kept if isinstance(kept, dict) else None


def _write(file: Path, kept: dict) -> None:
    partial = file.with_name(f".{file.name}.{os.getpid()}-{os.urandom(4).hex()}")
    try:
        file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        paths.write_private(partial, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, file)
    except Exception:  # a full disk or a read-only folder only costs the next start's speed
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
