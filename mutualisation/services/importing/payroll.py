"""Importing a payroll export: one row per person and month, whatever its column names.

Payroll software writes ``Matricule ; Nom ; Prénom ; Période ; Brut ; Charges patronales``
or something close. Each column is mapped to a field of the Paie sheet (``gross_salary``…)
by, in this order of precedence: ``--map`` given now, the mapping remembered from earlier
imports, and a guess from usual names. The mapping is remembered in a small JSON file in
the user's data folder (``correspondance-paie.json``), per column name, so that the next
export of the same software imports without options. Every column left aside is named in
the report; nothing is dropped silently.

Rows then go through the same validation and writing as the Paie sheet of the workbook: the
person must exist (by last and first name, or a single « Nom Prénom » column), the month
must fall within their employment, and a person's month found again is updated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from ...domain import kind_words
from ...domain.i18n import tr, tr_noop, translate_marked
from ...domain.parsing import ParseError, parse_amount_cell
from ...paths import write_private
from ... import paths
from . import format as f
from .format import Column, fold
from .reading import ImportFileError, RawTable, read_tables
from .report import ImportReport
from .rows import STAFF_FULL, ParsedTable, parse_table
from .sheets import BY_REGISTER

MAPPING_FILE = "correspondance-paie.json"
IGNORE = "ignore"

_PAYROLL = BY_REGISTER["payroll"]
_STAFF_COLUMNS = {c.kind: c for c in _PAYROLL.columns if c.kind in f.STAFF_PARTS}

_REIMBURSEMENT = BY_REGISTER["reimbursement"]
#: The fields of the amounts received for the month (R15), one per kind: « reimbursement_ijss »…
REIMBURSEMENT_TARGETS = {f"reimbursement_{kind}": kind for kind, _words in f.REIMBURSEMENT_KINDS}

#: field → the column it fills, for every field a payroll column may map to.
TARGETS: dict[str, Column | None] = {
    "last_name": _STAFF_COLUMNS[f.STAFF_LAST],
    "first_name": _STAFF_COLUMNS[f.STAFF_FIRST],
    "full_name": Column("Nom et prénom", "staff", STAFF_FULL, ref="staff"),
    "employment_start": _STAFF_COLUMNS[f.STAFF_START],
    "month": _PAYROLL.column("month"),
    "gross_salary": _PAYROLL.column("gross_salary"),
    "employer_charges": _PAYROLL.column("employer_charges"),
    "other_costs": _PAYROLL.column("other_costs"),
    **{target: _REIMBURSEMENT.column("amount") for target in REIMBURSEMENT_TARGETS},
    IGNORE: None,
}
TARGET_WORDS = {
    "last_name": tr_noop("Import", "nom"), "first_name": tr_noop("Import", "prénom"),
    "full_name": tr_noop("Import", "nom et prénom"), "employment_start": tr_noop("Import", "date d'entrée"),
    "month": tr_noop("Import", "mois"), "gross_salary": tr_noop("Import", "salaire brut"),
    "employer_charges": tr_noop("Import", "charges patronales"), "other_costs": tr_noop("Import", "autres coûts"),
    IGNORE: tr_noop("Import", "laissée de côté"),
}  # fmt: skip


def target_word(target: str) -> str:
    """The words of a field in the interface language (French on the command line)."""
    if target in REIMBURSEMENT_TARGETS:
        return tr("Import", "remboursement ({kind})", kind=kind_words.reimbursement_kind(REIMBURSEMENT_TARGETS[target]))
    return translate_marked("Import", TARGET_WORDS[target])

# Other names accepted after "=" in --map.
_TARGET_ALIASES = {
    "nom": "last_name", "prenom": "first_name", "nom prenom": "full_name", "nom et prenom": "full_name",
    "salarie": "full_name", "agent": "full_name", "entree": "employment_start", "mois": "month",
    "periode": "month", "brut": "gross_salary", "salaire brut": "gross_salary",
    "charges": "employer_charges", "charges patronales": "employer_charges",
    "autres": "other_costs", "autres couts": "other_costs", "ignorer": IGNORE,
    **{fold(f"remboursement {f.word_of(f.REIMBURSEMENT_KINDS, kind)}"): target
       for target, kind in REIMBURSEMENT_TARGETS.items()},
}  # fmt: skip

# Usual column names of payroll exports (folded) → field.
GUESSES = {
    "nom": "last_name", "nom de famille": "last_name", "nom usuel": "last_name",
    "prenom": "first_name",
    "salarie": "full_name", "nom prenom": "full_name", "nom et prenom": "full_name",
    "agent": "full_name", "employe": "full_name", "collaborateur": "full_name",
    "date d'entree": "employment_start", "entree": "employment_start",
    "periode": "month", "mois": "month", "mois de paie": "month", "periode de paie": "month",
    "date de paie": "month",
    "brut": "gross_salary", "salaire brut": "gross_salary", "total brut": "gross_salary",
    "brut total": "gross_salary", "gross salary": "gross_salary",
    "charges patronales": "employer_charges", "cotisations patronales": "employer_charges",
    "charges employeur": "employer_charges", "part patronale": "employer_charges",
    "total charges patronales": "employer_charges", "employer charges": "employer_charges",
    "autres couts": "other_costs", "autres charges": "other_costs", "avantages": "other_costs",
    "matricule": IGNORE, "net": IGNORE, "net a payer": IGNORE, "net imposable": IGNORE,
    "ijss": "reimbursement_ijss", "indemnites journalieres": "reimbursement_ijss",
    "indemnites journalieres de securite sociale": "reimbursement_ijss",
    "subrogation": "reimbursement_subrogation", "subrogation ijss": "reimbursement_subrogation",
    "aide": "reimbursement_aide", "aides": "reimbursement_aide", "aide a l'emploi": "reimbursement_aide",
    "remboursement": "reimbursement_autre", "remboursements": "reimbursement_autre",
}  # fmt: skip


class MappingError(ValueError):
    """A column mapping that cannot be used; the message says how to fix it."""


def parse_map_options(options: list[str]) -> dict[str, str]:
    """``["Brut=gross_salary", "Salarié=nom et prénom"]`` → {column: field}."""
    mapping = {}
    for option in options:
        column, sep, target = option.partition("=")
        if not sep or not column.strip():
            raise MappingError(tr(
                "Import", "Correspondance « {option} » illisible : écrivez par exemple \"Brut=gross_salary\".",
                option=option,
            ))
        mapping[column.strip()] = target_field(target)
    return mapping


def target_field(text: str) -> str:
    word = text.strip()
    if word in TARGETS:
        return word
    alias = _TARGET_ALIASES.get(fold(word).replace("_", " ").replace("-", " "))
    if alias is None:
        raise MappingError(tr("Import", "Champ « {text} » inconnu : choisissez parmi {fields}.", text=text,
                              fields=", ".join(TARGETS)))
    return alias


def mapping_path() -> Path:
    return paths.user_data_dir() / MAPPING_FILE


def load_mapping(path: Path | None = None) -> dict[str, str]:
    """The remembered mapping, {folded column name: field}; empty when none or unreadable."""
    path = path or mapping_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        columns = data.get("columns", {})
        return {str(k): v for k, v in columns.items() if v in TARGETS}
    except (OSError, ValueError, AttributeError):
        return {}


def save_mapping(mapping: dict[str, str], path: Path | None = None) -> None:
    """Remember ``mapping`` (merged with what was remembered before)."""
    path = path or mapping_path()
    remembered = load_mapping(path)
    remembered.update({fold(k): v for k, v in mapping.items()})
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    text = json.dumps({"version": 1, "columns": dict(sorted(remembered.items()))}, ensure_ascii=False, indent=2)
    write_private(path, text + "\n")


def resolve_mapping(headers: list[str | None], explicit: dict[str, str],
                    remembered: dict[str, str]) -> dict[int, str]:  # fmt: skip
    """Each column's field: explicit first, then remembered, then guessed; unknown ones are left out."""
    explicit = {fold(k): v for k, v in explicit.items()}
    unknown = set(explicit) - {fold(h) for h in headers if h}
    if unknown:
        raise MappingError(tr(
            "Import", "Colonne(s) {missing} absente(s) du fichier ; colonnes du fichier : {columns}",
            missing=", ".join(sorted(unknown)), columns=", ".join(h for h in headers if h),
        ))
    result = {}
    for index, header in enumerate(headers):
        if not header:
            continue
        name = fold(header)
        target = explicit.get(name) or remembered.get(name) or GUESSES.get(name)
        if target is not None:
            result[index] = target
    return result


