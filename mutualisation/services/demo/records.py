"""What the demonstration builders share: the records made so far and small calendar helpers."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from ...domain.money import D
from ...storage.models import AllocationKey, Amendment, Equipment, ExpenseCategory, Meter, Party, Site


@dataclass
class Demo:
    """What the builders share: the session, the random source and the records made so far."""

    session: object
    rng: random.Random
    parties: dict[str, Party] = field(default_factory=dict)
    amendments: dict[int, Amendment] = field(default_factory=dict)
    sites: dict[str, Site] = field(default_factory=dict)
    equipment: dict[str, Equipment] = field(default_factory=dict)
    meters: dict[str, Meter] = field(default_factory=dict)
    keys: dict[str, AllocationKey] = field(default_factory=dict)
    categories: dict[str, ExpenseCategory] = field(default_factory=dict)

    def add(self, *records) -> None:
        self.session.add_all(records)

    def pid(self, code: str) -> int:
        return self.parties[code].id

    def amendment_id(self, number: int | None) -> int | None:
        return None if number is None else self.amendments[number].id


def plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def month_starts(first: dt.date, last: dt.date):
    """First days of the months from ``first``'s month to ``last``'s month, both included."""
    month = first.replace(day=1)
    while month <= last:
        yield month
        month = next_month(month)


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def vary(amount: str | Decimal, rng: random.Random, percent: int) -> Decimal:
    """``amount`` moved by a whole percentage drawn in ±``percent`` (exact, rounded to the cent)."""
    return D(Decimal(amount) * (100 + rng.randint(-percent, percent)) / 100)


def thousands(number: Decimal) -> str:
    """An integer written the French way, with a no-break space between thousands."""
    return f"{number:,.0f}".replace(",", "\u00a0")


def ref(prefix: str, rng: random.Random, digits: int = 8) -> str:
    return f"{prefix}{rng.randrange(10 ** (digits - 1), 10**digits)}"


def attach_to(demo: Demo, attachment: tuple[str, str]) -> dict[str, object]:
    kind, name = attachment
    if kind == "site":
        return {"site": demo.sites[name]}
    if kind == "equipment":
        return {"equipment": demo.equipment[name]}
    return {"category": demo.categories[name]}
