"""The bundled application's entry point: the ``mutualisation`` command, frozen.

PyInstaller starts here (see ``mutualisation.spec``). It runs the same ``main()`` as the
installed command, so the bundle and ``make run`` share one code path.

``MUTUALISATION_CHECK_WINDOW=1`` is for the bundle's own test (tests/packaging): once the main
window is shown it prints « Fenêtre ouverte : <titre> » and closes it, so the test sees the real
start-up path (Qt plugins, icons, translations, pages) end without anyone clicking. Unset, it
does nothing.
"""

from __future__ import annotations

import os
import sys


def _close_main_window_once_shown(deadline_ms: int = 60_000) -> None:
    """Poll until a visible main window exists, report it, and close it (the app then quits)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mutualisation.ui.app import create_application
    from mutualisation.ui.main_window import MainWindow

    app = create_application()  # run_app reuses this instance
    waited = {"ms": 0}

    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        # The window paints before the database is open (its skeleton): wait for the data too.
        if shown and shown[0].workspace is not None:
            window = shown[0]
            print(f"Fenêtre ouverte : {window.windowTitle()} ({window.width()}×{window.height()})", flush=True)
            window.close()
            return
        waited["ms"] += 200
        if waited["ms"] > deadline_ms:
            print("La fenêtre principale ne s'est pas ouverte.", file=sys.stderr, flush=True)
            app.exit(4)
            return
        QTimer.singleShot(200, poll)

    QTimer.singleShot(200, poll)


def run() -> int:
    from mutualisation import linux_display

    # Before Qt is imported: a missing system library gets the apt-get line, not Qt's abort.
    if linux_display.main(sys.argv[1:]):
        return 3
    from mutualisation.cli import main

    if os.environ.get("MUTUALISATION_CHECK_WINDOW") == "1":
        _close_main_window_once_shown()
    return main()  # the command line of this process: a headless job ends it (cli/process.py)


if __name__ == "__main__":
    sys.exit(run())
