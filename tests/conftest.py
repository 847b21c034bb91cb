"""Fixtures shared by every test: headless Qt, and a fresh database per test."""

from __future__ import annotations

import faulthandler
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: widgets tests never need a display (STYLE.md, Do 11).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The user's data folder (records of chain heads of server databases, settings) is the run's
# own, for this process and those it starts: no test writes into the real home.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="mutualisation-donnees-")

# `kill -USR1` on a test process prints where each of its threads is: .ci/run sends it to a run
# that goes on far longer than it should, so the log says what it waits for.
faulthandler.register(signal.SIGUSR1, all_threads=True)

import pytest  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parents[1]
if str(PROJECT_ROOT) not in sys.path:  # the package is not installed in the venv
    sys.path.insert(0, str(PROJECT_ROOT))

from mutualisation.storage.database import Database, open_database  # noqa: E402


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Stop this process's throwaway PostgreSQL server, if it started one.

    Under pytest-xdist (`make test` runs `-n auto`) each worker starts its own server on first
    use, at its own free port and folder, so workers never share a database name or a
    connection limit; the session's end is the one moment every worker reliably reaches
    (atexit stays as the fallback of an interrupted run). With MUTUALISATION_TEST_PG_URL set
    (CI), every worker uses that one server and creates its own uniquely named databases.
    """
    from tests import pg_server

    pg_server.stop_server()
    shutil.rmtree(os.environ["XDG_DATA_HOME"], ignore_errors=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In parallel, the files holding a ``slow`` test are handed out first, the others after them.

    pytest-xdist hands files out in the order of this list (``--no-loadscope-reorder`` in
    pyproject.toml: its own reordering puts the files with most tests first, hence the one-test
    crash and README files and the three-test bundle last, where each kept one worker busy for a
    minute or more after the other had finished). Started first, they run beside the hundred
    short files, which then fill both workers evenly to the end. The other files keep xdist's
    order (most tests first), and a file's tests keep theirs (the sort is stable). A serial run
    (no worker) keeps the collection order.
    """
    if not hasattr(config, "workerinput"):
        return
    per_file: dict[Path, list[pytest.Item]] = {}
    for item in items:
        per_file.setdefault(item.path, []).append(item)

    def rank(tests: list[pytest.Item]) -> tuple[bool, int]:
        return (not any(test.get_closest_marker("slow") for test in tests), -len(tests))

    items[:] = [item for tests in sorted(per_file.values(), key=rank) for item in tests]


@pytest.fixture(autouse=True)
def main_loop_left_runnable(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test that used Qt, the main loop can run again for the next test.

    A test that ran ``app.exec()`` and closed the last window (``run_app`` in tests/ui/test_app.py
    and tests/safety/test_ui_safety.py) leaves Qt's main loop flagged to quit: the next test's
    timers and worker signals would never be delivered, and it would time out. In a serial run
    other tests happened to clear the flag in between; with pytest-xdist any file may follow
    any other, so every Qt test clears it on the way out (running the loop once does).
    """
    yield
    if "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        QTimer.singleShot(0, app.quit)
        app.exec()


#: What waits for a person's answer: static functions first, then the dialogs' own loops.
_BLOCKING_DIALOGS = {
    "QMessageBox": ("critical", "warning", "information", "question", "about", "exec"),
    "QFileDialog": ("getOpenFileName", "getSaveFileName", "getExistingDirectory", "exec"),
    "QInputDialog": ("getText", "getInt", "getDouble", "getItem", "exec"),
    "QDialog": ("exec",),
}


@pytest.fixture(autouse=True)
def no_dialog_waits_for_nobody(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog a test did not answer fails that test at once, naming the dialog and its text.

    Offscreen nobody clicks: an unexpected message box (an error met only under load, say)
    would otherwise wait forever and hold the whole run. Tests that expect a dialog replace
    these functions themselves, after this fixture, with their own answers.
    """
    if "qapp" not in request.fixturenames:
        return
    from PySide6 import QtWidgets

    def refuse(where: str):
        def unanswered(*args, **kwargs):
            texts = [arg for arg in args if isinstance(arg, str)]
            raise AssertionError(f"{where} would wait for a click that never comes: {texts}")

        return unanswered

    for class_name, functions in _BLOCKING_DIALOGS.items():
        cls = getattr(QtWidgets, class_name)
        for name in functions:
            monkeypatch.setattr(cls, name, refuse(f"{class_name}.{name}"))


#: ``id()`` of the databases of running tests that were copied from the demonstration template
#: (the test-specific ``db`` overrides of some folders are not: ``demo_db`` loads the demo into
#: those itself).
_FROM_DEMO_TEMPLATE: set[int] = set()


@pytest.fixture(scope="session")
def database_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty migrated database and a demonstration one, built once per test process.

    Migrating a new file and loading the demo are most of a small test's time; each test gets a
    copy of the file instead (a few milliseconds), which is the same database byte for byte.
    """
    from mutualisation.services.demo import load_demo

    folder = tmp_path_factory.mktemp("modeles")
    empty, demo = folder / "vide.sqlite", folder / "demo.sqlite"
    open_database(empty).dispose()
    shutil.copyfile(empty, demo)
    database = open_database(demo)
    with database.session() as session, session.begin():
        load_demo(session)
    database.dispose()
    return {"empty": empty, "demo": demo}


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path, database_templates: dict[str, Path]) -> Iterator[Database]:
    """An empty, migrated SQLite database of its own (with the demo already in it for ``demo_db``)."""
    demo = "demo_db" in request.fixturenames
    path = tmp_path / "test.sqlite"
    shutil.copyfile(database_templates["demo" if demo else "empty"], path)
    database = open_database(path)
    if demo:
        _FROM_DEMO_TEMPLATE.add(id(database))
    yield database
    _FROM_DEMO_TEMPLATE.discard(id(database))
    database.dispose()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The same, filled with the demonstration data."""
    if id(db) not in _FROM_DEMO_TEMPLATE:
        from mutualisation.services.demo import load_demo

        with db.session() as session, session.begin():
            load_demo(session)
    return db
