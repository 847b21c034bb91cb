"""Writing workbooks (XLSX) and French CSV files: typed cells, euro format, text kept as text.

Cells are typed: dates as dates, amounts as numbers with a euro format, percentages as
fractions with a percent format, quantities as numbers. Text is always a string cell, never
a formula; text that a spreadsheet could take for one (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) also gets Excel's quote prefix, so that Excel and
LibreOffice show it as typed and keep it text when the cell is edited. In CSV, such text is
written after an apostrophe, which spreadsheets read as "this is text"; the importer removes
that apostrophe again.

The SpreadsheetML is written here directly, streamed into the zip, rather than through
openpyxl's writer: a fixed set of styles is all the app needs, and the whole database
(70,000 rows) is written in seconds instead of a minute. openpyxl reads these files back in
the tests, as Excel and LibreOffice do.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr
from ..paths import open_private

MONEY_FORMAT = '#,##0.00\\ "€";\\-#,##0.00\\ "€"'
PERCENT_FORMAT = "0.00%"
DATE_FORMAT = "dd/mm/yyyy"
MONTH_FORMAT = "mm/yyyy"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
MAX_ROWS = 1_048_576
VALIDATION_ROWS = 5000  # how far down the drop-down lists reach
EXCEL_EPOCH = dt.date(1899, 12, 30)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML at all

# Cell styles (cellXfs), in the order of styles.xml below.
(PLAIN, HEADER_REQUIRED, HEADER_OPTIONAL, HELP, DATE, MONTH, MONEY, PERCENT, INTEGER, QUOTED,
 WRAPPED) = range(11)
_KIND_STYLE = {"date": DATE, "month": MONTH, "money": MONEY, "percent": PERCENT, "integer": INTEGER}


class CellTextError(ValueError):
    """A text longer than a spreadsheet cell holds."""


@dataclass(frozen=True, slots=True)
class XlsxColumn:
    """A column: header, kind of value, help line and drop-down list."""

    header: str
    #: text, money, percent, number, integer, date, month
    kind: str = "text"
    help: str = ""
    width: float = 14
    required: bool = False
    #: Words offered by a drop-down list.
    choices: tuple[str, ...] = ()
    #: A range offered by a drop-down list, e.g. ``'Parties'!$A$3:$A$5000``.
    source: str = ""


@dataclass(frozen=True, slots=True)
class XlsxSheet:
    """A sheet: a header row, an optional help row, then one row per record."""

    title: str
    columns: Sequence[XlsxColumn]
    rows: Iterable[Sequence[object]] = ()
    help_row: bool = True
    freeze: bool = True
    #: False for a sheet of plain text rows (no header styling).
    header: bool = True


@dataclass(frozen=True, slots=True)
class Typed:
    """A value with its own kind, for sheets whose columns mix kinds (a statement's header)."""

    value: object
    kind: str = "text"


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def _clean_text(text: str) -> str:
    if len(text) > MAX_CELL_TEXT:
        raise CellTextError(
            f"Texte de {len(text)} caractères : une cellule de tableur en contient {MAX_CELL_TEXT} au plus "
            f"(« {text[:40]}… »)."
        )
    return _ILLEGAL.sub("\ufffd", text)


def _column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- cells -------------------------------------------------------------------------------------


def _text_cell(ref: str, text: str, style: int = PLAIN) -> str:
    text = _clean_text(text)
    if is_formula_like(text):
        style = QUOTED
    elif "\n" in text and style == PLAIN:
        style = WRAPPED
    space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def _cell(ref: str, value, kind: str) -> str:
    if isinstance(value, Typed):
        value, kind = value.value, value.kind
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return _text_cell(ref, value)
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        style = MONTH if kind == "month" else DATE
        return f'<c r="{ref}" s="{style}"><v>{(value - EXCEL_EPOCH).days}</v></c>'
    if isinstance(value, float):
        raise TypeError("exact values only: a float never enters a workbook")
    if isinstance(value, (Decimal, int)):
        style = _KIND_STYLE.get(kind, PLAIN)
        s = f' s="{style}"' if style else ""
        return f'<c r="{ref}"{s}><v>{format(value, "f") if isinstance(value, Decimal) else value}</v></c>'
    return _text_cell(ref, str(value))


# --- sheets ------------------------------------------------------------------------------------


def _validations(columns: Sequence[XlsxColumn], first_row: int) -> str:
    items = []
    for index, column in enumerate(columns, 1):
        if column.choices:
            formula = '"' + ",".join(w.replace('"', "").replace(",", " ") for w in column.choices) + '"'
            if len(formula) > 257:  # Excel refuses longer inline lists
                continue
        elif column.source:
            formula = column.source
        else:
            continue
        letter = _column_letter(index)
        items.append(
            f'<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="0" '
            f'sqref="{letter}{first_row}:{letter}{VALIDATION_ROWS}"><formula1>{escape(formula)}</formula1>'
            "</dataValidation>"
        )
    return f'<dataValidations count="{len(items)}">{"".join(items)}</dataValidations>' if items else ""


def _write_sheet(handle, sheet: XlsxSheet) -> int:
    """Stream one worksheet's XML into ``handle``; return its number of data rows."""
    columns = list(sheet.columns)
    first_data_row = 1 + sheet.header + (sheet.help_row and sheet.header)
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']  # fmt: skip
    if sheet.freeze and first_data_row > 1:
        out.append(f'<sheetViews><sheetView workbookViewId="0"><pane ySplit="{first_data_row - 1}" '
                   f'topLeftCell="A{first_data_row}" activePane="bottomLeft" state="frozen"/>'
                   '<selection pane="bottomLeft"/></sheetView></sheetViews>')  # fmt: skip
    else:
        out.append('<sheetViews><sheetView workbookViewId="0"/></sheetViews>')
    out.append('<sheetFormatPr defaultRowHeight="15"/>')
    if columns:
        out.append("<cols>" + "".join(
            f'<col min="{i}" max="{i}" width="{c.width}" customWidth="1"/>' for i, c in enumerate(columns, 1)
        ) + "</cols>")  # fmt: skip
    out.append("<sheetData>")
    handle.write("".join(out).encode("utf-8"))
    letters = [_column_letter(i) for i in range(1, len(columns) + 1)]
    number = 0
    if sheet.header:
        number += 1
        styles = [HEADER_REQUIRED if c.required else HEADER_OPTIONAL for c in columns]
        cells = "".join(_text_cell(f"{l}1", c.header, s) for l, c, s in zip(letters, columns, styles))
        handle.write(f'<row r="1">{cells}</row>'.encode("utf-8"))
        if sheet.help_row:
            number += 1
            cells = "".join(_text_cell(f"{l}2", c.help, HELP) for l, c in zip(letters, columns) if c.help)
            handle.write(f'<row r="2">{cells}</row>'.encode("utf-8"))
    kinds = [c.kind for c in columns]
    count = 0
    buffer = []
    for row in sheet.rows:
        number += 1
        count += 1
        if number > MAX_ROWS:
            raise CellTextError(f"La feuille « {sheet.title} » dépasse {MAX_ROWS} lignes.")
        cells = "".join(_cell(f"{l}{number}", v, k) for l, v, k in zip(letters, row, kinds))
        buffer.append(f'<row r="{number}">{cells}</row>')
        if len(buffer) >= 500:
            handle.write("".join(buffer).encode("utf-8"))
            buffer.clear()
    handle.write(("".join(buffer) + "</sheetData>").encode("utf-8"))
    tail = _validations(columns, first_data_row) if sheet.header else ""
    tail += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    handle.write((tail + "</worksheet>").encode("utf-8"))
    return count


def _xf(number_format: int = 0, font: int = 0, fill: int = 0, extra: str = "", alignment: str = "") -> str:
    applied = "".join((
        ' applyNumberFormat="1"' if number_format else "", ' applyFont="1"' if font else "",
        ' applyFill="1"' if fill else "", ' applyAlignment="1"' if alignment else "",
    ))  # fmt: skip
    head = f'<xf numFmtId="{number_format}" fontId="{font}" fillId="{fill}" borderId="0" xfId="0"{applied}{extra}'
    return f"{head}>{alignment}</xf>" if alignment else f"{head}/>"


_WRAP = '<alignment vertical="top" wrapText="1"/>'
_FONT = '<sz val="{size}"/>{color}<name val="Calibri"/><family val="2"/>'
_CELL_FORMATS = (  # in the order of PLAIN … WRAPPED
    _xf(), _xf(font=1, fill=2), _xf(font=1, fill=3), _xf(font=2, alignment=_WRAP), _xf(165), _xf(166),
    _xf(164), _xf(167), _xf(1), _xf(49, extra=' quotePrefix="1"'), _xf(alignment=_WRAP),
)
_STYLES = "".join((
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    f'<numFmts count="4"><numFmt numFmtId="164" formatCode={quoteattr(MONEY_FORMAT)}/>',
    f'<numFmt numFmtId="165" formatCode="{DATE_FORMAT}"/><numFmt numFmtId="166" formatCode="{MONTH_FORMAT}"/>',
    f'<numFmt numFmtId="167" formatCode="{PERCENT_FORMAT}"/></numFmts>',
    '<fonts count="3">',
    "<font>" + _FONT.format(size=11, color="") + "</font>",
    "<font><b/>" + _FONT.format(size=11, color="") + "</font>",
    "<font><i/>" + _FONT.format(size=9, color='<color rgb="FF595959"/>') + "</font>",
    "</fonts>",
    '<fills count="4"><fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>',
    '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill>',
    "</fills>",
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
    f'<cellXfs count="{len(_CELL_FORMATS)}">{"".join(_CELL_FORMATS)}</cellXfs>',
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    "</styleSheet>",
))

_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)


