"""The cell readers, French and English spellings, with properties checked by hypothesis."""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mutualisation.domain import french
from mutualisation.domain.periods import MONTH_NAMES
from mutualisation.services.importing.xlsx_reader import WorkbookError, stored_number
from mutualisation.domain.parsing import (
    ParseError, parse_amount, parse_amount_cell, parse_bool, parse_date_cell, parse_integer,
    parse_month, parse_percent, parse_quantity,
)  # fmt: skip

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
cents = st.integers(min_value=-10**12, max_value=10**12).map(lambda c: Decimal(c).scaleb(-2))
ratios = st.integers(min_value=0, max_value=10**6).map(lambda m: Decimal(m).scaleb(-6))
days = st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2200, 12, 31))


@given(cents)
def test_amounts_in_french_english_and_excel_spelling(value):
    assert parse_amount(french.money(value)) == value  # 1 234,56 € with narrow spaces
    assert parse_amount(french.number(value, 2).replace("\u202f", " ")) == value
    assert parse_amount(f"{value:.2f}") == value  # English: 1234.56
    assert parse_amount_cell(value) == value
    # A number cell as Excel stores it: the double printed with 17 digits.
    assert parse_amount_cell(stored_number(repr(float(value)))) == value
    if value == value.to_integral_value():
        assert parse_amount_cell(int(value)) == value


@given(ratios)
def test_percentages_in_french_and_english_spelling(ratio):
    percent = ratio * 100
    assert parse_percent(french.percent(ratio, 4)) == ratio  # 40,5 %
    assert parse_percent(f"{percent.normalize():f}%") == ratio  # 40.5%
    assert parse_percent(f"{percent.normalize():f} %".replace(".", ",")) == ratio
    assert parse_percent(stored_number(repr(float(ratio)))) == ratio  # Excel stores 40 % as 0.4
    assert parse_percent(f"{ratio.normalize():f}".replace(".", ",")) == ratio  # 0,405


@given(st.integers(min_value=2, max_value=100))
def test_a_bare_number_above_one_is_a_percentage(n):
    assert parse_percent(str(n)) == Decimal(n) / 100
    assert parse_percent(n) == Decimal(n) / 100


@given(days)
def test_dates_in_french_and_english_spelling(day):
    assert parse_date_cell(day.strftime("%d/%m/%Y")) == day
    assert parse_date_cell(day.isoformat()) == day
    assert parse_date_cell(f"{day.day} {french_month(day)} {day.year}") == day
    assert parse_date_cell(f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}") == day
    assert parse_date_cell(f"{day.day} {MONTHS_EN[day.month - 1][:3]} {day.year}") == day
    assert parse_date_cell(dt.datetime.combine(day, dt.time())) == day
    assert parse_date_cell((day - dt.date(1899, 12, 30)).days) == day  # Excel's day number
    assert parse_month(day.strftime("%m/%Y")) == day.replace(day=1)
    assert parse_month(f"{french_month(day)} {day.year}") == day.replace(day=1)
    assert parse_month(f"{MONTHS_EN[day.month - 1]} {day.year}") == day.replace(day=1)


def french_month(day: dt.date) -> str:
    return MONTH_NAMES[day.month - 1]


@given(st.text(max_size=12))
def test_readers_never_crash_on_any_text(text):
    for reader in (parse_amount_cell, parse_percent, parse_date_cell, parse_month, parse_quantity,
                   parse_integer, parse_bool):  # fmt: skip
        try:
            reader(text)
        except ParseError:
            pass


@pytest.mark.parametrize("text, expected", [
    ("40 %", "0.4"), ("40,5%", "0.405"), ("0,4", "0.4"), ("0.4", "0.4"), ("40", "0.4"), ("1", "1"),
    ("100 %", "1"), ("1 %", "0.01"), ("12,3456 %", "0.123456"), ("0", "0"), ("0,5 %", "0.005"),
])  # fmt: skip
def test_percentage_spellings(text, expected):
    assert parse_percent(text) == Decimal(expected)


@pytest.mark.parametrize("text, message", [
    ("quarante", "Pourcentage « quarante » illisible : écrivez par exemple 40 % ou 0,4."),
    ("12,34567 %", "Pourcentage « 12,34567 % » trop précis : 4 décimales au plus en %."),
    ("15/02/25", "Date « 15/02/25 » : écrivez l'année sur quatre chiffres (15/02/2025)."),
    ("2025-02-30", "Date « 2025-02-30 » : ce jour n'existe pas."),
    ("demain", "Date « demain » illisible : écrivez 15/02/2025 ou 2025-02-15."),
])  # fmt: skip
def test_refusals_say_what_to_type(text, message):
    reader = parse_percent if "%" in text or text == "quarante" else parse_date_cell
    with pytest.raises(ParseError) as error:
        reader(text)
    assert str(error.value) == message


def test_a_date_with_a_time_is_refused():
    with pytest.raises(ParseError, match="une date sans heure est attendue"):
        parse_date_cell(dt.datetime(2025, 2, 15, 14, 30))


@pytest.mark.parametrize("value, expected", [
    ("oui", True), ("Non", False), ("x", True), ("VRAI", True), ("false", False), (1, True), (True, True),
])  # fmt: skip
def test_yes_and_no(value, expected):
    assert parse_bool(value) is expected


def test_quantities_and_integers():
    assert parse_quantity("1 100") == Decimal("1100")
    assert parse_quantity("2,5", 2) == Decimal("2.50")
    assert parse_integer(stored_number("12.0")) == 12
    with pytest.raises(ParseError, match="un nombre entier est attendu"):
        parse_integer("12,5")


def _stored(number: float):
    try:
        return stored_number(repr(number))
    except WorkbookError:  # nan and inf never reach the parsers: the reader refuses them
        return Decimal("NaN")


@given(st.one_of(st.floats().map(_stored), st.integers(), st.decimals()))
def test_readers_never_crash_on_any_number(value):
    for reader in (parse_amount_cell, parse_percent, parse_date_cell, parse_month, parse_quantity,
                   parse_integer):  # fmt: skip
        with contextlib.suppress(ParseError):
            reader(value)


def test_the_reader_shows_numbers_as_the_spreadsheet_does():
    assert stored_number("0.30000000000000004") == Decimal("0.3")
    assert stored_number("1234.5600000000002") == Decimal("1234.56")
    assert stored_number("-42") == -42
    with pytest.raises(WorkbookError, match="illisible"):
        stored_number("abc")
