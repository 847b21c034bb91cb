"""Validating parsed rows against the database: references, natural keys, duplicates, rules.

Sheets are validated in the format's order, so that a row may refer to a record added by a
sheet above it. Each accepted row becomes a :class:`Change` (add, update or unchanged) and
enters the catalog at once; each refused row is reported with every reason found.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ...domain import french
from ...domain.i18n import tr
from . import format as f
from .catalog import AmbiguousError, Catalog, LookupError_, Record
from .checks import SHEET_CHECKS, check
from .format import Sheet, fold_key
from .report import ImportReport, Rejection, Update
from .rows import STAFF_FULL, ParsedRow, ParsedTable
from .sheets import SHEETS, natural_key


@dataclass(slots=True)
class Change:
    """What an accepted row does to its register."""

    sheet: Sheet
    row: int
    #: "add", "update" or "unchanged"
    action: str
    record: Record
    changed: tuple[str, ...] = ()
    #: The record as it was before this row (None for an addition).
    previous: Record | None = None


def validate(catalog: Catalog, tables: list[ParsedTable], report: ImportReport) -> list[Change]:
    """Every accepted row's change, in the order to write them; rejections go to ``report``."""
    order = {sheet.register: i for i, sheet in enumerate(SHEETS)}
    changes: list[Change] = []
    seen: dict[str, str] = {}
    for table in sorted(tables, key=lambda t: order[t.sheet.register]):
        if not table.total_rows and not table.problems:
            continue  # an empty sheet of the template: nothing to say
        summary = report.summary(table.name)
        for row, column, reason in table.problems:
            report.rejections.append(Rejection(table.name, row, column, reason))
        if table.sheet.register in seen:
            report.rejections.append(Rejection(
                table.name, 1, "", tr("Import", "Même registre que « {sheet} » : un registre ne se donne qu'une "
                                      "fois par import.", sheet=seen[table.sheet.register])))  # fmt: skip
            summary.rejected += table.total_rows
            continue
        seen[table.sheet.register] = table.name
        if table.blocked:
            summary.rejected += table.total_rows
            continue
        changes.extend(_validate_table(catalog, table, report))
    return changes


def _validate_table(catalog: Catalog, table: ParsedTable, report: ImportReport) -> list[Change]:
    sheet = table.sheet
    register = catalog[sheet.register]
    summary = report.summary(table.name)
    in_file: dict[object, int] = {}
    changes = []
    for row in table.rows:
        errors = list(row.errors)
        _resolve(catalog, table, row, errors)
        change = None
        if not errors:
            change, errors = _accept(catalog, table, row, in_file)
        if errors:
            summary.rejected += 1
            report.rejections.extend(Rejection(table.name, row.number, c, r) for c, r in errors)
            continue
        changes.append(change)
        register.put(change.record)
        if change.action == "add":
            summary.added += 1
        elif change.action == "update":
            summary.updated += 1
            report.updates.append(Update(table.name, row.number, describe_key(sheet, change.record.key),
                                         change.changed))  # fmt: skip
        else:
            summary.unchanged += 1
    if sheet.register in SHEET_CHECKS:
        changes = _sheet_checks(catalog, table, changes, report)
    return changes


def _sheet_checks(catalog: Catalog, table: ParsedTable, changes: list[Change],
                  report: ImportReport) -> list[Change]:  # fmt: skip
    """Refuse the rows a whole-sheet check finds wrong, and take them back out of the catalog."""
    register = catalog[table.sheet.register]
    problems = SHEET_CHECKS[table.sheet.register](catalog, [(c.row, c.record.key) for c in changes])
    refused = {number for number, _, _ in problems}
    summary = report.summary(table.name)
    for number, name, reason in problems:
        report.rejections.append(Rejection(table.name, number, _header(table, name), reason))
    kept = []
    for change in changes:
        if change.row not in refused:
            kept.append(change)
            continue
        if change.previous is None:
            register.remove(change.record.key)
        else:
            register.put(change.previous)
        attribute = {"add": "added", "update": "updated", "unchanged": "unchanged"}[change.action]
        setattr(summary, attribute, getattr(summary, attribute) - 1)
        summary.rejected += 1
    report.updates[:] = [u for u in report.updates if u.sheet != table.name or u.row not in refused]
    return kept


