"""Parsing rows: from raw cells to typed values, one column kind at a time.

Nothing here looks at the database: a row's references stay as the text typed, and are
resolved by validation.py. Every problem is kept with the column it comes from.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from openpyxl.utils import get_column_letter

from ...domain.i18n import tr, tr_noop
from ...domain.parsing import (
    ParseError, parse_amount_cell, parse_bool, parse_date_cell, parse_integer, parse_month,
    parse_percent, parse_quantity,
)  # fmt: skip
from . import format as f
from .format import Column, Sheet, fold
from .reading import RawTable
from .sheets import SHEETS

STAFF_FULL = "staff_full"  # "Nom Prénom" in one column (payroll exports)
_AMENDMENT = re.compile(r"^(.*?)\s*(?:n°|no|n\u00ba|#|/)\s*(\d+)$", re.IGNORECASE)


@dataclass
class ParsedRow:
    number: int
    #: field → value; a reference is the text typed, a person a dict of name parts.
    values: dict
    #: (column header as in the file, reason)
    errors: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ParsedTable:
    sheet: Sheet
    #: The sheet or file name as in the file.
    name: str
    #: Fields whose column is in the file: the others are left as they are on update.
    present: set[str]
    #: field → header as written in the file (for messages).
    headers: dict[str, str]
    rows: list[ParsedRow]
    #: Problems with the table itself: (row, column, reason).
    problems: list[tuple[int, str, str]] = field(default_factory=list)
    #: True when a required column of the natural key is missing: no row is read.
    blocked: bool = False
    #: Other required columns missing: rows may update records, not add them.
    missing: set[str] = field(default_factory=set)
    total_rows: int = 0


# --- sheets and columns ------------------------------------------------------------------------


def match_sheet(raw: RawTable) -> Sheet | None:
    """The sheet a table is: by its name (or file name), else by its headers."""
    name = fold(raw.name)
    for suffix in (".csv", ".txt"):
        name = name.removesuffix(suffix)
    for sheet in SHEETS:
        names = {fold(sheet.name), sheet.slug, sheet.register, *map(fold, sheet.aliases)}
        if name in names:
            return sheet
    best, best_score = None, 0
    headers = {fold(h) for h in raw.headers if h}
    for sheet in SHEETS:
        lookup = _column_lookup(sheet)
        if not headers <= set(lookup):
            continue
        if not all(fold(c.header) in headers for c in sheet.columns if c.required):
            continue
        if len(headers) > best_score:
            best, best_score = sheet, len(headers)
    return best


def _column_lookup(sheet: Sheet) -> dict[str, Column]:
    lookup: dict[str, Column] = {}
    for column in sheet.columns:
        lookup[fold(column.header)] = column
        alias = {f.STAFF_LAST: "last_name", f.STAFF_FIRST: "first_name", f.STAFF_START: "employment_start"}
        lookup.setdefault(alias.get(column.kind, column.field), column)
    return lookup


def _is_help_row(cells: tuple, columns: list[Column | None]) -> bool:
    filled = [(i, c) for i, c in enumerate(cells) if c is not None]
    return bool(filled) and all(
        i < len(columns) and columns[i] is not None and isinstance(c, str)
        and fold(c) == fold(columns[i].help)
        for i, c in filled
    )  # fmt: skip


def parse_table(sheet: Sheet, raw: RawTable, columns: list[Column | None] | None = None) -> ParsedTable:
    """Read every row of ``raw`` as ``sheet``; ``columns`` maps file columns to columns when the
    headers are not the format's own (payroll exports)."""
    table = ParsedTable(sheet, raw.name, set(), {}, [], total_rows=len(raw.rows))
    header_row = raw.header_row
    if columns is None:
        lookup = _column_lookup(sheet)
        columns = []
        for index, header in enumerate(raw.headers):
            letter = get_column_letter(index + 1)
            column = lookup.get(fold(header)) if header else None
            if header and column is None:
                known = ", ".join(c.header for c in sheet.columns)
                table.problems.append((header_row, header, tr("Import", "Colonne inconnue : elle ne serait pas lue. "
                                                              "Colonnes de la feuille : {known}.", known=known)))
            elif column is not None and column in columns:
                table.problems.append((header_row, header, tr("Import", "Colonne en double.")))
                column = None
            elif header is None and any(len(c) > index and c[index] is not None for _, c in raw.rows):
                table.problems.append((header_row, letter, tr("Import", "Colonne sans titre : donnez-lui un titre "
                                                              "ou videz-la.")))
            columns.append(column)
    for index, column in enumerate(columns):
        if column is not None:
            table.present.add(column.field)
            table.headers.setdefault(column.field, raw.headers[index] or column.header)
    kinds = {c.kind for c in columns if c is not None}
    for column in sheet.columns:
        covered = column in columns or (column.kind in (f.STAFF_LAST, f.STAFF_FIRST) and STAFF_FULL in kinds)
        if column.required and not covered:
            if column.field in sheet.key:
                table.problems.append((header_row, column.header, tr("Import", "Colonne obligatoire absente.")))
                table.blocked = True
            else:
                table.missing.add(column.field)
    if table.blocked:
        return table
    source_csv = raw.source == "csv"
    for position, (number, cells) in enumerate(raw.rows):
        if position == 0 and number == header_row + 1 and _is_help_row(cells, columns):
            table.total_rows -= 1
            continue
        table.rows.append(_parse_row(number, cells, columns, raw.headers, source_csv))
    return table


