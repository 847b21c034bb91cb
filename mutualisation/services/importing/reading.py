"""Reading a file into raw tables: an XLSX workbook (one table per sheet), a CSV file, or a
folder of CSV files. Only the cells are read here; what they mean is decided by rows.py.

CSV files may be UTF-8 with or without BOM (or Windows-1252, as older French Excel writes
them), separated by ``;`` (French Excel), ``,`` or tabs; the separator is found on the
header line.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ...domain.i18n import tr
from .xlsx_reader import Workbook, WorkbookError

MAX_BYTES = 10_000_000  # 10 Mo: the whole demonstration database is a few hundred kilobytes
MAX_ROWS = 200_000  # per sheet
MAX_COLUMNS = 60
# PDF, PNG, JPEG, GIF, gzip, 7z: common files picked by mistake.
_BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"7z\xbc\xaf")


class ImportFileError(Exception):
    """The file cannot be read at all (missing, empty, too large, not a spreadsheet)."""


@dataclass
class RawTable:
    """The cells of one sheet or CSV file: its header row, then numbered rows."""

    name: str
    #: "xlsx" or "csv" (CSV text may carry an apostrophe before formula-like text).
    source: str
    headers: list[str | None]
    header_row: int = 1
    #: (row number as the spreadsheet shows it, cells)
    rows: list[tuple[int, tuple]] = field(default_factory=list)


def _size_text(size: int) -> str:
    # The figure keeps the French notation in every language; the unit follows the interface's.
    return tr("Import", "{size} Mo", size=f"{size / 1_000_000:.1f}".replace(".", ","))


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError(tr("Import", "Le fichier « {name} » est vide.", name=path.name))
    if size > MAX_BYTES:
        raise ImportFileError(tr(
            "Import", "Le fichier « {name} » fait {size} : {limit} au plus. Découpez-le (un fichier CSV par registre, "
            "ou les factures année par année).", name=path.name, size=_size_text(size), limit=_size_text(MAX_BYTES),
        ))


def read_tables(path: str | Path) -> list[RawTable]:
    """Every table of ``path``: the sheets of a workbook, a CSV file, or the CSV files of a folder."""
    path = Path(path)
    if not path.exists():
        raise ImportFileError(tr("Import", "Fichier introuvable : {path}", path=path))
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in (".csv", ".txt"))
        if not files:
            raise ImportFileError(tr("Import", "Le dossier « {name} » ne contient aucun fichier CSV.", name=path.name))
        tables = [t for f in files for t in read_tables(f)]
        return tables
    _check_size(path)
    suffix = path.suffix.lower()
    with open(path, "rb") as handle:
        head = handle.read(8)
    if suffix == ".xls" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(tr(
            "Import", "« {name} » est au format Excel 97-2003 (.xls), que l'import ne lit pas : enregistrez-le au "
            "format .xlsx (Fichier > Enregistrer sous).", name=path.name,
        ))
    if suffix == ".ods":
        raise ImportFileError(tr(
            "Import", "« {name} » est au format OpenDocument (.ods) : enregistrez-le au format .xlsx ou en CSV.",
            name=path.name,
        ))
    if head.startswith(b"PK"):
        return _read_xlsx(path)
    if suffix in (".xlsx", ".xlsm"):
        raise _not_a_spreadsheet(path)
    if head.startswith(_BINARY_SIGNATURES):
        raise _not_a_spreadsheet(path)
    return [_read_csv(path)]


# --- XLSX --------------------------------------------------------------------------------------


def _not_a_spreadsheet(path: Path) -> ImportFileError:
    return ImportFileError(tr(
        "Import", "« {name} » n'est pas un classeur Excel (.xlsx) ni un fichier CSV lisible.", name=path.name
    ))


def _read_xlsx(path: Path) -> list[RawTable]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise _not_a_spreadsheet(path) from None
    if "xl/workbook.xml" not in names:
        if "content.xml" in names:  # an .ods renamed
            raise ImportFileError(tr(
                "Import", "« {name} » est un classeur OpenDocument : enregistrez-le au format .xlsx.", name=path.name
            ))
        raise _not_a_spreadsheet(path)
    try:
        workbook = Workbook(path)
    except WorkbookError as exc:
        raise ImportFileError(tr("Import", "Le classeur « {name} » est illisible ({error}).", name=path.name,
                                 error=exc)) from exc
    try:
        return [_xlsx_table(path, workbook, name, target) for name, target in workbook.sheets]
    except WorkbookError as exc:
        raise ImportFileError(tr("Import", "Le classeur « {name} » est illisible ({error}).", name=path.name,
                                 error=exc)) from exc
    finally:
        workbook.close()


def _xlsx_table(path: Path, workbook: Workbook, name: str, target: str) -> RawTable:
    table: RawTable | None = None
    for number, cells in workbook.rows(target):
        cells = _trim(cells)
        if table is None:
            if cells:  # blank lines above the header are skipped
                table = RawTable(name, "xlsx", _header_cells(path, name, cells), number)
            continue
        if cells:
            if len(table.rows) >= MAX_ROWS:
                raise _too_many_rows(name)
            table.rows.append((number, cells))
    return table or RawTable(name, "xlsx", [])


def _trim(cells) -> tuple:
    """The cells without the empty ones at the end; () for a blank row."""
    values = [None if isinstance(c, str) and not c.strip() else c for c in cells]
    while values and values[-1] is None:
        values.pop()
    return tuple(values)


def _header_cells(path: Path, name: str, cells: tuple) -> list[str | None]:
    if len(cells) > MAX_COLUMNS:
        raise ImportFileError(tr(
            "Import", "« {sheet} » ({name}) a {count} colonnes : {limit} au plus.", sheet=name, name=path.name,
            count=len(cells), limit=MAX_COLUMNS,
        ))
    return [None if c is None else str(c).strip() for c in cells]


def _too_many_rows(name: str) -> ImportFileError:
    return ImportFileError(tr(
        "Import", "La feuille « {sheet} » compte plus de {limit} lignes : découpez-la.", sheet=name,
        limit=f"{MAX_ROWS:,}".replace(",", "\u202f"),
    ))


# --- CSV ---------------------------------------------------------------------------------------


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise _not_a_spreadsheet(path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # older French Excel
    if any(ord(c) < 32 and c not in "\t\r\n" for c in text[:4096]):
        raise _not_a_spreadsheet(path)
    return text


def _delimiter(first_line: str) -> str:
    counts = {d: 0 for d in (";", ",", "\t")}
    quoted = False
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ";"


def _records(text: str, delimiter: str) -> Iterator[list[str]]:
    yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _read_csv(path: Path) -> RawTable:
    text = _decode(path, path.read_bytes())
    if not text.strip():
        raise ImportFileError(tr("Import", "Le fichier « {name} » est vide.", name=path.name))
    delimiter = _delimiter(text.lstrip("\r\n").split("\n", 1)[0])
    table: RawTable | None = None
    try:
        for number, record in enumerate(_records(text, delimiter), 1):
            cells = _trim(record)
            if table is None:
                if cells:
                    table = RawTable(path.name, "csv", _header_cells(path, path.name, cells), number)
                continue
            if cells:
                if len(table.rows) >= MAX_ROWS:
                    raise _too_many_rows(path.name)
                table.rows.append((number, cells))
    except csv.Error as exc:
        raise ImportFileError(tr("Import", "« {name} » : CSV illisible ({error}).", name=path.name, error=exc)) from exc
    return table or RawTable(path.name, "csv", [])