def _header(table: ParsedTable, field: str) -> str:
    return table.headers.get(field) or table.sheet.column(field).header


def _accept(catalog: Catalog, table: ParsedTable, row: ParsedRow, in_file: dict):
    """The row's change, or the reasons to refuse it."""
    sheet = table.sheet
    register = catalog[sheet.register]
    existing = None
    provisional = {name: sheet.column(name).default for name in sheet.fields}
    provisional.update(row.values)
    key = natural_key(sheet, provisional)
    folded = fold_key(key)
    if folded in in_file:
        column = _header(table, sheet.key[0])
        return None, [(column, tr("Import", "Ligne en double : même {key} que la ligne {row}.",
                                  key=describe_key(sheet, key), row=in_file[folded]))]  # fmt: skip
    if folded in register.ambiguous:
        return None, [(_header(table, sheet.key[0]),
                       tr("Import", "Plusieurs enregistrements de la base ont {key} : l'import ne peut pas savoir "
                          "lequel modifier ; corrigez-les dans l'application.", key=describe_key(sheet, key)))]
    existing = register.get(key)
    if existing is None:
        if table.missing:
            return None, [(sheet.column(name).header, tr("Import", "Colonne obligatoire absente : il la faut pour "
                                                         "ajouter un enregistrement (elle peut manquer pour une mise "
                                                         "à jour)."))
                          for name in sheet.fields if name in table.missing]  # fmt: skip
        values = provisional
    else:
        values = dict(existing.values)
        values.update({name: value for name, value in row.values.items() if name not in sheet.key})
        key = existing.key
    problems = _lengths(sheet, values) + check(sheet.register, values, catalog, key)
    if problems:
        return None, [(_header(table, name), reason) for name, reason in problems]
    in_file[folded] = row.number
    if existing is None:
        return Change(sheet, row.number, "add", Record(None, key, values)), []
    changed = tuple(
        _header(table, name) for name in sheet.fields
        if name in table.present and name not in sheet.key
        and not _same(existing.values.get(name), values.get(name))
    )  # fmt: skip
    action = "update" if changed else "unchanged"
    return Change(sheet, row.number, action, Record(existing.id, key, values), changed, existing), []


def _lengths(sheet: Sheet, values: dict) -> list[tuple[str, str]]:
    """Text longer than its column holds (PostgreSQL would refuse it, SQLite keep it whole)."""
    problems = []
    for name, limit in sheet.text_limits:
        value = values.get(name)
        if isinstance(value, str) and len(value) > limit:
            problems.append((name, tr("Import", "Texte trop long : {length} caractères, {limit} au plus.",
                                      length=len(value), limit=limit)))
    return problems


def _same(a, b) -> bool:
    if isinstance(a, tuple) or isinstance(b, tuple):
        return fold_key(a) == fold_key(b)
    return a == b


def _resolve(catalog: Catalog, table: ParsedTable, row: ParsedRow, errors: list) -> None:
    """Replace the references typed in ``row`` by the natural keys they name."""
    for name in table.sheet.fields:
        column = table.sheet.column(name)
        if name not in table.present:
            continue
        if not column.ref or name not in row.values:
            continue
        raw = row.values[name]
        try:
            if column.kind in f.STAFF_PARTS:
                row.values[name] = _staff(catalog, raw or {})
            elif column.kind in f.CHARGE_PARTS:
                parts = raw or {}
                if not parts.get(f.CHARGE_LABEL):
                    raise LookupError_(tr("Import", "Indiquez le libellé de la charge."))
                row.values[name] = catalog.find_charge(parts[f.CHARGE_LABEL], parts.get(f.CHARGE_START))
            elif raw is None:
                continue
            elif column.kind == f.AMENDMENT:
                row.values[name] = catalog.find_amendment(*raw)
            else:
                row.values[name] = catalog.find(column.ref, raw)
        except LookupError_ as exc:
            errors.append((_parts_header(table, raw, column.kind) if column.kind in f.STAFF_PARTS + f.CHARGE_PARTS
                           else _header(table, name), str(exc)))  # fmt: skip
            row.values.pop(name, None)


