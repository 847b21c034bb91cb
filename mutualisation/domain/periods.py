"""Calendar periods (R2): day ranges with both ends included.

A period is written ``2025-T1`` (quarter, also ``2025-Q1``), ``2025-S1`` (half-year),
``2025-03`` (month) or ``2025`` (year); any other range is given by its two dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .i18n import tr, tr_noop, translate_marked
from .vocabulary import BillingFrequency

ONE_DAY = dt.timedelta(days=1)

#: French, for documents; :func:`month_name` gives them in the interface language.
MONTH_NAMES = (
    tr_noop("Month", "janvier"), tr_noop("Month", "février"), tr_noop("Month", "mars"),
    tr_noop("Month", "avril"), tr_noop("Month", "mai"), tr_noop("Month", "juin"),
    tr_noop("Month", "juillet"), tr_noop("Month", "août"), tr_noop("Month", "septembre"),
    tr_noop("Month", "octobre"), tr_noop("Month", "novembre"), tr_noop("Month", "décembre"),
)  # fmt: skip


def month_name(month: int) -> str:
    """The name of month 1–12 in the interface language (French in documents)."""
    return translate_marked("Month", MONTH_NAMES[month - 1])

_PATTERNS = (
    (re.compile(r"^(\d{4})-?[TtQq]([1-4])$", re.ASCII), "quarter"),
    (re.compile(r"^(\d{4})-?[SsHh]([12])$", re.ASCII), "half"),
    (re.compile(r"^(\d{4})-(\d{1,2})$", re.ASCII), "month"),
    (re.compile(r"^(\d{4})$", re.ASCII), "year"),
)


class PeriodError(ValueError):
    """A period that cannot be read or is empty; the message is for the user."""


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    # calendar.monthrange also computes a weekday: too slow for a per-line hot path.
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=days_in_month(day.year, day.month))


def add_years(day: dt.date, years: int) -> dt.date:
    """The same date ``years`` later; 29 February becomes 1 March in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, days_in_month(year, month + 1)))


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """Calendar days from ``start`` to ``end``, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(tr(
                "Period", "La période se termine ({end}) avant de commencer ({start}).",
                end=f"{self.end:%d/%m/%Y}", start=f"{self.start:%d/%m/%Y}",
            ))  # fmt: skip

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = dt.date(year, 3 * quarter - 2, 1)
        return cls(first, month_end(dt.date(year, 3 * quarter, 1)))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(dt.date(year, month, 1), dt.date(year, month, days_in_month(year, month)))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def overlap(self, start: dt.date, end: dt.date) -> Period | None:
        """The days shared with ``[start, end]``, or None."""
        first, last = max(self.start, start), min(self.end, end)
        return Period(first, last) if first <= last else None

    def months(self) -> Iterator[Period]:
        """The period cut at month boundaries."""
        first = self.start
        while first <= self.end:
            last = min(month_end(first), self.end)
            yield Period(first, last)
            first = last + ONE_DAY

    def split(self, day: dt.date) -> tuple[Period, Period]:
        """Two periods: up to the day before ``day``, and from ``day`` on."""
        if not self.start < day <= self.end:
            raise PeriodError(tr("Period", "Le jour de coupure doit tomber à l'intérieur de la période."))
        return Period(self.start, day - ONE_DAY), Period(day, self.end)

    @property
    def code(self) -> str:
        """The short code of a calendar period (``2025-T1``), else its two ISO dates."""
        s, e = self.start, self.end
        if s.day == 1 and e == month_end(e) and s.year == e.year:
            months = e.month - s.month + 1
            if months == 12:
                return f"{s.year}"
            if months == 6 and s.month in (1, 7):
                return f"{s.year}-S{(s.month + 5) // 6}"
            if months == 3 and s.month % 3 == 1:
                return f"{s.year}-T{(s.month + 2) // 3}"
            if months == 1:
                return f"{s.year}-{s.month:02d}"
        return f"{s.isoformat()}/{e.isoformat()}"

    @property
    def short_label(self) -> str:
        """The code as a screen shows it: ``2025-T1`` and ``2025-S1`` in French, ``2025Q1`` and
        ``2025H1`` on an English screen, as English finance writes them and no wider than the
        French on the dashboard's chart (:func:`parse_period` reads both back; months and years
        are the same in both languages)."""
        code = self.code
        if "-T" in code:
            return tr("Period", "{year}-T{n}", year=self.start.year, n=code[-1])
        if "-S" in code:
            return tr("Period", "{year}-S{n}", year=self.start.year, n=code[-1])
        return code

    @property
    def label(self) -> str:
        """« 1er trimestre 2025 », « mars 2025 », « du 15/01/2025 au 14/02/2025 » (in English
        on an English screen: « Q1 2025 », « March 2025 », « from 15/01/2025 to 14/02/2025 »)."""
        code, year = self.code, self.start.year
        if "/" in code:
            return tr("Period", "du {start} au {end}", start=f"{self.start:%d/%m/%Y}", end=f"{self.end:%d/%m/%Y}")
        if "-T" in code:
            n = int(code[-1])
            if n == 1:
                return tr("Period", "1er trimestre {year}", year=year)
            return tr("Period", "{n}e trimestre {year}", n=n, year=year)
        if "-S" in code:
            if code[-1] == "1":
                return tr("Period", "1er semestre {year}", year=year)
            return tr("Period", "2e semestre {year}", year=year)
        if "-" in code:
            return tr("Period", "{month} {year}", month=month_name(self.start.month), year=year)
        return tr("Period", "année {year}", year=year)


def parse_period(text: str) -> Period:
    """Read ``2025-T1``, ``2025-Q1`` or ``2025Q1``, ``2025-S2`` or ``2025H2``, ``2025-03`` or ``2025``."""
    text = text.strip()
    for pattern, kind in _PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        year = int(match.group(1))
        if not 1900 <= year <= 2200:
            break
        if kind == "quarter":
            return Period.quarter(year, int(match.group(2)))
        if kind == "half":
            half = int(match.group(2))
            return Period(dt.date(year, 6 * half - 5, 1), month_end(dt.date(year, 6 * half, 1)))
        if kind == "month":
            month = int(match.group(2))
            if not 1 <= month <= 12:
                break
            return Period.month(year, month)
        return Period.year(year)
    raise PeriodError(tr(
        "Period", "Période « {text} » illisible : écrivez par exemple 2025-T1 (trimestre), "
        "2025-S1 (semestre), 2025-03 (mois) ou 2025 (année).", text=text,
    ))  # fmt: skip


def parse_date(text: str) -> dt.date:
    """A date written ``2025-02-15`` or ``15/02/2025``."""
    text = text.strip()
    for fmt, shape in (("%Y-%m-%d", _ISO_DATE), ("%d/%m/%Y", _FRENCH_DATE)):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            if shape.match(text):  # well written, but a 31 February or a 13th month
                raise PeriodError(tr("Period", "Date « {text} » : ce jour n'existe pas.", text=text)) from None
    raise PeriodError(tr("Period", "Date « {text} » illisible : écrivez 15/02/2025 ou 2025-02-15.", text=text))


_ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$", re.ASCII)
_FRENCH_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$", re.ASCII)


FREQUENCY_MONTHS = {frequency: frequency.months for frequency in BillingFrequency}


def billing_periods(year: int, frequency: str) -> list[Period]:
    """The billing periods of a year for a convention's frequency."""
    step = FREQUENCY_MONTHS[frequency]
    return [
        Period(dt.date(year, m, 1), month_end(dt.date(year, m + step - 1, 1)))
        for m in range(1, 13, step)
    ]
