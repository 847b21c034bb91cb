"""What both screenshot scripts share: the same pictures from one run to the next.

A screenshot must not change unless the screen did, so that ``make screenshots`` leaves the git
tree clean when nothing changed. Three things would otherwise vary from run to run:

- the clock: the dashboard counts days to the convention's term, issued statements carry their
  date. The scripts run at a fixed moment (``time_machine``, not ticking);
- the paths: the database and backups live in a temporary folder whose name is random. The app
  runs with its home inside that folder, and every path shown on screen is rewritten as under a
  neutral user's home (``/home/gestionnaire``), so no temporary or real home folder appears;
- the window geometry and language saved by a previous run: the settings live in the temporary
  folder too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import time_machine
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

#: The moment every picture is taken: a weekday morning late in the demo's second year.
FIXED_MOMENT = dt.datetime(2026, 11, 16, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))
#: The home folder paths are shown under, in place of the temporary one.
SHOWN_HOME = "/home/gestionnaire"


@contextlib.contextmanager
def capture_session(app: QApplication, language: str) -> Iterator[Path]:
    """A fixed clock, a throwaway home and settings; yields the folder for the databases."""
    from mutualisation.ui.language import install_translations, save_language

    with tempfile.TemporaryDirectory() as folder, time_machine.travel(FIXED_MOMENT, tick=False):
        home = Path(folder) / "home"
        home.mkdir()
        saved = {name: os.environ.get(name) for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME")}
        os.environ.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
                          XDG_CONFIG_HOME=str(home / ".config"))  # fmt: skip
        try:
            QSettings.setDefaultFormat(QSettings.Format.IniFormat)
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / ".config"))
            install_translations(app, language)
            save_language(language)  # as if chosen in Paramètres
            data = home / ".local/share/Mutualisation"
            data.mkdir(parents=True)
            yield data
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def neutral_paths(widget: QWidget) -> None:
    """Show every path under ``SHOWN_HOME`` instead of the throwaway home (labels and fields)."""
    home = os.environ["HOME"]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, (QLabel, QLineEdit)) and home in child.text():
            child.setText(child.text().replace(home, SHOWN_HOME))


def save_picture(widget: QWidget, path: Path) -> None:
    """Save ``widget`` as shown, paths made neutral, at the highest PNG compression."""
    neutral_paths(widget)
    QApplication.processEvents()
    widget.grab().save(str(path), "PNG", 0)
    print(path)
