"""The payroll import as the app drives it: read the columns, let a person map them, preview, import.

The command line names its mapping with ``--map`` once and for all; the window shows every
column of the file with the field it goes to, lets the person change it and previews again.
:func:`preview_payroll` therefore always returns the file's sheets and columns with the
mapping in use (given, or else remembered and guessed by :func:`payroll.resolve_mapping`),
and a mapping that is not complete yet comes back as :class:`MappingGaps` rather than an
error, so that the window can say which field still lacks its column.

A preview remembers nothing: only :func:`run_payroll_import` saves the mapping (through
:func:`payroll.import_payroll`), so a mapping tried and abandoned is not proposed next time.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ...domain.i18n import tr
from .format import fold
from .payroll import (
    IGNORE,
    TARGETS,
    MappingError,
    MappingGaps,
    import_payroll,
    load_mapping,
    mapping_gaps,
    resolve_mapping,
)  # fmt: skip
from .reading import ImportFileError, read_tables
from .report import ImportReport

#: Fields a payroll file must fill (the name: ``full_name``, or ``last_name`` and ``first_name``).


@dataclass(frozen=True, slots=True)
class PayrollColumns:
    """One sheet of a payroll file: its name, the other sheets, its column titles."""

    sheets: tuple[str, ...]
    sheet: str
    #: The titles of the header row, ``None`` for a column without one (never read).
    headers: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class PayrollPreview:
    """The dry run of a payroll import: the columns, their mapping, then the report or the gaps."""

    columns: PayrollColumns
    #: Column title → field, for every titled column (``ignore`` for those left aside).
    mapping: dict[str, str] = field(default_factory=dict)
    report: ImportReport | None = None
    gaps: MappingGaps = field(default_factory=MappingGaps)


def read_payroll_columns(path: str | Path, sheet: str | None = None) -> PayrollColumns:
    """The sheet ``sheet`` of ``path`` (by default the first one with rows) and its columns.

    Raises :class:`ImportFileError` when the file cannot be read, has no rows, or lacks ``sheet``.
    """
    path = Path(path)
    tables = read_tables(path)
    names = tuple(t.name for t in tables)
    if sheet is not None:
        chosen = next((t for t in tables if fold(t.name) == fold(sheet)), None)
        if chosen is None:
            raise ImportFileError(tr("Import", "Feuille « {sheet} » absente : {names}.", sheet=sheet,
                                     names=", ".join(names)))
    else:
        chosen = next((t for t in tables if t.rows), None)
        if chosen is None:
            raise ImportFileError(tr("Import", "« {name} » ne contient aucune ligne à importer.", name=path.name))
    return PayrollColumns(names, chosen.name, tuple(chosen.headers))


def proposed_mapping(headers: tuple[str | None, ...], remembered: dict[str, str]) -> dict[str, str]:
    """Column title → field for every titled column: remembered, else guessed, else ``ignore``."""
    by_index = resolve_mapping(list(headers), {}, remembered)
    return {h: by_index.get(i, IGNORE) for i, h in enumerate(headers) if h}


def _check_targets(mapping: dict[str, str]) -> None:
    unknown = sorted(set(mapping.values()) - set(TARGETS))
    if unknown:
        raise MappingError(tr("Import", "Champ(s) inconnu(s) : {fields}.", fields=", ".join(unknown)))


def preview_payroll(database, path: str | Path, *, sheet: str | None = None, mapping: dict[str, str] | None = None,
                    mapping_file: Path | None = None) -> PayrollPreview:  # fmt: skip
    """The dry run of importing ``path`` with ``mapping`` (column title → field), in a session of its own.

    Without ``mapping``, the remembered mapping (``mapping_file``, by default the user's) and
    the usual column names propose one. Columns of the sheet missing from ``mapping`` are left
    aside. Nothing is written and nothing is remembered. Raises :class:`ImportFileError` when
    the file cannot be read.
    """
    columns = read_payroll_columns(path, sheet)
    if mapping is None:
        mapping = proposed_mapping(columns.headers, load_mapping(mapping_file))
    else:
        _check_targets(mapping)
        mapping = {h: mapping.get(h, IGNORE) for h in columns.headers if h}
    gaps = mapping_gaps(mapping)
    if gaps:
        return PayrollPreview(columns, mapping, None, gaps)
    # import_payroll remembers the mapping it used, even for a dry run: here into a file thrown
    # away, as the whole mapping is given and the remembered one plays no part.
    with tempfile.TemporaryDirectory() as folder, database.session() as session, session.begin():
        report = import_payroll(session, Path(path), mapping=mapping, sheet=columns.sheet, dry_run=True,
                                mapping_file=Path(folder) / "preview.json")  # fmt: skip
    return PayrollPreview(columns, mapping, report)


def run_payroll_import(database, path: str | Path, *, sheet: str, mapping: dict[str, str],
                       valid_only: bool = False, mapping_file: Path | None = None) -> ImportReport:  # fmt: skip
    """Import ``path`` in one transaction of its own and remember ``mapping`` for the next file.

    Raises :class:`ImportFileError` or :class:`MappingError` when the file or the mapping
    cannot be used (nothing written).
    """
    _check_targets(mapping)
    with database.session() as session, session.begin():
        return import_payroll(session, Path(path), mapping=mapping, sheet=sheet, valid_only=valid_only,
                              mapping_file=mapping_file)  # fmt: skip