#: Fields every payroll export must give (besides the name, in one or two columns).
REQUIRED_FIELDS = ("month", "gross_salary", "employer_charges")


@dataclass(frozen=True, slots=True)
class MappingGaps:
    """Why a mapping cannot be used yet: fields without a column, fields given twice."""

    #: Fields no column goes to; ``"name"`` when neither ``full_name`` nor both parts are.
    missing: tuple[str, ...] = ()
    #: Fields two columns or more go to, with those columns' titles.
    doubled: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.missing or self.doubled)


def mapping_gaps(mapping: dict[str, str]) -> MappingGaps:
    """What ``mapping`` (column title → field) lacks before the file can be read: the one set
    of rules for the command line (:func:`_check_mapping`) and the app's import dialog."""
    columns: dict[str, list[str]] = {}
    for header, target in mapping.items():
        if target != IGNORE:
            columns.setdefault(target, []).append(header)
    missing = [target for target in REQUIRED_FIELDS if target not in columns]
    if "full_name" not in columns and not {"last_name", "first_name"} <= set(columns):
        missing.insert(0, "name")
    doubled = tuple((target, tuple(headers)) for target, headers in columns.items() if len(headers) > 1)
    return MappingGaps(tuple(missing), doubled)


def _check_mapping(headers: list[str | None], mapping: dict[int, str]) -> None:
    """Refuses, in the command line's words, a mapping with a gap (see :func:`mapping_gaps`)."""
    gaps = mapping_gaps({headers[index]: target for index, target in mapping.items()})
    if gaps.doubled:
        target, titles = gaps.doubled[0]
        raise MappingError(tr("Import", "Les colonnes « {first} » et « {second} » vont toutes deux dans « {field} » : "
                              "précisez avec --map.", first=titles[0], second=titles[1], field=target_word(target)))
    shown = ", ".join(h for h in headers if h)
    for missing in gaps.missing:
        if missing == "month":
            raise MappingError(tr("Import", "Colonne du mois introuvable ({columns}) : indiquez-la avec --map "
                                  "\"Colonne=champ\".", columns=shown))
        if missing == "name":
            raise MappingError(tr("Import", "Colonnes du nom et du prénom introuvables : indiquez-la avec --map "
                                  "\"Colonne=champ\" (last_name, first_name ou full_name)."))
        raise MappingError(tr("Import", "Colonne « {field} » introuvable ({columns}) : indiquez-la avec --map "
                              "\"Colonne=champ\".", field=target_word(missing), columns=shown))


