"""Writing accepted changes, register by register, through the session's unit of work.

References are natural keys until here; each becomes the id of its record, known from the
database or from the flush of a sheet above. Going through ORM objects (rather than bulk
statements) keeps what every other write gets: the ``version`` of an edited record grows
(a form opened on it before the import refuses to overwrite it), and the audit log records
each insert and update with its values. The caller owns the transaction: everything is
written in it, or nothing.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

from .catalog import Catalog
from .format import Column, Sheet, fold_key
from .sheets import SHEETS
from .validation import Change

CHUNK = 500  # ids per SELECT … IN (…), well under every backend's parameter limit
# Beneficiaries' order is unique within a convention: reordered ones first move out of the way,
# so that two may swap.
_OUT_OF_THE_WAY = 1_000_000


def _database_row(catalog: Catalog, sheet: Sheet, values: dict) -> dict:
    row = {}
    for name in sheet.fields:
        column = sheet.column(name)
        if column.child:
            continue  # rows of another table, written by _write_children
        value = values.get(name)
        if column.ref and value is not None:
            value = catalog[column.ref].get(value).id
            if value is None:  # pragma: no cover - a sheet only refers to sheets written before
                raise RuntimeError(f"{sheet.name}: {name} refers to a record not written yet")
        row[column.db_attribute] = value
    return row


def _update(session: Session, catalog: Catalog, sheet: Sheet, updates: list[Change]) -> None:
    model = sheet.model
    objects = {}
    ids = [c.record.id for c in updates]
    for start in range(0, len(ids), CHUNK):
        query = select(model).where(model.id.in_(ids[start : start + CHUNK]))
        objects.update({o.id: o for o in session.scalars(query)})
    rows = [(objects[c.record.id], _database_row(catalog, sheet, c.record.values)) for c in updates]
    if sheet.register == "beneficiary":
        for obj, row in rows:
            if obj.position != row["position"]:
                obj.position = row["position"] + _OUT_OF_THE_WAY
        session.flush()
    for obj, row in rows:
        for attribute, value in row.items():
            if getattr(obj, attribute) != value:
                setattr(obj, attribute, value)


def apply(session: Session, catalog: Catalog, changes: list[Change]) -> None:
    """Write the added and updated records of ``changes`` (unchanged ones are left alone)."""
    by_register: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        if change.action != "unchanged":
            by_register[change.sheet.register].append(change)
    for sheet in SHEETS:
        pending = by_register.get(sheet.register)
        if not pending:
            continue
        updates = [c for c in pending if c.action == "update"]
        if updates:
            _update(session, catalog, sheet, updates)
        adds = [c for c in pending if c.action == "add"]
        if adds:
            _insert(session, catalog, sheet, adds)
        for column in sheet.child_columns:
            _write_children(session, column, pending)
        session.flush()  # the next sheets refer to these by id


def _write_children(session: Session, column: Column, changes: list[Change]) -> None:
    """The choices of a several-choices column: those of an updated record are replaced only
    when they changed, so that the audit log shows no change where there is none."""
    model, parent, value = column.child
    changed = [c for c in changes
               if c.previous is None or fold_key(c.previous.values.get(column.field)) != fold_key(c.record.values[column.field])]  # fmt: skip
    stale = [c.record.id for c in changed if c.previous is not None]
    for start in range(0, len(stale), CHUNK):
        session.execute(delete(model).where(getattr(model, parent).in_(stale[start : start + CHUNK])))
    rows = [{parent: c.record.id, value: code} for c in changed for code in c.record.values[column.field]]
    if rows:
        ids = _new_ids(session, model, len(rows))
        if ids is not None:
            for row, new_id in zip(rows, ids):
                row["id"] = new_id
        session.execute(insert(model), rows)


def _insert(session: Session, catalog: Catalog, sheet: Sheet, adds: list[Change]) -> None:
    """Insert new records: one executemany with ids taken beforehand, so that the audit log
    names each record (thousands of bills in a second), else one ORM object each."""
    model = sheet.model
    ids = _new_ids(session, model, len(adds))
    if ids is None:
        objects = [model(**_database_row(catalog, sheet, c.record.values)) for c in adds]
        session.add_all(objects)
        session.flush()
        ids = [o.id for o in objects]
    else:
        rows = [dict(id=i, **_database_row(catalog, sheet, c.record.values)) for i, c in zip(ids, adds)]
        if "version" in model.__table__.c:
            # Given, the version spares the ORM fetching it back row by row: one executemany.
            for row in rows:
                row["version"] = 1
        # The ORM leaves out NULL columns and sends one executemany per run of rows with the
        # same columns: rows sorted by their NULLs make a few runs (ids are already set).
        rows.sort(key=lambda row: tuple(value is None for value in row.values()))
        session.execute(insert(model), rows)
    for change, new_id in zip(adds, ids, strict=True):
        change.record.id = new_id


def _new_ids(session: Session, model, count: int) -> list[int] | None:
    """``count`` unused ids for ``model``: after the largest (SQLite, whose write lock the
    transaction holds from its first write on), or from the table's sequence (PostgreSQL)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        # A write takes SQLite's write lock (a no-op one will do): nobody else can insert
        # between reading the largest id and using the next ones.
        session.execute(text(f"UPDATE {model.__tablename__} SET id = id WHERE 0"))
        start = session.scalar(select(func.max(model.id))) or 0
        return list(range(start + 1, start + count + 1))
    if dialect == "postgresql":
        query = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")
        return list(session.scalars(query, {"table": model.__tablename__, "n": count}))
    return None
