"""Where things live: the user's database and the resources shipped with the app."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "Mutualisation"


def user_data_dir() -> Path:
    """The per-user folder holding the default database (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "mutualisation.sqlite"


def resource(*parts: str) -> Path:
    """A file under ``resources/``, from the source tree or the installed wheel alike."""
    return Path(str(resources.files("mutualisation.resources").joinpath(*parts)))
