"""Where things live: the user's database and the resources shipped with the app."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "Mutualisation"


def user_data_dir() -> Path:
    """The per-user folder holding the default database (created on demand, private: 0700
    whatever the umask, and tightened if it was not)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o700)
    return path


def open_private(path: str | os.PathLike, mode: str = "wb", **kwargs):
    """Open a file for writing, readable and writable by its owner only whatever the umask
    (also when it existed with wider rights): exports hold salaries, PDFs and settings too."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def write_private(path: str | os.PathLike, data: bytes | str, encoding: str = "utf-8") -> None:
    """Write ``data`` to a private file (see :func:`open_private`)."""
    if isinstance(data, str):
        with open_private(path, "w", encoding=encoding) as handle:
            handle.write(data)
    else:
        with open_private(path, "wb") as handle:
            handle.write(data)


def default_database_path() -> Path:
    return user_data_dir() / "mutualisation.sqlite"


def resource(*parts: str) -> Path:
    """A file under ``mutualisation/resources/``, from the source tree or the installed wheel alike."""
    return Path(str(resources.files("mutualisation.resources").joinpath(*parts)))
