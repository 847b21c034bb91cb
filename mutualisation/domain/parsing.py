"""Reading what people type or paste: amounts, quantities, percentages, dates, months, yes/no.

French spellings first (``1 234,56 €``, ``40 %``, ``15/02/2025``, ``mars 2025``), plain and English
ones too (``1234.56``, ``0.4``, ``2025-02-15``, ``March 2025``); every error message says what to type.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from .i18n import tr, tr_noop, translate_marked

_SPACES = re.compile(r"[\s\u00a0\u202f']")
#: A plain number once spaces are gone: digits, one decimal dot or comma, a sign.
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$", re.ASCII)


class ParseError(ValueError):
    """Text that is not what was expected; the message says what to type."""


class _Unreadable(ParseError):
    """Text that is no date at all (rather than a date out of range): a month says so in its words."""


def _word(what: str) -> str:
    # What is being read (« Montant », « Nombre »…), marked where it is named, in the screen's language.
    return translate_marked("Parse", what)


def _clean(text) -> str:
    """``text`` without its spaces (thousands), with the minus sign as a hyphen."""
    return _SPACES.sub("", str(text)).replace("\u2212", "-")


def parse_amount(text: str, places: int = 2) -> Decimal:
    """``1 234,56``, ``1234.56``, ``-12,5 €``, ``−3`` → Decimal; refuses more than ``places`` decimals.

    Thousands may be separated by spaces (also no-break and narrow no-break), never by a
    dot or comma: ``1.234,56`` is refused rather than guessed.
    """
    cleaned = _clean(text).removesuffix("€").removesuffix("EUR")
    if not _NUMBER.match(cleaned):
        raise ParseError(tr("Parse", "Montant « {text} » illisible : écrivez par exemple 1 234,56.", text=text))
    try:
        value = Decimal(cleaned.replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the pattern already refuses these
        raise ParseError(tr("Parse", "Montant « {text} » illisible.", text=text)) from exc
    # quantize() works in the 28-digit default context: a longer amount is out of any range.
    if value.adjusted() + 1 + places > 28:
        raise ParseError(tr("Parse", "Montant « {text} » hors limites.", text=text))
    if value != value.quantize(Decimal(1).scaleb(-places)):
        raise ParseError(tr("Parse", "Montant « {text} » : {places} décimales au plus.", text=text, places=places))
    return value.quantize(Decimal(1).scaleb(-places))


# ---------------------------------------------------------------------------------------------
# Spreadsheet cells: the same readers for a value typed as text (CSV, a text cell) or stored
# typed by Excel or LibreOffice (int, Decimal, date). The workbook reader turns stored numbers
# into exact Decimals itself, so no binary float ever reaches these parsers.


def _cell_number(value) -> Decimal | None:
    """A numeric cell as Decimal, or None when the cell holds text."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ParseError(tr("Parse", "Nombre invalide (infini ou non défini)."))
        return value
    return None


_MAX_DIGITS = 18  # a BIGINT holds 18 digits whole: larger values could not be stored anyway


def _number(value, what: str, example: str) -> Decimal:
    """A numeric cell as it is, or text read as a plain number; refused with ``example``."""
    number = _cell_number(value)
    if number is None:
        cleaned = _clean(value)
        if not _NUMBER.match(cleaned):
            raise ParseError(tr("Parse", "{what} « {value} » illisible : écrivez {example}.", what=_word(what), value=value,
                                example=translate_marked("Parse", example)))
        number = Decimal(cleaned.replace(",", "."))
    return number


def _places_ok(value: Decimal, places: int) -> bool:
    return value == value.quantize(Decimal(1).scaleb(-places))


def _check_number(value: Decimal, text, what: str, places: int) -> Decimal:
    """``value`` with ``places`` decimals, or ParseError if it has more or is out of range."""
    if not value.is_finite() or value.adjusted() >= _MAX_DIGITS - places:
        raise ParseError(tr("Parse", "{what} « {text} » hors limites.", what=_word(what), text=text))
    if not _places_ok(value, places):
        raise ParseError(tr("Parse", "{what} « {text} » : {places} décimales au plus.", what=_word(what), text=text,
                             places=places))
    return value.quantize(Decimal(1).scaleb(-places))


def parse_amount_cell(value, places: int = 2) -> Decimal:
    """An amount from a cell: a number as stored, or text as :func:`parse_amount` reads it."""
    number = _cell_number(value)
    if number is None:
        text = str(value)
        if sum(c.isdigit() for c in text) > _MAX_DIGITS:  # parse_amount's context would overflow
            raise ParseError(tr("Parse", "Montant « {text} » hors limites.", text=text))
        number = parse_amount(text, places)
    return _check_number(number, value, tr_noop("Parse", "Montant"), places)