def _sheet_name(title: str, used: set[str]) -> str:
    """A valid, unique sheet name: 31 characters at most, none of ``[]:*?/\\``."""
    name = re.sub(r"[\[\]:*?/\\]", " ", title).strip("'")[:31] or "Feuille"
    base, n = name, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def write_workbook(path: str | Path, sheets: Iterable[XlsxSheet]) -> None:
    """Write ``sheets`` to an XLSX file, streaming rows (large registers stay cheap)."""
    names: list[str] = []
    used: set[str] = set()
    with open_private(path) as file, zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for index, sheet in enumerate(sheets, 1):
            names.append(_sheet_name(sheet.title, used))
            with archive.open(f"xl/worksheets/sheet{index}.xml", "w", force_zip64=True) as handle:
                _write_sheet(handle, sheet)
        if not names:
            names.append("Feuille")
            with archive.open("xl/worksheets/sheet1.xml", "w") as handle:
                _write_sheet(handle, XlsxSheet("Feuille", []))
        count = len(names)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, count + 1)
        )
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>"
        ))  # fmt: skip
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<bookViews><workbookView/></bookViews><sheets>'
            + "".join(f'<sheet name={quoteattr(n)} sheetId="{i}" r:id="rId{i}"/>'
                      for i, n in enumerate(names, 1))
            + "</sheets></workbook>"
        ))  # fmt: skip
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(
                f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                f'relationships/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, count + 1)
            )
            + f'<Relationship Id="rId{count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/styles" Target="styles.xml"/></Relationships>'
        ))  # fmt: skip
        archive.writestr("xl/styles.xml", _STYLES)


