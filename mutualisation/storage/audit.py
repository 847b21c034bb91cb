"""The audit log, written by the session itself: every change, in the transaction that makes it.

Each flush adds one ``audit_log`` row per record inserted, updated or deleted through the
ORM, and each ``UPDATE``/``DELETE``/``INSERT`` statement run through a session (such as the
statement counter's ``UPDATE … RETURNING``) adds one row per record it touched. The rows are
inserted on the flush's own connection, so they commit or roll back with the change.

A row says who (the OS login name, :func:`getpass.getuser`), when (local time), which table
and record, the action (``insert``, ``update``, ``delete``) and the record's column values
before and after, as JSON: ``Decimal`` and dates as text, binary content (PDF, logo,
attachment) as ``"<n octets>"``. Changes made outside a session (migrations, raw SQL on a
connection) are not seen. ``session.info["audit"] = False`` turns the log off for one
session (e.g. to reload an exported database whose own log is being restored).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import weakref
from decimal import Decimal
from typing import Any

from sqlalchemy import CursorResult, and_, event, insert, inspect, select
from sqlalchemy.orm import Mapper, Session, sessionmaker
from sqlalchemy.orm.attributes import NO_VALUE

from .models import AuditEntry

AUDIT_TABLE = AuditEntry.__table__
ACTIONS = ("insert", "update", "delete")


def current_user() -> str:
    """The OS login name, or ``"inconnu"`` when the system has none (some services, containers)."""
    try:
        return getpass.getuser() or "inconnu"
    except Exception:  # getpass raises OSError or KeyError without a login name
        return "inconnu"


def json_value(value: Any) -> Any:
    """A column value as JSON: numbers exact as text, dates ISO, files by their size only."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(bytes(value))} octets>"
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return str(value)


