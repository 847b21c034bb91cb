"""Helpers for the import/export tests: small workbooks and CSV files, database snapshots."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from mutualisation.services.importing import import_file
from mutualisation.services.importing.catalog import Catalog


def workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    """An XLSX file with one sheet per entry: the first row is the header."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def csv_file(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def snapshot(database) -> dict:
    """Every register's values, to show that nothing was written."""
    with database.session() as session:
        catalog = Catalog.load(session)
    return {name: [(r.id, r.values) for r in reg.stored] for name, reg in catalog.registers.items()}


def run(database, path, **options):
    """Import ``path`` in a transaction of its own; return the report."""
    with database.session() as session, session.begin():
        return import_file(session, path, **options)


def cell_values(path: Path) -> dict[str, list[list]]:
    """Every sheet's cell values, for comparing two workbooks."""
    wb = load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}


def reasons(report) -> list[tuple[str, int, str, str]]:
    return [(r.sheet, r.row, r.column, r.reason) for r in report.rejections]
