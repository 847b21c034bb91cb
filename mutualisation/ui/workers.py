"""Slow work off the UI thread: a function run by a worker object on its own QThread.

A page keeps a :class:`Task` and calls ``task.start(function, *args)``; the function runs on
a new thread (it opens its own database session there, through the workspace) and its result,
or the exception it raised, comes back on the UI thread through the task's ``succeeded`` /
``failed`` signals.
Starting again while a run is in progress supersedes it: only the latest run reports, so a
quick change of period never shows the figures of the previous one.

    task = Task(self)
    task.succeeded.connect(self.on_preview_succeeded)
    task.failed.connect(self.on_preview_failed)
    task.busy_changed.connect(self.busy_indicator.setVisible)
    task.start(compute_preview, workspace, convention_id, period)

The function must return plain values (frozen dataclasses, Decimal, bytes), never ORM
objects bound to its session.

Python's cyclic garbage collector is paused while a worker runs (through
:mod:`mutualisation.services.collector`, its one owner): a collection started on the
worker's thread could free Qt objects (widgets, models) left in reference cycles by the UI
thread, and Qt objects must only be deleted on their own thread — a crash otherwise. The
collector resumes, on the UI thread, as soon as no worker runs any more.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QObject, Qt, QThread, QTimer, Signal, Slot

from ..services import collector

log = logging.getLogger(__name__)

#: Threads still running, with their worker: kept referenced until they finish, so that a
#: page closed in the middle of a computation never destroys a running QThread.
_running: set[tuple[QThread, Worker]] = set()


class Worker(QObject):
    """Runs one function on the thread it was moved to and reports the outcome."""

    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self._function, self._args, self._kwargs = function, args, kwargs

    @Slot()
    def run(self) -> None:
        try:
            result = self._function(*self._args, **self._kwargs)
        except Exception as exc:  # reported to the page, which shows it in French
            log.debug("background work failed", exc_info=True)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.done.emit()


class Task(QObject):
    """A page's handle on background work: start it, hear back from the latest run only."""

    #: The result of the latest run, on the UI thread.
    succeeded = Signal(object)
    #: The exception the latest run raised, on the UI thread.
    failed = Signal(object)
    #: True when a run starts, False when the latest one has reported.
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._busy = False
        self._current: QThread | None = None

    def is_busy(self) -> bool:
        return self._busy

    def start(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Run ``function(*args, **kwargs)`` on a new thread; a run in progress is superseded."""
        with collector.paused():  # see _prune
            self._start(function, args, kwargs)

    def _start(self, function: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        _prune()
        self._generation += 1
        thread = QThread()
        thread.setObjectName(f"task-{getattr(function, '__name__', 'work')}")
        worker = Worker(function, *args, **kwargs)
        worker.moveToThread(thread)
        collector.pause()  # one pause per running thread, resumed when it is forgotten
        _running.add((thread, worker))
        relay = _Relay(self, self._generation)
        thread.started.connect(worker.run)
        # Direct: quit from the worker's own thread, even while the UI thread waits for it.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        # Outcomes travel as queued calls to the relay, a child of this task on the UI
        # thread: if the page (and so the task) is gone by then, Qt drops them.
        worker.succeeded.connect(relay.on_succeeded)
        worker.failed.connect(relay.on_failed)
        # The reaper outlives any page: it always hears the end of the thread.
        thread.finished.connect(_reaper().on_thread_finished)
        thread.finished.connect(relay.deleteLater)
        self._current = thread
        self._set_busy(True)
        thread.start()

    def wait(self, timeout_ms: int = 10000) -> bool:
        """Block until the latest run's thread has finished (for closing and for tests)."""
        thread = self._current
        return thread is None or thread.wait(QDeadlineTimer(timeout_ms))

    def _deliver(self, generation: int, success: bool, value: object) -> None:
        if generation != self._generation:
            return  # superseded by a later run
        self._set_busy(False)
        if success:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)


class _Relay(QObject):
    """Lives on the UI thread, child of the task: receives one run's outcome."""

    def __init__(self, task: Task, generation: int) -> None:
        super().__init__(task)
        self._task, self._generation = task, generation

    @Slot(object)
    def on_succeeded(self, value: object) -> None:
        self._task._deliver(self._generation, True, value)

    @Slot(object)
    def on_failed(self, value: object) -> None:
        self._task._deliver(self._generation, False, value)


class _Reaper(QObject):
    """On the UI thread: forgets the threads that ended and resumes garbage collection."""

    @Slot()
    def on_thread_finished(self) -> None:
        _prune()


_the_reaper: _Reaper | None = None


def _reaper() -> _Reaper:
    global _the_reaper
    if _the_reaper is None:
        _the_reaper = _Reaper()  # created on the UI thread, by the first start()
    return _the_reaper


#: How soon the UI thread looks again at a thread that has emitted "finished" but not yet ended.
_RECHECK_MS = 10


def _prune() -> None:
    """Forget the threads that have ended; resume garbage collection when none runs.

    "finished" is emitted just before a thread really ends (Qt still cleans up on it), so a
    thread is forgotten only once a wait of zero says it has ended. The UI thread never
    blocks on one here: a thread slow to end (a loaded machine) is looked at again shortly.
    """
    ending = False
    # No collection while threads and workers are forgotten (or made, in Task.start): one
    # started inside a QObject's destructor could destroy other QObjects there and deadlock on
    # Qt's own locks (seen under load: the UI thread stuck in ~QObject, called from the GC).
    with collector.paused():
        for entry in [e for e in _running if e[0].isFinished()]:
            if entry[0].wait(QDeadlineTimer(0)):
                _running.discard(entry)
                collector.resume()
            else:
                ending = True
        entry = None  # its last reference dropped while the collector is still off
    if ending:
        QTimer.singleShot(_RECHECK_MS, _prune)


def wait_all(timeout_ms: int = 10000) -> bool:
    """Wait for every background thread still running (on exit, and between tests)."""
    finished = True
    for thread, _worker in list(_running):
        finished = thread.wait(QDeadlineTimer(timeout_ms)) and finished
    _prune()
    return finished
