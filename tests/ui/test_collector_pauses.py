"""The garbage collector stays off while a worker runs, even when a page reads its registers
meanwhile under a pause of its own, and is back on once the last worker has ended."""

from __future__ import annotations

import gc
import threading

import pytest

from mutualisation.services import collector
from mutualisation.services.workspace import Workspace
from mutualisation.ui import workers
from mutualisation.ui.pages.expenses import ExpensesPage
from mutualisation.ui.workers import Task

pytestmark = pytest.mark.usefixtures("no_thread_left")


def test_a_page_refresh_during_a_worker_leaves_the_collector_off_until_the_worker_ends(demo_db, qtbot):
    assert gc.isenabled() and not collector.is_paused()
    page = ExpensesPage(Workspace(demo_db))
    qtbot.addWidget(page)
    release = threading.Event()
    task = Task(page)  # a child of the page, as the pages keep theirs
    with qtbot.waitSignal(task.succeeded, timeout=20000) as finished:
        task.start(lambda: release.wait(20) and "fini")
        assert not gc.isenabled()
        page.refresh()  # reads the bills and charges under its own pause
        assert page.bills_table.model.rowCount() > 0
        assert not gc.isenabled(), "the page's pause ended first: the worker still needs the collector off"
        release.set()
    assert finished.args == ["fini"]
    assert workers.wait_all(20000)
    assert gc.isenabled() and not collector.is_paused()
