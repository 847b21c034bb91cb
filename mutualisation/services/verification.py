"""``verify``: the issued documents are all there, in order, and untouched.

Checks, for each issuer: numbers run 1, 2, 3… each year without a gap and match the
sequence counter; each document's hash chains to the one before; the stored PDF and the
stored figures still match what was hashed; every statement the audit log saw issued is
still there with the same fingerprint. On SQLite the file's integrity and its foreign keys
are checked too.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..storage import models as m
from ..storage.database import StorageError
from .issuing import canonical_json, content_hash, format_number


@dataclass
class VerificationReport:
    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(session: Session) -> VerificationReport:
    report = VerificationReport()
    try:
        _check_database(session, report)
        _check_documents(session, report)
    except (StorageError, DBAPIError) as exc:  # a damaged file may fail the reading itself
        session.rollback()
        report.problems.append(f"La base n'a pas pu être relue en entier : {exc}")
    return report


def _check_documents(session: Session, report: VerificationReport) -> None:
    statements = session.scalars(select(m.Statement).order_by(m.Statement.issuer_id, m.Statement.id)).all()
    report.checked = len(statements)
    by_issuer: dict[int, list[m.Statement]] = defaultdict(list)
    for statement in statements:
        by_issuer[statement.issuer_id].append(statement)
    counters = {
        (row.issuer_id, row.year): row.last_number
        for row in session.scalars(select(m.StatementSequence))
    }
    for issuer_id, issued in by_issuer.items():
        _check_numbers(issued, counters, report)
        _check_chain(issued, report)
    _check_against_audit_log(session, {s.id: s for s in statements}, report)
    for (issuer_id, year), last in counters.items():
        if last and not any(s.year == year for s in by_issuer.get(issuer_id, [])):
            report.problems.append(
                f"Le compteur {year} annonce {last} état(s) mais aucun n'est enregistré : "
                "des états ont disparu."
            )


def _check_database(session: Session, report: VerificationReport) -> None:
    if session.get_bind().dialect.name != "sqlite":
        return
    result = session.execute(text("PRAGMA integrity_check")).scalars().all()
    if result != ["ok"]:
        report.problems.append("Fichier de base de données endommagé : " + "; ".join(map(str, result[:5])))
    broken = session.execute(text("PRAGMA foreign_key_check")).all()
    for table, rowid, parent, _ in broken[:10]:
        report.problems.append(f"Référence cassée : {table} n° {rowid} pointe vers un {parent} absent.")


def _check_numbers(issued: list[m.Statement], counters: dict, report: VerificationReport) -> None:
    by_year: dict[int, list[m.Statement]] = defaultdict(list)
    for statement in issued:
        by_year[statement.year].append(statement)
        if statement.number != format_number(statement.year, statement.sequence):
            report.problems.append(
                f"L'état n° {statement.number} ne correspond pas à son rang {statement.sequence} de {statement.year}."
            )
    for year, documents in by_year.items():
        sequences = sorted(s.sequence for s in documents)
        expected = list(range(1, len(sequences) + 1))
        if sequences != expected:
            missing = sorted(set(range(1, max(sequences) + 1)) - set(sequences))
            doubles = sorted({n for n in sequences if sequences.count(n) > 1})
            if missing:
                report.problems.append(
                    f"Numéros manquants en {year} : "
                    + ", ".join(format_number(year, n) for n in missing) + "."
                )
            if doubles:
                report.problems.append(
                    f"Numéros en double en {year} : " + ", ".join(format_number(year, n) for n in doubles) + "."
                )
        counter = counters.get((documents[0].issuer_id, year))
        if counter is not None and counter != max(sequences):
            report.problems.append(
                f"Le compteur {year} est à {counter} alors que le dernier état émis est le n° "
                f"{format_number(year, max(sequences))} : des états ont disparu ou été ajoutés hors de l'application."
            )


def _check_chain(issued: list[m.Statement], report: VerificationReport) -> None:
    previous = ""
    for statement in issued:
        name = f"L'état n° {statement.number}"
        if statement.previous_hash != previous:
            report.problems.append(
                f"{name} n'est pas chaîné à l'état qui le précède : un état a été supprimé, inséré ou modifié avant lui."
            )
        if not statement.pdf:
            report.problems.append(f"{name} n'a plus de PDF : le document émis a été effacé.")
        expected = content_hash(statement.previous_hash, statement.document_json, statement.pdf or b"")
        if expected != statement.content_hash:
            report.problems.append(f"{name} a été modifié après son émission (contenu ou PDF différent de l'empreinte).")
        else:
            _check_columns(statement, report)
        previous = statement.content_hash


def _check_columns(statement: m.Statement, report: VerificationReport) -> None:
    """The figures in the table must be those of the hashed document."""
    document = json.loads(statement.document_json)
    totals = document.get("totals", {})
    name = f"L'état n° {statement.number}"
    if Decimal(totals.get("total", "NaN")) != statement.total or document.get("number") != statement.number:
        report.problems.append(f"{name} : le total ou le numéro enregistrés diffèrent du document émis.")
    lines = [(l.label, str(l.amount)) for l in statement.lines]
    if lines != [(l["label"], l["amount"]) for l in document.get("lines", [])]:
        report.problems.append(f"{name} : ses lignes enregistrées diffèrent du document émis.")
    if canonical_json(document) != statement.document_json:
        report.problems.append(f"{name} : le document enregistré n'est plus sous sa forme d'origine.")


def _check_against_audit_log(session: Session, by_id: dict[int, m.Statement], report: VerificationReport) -> None:
    """Each statement the audit log saw issued is still there with the fingerprint it had then.

    The chain alone cannot see the last documents removed together with their counter,
    nor a chain recomputed after an edit; the log, written in the issuing transaction, can.
    """
    entries = session.execute(
        select(m.AuditEntry.record_id, m.AuditEntry.at, m.AuditEntry.after_json).where(
            m.AuditEntry.table_name == "statement", m.AuditEntry.action.in_(("insert", "create"))
        )
    ).all()
    for record_id, at, after_json in entries:
        try:
            logged = json.loads(after_json or "{}")
        except ValueError:
            logged = {}
        number = logged.get("number", f"#{record_id}")
        logged_hash = logged.get("content_hash")
        statement = by_id.get(record_id)
        if statement is None:
            report.problems.append(
                f"L'état n° {number}, émis le {at:%d/%m/%Y à %H:%M} d'après le journal, a disparu de la base."
            )
        elif logged_hash and statement.content_hash != logged_hash:
            report.problems.append(
                f"L'état n° {statement.number} n'a plus l'empreinte notée au journal à son émission : "
                "il a été réécrit hors de l'application."
            )