def _parse_row(number: int, cells: tuple, columns: list[Column | None], headers, source_csv: bool) -> ParsedRow:
    row = ParsedRow(number, {})
    # The parts of a reference written over several columns (a person, a charge), by field.
    parts: dict[str, dict[str, object]] = {}
    for index, cell in enumerate(cells):
        if index >= len(columns) and cell is not None:
            row.errors.append((get_column_letter(index + 1), tr("Import", "Valeur dans une colonne sans titre.")))
    for index, column in enumerate(columns):
        if column is None:
            continue
        header = headers[index] or column.header
        cell = cells[index] if index < len(cells) else None
        if cell is None:
            if column.kind in _PARTS:
                continue
            if column.required:
                row.errors.append((header, tr("Import", "Valeur obligatoire manquante.")))
            else:
                row.values[column.field] = column.default
            continue
        try:
            value = read_cell(column, cell, source_csv)
        except ParseError as exc:
            row.errors.append((header, str(exc)))
            continue
        if column.kind in _PARTS:
            found = parts.setdefault(column.field, {})
            found[column.kind] = value
            found.setdefault("headers", {})[column.kind] = header
        else:
            row.values[column.field] = value
    for column in columns:
        if column is not None and column.kind in _NAMING_PARTS:
            row.values[column.field] = parts.get(column.field, {})
    return row


# Columns holding part of a reference; with one of the naming ones, the row names that record.
_PARTS = (*f.STAFF_PARTS, STAFF_FULL, *f.CHARGE_PARTS)
_NAMING_PARTS = (f.STAFF_LAST, f.STAFF_FIRST, STAFF_FULL, f.CHARGE_LABEL)


# --- cells -------------------------------------------------------------------------------------


def cell_text(cell, source_csv: bool = False) -> str:
    """A cell as text: numbers without a useless ``.0``, dates as 15/02/2025."""
    if isinstance(cell, str):
        text = cell.strip(" ")
        # Spreadsheets write formula-like text after an apostrophe in CSV: it is not part of it.
        if source_csv and len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
            text = text[1:]
        return text
    if isinstance(cell, bool):
        return "oui" if cell else "non"
    if isinstance(cell, Decimal):
        return format(cell.normalize(), "f")
    if isinstance(cell, dt.datetime) and cell.time() == dt.time(0, 0):
        return f"{cell:%d/%m/%Y}"
    if isinstance(cell, dt.date) and not isinstance(cell, dt.datetime):
        return f"{cell:%d/%m/%Y}"
    return str(cell)


def _choice(column: Column, cell) -> str:
    word = fold(cell_text(cell))
    for code, words in column.choices:
        if word == fold(code) or word in (fold(w) for w in words):
            return code
    raise ParseError(tr("Import", "« {text} » : choisissez parmi {words}.", text=cell_text(cell),
                        words=", ".join(column.choice_words())))


def _choices(column: Column, cell) -> tuple[str, ...]:
    """Several choices in one cell, separated by « ; » or « , »."""
    words = [w for w in re.split(r"[;,]", cell_text(cell)) if w.strip()]
    return column.in_order(_choice(column, w.strip()) for w in words)


def _amendment(cell) -> tuple[str | None, int]:
    if isinstance(cell, (int, Decimal)) and not isinstance(cell, bool):
        return None, parse_integer(cell, tr_noop("Parse", "Numéro d'avenant"))
    text = cell_text(cell)
    if text.isdigit():
        return None, int(text)
    match = _AMENDMENT.match(text)
    if match and match.group(1):
        return match.group(1).strip(), int(match.group(2))
    if match:
        return None, int(match.group(2))
    raise ParseError(tr("Import", "Avenant « {text} » illisible : écrivez son numéro (2) ou « CAM-2024-01 n° 2 ».",
                        text=text))


def _full_name(cell) -> str:
    text = " ".join(cell_text(cell).split())
    if not text:
        raise ParseError(tr("Import", "Nom de l'agent manquant."))
    return text


_READERS = {
    f.AMOUNT: parse_amount_cell,
    f.PERCENT: parse_percent,
    f.DECIMAL: lambda c: parse_quantity(c, 6, tr_noop("Parse", "Nombre")),
    f.AREA: lambda c: parse_quantity(c, 2, tr_noop("Parse", "Surface")),
    f.QUANTITY: lambda c: parse_quantity(c, 3, tr_noop("Parse", "Quantité")),
    f.DATE: parse_date_cell,
    f.STAFF_START: parse_date_cell,
    f.CHARGE_START: parse_date_cell,
    f.MONTH: parse_month,
    f.INTEGER: parse_integer,
    f.BOOL: parse_bool,
    f.AMENDMENT: _amendment,
    STAFF_FULL: _full_name,
}


def read_cell(column: Column, cell, source_csv: bool = False):
    """The typed value of a non-empty cell, or :class:`ParseError` saying what to type."""
    if column.kind == f.CHOICE:
        return _choice(column, cell)
    if column.kind == f.CHOICES:
        return _choices(column, cell)
    reader = _READERS.get(column.kind)
    if reader is not None:
        return reader(cell.strip() if isinstance(cell, str) else cell)
    text = cell_text(cell, source_csv)
    if column.kind == f.COMPACT:  # SIRET, IBAN, BIC: written in groups, stored without spaces
        return "".join(text.split()).upper()
    if column.kind in (f.REF, f.STAFF_LAST, f.STAFF_FIRST, f.CHARGE_LABEL):
        text = " ".join(text.split())
    return text
