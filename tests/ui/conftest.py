"""UI test fixtures: settings kept in the test's own folder, never in the user's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer

from mutualisation.services.workspace import Workspace
from mutualisation.ui import workers
from mutualisation.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    qapp.setOrganizationName("MutualisationTests")
    qapp.setApplicationName("Mutualisation")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"


@pytest.fixture
def no_thread_left(qapp):
    """For tests that wait on background work: the main loop is clear at the start, and every
    worker thread has ended at the end."""
    # A test that ran ``app.exec()`` and closed the last window can leave Qt's main loop
    # flagged to quit (tests/ui/test_app.py does): timers and the workers' queued signals
    # would then never be delivered. Running the loop once clears the flag.
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()
    yield
    assert workers.wait_all(20000)


@pytest.fixture
def window(demo_db, qtbot):
    """The main window on the demonstration data, shown."""
    window = MainWindow(Workspace(demo_db))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window
