"""``verify``: the issued documents are all there, in order, and untouched.

Checks, for each issuer: numbers run 1, 2, 3… each year without a gap and match the
sequence counter; each document's hash chains to the one before; every stored column of a
document, its lines and its payments is what was hashed (``storage/ledger.py``); every
statement the audit log saw issued is still there with the same fingerprint; and the
checks of ``ledger_checks`` (triggers, printed PDFs, payments, periods, the record of chain
heads outside the database, PDFs held by partners). On SQLite the file's integrity and its
foreign keys are checked too.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, selectinload

from ..storage import chain_record, ledger
from ..storage import models as m
from ..storage.chain_record import ChainRecord
from ..storage.database import StorageError
from . import ledger_checks
from .issuing import canonical_json, format_number


@dataclass
class VerificationReport:
    checked: int = 0
    problems: list[str] = field(default_factory=list)
    # What the record of chain heads holds and the database no longer does: ("emission",
    # issuer, number) or ("paiement", issuer, hash); a restore tells an older backup by it.
    vanished: list[tuple] = field(default_factory=list)
    vanished_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(
    session: Session, *, record: ChainRecord | None = None, against: tuple[Path, ...] = (), complete: bool = True
) -> VerificationReport:
    """Check the whole ledger; ``record``: the record of chain heads to compare with (by
    default the one of this database); ``against``: PDFs held by partners to check."""
    report = VerificationReport()
    try:
        _check_database(session, report)
        _check_documents(session, report, record, complete)
        for file in against:
            ledger_checks.check_against(session, Path(file), report.problems)
    except (StorageError, DBAPIError) as exc:  # a damaged file may fail the reading itself
        session.rollback()
        report.problems.append(f"La base n'a pas pu être relue en entier : {exc}")
    return report


def recreate_triggers(database) -> list[str]:
    """Recreate the ledger's triggers that were dropped, disabled or altered; returns the SQL run."""
    with database.engine.begin() as connection:
        return ledger.ensure_triggers(connection)


def default_record(session: Session) -> tuple[ChainRecord | None, bool]:
    """The record of this database and whether it is complete (a SQLite file's record is;
    a workstation's record of a server database holds only the issues made there)."""
    url = session.get_bind().engine.url
    path = chain_record.record_path(url)
    if path is None:
        return None, False
    return chain_record.read(path), url.get_backend_name() == "sqlite"


def _check_documents(
    session: Session, report: VerificationReport, record: ChainRecord | None, complete: bool = True
) -> None:
    statements = session.scalars(
        select(m.Statement)
        .options(selectinload(m.Statement.lines), selectinload(m.Statement.payments))
        .order_by(m.Statement.issuer_id, m.Statement.id)
    ).all()
    report.checked = len(statements)
    if record is None:
        record, complete = default_record(session)
    voided = record.voided() if record is not None else set()
    by_issuer: dict[int, list[m.Statement]] = defaultdict(list)
    for statement in statements:
        by_issuer[statement.issuer_id].append(statement)
    counters = {
        (row.issuer_id, row.year): row.last_number
        for row in session.scalars(select(m.StatementSequence))
    }
    for issuer_id, issued in by_issuer.items():
        _check_numbers(issued, counters, voided, report)
        _check_chain(issued, report)
    _check_against_audit_log(session, {s.id: s for s in statements}, report)
    ledger_checks.check_triggers(session, report.problems)
    for statement in statements:
        ledger_checks.check_printed(statement, report.problems)
    ledger_checks.check_payments(list(statements), report.problems)
    ledger_checks.check_periods(list(statements), report.problems)
    ledger_checks.check_attachments(session, list(statements), report.problems)
    if record is not None:
        before = len(report.problems)
        ledger_checks.check_record(list(statements), record, complete, report.problems, report.vanished)
        report.vanished_problems = [p for p in report.problems[before:] if "a disparu de la base" in p]
    for (issuer_id, year), last in counters.items():
        given_up = {n for i, n in voided if i == issuer_id and n.startswith(f"{year}-")}
        if last and len(given_up) < last and not any(s.year == year for s in by_issuer.get(issuer_id, [])):
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