def _parts_header(table: ParsedTable, parts: dict, kind: str) -> str:
    """The column to blame for a reference written over several columns: its first one in the file."""
    headers = parts.get("headers", {}) if isinstance(parts, dict) else {}
    if kind in f.CHARGE_PARTS:
        return headers.get(f.CHARGE_LABEL) or _header(table, "charge")
    return headers.get(f.STAFF_LAST) or headers.get(STAFF_FULL) or _header(table, "staff")


def _staff(catalog: Catalog, parts: dict) -> tuple | None:
    if STAFF_FULL in parts:
        return _staff_by_full_name(catalog, parts[STAFF_FULL])
    last, first = parts.get(f.STAFF_LAST), parts.get(f.STAFF_FIRST)
    if not last or not first:
        raise LookupError_(tr("Import", "Indiquez le nom et le prénom de l'agent."))
    return catalog.find_staff(last, first, parts.get(f.STAFF_START))


def _staff_by_full_name(catalog: Catalog, full: str) -> tuple:
    """A person named ``MOREAU Alice`` or ``Alice Moreau`` (compound names included)."""
    words = full.split()
    found: dict = {}
    for cut in range(1, len(words)):
        for last, first in ((words[:cut], words[cut:]), (words[cut:], words[:cut])):
            try:
                key = catalog.find_staff(" ".join(last), " ".join(first), None)
            except AmbiguousError:
                raise
            except LookupError_:
                continue
            found[fold_key(key)] = key
    if len(found) == 1:
        return next(iter(found.values()))
    if not found:
        raise LookupError_(tr("Import", "Agent inconnu : {name} (ni dans la base ni dans la feuille Personnel).",
                              name=full))
    raise LookupError_(tr("Import", "« {name} » peut désigner plusieurs agents : séparez le nom et le prénom.",
                          name=full))


def describe_key(sheet: Sheet, key: tuple) -> str:
    """``Fournisseur « EDF », Référence « F-1 », Date 15/02/2025``."""
    values = dict(zip(sheet.key, key))
    parts = []
    for name in sheet.key:
        value = values.get(name)
        if value is None or value == "":
            continue
        parts.append(f"{sheet.column(name).header} {show(value)}")
    if sheet.register == "bill" and len(key) > len(sheet.key):
        parts.append(tr("Import", "Libellé {label}, Montant {amount}", label=show(key[-2]), amount=show(key[-1])))
    return ", ".join(parts)


def show(value) -> str:
    """A value as a message shows it."""
    if isinstance(value, tuple):
        if len(value) == 3 and isinstance(value[2], dt.date):
            return tr("Import", "« {value} »", value=f"{value[1]} {value[0]}")
        if len(value) == 2 and isinstance(value[0], tuple):
            return tr("Import", "« avenant n° {number} »", number=value[1])
        return show(value[0])
    if isinstance(value, dt.date):
        return french.date(value)
    if isinstance(value, Decimal):
        return french.number(value)
    if isinstance(value, str):
        return tr("Import", "« {value} »", value=value)
    return str(value)


def refuse_mode_changes(changes: list[Change], tables: list[ParsedTable], report: ImportReport,
                        refusal) -> list[Change]:  # fmt: skip
    """Refuse the convention rows that switch the billing mode of a convention already half billed.

    ``refusal(convention_id, advance_mode)`` gives the reason, or None when the switch is allowed
    (it reads the issued documents, which the catalog does not hold).
    """
    kept = []
    for change in changes:
        previous = change.previous
        if (change.sheet.register == "convention" and change.action == "update" and previous is not None
                and bool(previous.values.get("advance_mode")) != bool(change.record.values.get("advance_mode"))):
            reason = refusal(change.record.id, bool(change.record.values.get("advance_mode")))
            if reason:
                table = next(t for t in tables if t.sheet.register == "convention")
                report.rejections.append(Rejection(table.name, change.row, _header(table, "advance_mode"), reason))
                summary = report.summary(table.name)
                summary.updated -= 1
                summary.rejected += 1
                report.updates[:] = [u for u in report.updates if u.sheet != table.name or u.row != change.row]
                continue
        kept.append(change)
    return kept
