"""Dated values: a value in force from an effective date until the next one."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Dated(Generic[T]):
    """A value in force from ``effective`` on, and the amendment (« avenant n° 1 ») that set it."""

    effective: dt.date
    value: T
    amendment: str | None = None


class Timeline(Generic[T]):
    """The history of one dated value, searched by day in O(log n)."""

    __slots__ = ("entries", "_dates")

    def __init__(self, entries: Iterable[Dated[T]] = ()) -> None:
        self.entries: tuple[Dated[T], ...] = tuple(sorted(entries, key=lambda e: e.effective))
        self._dates = [e.effective for e in self.entries]

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __repr__(self) -> str:
        return f"Timeline({list(self.entries)!r})"

    def at(self, day: dt.date) -> Dated[T] | None:
        """The entry in force on ``day``, or None before the first one."""
        index = bisect_right(self._dates, day)
        return self.entries[index - 1] if index else None

    def value_at(self, day: dt.date, default: T) -> T:
        entry = self.at(day)
        return default if entry is None else entry.value

    def changes_within(self, start: dt.date, end: dt.date) -> Iterator[dt.date]:
        """Effective dates strictly after ``start`` and up to ``end``: where a value changes."""
        index = bisect_right(self._dates, start)
        while index < len(self._dates) and self._dates[index] <= end:
            yield self._dates[index]
            index += 1

    def pieces(
        self, start: dt.date, end: dt.date
    ) -> Iterator[tuple[dt.date, dt.date, Dated[T] | None]]:
        """``[start, end]`` cut where the value changes, with the entry in force on each piece."""
        first = start
        for change in self.changes_within(start, end):
            yield first, change - dt.timedelta(days=1), self.at(first)
            first = change
        yield first, end, self.at(first)
