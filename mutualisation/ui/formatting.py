"""Text for the screen: French amounts, dates, percentages and quantities.

Amounts stay :class:`~decimal.Decimal` all the way to the string; nothing here goes through
float. Amounts, numbers and percentages are worded by :mod:`mutualisation.domain.french`, the
module the PDFs use, so that the screen and the paper round alike (half-up) and separate
thousands alike (U+202F, and U+00A0 before the euro sign: ``1 234,56 €``).

Figures stay French when the interface is in English: the amount and date fields read French
input, and the figures are those printed on the (French) statements. Only month names follow the
interface language.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from babel.dates import format_date as _babel_date
from PySide6.QtCore import QCoreApplication, QLocale

from ..domain import french

LOCALE = "fr_FR"
NBSP = "\u00a0"


@lru_cache(maxsize=65536)
def money(value: Decimal | None) -> str:
    """``1 234,56 €``; an empty string for no amount."""
    if value is None:
        return ""
    return french.money(value)


def date(value: dt.date | None) -> str:
    """``05/02/2025``; an empty string for no date."""
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def month(value: dt.date | None) -> str:
    """``février 2025`` for a month given by any of its days (``February 2025`` when the interface
    is in English: words follow the interface language, figures stay French)."""
    if value is None:
        return ""
    english = QLocale().language() == QLocale.Language.English
    return _babel_date(value, "LLLL y", locale="en_GB" if english else LOCALE)


def period(start: dt.date | None, end: dt.date | None) -> str:
    """``01/01/2025 – 31/03/2025``; empty when there is no period."""
    if start is None and end is None:
        return ""
    return f"{date(start)} – {date(end)}"


def short_period(start: dt.date | None, end: dt.date | None) -> str:
    """``15/03 – 14/05/2026`` within one year, else as :func:`period`."""
    if start is not None and end is not None and start.year == end.year:
        return f"{start.day:02d}/{start.month:02d} – {date(end)}"
    return period(start, end)


def number(value: Decimal | int | None, places: int = 2) -> str:
    """A decimal number with up to ``places`` decimals and no trailing zeros: ``1 100``, ``0,8``."""
    if value is None:
        return ""
    return french.number(value, places, trim=True)


def percent(ratio: Decimal | None, places: int = 2) -> str:
    """A ratio as a percentage: ``Decimal("0.4")`` → ``40 %``, ``0.3333`` → ``33,33 %``."""
    if ratio is None:
        return ""
    return french.percent(ratio, places, trim=True)


def area(value: Decimal | None) -> str:
    """``36 m²``."""
    if value is None:
        return ""
    return f"{number(value)}{NBSP}m²"


def months(count: int | None) -> str:
    """``1 mois``, ``12 mois``."""
    if count is None:
        return ""
    if count == 1:  # invariable in French, singular in English
        return QCoreApplication.translate("formatting", "{count}\u00a0mois", "un seul").format(count=count)
    return QCoreApplication.translate("formatting", "{count}\u00a0mois").format(count=count)


def years(count: int | None) -> str:
    """``1 an``, ``5 ans``."""
    if count is None:
        return ""
    if count <= 1:
        return QCoreApplication.translate("formatting", "{count}\u00a0an").format(count=count)
    return QCoreApplication.translate("formatting", "{count}\u00a0ans").format(count=count)
