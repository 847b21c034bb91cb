"""Exporting: the whole database in the import format, the empty template, a statement's lines
with their explanations, and any table as displayed.

The workbook written here is the one the importer reads (services/importing/sheets.py): one
sheet per register, a header row, a line of help, then the records. Export, import into an
empty database and export again give the same workbook, cell for cell.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain import french
from ..domain.documents import KIND_TITLES
from ..domain.lines import SECTIONS
from ..reporting.xlsx import Typed, XlsxColumn, XlsxSheet, write_csv, write_workbook
from .importing import format as f
from .importing.catalog import Catalog, Record
from .importing.format import Sheet, fold
from .importing.sheets import BY_REGISTER, GUIDE_SHEET, SHEETS
from .payments import find_statement

_XLSX_KINDS = {
    f.AMOUNT: "money", f.PERCENT: "percent", f.DECIMAL: "number", f.AREA: "number",
    f.QUANTITY: "number", f.DATE: "date", f.STAFF_START: "date", f.CHARGE_START: "date", f.MONTH: "month",
    f.INTEGER: "integer",
}  # fmt: skip
BOOL_WORDS = ("oui", "non")


# --- the register sheets -----------------------------------------------------------------------


def _source(register: str) -> str:
    """The drop-down list of a reference: the key column of the referenced sheet."""
    target = BY_REGISTER[register]
    if len(target.key) != 1:
        return ""
    letter = chr(ord("A") + target.fields.index(target.key[0]))
    return f"'{target.name}'!${letter}$3:${letter}$5000"


def xlsx_columns(sheet: Sheet) -> list[XlsxColumn]:
    """The columns of a register sheet, with their help line and drop-down lists."""
    columns = []
    for column in sheet.columns:
        choices: tuple[str, ...] = ()
        source = ""
        if column.kind == f.CHOICE:
            choices = column.choice_words()
        elif column.kind == f.BOOL:
            choices = BOOL_WORDS
        elif column.kind == f.REF:
            source = _source(column.ref)
        columns.append(XlsxColumn(
            column.header, _XLSX_KINDS.get(column.kind, "text"), column.help, column.width,
            column.required, choices, source,
        ))  # fmt: skip
    return columns


def _sortable(value):
    if value is None:
        return (0,)
    if isinstance(value, tuple):
        return (1, tuple(_sortable(v) for v in value))
    if isinstance(value, str):
        return (1, fold(value), value)
    return (1, value)


def _cells(catalog: Catalog, sheet: Sheet, record: Record) -> list:
    cells = []
    for column in sheet.columns:
        value = record.values.get(column.field)
        if value is None:
            cells.append(None)
        elif column.kind in f.STAFF_PARTS:
            cells.append(value[f.STAFF_PARTS.index(column.kind)])
        elif column.kind in f.CHARGE_PARTS:  # a charge's key starts with its label and start
            cells.append(value[f.CHARGE_PARTS.index(column.kind)])
        elif column.kind == f.AMENDMENT:
            cells.append(catalog.amendment_text(value))
        elif column.kind == f.REF:
            cells.append(value[0])
        elif column.kind == f.CHOICE:
            cells.append(column.word(value))
        elif column.kind == f.CHOICES:
            cells.append(" ; ".join(column.word(code) for code in value) or None)
        elif column.kind == f.BOOL:
            cells.append(BOOL_WORDS[0] if value else BOOL_WORDS[1])
        else:
            cells.append(value if value != "" else None)
    return cells


def register_rows(catalog: Catalog, sheet: Sheet) -> list[list]:
    """The rows of one register, sorted by its natural order (then by id)."""
    order = sheet.order or sheet.key
    records = sorted(
        catalog[sheet.register].stored,
        key=lambda r: (tuple(_sortable(r.values.get(name)) for name in order), r.id),
    )
    return [_cells(catalog, sheet, record) for record in records]


GUIDE = (
    "Classeur d'import et d'export de Mutualisation : une feuille par registre, dans l'ordre où "
    "elles sont lues (une feuille ne renvoie qu'aux feuilles placées avant elle).",
    "Ligne 1 : les titres des colonnes (en bleu, les colonnes obligatoires) ; ligne 2 : l'aide de "
    "chaque colonne ; les données commencent ligne 3. Une feuille vide est ignorée, de même que "
    "cette feuille-ci.",
    "Montants : 1 234,56 (ou 1234.56). Pourcentages : 40 %, 40,5 % ou 0,4 (sans %, un nombre "
    "jusqu'à 1 est une fraction : 1 vaut 100 %). Dates : 15/02/2025 ou 2025-02-15 (jour d'abord). "
    "Mois : 03/2025. Oui/non : oui ou non.",
    "Les autres feuilles renvoient aux parties par leur code, aux sites, matériels, compteurs et "
    "clés par leur nom, aux catégories par leur code, aux agents par leur nom et prénom.",
    "Réimporter le même fichier ne change rien : chaque ligne retrouve son enregistrement par sa "
    "clé (docs/import-format.md) ; une valeur différente le met à jour ; rien n'est supprimé.",
    "L'import montre d'abord ce qu'il ajoutera et modifiera, et chaque ligne refusée avec sa raison ; "
    "il n'écrit rien tant qu'une ligne est refusée, sauf si l'on choisit d'importer seulement les "
    "lignes valides.",
)


def _guide_sheet() -> XlsxSheet:
    rows = [[text] for text in GUIDE] + [[None], ["Feuille", "Contenu", "Identifiée par"]]
    rows += [[s.name, s.help, ", ".join(s.column(k).header for k in s.key)] for s in SHEETS]
    columns = [XlsxColumn("", width=30), XlsxColumn("", width=70), XlsxColumn("", width=40)]
    return XlsxSheet(GUIDE_SHEET, columns, rows, help_row=False, freeze=False, header=False)


def _register_sheets(catalog: Catalog | None) -> list[XlsxSheet]:
    return [_guide_sheet()] + [
        XlsxSheet(sheet.name, xlsx_columns(sheet), register_rows(catalog, sheet) if catalog else ())
        for sheet in SHEETS
    ]


def export_workbook(session: Session, path: str | Path) -> dict[str, int]:
    """Write every register to one workbook; return the number of rows per sheet."""
    catalog = Catalog.load(session)
    sheets = _register_sheets(catalog)
    write_workbook(path, sheets)
    return {s.title: len(s.rows) for s in sheets[1:]}


def export_database(database, path: str | Path) -> dict[str, int]:
    """:func:`export_workbook` in a session of its own (for the app, off its UI thread)."""
    with database.session() as session:
        return export_workbook(session, path)


def export_csv(session: Session, folder: str | Path) -> list[Path]:
    """Write one CSV file per register (``factures.csv``…) into ``folder``; return the files."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    catalog = Catalog.load(session)
    written = []
    for sheet in SHEETS:
        path = folder / f"{sheet.slug}.csv"
        write_csv(path, xlsx_columns(sheet), register_rows(catalog, sheet))
        written.append(path)
    return written


