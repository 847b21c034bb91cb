"""Hostile text into every parser and writer: random text, huge numbers, odd Unicode, markup.

No crash (only the parser's own error, with a message), and no markup or formula ever
interpreted: text put into a PDF comes out literally, text put into a spreadsheet is a text
cell, never a formula. ``settings(max_examples=…)`` gives the number of inputs each test
tries; the figures are reported in docs/reliability.md.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import zipfile
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from mutualisation.domain import parsing
from mutualisation.domain.parsing import ParseError, parse_amount
from mutualisation.domain.periods import Period, PeriodError, parse_date, parse_period
from mutualisation.reporting import xlsx
from mutualisation.reporting.statement_pdf import render_statement
from mutualisation.services.importing.xlsx_reader import stored_number
from tests.reporting.sample import BILLS, ISSUER, LINES, RECIPIENT, sample_statement

# Five times Hypothesis's default for the parsers (pure functions, a millisecond an input: their
# strategies mix the odd characters, markup tokens and typical cells so that each kind comes up
# dozens of times), the writers' 300 kept, and half the PDF's 150, each a rendered statement.
PARSERS = settings(max_examples=500, deadline=None)
WRITERS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PDF = settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Code points that break naive code: bidi controls, zero-width, combining marks, emoji
#: (no lone surrogates: no keyboard or file gives them), look-alike digits, controls.
ODD_CHARACTERS = (
    "\u200f\u200e\u202e\u202c\u2066\u2069"  # RTL/LTR marks and overrides
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width
    "\u0301\u0327\u0308\u20dd"  # combining
    "😀🇫🇷👩\u200d👩\u200d👧🏽"  # emoji, a ZWJ sequence, a flag, a skin tone
    "\u00a0\u202f\u2009\u3000"  # unusual spaces
    "٣١２９⁵½"  # digits that are not ASCII
    "ﬁİıßẞ€$£"
    "\x00\x07\x1b\x7f\x85\u2028\u2029\t\n\r"  # controls and line separators
)
#: Pieces of markup and formulas, as a user could type or paste them.
TOKENS = (
    "<b>", "</b>", "<para>", "</para>", "<br/>", "<font color='red'>", "<img src='x'/>", "&", "&amp;",
    "&#233;", "&lt;", "]]>", "<![CDATA[", "<?xml?>", "<!--", "-->", "=", "=1+1", "+33", "-1", "@SUM(A1)",
    "=HYPERLINK(\"http://x\")", "'", '"', ";", ",", "%s", "{0}", "\\", "1 234,56", "2025-T1", "15/02/2025",
)  # fmt: skip
CHARACTERS = st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(ODD_CHARACTERS))


def odd_text(max_size: int = 200) -> st.SearchStrategy[str]:
    pieces = st.one_of(st.text(CHARACTERS, max_size=12), st.sampled_from(TOKENS))
    return st.lists(pieces, max_size=24).map("".join).map(lambda text: text[:max_size])


# -- parsers ------------------------------------------------------------------------------------


@PARSERS
@given(odd_text())
@example("1" * 20)
@example("−1 234,56 €")
@example("1.234,56")
def test_the_amount_parser_reads_or_refuses_any_text(text):
    try:
        value = parse_amount(text)
    except ParseError as refused:
        assert "Montant" in str(refused)
        return
    assert isinstance(value, Decimal) and value.as_tuple().exponent == -2


@st.composite
def french_amounts(draw) -> tuple[Decimal, str]:
    """A Decimal with cents up to 10^24 euros, written as a French user would."""
    cents = draw(st.integers(min_value=-(10**26) + 1, max_value=10**26 - 1))
    value = Decimal(cents).scaleb(-2)
    separator = draw(st.sampled_from([" ", "\u00a0", "\u202f", ""]))
    whole, _, decimals = f"{abs(value):f}".partition(".")
    groups = f"{int(whole):,}".replace(",", separator)
    sign = draw(st.sampled_from(["-", "\u2212"])) if value < 0 else draw(st.sampled_from(["", "+"]))
    suffix = draw(st.sampled_from(["", " €", "€", "EUR"]))
    return value, f"{sign}{groups},{decimals}{suffix}"


@PARSERS
@given(french_amounts())
def test_any_french_amount_up_to_a_septillion_reads_back_exactly(written):
    value, text = written
    assert parse_amount(text) == value


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=10**26, max_value=10**400))
def test_a_huge_amount_is_refused_with_a_message(number):
    with pytest.raises(ParseError, match="hors limites"):
        parse_amount(str(number))


@PARSERS
@given(odd_text())
@example("2025-T1\u200f")
@example("٢٠٢٥-T1")
@example("99999-T1")
def test_the_period_parser_reads_or_refuses_any_text(text):
    try:
        period = parse_period(text)
    except PeriodError as refused:
        assert "illisible" in str(refused)
        return
    assert isinstance(period, Period) and period.start <= period.end


@PARSERS
@given(odd_text())
@example("31/02/2025")
@example("0000-01-01")
@example("15/02/2025\x00")
def test_the_date_parser_reads_or_refuses_any_text(text):
    try:
        day = parse_date(text)
    except PeriodError as refused:
        assert "illisible" in str(refused) or "ce jour n'existe pas" in str(refused)
        return
    assert isinstance(day, dt.date)


@PARSERS
@given(st.dates(min_value=dt.date(1, 1, 1)), st.sampled_from(["%d/%m/%Y", "%Y-%m-%d"]), st.sampled_from(["", " ", "\t"]))
def test_every_date_written_either_way_reads_back(day, pattern, padding):
    text = f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if pattern == "%d/%m/%Y" else day.isoformat()
    assert parse_date(padding + text + padding) == day


#: The spreadsheet-cell readers of domain/parsing.py and what each gives back.
CELL_READERS = [
    ("parse_amount_cell", Decimal),
    ("parse_quantity", Decimal),
    ("parse_percent", Decimal),
    ("parse_integer", int),
    ("parse_bool", bool),
    ("parse_date_text", dt.date),
    ("parse_date_cell", dt.date),
    ("parse_month", dt.date),
    ("excel_serial_date", dt.date),  # called with numeric cells only: fed numbers below
]
NUMBERS = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40),
    # a number cell as the workbook reader gives it (nan and inf are refused by the reader itself)
    st.floats(allow_nan=False, allow_infinity=False).map(lambda f: stored_number(repr(f))),
    st.decimals(allow_nan=False, allow_infinity=False),
)
#: What a cell may hold once read from XLSX or CSV: text, or a value typed by the spreadsheet.
CELLS = st.one_of(
    odd_text(),
    NUMBERS,
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.sampled_from(["1 234,56 €", "40 %", "0,4", "15/02/2025", "mars 2025", "1er mars 2025", "oui", "45703",
                     "2025-02-15 00:00:00", "31/02/2025", "15/02/25", "9" * 40, "1e400", "NaN", "-0"]),
)  # fmt: skip


@pytest.mark.parametrize(("name", "kind"), CELL_READERS, ids=[n for n, _ in CELL_READERS])
def test_every_cell_reader_reads_or_refuses_any_cell(name, kind):
    reader = getattr(parsing, name)

    @PARSERS
    @given(NUMBERS if name == "excel_serial_date" else CELLS)
    def reads_or_refuses(value):
        try:
            result = reader(value)
        except ParseError as refused:
            assert str(refused)
            return
        assert isinstance(result, kind), (value, result)

    reads_or_refuses()


# -- the PDF writer --------------------------------------------------------------------------------


def _pdf_text(pdf: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " "))


def _statement_with(text: str, short: str):
    """A small statement whose user-written fields all hold ``text`` (``short`` where the
    database keeps at most 200 characters)."""
    line = dataclasses.replace(LINES[0], label=text, explanation=(text, "Total exact 1,00 €."))
    bill = dataclasses.replace(BILLS[0], supplier=short, reference=short[:100], label=text)
    return sample_statement(
        issuer=dataclasses.replace(ISSUER, logo=None, name=short, address=text, signatory_name=short[:100]),
        recipient=dataclasses.replace(RECIPIENT, name=short, address=text), service_code=short[:50],
        convention_title=text, vat_mention=text[:200], lines=(line, LINES[1]), annex_bills=(bill,),
    )  # fmt: skip


def _few_line_breaks(text: str) -> bool:
    return sum(text.count(c) for c in "\n\r\x85\u2028\u2029\x0b\x0c") <= 8


@PDF
@given(odd_text(300).filter(_few_line_breaks), odd_text(200).filter(_few_line_breaks))
@example("<b>R&D</b> & co ]]> <para>", "=1+1 <font color='red'>x")
@example("", "")
@example("\u202e" + "x" * 300, "😀" * 200)
def test_the_pdf_writer_takes_any_text_of_the_stored_sizes(text, short):
    pdf = render_statement(_statement_with(text, short))
    assert pdf.startswith(b"%PDF-") and len(PdfReader(io.BytesIO(pdf)).pages) >= 1


@pytest.mark.parametrize(
    "typed",
    ["<b>gras</b>", "A & B", "<para>x</para>", "]]>", "<font color=red>rouge", "&amp;", "&#233;", "<br/>",
     "<img src='/etc/passwd'/>", "<![CDATA[x]]>", "=SOMME(A1:A9)", "R&D <i>co</i>"],
)  # fmt: skip
def test_markup_typed_by_a_user_prints_as_typed(typed):
    text = _pdf_text(render_statement(_statement_with(f"Avant {typed} après", f"Fournisseur {typed}")))
    assert f"Avant {typed} après" in text
    assert f"Fournisseur {typed}" in text


def test_a_stored_label_made_of_many_lines_still_prints():
    label = "".join(f"ligne{i}\n" for i in range(150))
    text = _pdf_text(render_statement(_statement_with(label, "b\n" * 100)))
    assert "ligne0" in text and "ligne149" in text  # every line printed, run on after the first ones


# -- the spreadsheet writers -------------------------------------------------------------------------


MONEY_RANGE = Decimal("92233720368547758.07")  # what the database can store, in euros


def _xml_text(text: str) -> str:
    """What an XML reader gives back: forbidden controls replaced, line ends normalised."""
    cleaned = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "\ufffd", text)
    return cleaned.replace("\r\n", "\n").replace("\r", "\n")


@WRITERS
@given(
    st.lists(
        st.tuples(odd_text(300), st.decimals(min_value=-MONEY_RANGE, max_value=MONEY_RANGE, places=2),
                  st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31))),
        min_size=1, max_size=8,
    ),
)  # fmt: skip
def test_the_xlsx_writer_keeps_text_as_text_and_numbers_exact(tmp_path_factory, records):
    path = tmp_path_factory.mktemp("xlsx") / "export.xlsx"
    columns = [xlsx.XlsxColumn("Libellé"), xlsx.XlsxColumn("Montant", "money"), xlsx.XlsxColumn("Date", "date")]
    xlsx.write_workbook(path, [xlsx.XlsxSheet("Factures", columns, records, help_row=False)])

    sheet = load_workbook(path).worksheets[0]
    for number, (text, amount, day) in enumerate(records, start=2):
        cell = sheet.cell(number, 1)
        if text:
            assert cell.data_type == "s", f"{text!r} became a {cell.data_type} cell"
            assert cell.value == _xml_text(text)
            if xlsx.is_formula_like(text):
                assert cell.quotePrefix, f"{text!r} could be taken for a formula"
        assert sheet.cell(number, 3).value.date() == day
    with zipfile.ZipFile(path) as archive:  # the amounts are written exactly, not through float
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    written = re.findall(r'<c r="B\d+" s="\d+"><v>([^<]*)</v>', xml)
    assert written == [format(amount, "f") for _, amount, _ in records]


@WRITERS
@given(st.lists(odd_text(200), min_size=1, max_size=10))
def test_the_csv_writer_quotes_formula_like_text(tmp_path_factory, texts):
    path = tmp_path_factory.mktemp("csv") / "export.csv"
    xlsx.write_csv(path, [xlsx.XlsxColumn("Texte")], [[t] for t in texts])
    with open(path, encoding="utf-8-sig", newline="") as handle:
        read = [row[0] if row else "" for row in csv.reader(handle, delimiter=";")][1:]
    assert read == [("'" + t if xlsx.is_formula_like(t) else t) for t in texts]
