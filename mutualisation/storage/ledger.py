"""The ledger of issued documents and payments: what is hashed, and the triggers that freeze it.

One rule decides what a hash covers: **every stored column of the row**, except the row's
own id, the hashes themselves and the PDF (hashed apart, by its own SHA-256). A column added
later is covered without changing this module; it must be nullable and left NULL on the rows
written before it (a NULL column is left out of the record, so older hashes still hold).

- A document's **seal** is the SHA-256 of the previous document's hash and of the record of
  its row and of each of its lines (every column). It is known before the PDF is drawn, so
  the PDF prints it (short form) in the footer of its last page.
- Its **content hash**, the link of the chain, is the SHA-256 of the seal and of the PDF.
- A **payment** chains to the previous payment of the same document, the first one to the
  document's content hash; its hash covers every column too.

Documents issued before this rule (revision 0004) have no seal: they keep the older hash of
their document JSON and PDF (``legacy_content_hash``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import Table

from .models import Payment, Statement, StatementLine
from .types import ScaledDecimal

#: Columns outside a row's record: its id, and what is computed from the record.
NOT_IN_RECORD = {
    "statement": frozenset({"id", "pdf", "seal", "content_hash"}),
    "statement_line": frozenset({"id", "statement_id"}),
    "payment": frozenset({"id", "content_hash"}),
}
SHORT = 16  # hex digits printed on a PDF: 64 bits, beyond any forger's reach


def short(digest: str | None) -> str:
    """The printed form of a hash (its first 16 hex digits); empty for no hash."""
    return (digest or "")[:SHORT]


def canonical(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _stored_form(column, value: Any) -> Any:
    """A value as the database stores it: money in cents, dates in ISO, files by their hash.
    (An ``int`` in an exact column is taken as already scaled: see :func:`row_values`.)"""
    if isinstance(column.type, ScaledDecimal) and not isinstance(value, int):
        return column.type.process_bind_param(value, None)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """The hashed record of one row: every column but those of NOT_IN_RECORD, NULLs left out."""
    left_out = NOT_IN_RECORD.get(table.name, frozenset())
    return {
        column.name: _stored_form(column, values[column.name])
        for column in table.columns
        if column.name not in left_out and values.get(column.name) is not None
    }


def row_values(obj) -> dict[str, Any]:
    """The column values of an ORM object, by column name, as stored (exact numbers scaled to
    integers: an ``int`` given to a money column is euros here, cents in a row read raw)."""
    values = {}
    for column in obj.__table__.columns:
        value = getattr(obj, column.key)
        if isinstance(column.type, ScaledDecimal) and value is not None:
            value = column.type.process_bind_param(value, None)
        values[column.name] = value
    return values


def apply_defaults(obj) -> None:
    """Give unset columns their Python default now, so the record hashed before the insert is
    the row stored by it."""
    for column in obj.__table__.columns:
        default = column.default
        if getattr(obj, column.key) is None and default is not None and default.is_scalar:
            setattr(obj, column.key, default.arg)


def seal_of(statement: Mapping[str, Any], lines: Iterable[Mapping[str, Any]]) -> str:
    """The seal of a document from its row and its lines' values (by column name)."""
    content = {
        "statement": record(Statement.__table__, statement),
        "lines": sorted((record(StatementLine.__table__, line) for line in lines), key=lambda r: r["position"]),
    }
    return hashlib.sha256(b"mutualisation/etat/2\n" + canonical(content).encode()).hexdigest()


def statement_seal(statement: Statement) -> str:
    return seal_of(row_values(statement), [row_values(line) for line in statement.lines])


def sealed_hash(seal: str, pdf: bytes) -> str:
    """The chain link of a sealed document: its seal and its PDF."""
    return hashlib.sha256(f"{seal}\n{hashlib.sha256(pdf).hexdigest()}".encode()).hexdigest()


def legacy_content_hash(previous_hash: str, document_json: str, pdf: bytes) -> str:
    """The hash of documents issued before the seal: previous hash, document JSON, PDF."""
    digest = hashlib.sha256()
    digest.update(previous_hash.encode())
    digest.update(b"\n")
    digest.update(document_json.encode())
    digest.update(b"\n")
    digest.update(hashlib.sha256(pdf).hexdigest().encode())
    return digest.hexdigest()