def write_template(path: str | Path) -> None:
    """The empty workbook to fill: headers, a line of help per column, drop-down lists."""
    write_workbook(path, _register_sheets(None))


# --- a statement -------------------------------------------------------------------------------


def export_statement(session: Session, number: str, path: str | Path) -> int:
    """An issued statement's header, lines and explanations (as stored when issued) to XLSX.

    Returns the number of lines. Raises ``ServiceError`` for an unknown number.
    """
    statement = find_statement(session, number)
    period = f"du {statement.period_start:%d/%m/%Y} au {statement.period_end:%d/%m/%Y}"
    header = [
        ("Numéro", statement.number), ("Nature", KIND_TITLES.get(statement.kind, statement.kind)),
        ("Émetteur", statement.issuer.name), ("Bénéficiaire", statement.beneficiary.name),
        ("Convention", statement.convention.reference), ("Période", period),
        ("Date d'émission", statement.issue_date), ("Échéance", statement.due_date),
        ("Total hors taxes", Typed(statement.total_excl_vat, "money")),
        *_vat_rows(statement), ("Total", Typed(statement.total, "money")),
    ]  # fmt: skip
    lines, explanations = [], []
    for line in statement.lines:
        sentences = _explanation(line.explanation_json)
        lines.append([line.position, SECTIONS.get(line.section, line.section), line.label, line.basis,
                      line.key_description, line.ratio, line.amount, "\n".join(sentences)])  # fmt: skip
        explanations += [[line.position, line.label, n, s] for n, s in enumerate(sentences, 1)]
    write_workbook(path, [
        XlsxSheet("État", [XlsxColumn("Rubrique", width=22), XlsxColumn("Valeur", width=60)], header,
                  help_row=False),
        XlsxSheet("Lignes", [
            XlsxColumn("N°", "integer", width=6), XlsxColumn("Section", width=20),
            XlsxColumn("Libellé", width=44), XlsxColumn("Base", "money", width=14),
            XlsxColumn("Clé de répartition", width=36), XlsxColumn("Ratio", width=14),
            XlsxColumn("Montant", "money", width=14), XlsxColumn("Explication", width=80),
        ], lines, help_row=False),
        XlsxSheet("Explications", [
            XlsxColumn("N° de ligne", "integer", width=10), XlsxColumn("Libellé", width=44),
            XlsxColumn("Étape", "integer", width=8), XlsxColumn("Explication", width=100),
        ], explanations, help_row=False),
    ])  # fmt: skip
    return len(lines)


