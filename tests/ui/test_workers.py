"""Background threads are forgotten once ended, without the UI thread ever blocking on one."""

from __future__ import annotations

import time

from mutualisation.services import collector
from mutualisation.ui import workers


class EndingThread:
    """A thread that has emitted "finished" and still needs a few checks before it has ended."""

    def __init__(self, checks_before_end: int) -> None:
        self.checks_left = checks_before_end
        self.waits: list[int] = []

    def isFinished(self) -> bool:
        return True

    def wait(self, deadline) -> bool:
        self.waits.append(deadline.remainingTime())
        self.checks_left -= 1
        return self.checks_left < 0


def test_a_thread_slow_to_end_is_looked_at_again_instead_of_waited_for(qtbot, monkeypatch):
    thread = EndingThread(checks_before_end=3)
    monkeypatch.setattr(workers, "_running", {(thread, object())})
    collector.pause()  # as Task.start does for each thread

    started = time.monotonic()
    workers._prune()
    assert time.monotonic() - started < 0.5
    assert thread.waits == [0], "the UI thread waited for the thread to end"
    assert workers._running and collector.is_paused()

    qtbot.waitUntil(lambda: not workers._running, timeout=5000)
    assert set(thread.waits) == {0} and len(thread.waits) == 4
    assert not collector.is_paused()
