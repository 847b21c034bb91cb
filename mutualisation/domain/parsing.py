"""Reading amounts typed by people: French (``1 234,56 €``) or plain (``1234.56``)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_AMOUNT = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


class ParseError(ValueError):
    """Text that is not what was expected; the message says what to type."""


def parse_amount(text: str, places: int = 2) -> Decimal:
    """``1 234,56``, ``1234.56``, ``-12,5 €``, ``−3`` → Decimal; refuses more than ``places`` decimals.

    Thousands may be separated by spaces (also no-break and narrow no-break), never by a
    dot or comma: ``1.234,56`` is refused rather than guessed.
    """
    cleaned = _SPACES.sub("", str(text)).replace("\u2212", "-").removesuffix("€").removesuffix("EUR")
    if not _AMOUNT.match(cleaned):
        raise ParseError(f"Montant « {text} » illisible : écrivez par exemple 1 234,56.")
    try:
        value = Decimal(cleaned.replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the pattern already refuses these
        raise ParseError(f"Montant « {text} » illisible.") from exc
    if value != value.quantize(Decimal(1).scaleb(-places)):
        raise ParseError(f"Montant « {text} » : {places} décimales au plus.")
    return value.quantize(Decimal(1).scaleb(-places))
