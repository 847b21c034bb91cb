"""Texts of the domain and the services in the interface language, French in documents.

Every sentence the domain or a service writes for a person is marked with :func:`tr`: a
*context* (who speaks: ``"Period"``, ``"Alert"``…) and the French source with named
placeholders, filled after translation::

    tr("Alert", "L'état n° {number} attend son paiement.", number="2026-0007")

By default the source is kept, so the domain stays French and testable without Qt. The
interface installs a translator (:func:`set_translator`, in ``ui/language.py``) that looks the
source up in the same Qt catalogue as its own ``self.tr()`` strings, so one ``.ts``/``.qm``
serves both; ``scripts/update_translations.py`` extracts these calls (literal context and
source only) next to the interface's strings.

Documents sent to partners are French whatever the interface language: whatever builds them
runs inside :func:`french`, a context variable, so a worker thread building a PDF while the
screen is English still writes French — and frozen content stays French.

Figures (amounts, dates, percentages) keep the French notation everywhere (``french.py``):
only words follow the language.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: ``(context, source) → translated source``; None keeps the French source.
Translator = Callable[[str, str], str]

_translator: Translator | None = None
_french_only: contextvars.ContextVar[bool] = contextvars.ContextVar("french_only", default=False)


def tr(context: str, source: str, /, **params: object) -> str:
    """``source`` in the interface language, its ``{placeholders}`` filled from ``params``.

    The arguments ``context`` and ``source`` must be string literals: the extraction reads them.
    """
    return translate_marked(context, source).format(**params) if params else translate_marked(context, source)


def tr_noop(context: str, source: str, /) -> str:
    """Mark a constant for extraction without translating it (Qt's ``QT_TRANSLATE_NOOP``);
    :func:`translate_marked` translates it where it is shown."""
    return source


def translate_marked(context: str, source: str) -> str:
    """A source already marked by :func:`tr_noop` (or by :func:`tr`), in the interface language."""
    if _translator is None or _french_only.get():
        return source
    return _translator(context, source) or source


def set_translator(translator: Translator | None) -> None:
    """Install the interface's translator (None: French sources again)."""
    global _translator
    _translator = translator


@contextmanager
def french() -> Iterator[None]:
    """Texts written inside stay French: documents for partners, frozen content."""
    token = _french_only.set(True)
    try:
        yield
    finally:
        _french_only.reset(token)


def in_french(function: Callable) -> Callable:
    """Decorate a function that builds a document so that all its texts are French."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with french():
            return function(*args, **kwargs)

    return wrapper
