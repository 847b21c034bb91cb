"""Reading the cells of an XLSX workbook, fast: the sheets' XML parsed as a stream.

openpyxl's read-only mode builds a Python object per inline string (seconds for 10,000
rows); this reader walks the XML with ElementTree's C parser and keeps only values. It reads
what Excel, LibreOffice and this app write: shared and inline strings (rich text included),
numbers, booleans, errors (as their text, e.g. ``#N/A``), the cached value of a formula, and
dates, recognised by their cell's number format (1900 and 1904 date systems).

Its refusals follow the interface language (``tr``), as the rest of the import's: the import
dialog shows them, the command line (no translator) keeps them French.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zipfile
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation, localcontext
from xml.etree import ElementTree as ET

from ...domain.i18n import tr

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_BUILTIN_DATES = set(range(14, 23)) | set(range(27, 37)) | set(range(45, 48)) | set(range(50, 59))
_NOT_FORMAT = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')
_ROW, _CELL, _VALUE, _INLINE = f"{MAIN}row", f"{MAIN}c", f"{MAIN}v", f"{MAIN}is"
_DIGITS = "0123456789"

# Bounds checked before anything is allocated, so that a small hostile file (a zip bomb, a
# cell far away) is refused in milliseconds instead of costing gigabytes. An import reads
# a few dozen columns: 1,024 is generous, and Excel itself stops at 1,048,576 rows and
# 32,767 characters per cell.
MAX_COLUMNS = 1024
MAX_ROWS = 1_048_576
MAX_CELL_CHARS = 32_767
MIN_XML_BUDGET = 4 * 1024 * 1024  # bytes any part of the workbook may expand to…
XML_RATIO = 40  # …or this many times its compressed size (real sheets compress 5 to 20 times)
MAX_XML_BYTES = 256 * 1024 * 1024
_REFERENCE = re.compile(r"([A-Z]{1,3})([0-9]{1,7})", re.ASCII)


class _Bounded:
    """A zip member read through a budget of expanded bytes (refused beyond it)."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        info = archive.getinfo(name)
        self.name = name
        self.budget = min(MAX_XML_BYTES, max(MIN_XML_BUDGET, XML_RATIO * info.compress_size))
        self.handle = archive.open(info)

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size if 0 <= size <= 1 << 20 else 1 << 20)
        self.budget -= len(data)
        if self.budget < 0:
            raise WorkbookError(tr(
                "Import", "La partie {part} du classeur se décompresse en un volume démesuré par rapport à sa "
                "taille (fichier piégé ou endommagé) : il n'a pas été lu. Réenregistrez le classeur depuis votre "
                "tableur.", part=self.name,
            ))
        return data

    def close(self) -> None:
        self.handle.close()


def _reference(ref: str) -> tuple[int, int]:
    """``B3`` → (column 1, row 3), refused beyond the bounds (or with non-ASCII characters)."""
    match = _REFERENCE.fullmatch(ref)
    if match is None or _column_index(match.group(1)) >= MAX_COLUMNS or int(match.group(2)) > MAX_ROWS:
        raise WorkbookError(tr(
            "Import", "La cellule « {cell} » est hors des limites qu'un import lit ({columns} colonnes, {rows} "
            "lignes) : supprimez les colonnes ou lignes inutiles du classeur, puis réessayez.",
            cell=ref[:20], columns=MAX_COLUMNS, rows=MAX_ROWS,
        ))
    return _column_index(match.group(1)), int(match.group(2))


def _bounded_text(text: str) -> str:
    if len(text) > MAX_CELL_CHARS:
        raise WorkbookError(tr(
            "Import", "Une cellule du classeur contient {count} caractères, plus que les {limit} qu'un tableur "
            "admet : le fichier n'a pas été lu.", count=len(text), limit=MAX_CELL_CHARS,
        ))
    return text


def stored_number(text: str) -> int | Decimal:
    """A numeric cell's stored text, exactly. Excel stores binary doubles printed with 17
    digits but shows 15: rounding to 15 significant digits reads 0.1 + 0.2 computed in a sheet
    as 0.3, as the person saw it, never 0.30000000000000004. No value goes through float."""
    text = text.strip()
    if text.lstrip("-").isdigit():
        return int(text)
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise WorkbookError(tr("Import", "Nombre « {text} » illisible dans le classeur.", text=text[:40])) from None
    if not value.is_finite():
        raise WorkbookError(tr("Import", "Nombre infini ou non défini dans le classeur."))
    if len(value.as_tuple().digits) > 15:
        with localcontext() as context:
            context.prec = 15
            value = +value
    return value


class WorkbookError(Exception):
    """The zip is not a readable workbook."""


def _is_date_format(code: str) -> bool:
    bare = _NOT_FORMAT.sub("", code).lower()
    return bare != "general" and any(ch in bare for ch in "dmyhs")


