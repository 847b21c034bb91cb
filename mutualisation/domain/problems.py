"""Problems found while computing: what is missing or inconsistent, and what to enter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MISSING_PAYROLL = "missing_payroll"
MISSING_READINGS = "missing_readings"
ZERO_KEY_TOTAL = "zero_key_total"
SHARES_OVER_100 = "shares_over_100"
MISSING_KEY = "missing_key"
UNKNOWN_PARTY = "unknown_party"


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing that keeps a preview from being issued.

    ``item_kind``/``item_id`` name the record to fix ("staff", "meter", "site", "key",
    "category", "equipment", "bill", "charge"), so a screen can open it; ``day`` is the first
    day concerned.
    """

    code: str
    item_kind: str
    item_id: int
    day: dt.date | None
    message: str

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "item_kind": self.item_kind,
            "item_id": self.item_id,
            "day": self.day.isoformat() if self.day else None,
            "message": self.message,
        }