def expected_hash(statement: Statement) -> str:
    """What the content hash of a stored document must be, recomputed from its row."""
    if statement.seal is None:
        return legacy_content_hash(statement.previous_hash, statement.document_json, statement.pdf or b"")
    return sealed_hash(statement_seal(statement), statement.pdf or b"")


def payment_hash_of(values: Mapping[str, Any]) -> str:
    content = record(Payment.__table__, values)
    return hashlib.sha256(b"mutualisation/paiement/1\n" + canonical(content).encode()).hexdigest()


def payment_hash(payment: Payment) -> str:
    return payment_hash_of(row_values(payment))


def attachment_hash(attachment) -> str:
    """The fingerprint of a bill's scanned piece (file name and content), frozen in the inputs
    of each document that cites the bill."""
    from .models import BillAttachment

    content = record(BillAttachment.__table__, row_values(attachment))
    content.pop("id", None)
    return hashlib.sha256(b"mutualisation/piece/1\n" + canonical(content).encode()).hexdigest()


# -- the triggers that freeze the ledger in the database itself -------------------------------

FROZEN_MESSAGE = "Un état émis ne peut être ni modifié ni supprimé : émettez un état rectificatif ou un avoir."
PAYMENT_MESSAGE = (
    "Un paiement enregistré ne peut être ni modifié ni supprimé : "
    "enregistrez une correction (avoir ou nouvel état)."
)
OVERPAYMENT_MESSAGE = "Paiement refusé : il doit être positif et ne pas dépasser le reste dû de l''état."
COUNTER_MESSAGE = "Le compteur des numéros ne recule jamais : un numéro émis ne peut pas être réutilisé."


def _sqlite_refusal(name: str, event: str, table: str, message: str, when: str = "") -> str:
    return f"CREATE TRIGGER {name} BEFORE {event} ON {table} {when}BEGIN SELECT RAISE(ABORT, '{message}'); END"


SQLITE_TRIGGERS: dict[str, str] = {
    # The first four as revision 0002 wrote them: verify compares their text.
    **{
        f"{table}_no_{event.lower()}": _sqlite_refusal(f"{table}_no_{event.lower()}", event, table, FROZEN_MESSAGE)
        for table in ("statement", "statement_line")
        for event in ("UPDATE", "DELETE")
    },
    "payment_no_update": _sqlite_refusal("payment_no_update", "UPDATE", "payment", PAYMENT_MESSAGE),
    "payment_no_delete": _sqlite_refusal("payment_no_delete", "DELETE", "payment", PAYMENT_MESSAGE),
    "payment_within_total": _sqlite_refusal(
        "payment_within_total", "INSERT", "payment", OVERPAYMENT_MESSAGE,
        "WHEN NEW.amount <= 0 OR NEW.amount + (SELECT COALESCE(SUM(amount), 0) FROM payment "
        "WHERE statement_id = NEW.statement_id) > (SELECT total FROM statement WHERE id = NEW.statement_id) ",
    ),
    "statement_sequence_no_rewind": _sqlite_refusal(
        "statement_sequence_no_rewind", "UPDATE", "statement_sequence", COUNTER_MESSAGE,
        "WHEN NEW.last_number < OLD.last_number OR NEW.issuer_id <> OLD.issuer_id OR NEW.year <> OLD.year ",
    ),
    "statement_sequence_no_delete": _sqlite_refusal(
        "statement_sequence_no_delete", "DELETE", "statement_sequence", COUNTER_MESSAGE
    ),
}  # fmt: skip