def _vat_rows(statement) -> list[tuple[str, object]]:
    """The VAT as the document bills it: its single rate (R10) or its mention when not subject,
    or one row per rate and the mentions of the untaxed amounts (R14), read from the frozen document.

    ``statement.vat_rate`` holds a rate only when exactly one applies (0 otherwise, as on every
    row issued before VAT per section): the column is covered by the ledger's seals and cannot
    become NULL for older rows, so the per-rate lines are read where they were frozen.
    """
    try:
        frozen = json.loads(statement.document_json or "{}")
    except ValueError:
        frozen = {}
    vat_lines = frozen.get("vat_lines") if isinstance(frozen, dict) else None
    if not vat_lines:
        if isinstance(frozen, dict) and "vat_rate" in frozen and frozen["vat_rate"] is None:
            # Not subject to VAT: the column's 0 is no « 0 % » rate, the document prints its mention.
            mention = frozen.get("vat_mention") or "TVA non applicable."
            return [("Mention de TVA", mention), ("TVA", Typed(statement.vat, "money"))]
        return [("Taux de TVA", Typed(statement.vat_rate, "percent")), ("TVA", Typed(statement.vat, "money"))]
    rows: list[tuple[str, object]] = [
        (f"TVA à {french.short_percent(Decimal(v['rate']))} sur {french.money(Decimal(v['basis']))}",
         Typed(Decimal(v["amount"]), "money"))
        for v in vat_lines
    ]  # fmt: skip
    rows.append(("TVA", Typed(statement.vat, "money")))
    rows += [("Mention de TVA", mention) for mention in frozen.get("vat_mentions", [])]
    return rows


def _explanation(text: str) -> list[str]:
    """The explanation sentences stored with a line (a JSON list of strings)."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return [text]
    if isinstance(data, list):
        return [str(s) for s in data]
    if isinstance(data, dict):
        return [str(s) for s in data.get("text", [])] or [json.dumps(data, ensure_ascii=False)]
    return [str(data)]


# --- any table, as displayed -------------------------------------------------------------------


def _guess_kind(values: Iterable[object], texts: Iterable[str]) -> str:
    """The kind of a column from its raw values and displayed texts (money shows a €)."""
    kind = "text"
    for value, text in zip(values, texts):
        if value is None or value == "":
            continue
        if isinstance(value, dt.date):
            return "date"
        if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
            if text.endswith("€"):
                return "money"
            if text.endswith("%"):
                return "percent"
            kind = "number"
            continue
        return "text"
    return kind


def export_table(path: str | Path, headers: Sequence[str], values: Sequence[Sequence[object]],
                 texts: Sequence[Sequence[str]], title: str = "Tableau") -> None:  # fmt: skip
    """Write a table as shown on screen: typed cells where the raw value is a number or a date
    (``values``), the displayed text otherwise (``texts``). ``.csv`` gives a French CSV file."""
    kinds = [_guess_kind((r[i] for r in values), (t[i] for t in texts)) for i in range(len(headers))]
    rows = [
        [value if kind != "text" and isinstance(value, (Decimal, int, dt.date)) else text
         for value, text, kind in zip(row, text_row, kinds)]
        for row, text_row in zip(values, texts)
    ]  # fmt: skip
    columns = [XlsxColumn(h, k, width=max(10, min(50, len(h) + 4))) for h, k in zip(headers, kinds)]
    if Path(path).suffix.lower() == ".csv":
        write_csv(path, columns, rows)
    else:
        write_workbook(path, [XlsxSheet(title[:31] or "Tableau", columns, rows, help_row=False)])
