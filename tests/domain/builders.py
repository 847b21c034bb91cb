"""Small builders for engine inputs in tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from mutualisation.domain.inputs import (
    Attachment,
    BillInput,
    CategoryInput,
    CostData,
    KeyInput,
    PartyInfo,
    StaffInput,
)
from mutualisation.domain.timeline import Dated, Timeline

PAYS = PartyInfo(1, "PAYS", "Pays")
ST2B = PartyInfo(2, "ST2B", "ST2b")
SCOT = PartyInfo(3, "SCOT", "SCoT Nord 54")
LONG_AGO = dt.date(2000, 1, 1)


def timeline(*entries) -> Timeline:
    """``timeline((date, value), …)`` with values as Fractions (strings or ints given)."""
    return Timeline(Dated(day, Fraction(value)) for day, value in entries)


def person(ident=1, start=LONG_AGO, end=None, shares=None, payroll=None, time=1, name="Alice"):
    return StaffInput(
        ident, name, start, end, timeline((LONG_AGO, time)),
        {ST2B.id: shares if shares is not None else timeline((LONG_AGO, "0.5"))},
        {k: Decimal(v) for k, v in (payroll or {}).items()},
    )  # fmt: skip


def fixed_key(ident=1, **shares) -> KeyInput:
    codes = {"ST2B": ST2B.id, "SCOT": SCOT.id}
    return KeyInput(
        ident, f"Fixe {ident}", "fixed",
        fixed_shares={codes[code]: timeline((LONG_AGO, v)) for code, v in shares.items()},
    )  # fmt: skip


def category(ident=1, key_id=1) -> CategoryInput:
    return CategoryInput(ident, f"Catégorie {ident}", Timeline([Dated(LONG_AGO, key_id)]))


def bill(ident, amount, day, service=(None, None), category_id=1, override=None) -> BillInput:
    return BillInput(
        ident, day, "Fournisseur", f"F{ident}", f"Facture {ident}", Decimal(amount), *service,
        Attachment("category", category_id), override,
    )  # fmt: skip


def data(**kwargs) -> CostData:
    kwargs.setdefault("beneficiaries", (ST2B,))
    return CostData(provider=PAYS, **kwargs)
