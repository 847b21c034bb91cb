"""Screenshots of every page of the main window, on the demonstration data.

Runs headless (Qt's offscreen platform) on a temporary database and writes
``docs/screenshots/<page>.png`` at 1280×800, plus ``welcome.png`` for the first-start screen.

    .venv/bin/python scripts/screenshots.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget  # noqa: E402

from mutualisation.services.demo import load_demo  # noqa: E402
from mutualisation.storage.database import open_database  # noqa: E402
from mutualisation.ui.app import create_application  # noqa: E402
from mutualisation.ui.main_window import MainWindow  # noqa: E402

SIZE = (1280, 800)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _window(database, app: QApplication) -> MainWindow:
    window = MainWindow(database)
    window.resize(*SIZE)
    window.show()
    _settle(app)
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--tabs", action="store_true", help="also save every tab of a page as <page>-<n>.png"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory() as folder:
        # Geometry from a previous run must not change the size of the pictures.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)

        empty = open_database(Path(folder) / "empty.sqlite")
        window = _window(empty, app)
        window.grab().save(str(args.out / "welcome.png"))
        print(args.out / "welcome.png")
        window.close()
        empty.dispose()

        database = open_database(Path(folder) / "demo.sqlite")
        with database.session() as session, session.begin():
            load_demo(session)
        window = _window(database, app)
        for key in window.page_keys():
            window.show_page(key)
            _settle(app)
            path = args.out / f"{key}.png"
            window.grab().save(str(path))
            print(path)
            tabs = window.pages[key].findChild(QTabWidget) if args.tabs else None
            if tabs is not None:
                for index in range(1, tabs.count()):
                    tabs.setCurrentIndex(index)
                    _settle(app)
                    path = args.out / f"{key}-{index + 1}.png"
                    window.grab().save(str(path))
                    print(path)
                tabs.setCurrentIndex(0)
        window.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