def to_json(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps({key: json_value(v) for key, v in values.items()}, ensure_ascii=False, sort_keys=True)


# The factories already logging. SQLAlchemy's ``event.contains`` keys its registry by id(): a
# factory made after an older one was freed can reuse its id while the old entry still waits for
# the garbage collector, and would then be taken as installed, silently logging nothing.
_INSTALLED: weakref.WeakSet = weakref.WeakSet()


def install(sessions: sessionmaker | Session | type[Session]) -> None:
    """Write the audit log from every session made by ``sessions`` (idempotent)."""
    if sessions not in _INSTALLED:
        event.listen(sessions, "after_flush", _after_flush)
        event.listen(sessions, "do_orm_execute", _do_orm_execute)
        _INSTALLED.add(sessions)


def _enabled(session: Session) -> bool:
    return session.info.get("audit", True) is not False


def _user(session: Session) -> str:
    # Asked once per session: without a login name in the environment, getpass reads the
    # system's user database, and one issue logs some forty rows.
    user = session.info.get("audit_user")
    if not user:
        user = session.info["audit_user"] = current_user()
    return user


def _entry(session: Session, action: str, table: str, record_id, before, after) -> dict:
    return {
        "at": dt.datetime.now(),
        "user": _user(session)[:100],
        "action": action,
        "table_name": table,
        "record_id": record_id if isinstance(record_id, int) else None,
        "before_json": to_json(before),
        "after_json": to_json(after),
    }


def _record_id(mapper: Mapper, identity: tuple | None):
    """The record's id: the single integer key, else None (composite keys are in the JSON)."""
    if identity and len(identity) == 1 and isinstance(identity[0], int):
        return identity[0]
    return None


# -- changes made through the unit of work (add, attribute change, delete) ----------------------


def _loaded(state, mapper: Mapper) -> dict[str, Any]:
    """The column values present in the object (unloaded, expired ones are left out)."""
    return {attr.key: state.dict[attr.key] for attr in mapper.column_attrs if attr.key in state.dict}


def _before_after(state, mapper: Mapper) -> tuple[dict, dict] | None:
    """Values before and after a flushed update; None when no column changed."""
    before, after, changed = {}, {}, False
    for attr in mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.added or history.deleted:
            new = history.added[0] if history.added else None
            old = history.deleted[0] if history.deleted else NO_VALUE
            if old is NO_VALUE or json_value(old) != json_value(new):
                changed = True
            if old is not NO_VALUE:
                before[attr.key] = old
            after[attr.key] = new
        elif history.unchanged:
            before[attr.key] = after[attr.key] = history.unchanged[0]
    return (before, after) if changed else None


def _after_flush(session: Session, _context) -> None:
    if not _enabled(session):
        return
    rows = []
    for action, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            if isinstance(obj, AuditEntry):
                continue
            state = inspect(obj)
            mapper = state.mapper
            table = mapper.local_table.name
            identity = mapper.primary_key_from_instance(obj) if action != "delete" else state.identity
            record_id = _record_id(mapper, tuple(identity) if identity else None)
            if action == "insert":
                rows.append(_entry(session, action, table, record_id, None, _loaded(state, mapper)))
            elif action == "delete":
                rows.append(_entry(session, action, table, record_id, _loaded(state, mapper), None))
            else:
                change = _before_after(state, mapper)
                if change is not None:
                    rows.append(_entry(session, action, table, record_id, *change))
    if rows:
        session.connection().execute(insert(AUDIT_TABLE), rows)


# -- statements run through the session: update(Model)…, delete(Model)…, insert(Model)… ----------


def _do_orm_execute(state) -> Any:
    session: Session = state.session
    if not _enabled(session) or not (state.is_insert or state.is_update or state.is_delete):
        return None
    mapper = _mapper_of(state.statement)
    if mapper is None or mapper.class_ is AuditEntry:
        return None
    table = mapper.local_table
    columns = [table.c[attr.columns[0].name] for attr in mapper.column_attrs if attr.columns[0].table is table]
    keys = {table.c[attr.columns[0].name]: attr.key for attr in mapper.column_attrs if attr.columns[0].table is table}
    connection = session.connection()

    def rows_where(criterion) -> list[dict]:
        query = select(*columns)
        if criterion is not None:
            query = query.where(criterion)
        return [{keys[c]: row[i] for i, c in enumerate(columns)} for row in connection.execute(query)]

    if state.is_insert:
        result = state.invoke_statement()
        if getattr(result, "rowcount", -1) != 0:  # 0: e.g. INSERT … ON CONFLICT DO NOTHING that did nothing
            primary = list(table.primary_key.columns)
            entries = []
            for values in _insert_values(state):
                ident = [values.get(keys[c]) for c in primary]
                record_id = ident[0] if len(ident) == 1 else None
                entries.append(_entry(session, "insert", table.name, record_id, None, values))
            if entries:
                connection.execute(insert(AUDIT_TABLE), entries)
        return result

    before = rows_where(state.statement.whereclause)
    result = _buffered(state.invoke_statement())
    if not before:
        return result
    primary = list(table.primary_key.columns)
    entries = []
    for old in before:
        ident = [old[keys[c]] for c in primary]
        record_id = ident[0] if len(ident) == 1 else None
        if state.is_delete:
            entries.append(_entry(session, "delete", table.name, record_id, old, None))
            continue
        found = rows_where(and_(*[c == v for c, v in zip(primary, ident, strict=True)]))
        new = found[0] if found else None
        if new != old:
            entries.append(_entry(session, "update", table.name, record_id, old, new))
    if entries:
        connection.execute(insert(AUDIT_TABLE), entries)
    return result


def _buffered(result):
    """A result whose rows (``RETURNING``) are read now, before the log's own queries."""
    if isinstance(result, CursorResult) and not result.returns_rows:
        return result  # keeps its rowcount
    return result.freeze()()


def _mapper_of(statement) -> Mapper | None:
    entity = getattr(statement, "entity_description", None) or getattr(statement, "table", None)
    if isinstance(entity, dict):
        entity = entity.get("entity")
    if entity is None:
        return None
    try:
        found = inspect(entity, raiseerr=False)
    except Exception:  # pragma: no cover - a plain Table has no mapper
        return None
    return found if isinstance(found, Mapper) else None


def _insert_values(state) -> list[dict[str, Any]]:
    """The rows of ``insert(Model).values(...)`` or ``session.execute(insert(Model), rows)``."""
    given = state.parameters
    if given:  # rows passed to execute(): they are the values
        return [dict(row) for row in (given if isinstance(given, list) else [given])]
    try:  # values written into the statement
        literal = dict(state.statement.compile().params)
    except Exception:  # pragma: no cover - statements whose values cannot be read back
        literal = {}
    return [literal] if literal else []
