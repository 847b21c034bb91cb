"""Importing registers from a workbook (XLSX) or CSV files, with a preview, all or nothing.

``import_file`` reads every row of every sheet, validates it against the database and the
rows above it, and reports what would be added, updated or left unchanged, and every row
refused with its sheet, row, column and reason. It writes only when the whole file is valid,
or, when asked, the valid rows alone, in the caller's transaction. Re-importing the same file
changes nothing: each register has a natural key (sheets.py) that finds the record again.

Modules: reading (files to raw tables), rows (cells to values), catalog (the database in
natural form), validation and checks (references, keys, rules), applying (writes), payroll
(payroll exports with a remembered column mapping), report (what happened).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from ...domain.i18n import tr
from ...storage import models as m
from ..reconciliation import mode_change_refusal
from .applying import apply
from .catalog import Catalog
from .reading import ImportFileError, RawTable, read_tables
from .report import ImportReport, Rejection, SheetSummary, Update
from .rows import ParsedTable, match_sheet, parse_table
from .format import fold
from .sheets import GUIDE_SHEET, SHEETS
from .validation import refuse_mode_changes, validate

__all__ = [
    "ImportFileError",
    "ImportReport",
    "Rejection",
    "SheetSummary",
    "Update",
    "import_file",
    "import_tables",
    "preview_import",
    "run_import",
]


def import_file(session: Session, path: str | Path, *, dry_run: bool = False,
                valid_only: bool = False) -> ImportReport:  # fmt: skip
    """Check ``path`` and, unless ``dry_run``, write it if valid (or its valid rows if ``valid_only``).

    Raises :class:`ImportFileError` when the file cannot be read at all. Only flushes: the
    caller commits or rolls back.
    """
    report = ImportReport(str(path), dry_run=dry_run, valid_only=valid_only)
    parsed = []
    for raw in read_tables(path):
        if fold(raw.name) == fold(GUIDE_SHEET):
            continue  # the guide for people at the front of the template and of exports
        sheet = match_sheet(raw)
        if sheet is None:
            if raw.rows:
                names = ", ".join(s.name for s in SHEETS)
                report.rejections.append(Rejection(
                    raw.name, raw.header_row, "",
                    tr("Import", "Feuille non reconnue : ses {count} ligne(s) ne seraient pas lues. Feuilles "
                       "possibles : {names}.", count=len(raw.rows), names=names)))  # fmt: skip
                report.summary(raw.name).rejected += len(raw.rows)
            continue
        parsed.append(parse_table(sheet, raw))
    return import_tables(session, parsed, report)


def no_rows(path: Path) -> str:
    return tr("Import", "« {name} » ne contient aucune ligne à importer.", name=path.name)


def import_tables(session: Session, parsed: list[ParsedTable], report: ImportReport) -> ImportReport:
    """Validate parsed tables and write them as ``report`` says (dry run, valid rows only)."""
    if not any(t.total_rows for t in parsed) and not report.rejections:
        raise ImportFileError(no_rows(Path(report.source)))
    catalog = Catalog.load(session)
    changes = validate(catalog, parsed, report)
    changes = refuse_mode_changes(changes, parsed, report, lambda convention_id, advance_mode: mode_change_refusal(
        session, session.get(m.Convention, convention_id), advance_mode))
    if report.dry_run or (report.rejections and not report.valid_only):
        return report
    apply(session, catalog, changes)
    session.flush()
    report.written = True
    return report


def preview_import(database, path: str | Path) -> ImportReport:
    """The dry run of an import, in a session of its own (for the app)."""
    with database.session() as session, session.begin():
        return import_file(session, path, dry_run=True)


def run_import(database, path: str | Path, *, valid_only: bool = False) -> ImportReport:
    """Import ``path`` in one transaction of its own: all of it, or nothing (or its valid rows)."""
    with database.session() as session, session.begin():
        return import_file(session, path, valid_only=valid_only)