#: PostgreSQL: function name → body; trigger name → (table, timing and events, function).
POSTGRESQL_FUNCTIONS: dict[str, str] = {
    "refuse_issued_change": f" BEGIN RAISE EXCEPTION '{FROZEN_MESSAGE}'; END ",
    "refuse_payment_change": f" BEGIN RAISE EXCEPTION '{PAYMENT_MESSAGE}'; END ",
    # The statement's row lock serialises payments even when inserted with plain SQL: the
    # sum is read after the lock, by a statement that sees what was committed meanwhile.
    "check_payment": (
        " DECLARE due bigint; paid bigint; BEGIN "
        "SELECT total INTO due FROM statement WHERE id = NEW.statement_id FOR UPDATE; "
        "SELECT COALESCE(SUM(amount), 0) INTO paid FROM payment WHERE statement_id = NEW.statement_id; "
        f"IF NEW.amount <= 0 OR paid + NEW.amount > due THEN RAISE EXCEPTION '{OVERPAYMENT_MESSAGE}'; END IF; "
        "RETURN NEW; END "
    ),
    "refuse_counter_rewind": (
        " BEGIN IF TG_OP = 'DELETE' OR NEW.last_number < OLD.last_number OR NEW.issuer_id <> OLD.issuer_id "
        f"OR NEW.year <> OLD.year THEN RAISE EXCEPTION '{COUNTER_MESSAGE}'; END IF; RETURN NEW; END "
    ),
}
POSTGRESQL_TRIGGERS: dict[str, tuple[str, str, str]] = {
    "statement_frozen": ("statement", "BEFORE UPDATE OR DELETE", "refuse_issued_change"),
    "statement_line_frozen": ("statement_line", "BEFORE UPDATE OR DELETE", "refuse_issued_change"),
    "payment_frozen": ("payment", "BEFORE UPDATE OR DELETE", "refuse_payment_change"),
    "payment_within_total": ("payment", "BEFORE INSERT", "check_payment"),
    "statement_sequence_no_rewind": ("statement_sequence", "BEFORE UPDATE OR DELETE", "refuse_counter_rewind"),
}


def postgresql_function_sql(name: str) -> str:
    return f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS ${name}$" \
           f"{POSTGRESQL_FUNCTIONS[name]}${name}$ LANGUAGE plpgsql"  # fmt: skip


def postgresql_trigger_sql(name: str) -> str:
    table, timing, function = POSTGRESQL_TRIGGERS[name]
    return f"CREATE TRIGGER {name} {timing} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()"


def missing_trigger_statements(dialect: str, present: Mapping[str, str]) -> list[str]:
    """The SQL that (re)creates the triggers absent or altered among ``present`` (name → SQL
    on SQLite, name → function body on PostgreSQL for functions too)."""
    statements: list[str] = []
    if dialect == "postgresql":
        for name, body in POSTGRESQL_FUNCTIONS.items():
            if present.get(f"function:{name}") != body:
                statements.append(postgresql_function_sql(name))
        for name, (table, _timing, _function) in POSTGRESQL_TRIGGERS.items():
            if name not in present:
                statements.append(postgresql_trigger_sql(name))
            elif present[name] != "O":
                statements.append(f"ALTER TABLE {table} ENABLE TRIGGER {name}")
        return statements
    for name, sql in SQLITE_TRIGGERS.items():
        if name not in present:
            statements.append(sql)
        elif " ".join(present[name].split()) != " ".join(sql.split()):
            statements.extend([f"DROP TRIGGER {name}", sql])
    return statements


def present_triggers(connection) -> dict[str, str]:
    """The ledger's triggers found in the database: name → SQL (SQLite); name → enabled flag
    and ``function:name`` → body (PostgreSQL)."""
    from sqlalchemy import text

    if connection.dialect.name == "postgresql":
        found = {
            name: enabled
            for name, enabled in connection.execute(
                text("SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal AND tgname = ANY(:names)"),
                {"names": list(POSTGRESQL_TRIGGERS)},
            )
        }
        for name, body in connection.execute(
            text("SELECT proname, prosrc FROM pg_proc WHERE proname = ANY(:names)"),
            {"names": list(POSTGRESQL_FUNCTIONS)},
        ):
            found[f"function:{name}"] = body
        return found
    rows = connection.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    return {name: sql or "" for name, sql in rows}


def ensure_triggers(connection) -> list[str]:
    """Recreate the ledger's missing, disabled or altered triggers; returns what was run."""
    from sqlalchemy import text

    statements = missing_trigger_statements(connection.dialect.name, present_triggers(connection))
    for sql in statements:
        connection.execute(text(sql))
    return statements