def parse_quantity(value, places: int = 3, what: str = tr_noop("Parse", "Nombre")) -> Decimal:
    """A quantity (km, copies, m², FTE): ``1 100``, ``2,5``, ``1234.567`` → Decimal.

    Like amounts, thousands may only be separated by spaces; at most ``places`` decimals.
    """
    return _check_number(_number(value, what, tr_noop("Parse", "par exemple 1 234,5")), value, what, places)


def parse_percent(value, places: int = 6) -> Decimal:
    """A percentage as a ratio: ``40 %``, ``40,5%``, ``40`` → 0.40, 0.405, 0.40; ``0,4`` → 0.40.

    With a ``%`` sign the number is a percentage. Without it, a number from 0 to 1 is a ratio
    (``0,4`` and Excel's percent cells, which store 40 % as 0.4) and a number above 1 a
    percentage (``40``): so ``1`` is 100 %, and one per cent is written ``1 %``. The ratio has
    at most ``places`` decimals (6: a percentage with 4 decimals).
    """
    number = _cell_number(value)
    is_percent = False
    if number is None:
        cleaned = _clean(value).lower()
        for suffix in ("%", "pct", "pourcent", "percent"):
            if cleaned.endswith(suffix):
                cleaned, is_percent = cleaned[: -len(suffix)], True
                break
        if not _NUMBER.match(cleaned):
            raise ParseError(tr("Parse", "Pourcentage « {value} » illisible : écrivez par exemple 40 % ou 0,4.", value=value))
        number = Decimal(cleaned.replace(",", "."))
    if not number.is_finite() or number.adjusted() >= _MAX_DIGITS - places:
        raise ParseError(tr("Parse", "Pourcentage « {value} » hors limites.", value=value))
    ratio = number / 100 if is_percent or abs(number) > 1 else number
    if not _places_ok(ratio, places):
        raise ParseError(tr("Parse", "Pourcentage « {value} » trop précis : {places} décimales au plus en %.",
                            value=value, places=max(places - 2, 0)))
    return ratio.quantize(Decimal(1).scaleb(-places))


def parse_integer(value, what: str = tr_noop("Parse", "Nombre entier")) -> int:
    """``12``, ``12,0``, a numeric cell holding 12 → 12; ``12,5`` is refused."""
    number = _number(value, what, tr_noop("Parse", "un nombre entier, par exemple 12"))
    if not number.is_finite() or number.adjusted() >= _MAX_DIGITS:
        raise ParseError(tr("Parse", "{what} « {value} » hors limites.", what=_word(what), value=value))
    if number != number.to_integral_value():
        raise ParseError(tr("Parse", "{what} « {value} » : un nombre entier est attendu.", what=_word(what), value=value))
    return int(number)


_TRUE = {"oui", "o", "vrai", "x", "1", "yes", "y", "true"}
_FALSE = {"non", "n", "faux", "0", "no", "false", "-"}


def parse_bool(value) -> bool:
    """``oui``/``non`` (also ``vrai``/``faux``, ``x``, ``1``/``0``, ``yes``/``no``, ``true``/``false``)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, Decimal)) and value in (0, 1):
        return bool(value)
    word = str(value).strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ParseError(tr("Parse", "« {value} » : répondez oui ou non.", value=value))


# --- dates ------------------------------------------------------------------------------------

# Excel counts days from 1899-12-30 (its serial 60 is the 29 February 1900 that never was).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MIN_YEAR, _MAX_YEAR = 1900, 2200

_MONTHS = {
    # French, with and without accents, full and abbreviated
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "mar": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
    # English
    "january": 1, "february": 2, "feb": 2, "march": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_ACCENTS = str.maketrans("éèêëûùôîïàâç", "eeeeuuoiiaac")

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ]00:00(?::00(?:\.0+)?)?)?$", re.ASCII)
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?: 00:00(?::00)?)?$", re.ASCII)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$", re.ASCII)
_WORDS_DAY_FIRST = re.compile(r"^(\d{1,2})(?:er)?\s+([a-z]+)\.?,?\s+(\d{4})$", re.ASCII)
_WORDS_MONTH_FIRST = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$", re.ASCII)
_MONTH_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{4})$", re.ASCII)
_MONTH_NUMERIC = re.compile(r"^(?:(\d{4})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{4}))$", re.ASCII)


def _date_error(value) -> ParseError:
    return _Unreadable(tr("Parse", "Date « {value} » illisible : écrivez 15/02/2025 ou 2025-02-15.", value=value))


def _make_date(value, year: int, month: int, day: int) -> dt.date:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise ParseError(tr("Parse", "Date « {value} » : année {year} hors de la plage {first}–{last}.", value=value,
                             year=year, first=_MIN_YEAR, last=_MAX_YEAR))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ParseError(tr("Parse", "Date « {value} » : ce jour n'existe pas.", value=value)) from None


def _month_word(word: str) -> int | None:
    return _MONTHS.get(word.translate(_ACCENTS))


_LAST_SERIAL = (dt.date(_MAX_YEAR, 12, 31) - _EXCEL_EPOCH).days


def excel_serial_date(serial) -> dt.date:
    """Excel's day number (45703 → 2025-02-15), as a cell formatted as a number shows a date."""
    number = Decimal(serial)
    # 61 is 1 March 1900 (Excel's day 60 is a 29 February 1900 that never was).
    if not number.is_finite() or not 61 <= number <= _LAST_SERIAL:
        raise _Unreadable(tr("Parse", "Date « {value} » illisible : écrivez 15/02/2025 ou 2025-02-15.", value=serial))
    if number != number.to_integral_value():
        raise ParseError(tr("Parse", "Date « {value} » : une date sans heure est attendue.", value=serial))
    return _EXCEL_EPOCH + dt.timedelta(days=int(number))