# --- CSV ---------------------------------------------------------------------------------------


def _plain_number(value: Decimal | int) -> str:
    text = format(Decimal(value), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def csv_text(value, kind: str = "text") -> str:
    """A value as French Excel writes it in CSV: ``1234,56``, ``40 %``, ``15/02/2025``."""
    if isinstance(value, Typed):
        value, kind = value.value, value.kind
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%m/%Y" if kind == "month" else "%d/%m/%Y")
    if isinstance(value, float):
        raise TypeError("exact values only: a float never enters a CSV file")
    if isinstance(value, (Decimal, int)):
        if kind == "money":
            return format(Decimal(value).quantize(Decimal("0.01")), "f").replace(".", ",")
        if kind == "percent":
            return f"{_plain_number(Decimal(value) * 100)} %"
        return _plain_number(value)
    text = str(value)
    return "'" + text if is_formula_like(text) else text


def write_csv(path: str | Path, columns: Sequence[XlsxColumn], rows: Iterable[Sequence[object]]) -> None:
    """A CSV file as French Excel reads it: UTF-8 with BOM, ``;`` separated, decimal commas."""
    kinds = [c.kind for c in columns]
    with open_private(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow([c.header for c in columns])
        for row in rows:
            writer.writerow([csv_text(v, k) for v, k in zip(row, kinds)])
