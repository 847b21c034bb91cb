"""The one owner of Python's cyclic garbage collector.

Two kinds of long work pause it:

- a computation or a read that allocates hundreds of thousands of short-lived values and no
  reference cycles (the engine's Fractions, a register's row values): the collector would
  only rescan them, a third of the engine's time and a sixth of the bills page's;
- the interface's worker threads: a collection started on a worker's thread could free Qt
  objects left in reference cycles by the UI thread, and Qt objects must only be deleted on
  their own thread (a crash otherwise).

Both can overlap, on several threads: each pause is counted, the first one remembers whether
the collector was on and switches it off, and only the last one to end switches it back on
(if it was on). Separate ``gc.disable()``/``gc.enable()`` pairs would otherwise switch it
back on under a running worker.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
#: Whether the collector was on when the first pause began (None: not paused).
_was_enabled: bool | None = None


def pause() -> None:
    """Hold the collector off until a matching :func:`resume`."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1


def resume() -> None:
    """End one :func:`pause`; the last one switches the collector back on if it was on."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            raise RuntimeError("resume() sans pause() correspondante")
        _pauses -= 1
        if _pauses == 0:
            if _was_enabled:
                gc.enable()
            _was_enabled = None


def is_paused() -> bool:
    with _lock:
        return _pauses > 0


@contextmanager
def paused() -> Iterator[None]:
    """The collector is off inside the block (and stays off if another pause holds it)."""
    pause()
    try:
        yield
    finally:
        resume()


def keep_what_exists(young_objects: int) -> None:
    """Freeze every object alive now — no collection walks them again — and collect the
    youngest generation every ``young_objects`` allocations instead of 700: for a headless
    command once its start-up is done (``cli/process.py``), which keeps what it built to its
    end. Garbage is still collected; the process ends soon after."""
    gc.freeze()
    gc.set_threshold(young_objects, *gc.get_threshold()[1:])