def _check_numbers(issued: list[m.Statement], counters: dict, voided: set, report: VerificationReport) -> None:
    """Numbers without gap nor double, up to the counter; numbers given up by a forced restore
    (``voided``, from the record of chain heads) count as used."""
    by_year: dict[int, list[m.Statement]] = defaultdict(list)
    for statement in issued:
        by_year[statement.year].append(statement)
        if statement.number != format_number(statement.year, statement.sequence):
            report.problems.append(
                f"L'état n° {statement.number} ne correspond pas à son rang {statement.sequence} de {statement.year}."
            )
    for year, documents in by_year.items():
        issuer_id = documents[0].issuer_id
        given_up = {int(n.split("-")[1]) for i, n in voided if i == issuer_id and n.startswith(f"{year}-")}
        sequences = sorted(s.sequence for s in documents)
        used = sorted(set(sequences) | given_up)
        expected = list(range(1, len(used) + 1))
        if used != expected or len(sequences) != len(set(sequences)):
            missing = sorted(set(range(1, max(used) + 1)) - set(used))
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
        counter = counters.get((issuer_id, year))
        if counter is not None and counter != max(used):
            report.problems.append(
                f"Le compteur {year} est à {counter} alors que le dernier état émis est le n° "
                f"{format_number(year, max(used))} : des états ont disparu ou été ajoutés hors de l'application."
            )


def _check_chain(issued: list[m.Statement], report: VerificationReport) -> None:
    previous = ""
    sealed_seen = False
    for statement in issued:
        name = f"L'état n° {statement.number}"
        if statement.previous_hash != previous:
            report.problems.append(
                f"{name} n'est pas chaîné à l'état qui le précède : un état a été supprimé, inséré ou modifié avant lui."
            )
        if not statement.pdf:
            report.problems.append(f"{name} n'a plus de PDF : le document émis a été effacé.")
        if statement.seal is None and sealed_seen:
            report.problems.append(
                f"{name} n'a pas de sceau alors que les états qui le précèdent en ont un : son sceau a été effacé "
                "pour cacher une modification."
            )
        sealed_seen = sealed_seen or statement.seal is not None
        if statement.seal is not None and ledger.statement_seal(statement) != statement.seal:
            report.problems.append(
                f"{name} a été modifié après son émission : une de ses colonnes ou de ses lignes diffère de ce qui "
                "a été scellé (montants, dates, période, bénéficiaire, explications…)."
            )
        elif ledger.expected_hash(statement) != statement.content_hash:
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
    # Documents issued before the seal are covered only by their document: every column it
    # also holds must say the same.
    columns = (
        statement.kind, statement.issue_date.isoformat(), statement.due_date.isoformat(),
        [statement.period_start.isoformat(), statement.period_end.isoformat()],
        str(statement.total_excl_vat), str(statement.vat),
    )  # fmt: skip
    printed = (
        document.get("kind"), document.get("issue_date"), document.get("due_date"), document.get("period"),
        totals.get("excl_vat"), totals.get("vat"),
    )  # fmt: skip
    if columns != printed:
        report.problems.append(
            f"{name} : son type, ses dates, sa période ou ses totaux enregistrés diffèrent du document émis."
        )
    lines = [
        (l.section, l.label, str(l.basis), l.key_description, l.ratio, str(l.amount), l.source_kind, l.source_id,
         json.loads(l.explanation_json or "[]"))
        for l in statement.lines
    ]  # fmt: skip
    keys = ("section", "label", "basis", "key_description", "ratio", "amount", "source_kind", "source_id", "explanation")
    if lines != [tuple(l.get(k) for k in keys) for l in document.get("lines", [])]:
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