def parse_date_text(text: str) -> dt.date:
    """A date typed in French or English.

    ``15/02/2025``, ``15-02-2025``, ``15.02.2025`` (day first, always: ``03/02/2025`` is
    3 February), ``2025-02-15``, ``2025/02/15``, ``20250215``, ``15 février 2025``,
    ``1er mars 2025``, ``15 févr. 2025``, ``15 Feb 2025``, ``February 15, 2025``; a time of
    midnight after the date (``2025-02-15 00:00:00``) is accepted, any other time refused.
    Years have four digits.
    """
    raw = str(text)
    cleaned = " ".join(raw.replace("\u00a0", " ").replace("\u202f", " ").split()).lower().translate(_ACCENTS)
    if match := _ISO.match(cleaned):
        y, m, d = match.groups()
        return _make_date(raw, int(y), int(m), int(d))
    if match := _DAY_FIRST.match(cleaned):
        d, m, y = match.groups()
        if len(y) != 4:
            raise ParseError(tr("Parse", "Date « {value} » : écrivez l'année sur quatre chiffres (15/02/2025).", value=raw))
        return _make_date(raw, int(y), int(m), int(d))
    if match := _COMPACT.match(cleaned):
        y, m, d = match.groups()
        return _make_date(raw, int(y), int(m), int(d))
    if match := _WORDS_DAY_FIRST.match(cleaned):
        d, word, y = match.groups()
        if (month := _month_word(word)) is not None:
            return _make_date(raw, int(y), month, int(d))
    if match := _WORDS_MONTH_FIRST.match(cleaned):
        word, d, y = match.groups()
        if (month := _month_word(word)) is not None:
            return _make_date(raw, int(y), month, int(d))
    raise _date_error(raw)


def parse_date_cell(value) -> dt.date:
    """A date from a cell: a date or datetime at midnight as stored, Excel's day number, or text."""
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0, 0):
            raise ParseError(tr("Parse", "Date « {value} » : une date sans heure est attendue.",
                                value=f"{value:%d/%m/%Y %H:%M}"))
        return _make_date(value, value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return _make_date(value, value.year, value.month, value.day)
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return excel_serial_date(value)
    return parse_date_text(str(value))


def parse_month(value) -> dt.date:
    """The first day of a month: ``2025-03``, ``03/2025``, ``mars 2025``, ``March 2025``, any
    date of the month (``15/03/2025``), or a range inside one month (``01/03/2025 - 31/03/2025``)."""
    if not isinstance(value, str):
        return parse_date_cell(value).replace(day=1)
    cleaned = " ".join(value.replace("\u00a0", " ").replace("\u202f", " ").split()).lower().translate(_ACCENTS)
    if match := _MONTH_NUMERIC.match(cleaned):
        y1, m1, m2, y2 = match.groups()
        return _make_date(value, int(y1 or y2), int(m1 or m2), 1)
    if match := _MONTH_YEAR.match(cleaned):
        word, year = match.groups()
        if (month := _month_word(word)) is not None:
            return _make_date(value, int(year), month, 1)
    parts = re.split(r"\s+(?:-|–|au|to)\s+|\s*(?:–)\s*", cleaned.removeprefix("du ").removeprefix("from "))
    if len(parts) == 2:
        first, last = (parse_date_text(p) for p in parts)
        if (first.year, first.month) != (last.year, last.month):
            raise ParseError(tr("Parse", "Mois « {value} » : la période couvre plusieurs mois.", value=value))
        return first.replace(day=1)
    try:
        return parse_date_text(value).replace(day=1)
    except _Unreadable:
        raise ParseError(tr("Parse", "Mois « {value} » illisible : écrivez 03/2025, 2025-03 ou mars 2025.",
                            value=value)) from None
