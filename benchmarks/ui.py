"""Desktop app benchmark on the large synthetic data set (50,000 bills).

Run: ``python -m benchmarks.ui [--db PATH] [--runs N]``. Builds the large synthetic data set
(benchmarks/synthetic.py) in a temporary SQLite file (or reuses --db), then starts the app
N times in a fresh process (``QT_QPA_PLATFORM=offscreen``, empty settings) and prints the
median of:

- launch to the first painted main window: from just before the process is spawned
  (interpreter start-up included) to the end of the window's first paint (target < 1 s);
- opening the Dépenses page: from the navigation to the bills table filled and painted,
  once the dashboard's figures are in (target < 300 ms);
- sorting the bills by amount with a click on the header, until repainted (< 300 ms);

and the largest peak resident memory of the app processes (target < 300 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: perf_counter() is CLOCK_MONOTONIC on Linux, shared by every process: the parent's
#: reading just before spawning the app is comparable with the app's own readings.
LAUNCH_ENV = "MUTUALISATION_BENCH_LAUNCH"

TARGETS = {"launch_ms": 1000, "bills_page_ms": 300, "sort_ms": 300, "peak_mb": 300}


# -- in the app's process ------------------------------------------------------------------------


def run_app_once(db_path: str) -> dict:
    """What ``run_app`` does up to the first paint, then the Dépenses page and a sort.

    Qt is imported here only, so that the launch figure counts its import.
    """
    launched = float(os.environ.get(LAUNCH_ENV, time.perf_counter()))
    import resource

    from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, Qt, QTimer
    from PySide6.QtTest import QTest

    from mutualisation.storage.database import open_database
    from mutualisation.ui.app import create_application
    from mutualisation.ui.errors import install_excepthook

    class PaintWatcher(QObject):
        """Ends a local event loop once ``widget`` has had a paint event and the frame it
        belongs to is finished (the zero timer runs after the backing store's flush)."""

        def __init__(self, widget) -> None:
            super().__init__()
            self.widget = widget
            self.loop = QEventLoop()
            self.seen = False
            self.done_at: float | None = None
            widget.installEventFilter(self)

        def eventFilter(self, watched, event) -> bool:
            if watched is self.widget and event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, self._frame_done)
            return False

        def _frame_done(self) -> None:
            self.done_at = time.perf_counter()
            self.loop.quit()

        def wait(self, timeout_ms: int = 60_000) -> float:
            """The time the frame with the first paint was done."""
            if self.done_at is None:
                timeout = QTimer(singleShot=True, interval=timeout_ms)
                timeout.timeout.connect(self.loop.quit)
                timeout.start()
                self.loop.exec()
                timeout.stop()
            self.widget.removeEventFilter(self)
            if self.done_at is None:
                raise RuntimeError(f"no paint event on {self.widget!r} within {timeout_ms} ms")
            return self.done_at

    app = create_application([sys.argv[0]])  # noqa: F841 (kept alive for the whole run)
    install_excepthook()
    database = open_database(db_path)
    from mutualisation.services.workspace import Workspace
    from mutualisation.ui.main_window import MainWindow

    window = MainWindow(Workspace(database))
    watcher = PaintWatcher(window)
    window.show()
    painted = watcher.wait()
    figures = {"launch_ms": (painted - launched) * 1000}

    # The dashboard computes its figures in a thread: let it finish, as a user reading it would.
    task = window.pages["dashboard"].task
    if task.is_busy():
        idle = QEventLoop()
        task.busy_changed.connect(lambda busy: busy or idle.quit())
        QTimer.singleShot(60_000, idle.quit)
        idle.exec()
    figures["dashboard_ms"] = (time.perf_counter() - launched) * 1000

    page = window.pages["expenses"]
    table = page.bills_table
    watcher = PaintWatcher(table.view.viewport())
    start = time.perf_counter()
    window.show_page("expenses")
    figures["bills_page_ms"] = (watcher.wait() - start) * 1000
    figures["bills"] = table.model.rowCount()

    # A click on the Montant header, as the user sorts (one sort)…
    header, amount = table.view.horizontalHeader(), table.model.AMOUNT
    x = header.sectionViewportPosition(amount) + header.sectionSize(amount) // 2
    where = QPoint(x, header.height() // 2)
    watcher = PaintWatcher(table.view.viewport())
    start = time.perf_counter()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    figures["sort_ms"] = (watcher.wait() - start) * 1000
    figures["sorted"] = _in_order(table, amount, header.sortIndicatorOrder())
    # …and through view.sortByColumn, which Qt 6 sorts twice (indicator signal, then directly).
    watcher = PaintWatcher(table.view.viewport())
    start = time.perf_counter()
    table.view.sortByColumn(amount, Qt.SortOrder.DescendingOrder)
    figures["sort_by_column_ms"] = (watcher.wait() - start) * 1000
    figures["sorted"] &= _in_order(table, amount, Qt.SortOrder.DescendingOrder)

    figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    window.hide()
    database.dispose()
    return figures


def _in_order(table, column: int, order) -> bool:
    """Whether the shown rows follow ``order`` on ``column`` (first and last rows)."""
    from PySide6.QtCore import Qt

    from mutualisation.ui.models.table_model import SORT_ROLE

    last = table.proxy.rowCount() - 1
    first, last = (table.proxy.index(row, column).data(SORT_ROLE) for row in (0, last))
    return first <= last if order == Qt.SortOrder.AscendingOrder else first >= last


# -- in the benchmark's process ------------------------------------------------------------------


def _launch(db_path: Path, settings: Path, profile: Path | None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(settings))
    command = [sys.executable]
    if profile is not None:
        command += ["-m", "cProfile", "-o", str(profile)]
    command += ["-m", "benchmarks.ui", "--child", str(db_path)]
    env[LAUNCH_ENV] = repr(time.perf_counter())
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"the app failed (status {done.returncode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _line(label: str, value: float, unit: str, target: int, detail: str = "") -> str:
    verdict = "OK" if value < target else ("TROP LENT" if unit == "ms" else "TROP GROS")
    detail = f" ({detail})" if detail else ""
    return f"{label}: {value:.0f} {unit}{detail}; target < {target} {unit}: {verdict}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing synthetic database to reuse")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", help="also write a cProfile of one more app run to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_app_once(args.child)))
        return

    folder = Path(tempfile.mkdtemp(prefix="mutualisation-ui-"))
    path = Path(args.db) if args.db else folder / "synthetic.sqlite"
    if not path.exists():
        from mutualisation.storage.database import open_database

        from . import synthetic

        database = open_database(path)
        start = time.perf_counter()
        with database.session() as session, session.begin():
            synthetic.build(session)
        database.dispose()
        print(f"data set built in {time.perf_counter() - start:.1f} s ({path})")

    runs = [_launch(path, folder / "settings", None) for _ in range(args.runs)]

    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    bills = runs[0]["bills"]
    if not all(run["sorted"] for run in runs):
        print("warning: the bills table did not end up sorted by amount")
    print(f"app runs: {args.runs}, offscreen, medians")
    print(_line("launch to first painted main window", median("launch_ms"), "ms", TARGETS["launch_ms"],
                "interpreter start-up and imports included"))  # fmt: skip
    print(f"  dashboard figures in after {median('dashboard_ms'):.0f} ms from launch")
    print(_line("Dépenses page opened, bills filled and painted", median("bills_page_ms"), "ms",
                TARGETS["bills_page_ms"], f"{bills:,} bills"))  # fmt: skip
    print(_line("bills sorted by amount (header click) and repainted", median("sort_ms"), "ms",
                TARGETS["sort_ms"]))  # fmt: skip
    print(f"  through view.sortByColumn (Qt sorts twice): {median('sort_by_column_ms'):.0f} ms")
    print(_line("peak memory of the app", max(run["peak_mb"] for run in runs), "MB", TARGETS["peak_mb"],
                "largest ru_maxrss of the runs"))  # fmt: skip
    if args.profile:
        _launch(path, folder / "settings", Path(args.profile))
        print(f"profile of one more run: {args.profile}")


if __name__ == "__main__":
    main()