def _date_styles(archive: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell formats (cellXfs) that show a date or a time."""
    try:
        root = ET.parse(_Bounded(archive, "xl/styles.xml")).getroot()
    except KeyError:
        return set()
    custom = {
        int(f.get("numFmtId")): _is_date_format(f.get("formatCode", ""))
        for f in root.iter(f"{MAIN}numFmt")
    }
    xfs = root.find(f"{MAIN}cellXfs")
    styles = set()
    for index, xf in enumerate(xfs if xfs is not None else []):
        number_format = int(xf.get("numFmtId", 0))
        if custom.get(number_format, number_format in _BUILTIN_DATES):
            styles.add(index)
    return styles


def _text(element) -> str:
    """The text of a string item: plain ``<t>`` or rich-text runs, phonetic runs left out."""
    parts = []
    for child in element:
        if child.tag == f"{MAIN}t":
            parts.append(child.text or "")
        elif child.tag == f"{MAIN}r":
            parts.extend(t.text or "" for t in child.iter(f"{MAIN}t"))
    return "".join(parts)


def _shared_strings(archive: zipfile.ZipFile, path: str | None) -> list[str]:
    if path is None or path not in archive.namelist():
        return []
    strings = []
    for _, element in ET.iterparse(_Bounded(archive, path)):
        if element.tag == f"{MAIN}si":
            strings.append(_bounded_text(_text(element)))
            element.clear()
    return strings


@functools.lru_cache(maxsize=1024)
def _column_index(letters: str) -> int:
    """``A`` → 0, ``AA`` → 26."""
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1


class Workbook:
    """The sheets of an XLSX file, each read as rows of values on demand."""

    def __init__(self, path) -> None:
        try:
            self.archive = zipfile.ZipFile(path)
            names = set(self.archive.namelist())
            root = ET.parse(_Bounded(self.archive, "xl/workbook.xml")).getroot()
            rels = ET.parse(_Bounded(self.archive, "xl/_rels/workbook.xml.rels")).getroot()
        except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError) as exc:
            raise WorkbookError(str(exc)) from exc
        targets, shared = {}, None
        for rel in rels.iter(f"{PACKAGE_REL}Relationship"):
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            targets[rel.get("Id")] = target
            if rel.get("Type", "").endswith("/sharedStrings"):
                shared = target
        properties = root.find(f"{MAIN}workbookPr")
        date1904 = properties is not None and properties.get("date1904") in ("1", "true")
        self.epoch = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
        self.sheets = [
            (sheet.get("name", ""), targets.get(sheet.get(f"{REL}id")))
            for sheet in root.iter(f"{MAIN}sheet")
        ]
        if any(t not in names for _, t in self.sheets):
            raise WorkbookError(tr("Import", "une feuille du classeur manque"))
        try:
            self.strings = _shared_strings(self.archive, shared)
            self.date_styles = _date_styles(self.archive)
        except (ET.ParseError, ValueError) as exc:
            raise WorkbookError(str(exc)) from exc

    def close(self) -> None:
        self.archive.close()

    def rows(self, target: str) -> Iterator[tuple[int, list]]:
        """(row number, values) of every row holding something, in order."""
        expected = 0
        try:
            for _, element in ET.iterparse(_Bounded(self.archive, target)):
                if element.tag != _ROW:
                    continue
                row = element.get("r")
                if row is not None and not (row.isascii() and row.isdigit() and 0 < int(row) <= MAX_ROWS):
                    raise WorkbookError(tr("Import", "Numéro de ligne « {row} » hors des limites du classeur.", row=row[:20]))
                number = int(row or expected + 1)
                expected = number
                values: list = []
                for cell in element.iter(_CELL):
                    ref = cell.get("r")
                    column = _reference(ref)[0] if ref else len(values)
                    value = self._value(cell)
                    if value is None:
                        continue
                    if column >= MAX_COLUMNS:
                        raise WorkbookError(
                            tr("Import", "Plus de {count} colonnes remplies : le classeur n'a pas été lu.", count=MAX_COLUMNS)
                        )
                    if isinstance(value, str):
                        _bounded_text(value)
                    if column >= len(values):
                        values.extend([None] * (column + 1 - len(values)))
                    values[column] = value
                element.clear()
                if values:
                    yield number, values
        except (ET.ParseError, ValueError, AttributeError, IndexError) as exc:
            raise WorkbookError(str(exc)) from exc

    def _value(self, cell):
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(_INLINE)
            return _text(inline) if inline is not None else None
        v = cell.find(_VALUE)
        if v is None or v.text is None:
            return None
        text = v.text
        if kind == "s":
            return self.strings[int(text)]
        if kind in ("str", "e"):
            return text
        if kind == "b":
            return text.strip() in ("1", "true")
        if kind == "d":
            return dt.datetime.fromisoformat(text.strip())
        number = stored_number(text)
        if int(cell.get("s", 0)) in self.date_styles:
            whole = int(number)
            seconds = round((number - whole) * 86400)
            return self.epoch + dt.timedelta(days=whole, seconds=seconds)
        return number
