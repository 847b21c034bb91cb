"""A headless command as a whole process: its start-up without the cyclic garbage collector
nor the image library, and its end without the interpreter's teardown.

Start-up creates some hundred thousand objects that live until the end (modules,
SQLAlchemy's mapped classes, compiled expressions) and no garbage: each time the collector
runs meanwhile it walks all of them again for nothing. Once the database is open the
collector is resumed with those objects frozen (never walked again); the command's own
garbage, a large import included, is collected as before, in larger batches.

At the end, the interpreter would tear every module down and free each of those objects
one by one: 4 % of a short command's instructions, for nothing the user sees. Once the command
has returned, its files are written and closed (``with`` blocks, ``write_private``) and its
database connections closed (``Database.dispose``): the standard streams are flushed, the
exit handlers run, and the process ends there with the command's status. A thread still
working (none of the commands starts one) gets the ordinary exit, which waits for it.

reportlab and pikepdf import Pillow's ``PIL.Image`` when they load, for images: a document
has one only when its issuer has a logo. The module is registered to load at its first use
instead (the standard library's ``LazyLoader``): 1.5 % of an issuing command without a logo,
the same images with one.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import sys

from ..services import collector

#: Objects allocated between two collections of the youngest generation, instead of 700: a
#: command allocates mostly what it keeps to its end (the rows it read, the PDF's flowables),
#: which each collection would walk again; its garbage is still collected, 20,000 at a time.
YOUNG_OBJECTS = 20_000


def start_up() -> None:
    """Pause the collector and defer Pillow, before the command imports anything heavy."""
    collector.pause()
    _load_at_first_use("PIL.Image")


def _load_at_first_use(name: str) -> None:
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except ImportError:
        return
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    # Also an attribute of its package, as an import makes it: ``from PIL import Image`` then
    # takes it from there, without the import machinery, which would load it (Python 3.11).
    package, _, child = name.rpartition(".")
    setattr(sys.modules[package], child, module)


def start_up_done() -> None:
    """What start-up built is kept for good: freeze it, then collect the command's garbage."""
    collector.keep_what_exists(YOUNG_OBJECTS)
    collector.resume()


def end_process(code: int) -> None:
    """End the process with ``code`` once the exit handlers have run and the standard streams
    are flushed, in the order of Python's own exit (what a handler prints is not lost); returns
    only when a thread is still running (the ordinary exit then waits for it). A stream that
    cannot be flushed (a closed pipe) ends with status 120, as Python's own exit does."""
    threading = sys.modules.get("threading")
    if threading is not None and any(
        not thread.daemon for thread in threading.enumerate() if thread is not threading.main_thread()
    ):
        return
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a reader gone, a stream closed: Python's exit says 120
            code = 120
    os._exit(code)
