"""Imported only in the crash test's fork server: one issue and one import in a scratch
database, so that the caches every worker needs (SQLAlchemy mappers, fonts, CLDR data) are
filled once before the fork instead of in each short-lived worker."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from . import crash_worker


def _warm_up() -> None:
    folder = Path(tempfile.mkdtemp(prefix="mutualisation-warmup-"))
    try:
        path = folder / "warmup.sqlite"
        crash_worker.build_database(path)
        crash_worker.work_once(str(path), str(folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_warm_up()