def _pick_table(path: Path, sheet: str | None) -> RawTable:
    tables = read_tables(path)
    if sheet is not None:
        for table in tables:
            if fold(table.name) == fold(sheet):
                return table
        raise ImportFileError(tr("Import", "Feuille « {sheet} » absente : {names}.", sheet=sheet,
                                 names=", ".join(t.name for t in tables)))
    filled = [t for t in tables if t.rows]
    if not filled:
        raise ImportFileError(tr("Import", "« {name} » ne contient aucune ligne à importer.", name=path.name))
    return filled[0]


def import_payroll(session: Session, path: Path, *, mapping: dict[str, str] | None = None,
                   sheet: str | None = None, dry_run: bool = False, valid_only: bool = False,
                   mapping_file: Path | None = None) -> ImportReport:  # fmt: skip
    """Import a payroll export into the Paie register; the mapping used is remembered.

    Raises :class:`ImportFileError` or :class:`MappingError` before reading any row when the
    file or the mapping cannot be used. Only flushes: the caller commits.
    """
    from . import import_tables

    raw = _pick_table(Path(path), sheet)
    explicit = mapping or {}
    by_index = resolve_mapping(raw.headers, explicit, load_mapping(mapping_file))
    _check_mapping(raw.headers, by_index)
    save_mapping({raw.headers[i]: t for i, t in by_index.items()}, mapping_file)
    columns = [None if t in REIMBURSEMENT_TARGETS else TARGETS.get(t)
               for t in (by_index.get(i, IGNORE) for i in range(len(raw.headers)))]  # fmt: skip
    report = ImportReport(str(path), dry_run=dry_run, valid_only=valid_only)
    used = [f"{raw.headers[i]} → {target_word(t)}" for i, t in sorted(by_index.items()) if t != IGNORE]
    aside = [h for i, h in enumerate(raw.headers) if h and by_index.get(i, IGNORE) == IGNORE]
    report.notes.append(tr("Import", "Correspondance des colonnes : {columns}.", columns=", ".join(used)))
    if aside:
        report.notes.append(tr("Import", "Colonnes laissées de côté : {columns}.", columns=", ".join(aside)))
    tables = [parse_table(_PAYROLL, raw, columns)]
    received = reimbursement_table(raw, by_index)
    if received is not None:
        tables.append(received)
    return import_tables(session, tables, report)


