"""The app's icons: line drawings shipped in ``mutualisation/resources/icons`` (SVG, drawn for the app)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..paths import resource


@cache
def icon(name: str) -> QIcon:
    """The icon ``mutualisation/resources/icons/<name>.svg`` (a page key, or ``mutualisation`` for the app)."""
    return QIcon(str(resource("icons", f"{name}.svg")))