def reimbursement_table(raw: RawTable, by_index: dict[int, str]) -> ParsedTable | None:
    """The amounts received for the month (IJSS, subrogation, aid) in the columns mapped to a
    reimbursement, as rows of the Remboursements register: one per person, month and kind.

    A cell left empty or at zero records nothing (and removes nothing): a payroll export
    lists every person, most of them without any reimbursement. The rows keep the file's row
    numbers and column titles, so that a refusal points at the cell to correct.
    """
    chosen = [(i, REIMBURSEMENT_TARGETS[t]) for i, t in sorted(by_index.items()) if t in REIMBURSEMENT_TARGETS]
    if not chosen:
        return None
    kind_column = _REIMBURSEMENT.column("kind")
    person = {i: TARGETS[t] for i, t in by_index.items() if t in _PERSON_AND_MONTH}
    width = len(raw.headers)
    rows, present, headers = [], set(), {}
    for index, kind in chosen:
        columns = [person.get(i) for i in range(width)] + [kind_column]
        columns[index] = _REIMBURSEMENT.column("amount")
        filled = [(number, tuple(cells[:width]) + (None,) * (width - len(cells)) + (kind,))
                  for number, cells in raw.rows if _received(cells, index)]  # fmt: skip
        table = parse_table(_REIMBURSEMENT, RawTable(raw.name, raw.source, [*raw.headers, kind_column.header],
                                                     raw.header_row, filled), columns)  # fmt: skip
        rows += table.rows
        present |= table.present
        headers = {**table.headers, **headers}
    if not rows:
        return None
    headers["amount"] = " / ".join(raw.headers[i] or "" for i, _ in chosen)
    rows.sort(key=lambda row: row.number)
    return ParsedTable(_REIMBURSEMENT, f"{raw.name} (remboursements)", present, headers, rows,
                       total_rows=len(rows))  # fmt: skip


_PERSON_AND_MONTH = ("last_name", "first_name", "full_name", "employment_start", "month")


def _received(cells: tuple, index: int) -> bool:
    """Whether a reimbursement cell holds something to record: neither empty nor zero."""
    cell = cells[index] if index < len(cells) else None
    if cell is None:
        return False
    try:
        return parse_amount_cell(cell.strip() if isinstance(cell, str) else cell) != 0
    except ParseError:
        return True  # kept, so that the import says what is wrong with it
