"""A restore never rewinds the ledger (DESIGN §7).

Before a backup replaces the database, its copy is brought to this version's schema, its
missing triggers are recreated, and ``verify`` runs on it against the record of chain heads
(the live one, or the copy beside the backup). A forged backup is refused. A backup older
than the record (documents or payments issued since would vanish) is refused unless forced;
forced, the numbers it loses are written to the record as given up, and the numbering
counters are raised to the highest number ever issued: a number is never issued twice.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update

from ..storage import chain_record, ledger
from ..storage import models as m
from ..storage.database import alembic_config, create_db_engine, database_url
from .backup import RestoreRefused
from .verification import verify


class LedgerRestoreRefused(RestoreRefused):
    """The backup is forged, or older than the ledger and the restore not forced."""


@dataclass(frozen=True, slots=True)
class LedgerCheck:
    vanished: tuple[tuple, ...]  # what the restore would drop: ("emission"|"paiement", issuer, number|hash)
    triggers_recreated: int


def check_staged(staged: Path, backup: Path, database: Path, *, force: bool) -> LedgerCheck:
    """Migrate and verify the staged copy of ``backup`` before it replaces ``database``."""
    from alembic import command
    from sqlalchemy.orm import Session

    live = chain_record.sidecar(database)
    record = chain_record.read(live)
    if not record.exists:
        record = chain_record.read(chain_record.sidecar(backup))
    # A scratch copy is brought to this version's schema and verified; the staged copy keeps
    # its schema, migrated once in place (with its backup) as any restored database.
    scratch = staged.with_name(staged.name + ".verification")
    shutil.copyfile(staged, scratch)
    engine = create_db_engine(database_url(scratch), write_ahead_log=False)
    try:
        command.upgrade(alembic_config(engine), "head")
        with engine.begin() as connection:
            recreated = ledger.ensure_triggers(connection)
        with Session(engine) as session:
            report = verify(session, record=record if record.exists else None, complete=record.exists)
    finally:
        engine.dispose()
        for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm"), Path(f"{scratch}-journal")):
            leftover.unlink(missing_ok=True)
    forged = [p for p in report.problems if p not in report.vanished_problems]
    if forged:
        raise LedgerRestoreRefused(
            f"La sauvegarde {backup} ne passe pas la vérification : rien n'a été restauré.\n"
            + "\n".join(f"  • {p}" for p in forged)
        )
    if report.vanished and not force:
        numbers = sorted({number for kind, _i, number in report.vanished if kind == "emission"})
        payments = sum(1 for kind, *_ in report.vanished if kind == "paiement")
        raise LedgerRestoreRefused(
            f"La sauvegarde {backup} est plus ancienne que le registre des empreintes : "
            f"{len(numbers)} état(s) émis depuis ({', '.join(numbers) or 'aucun'}) et {payments} paiement(s) "
            "disparaîtraient. Rien n'a été restauré. Pour la restaurer quand même, ajoutez --force : "
            "ces numéros resteront inscrits comme abandonnés et ne seront jamais réémis."
        )
    return LedgerCheck(tuple(report.vanished), len(recreated))


def after_swap(database: Path, backup: Path, check: LedgerCheck) -> None:
    """Once the backup is in place and migrated: recreate missing triggers, record what a forced
    restore gave up, keep the counters at the highest number ever issued, and give the
    database its record if it had none."""
    live = chain_record.sidecar(database)
    if not live.exists() and chain_record.sidecar(backup).exists():
        shutil.copyfile(chain_record.sidecar(backup), live)
        live.chmod(0o600)
    if check.vanished:
        by_issuer: dict = {}
        for kind, issuer, key in check.vanished:
            entry = by_issuer.setdefault(issuer, {"type": "annulation", "emetteur": issuer, "numeros": [],
                                                  "paiements": [], "sauvegarde": str(backup)})  # fmt: skip
            entry["numeros" if kind == "emission" else "paiements"].append(key)
        for entry in by_issuer.values():
            chain_record.append(live, entry)
    highest = chain_record.read(live).highest()
    from sqlalchemy.orm import Session

    engine = create_db_engine(database_url(database))
    try:
        with engine.begin() as connection:
            ledger.ensure_triggers(connection)
        with Session(engine) as session, session.begin():
            counters = {(c.issuer_id, c.year): c for c in session.scalars(select(m.StatementSequence))}
            for (issuer, year), top in highest.items():
                counter = counters.get((issuer, year))
                if counter is None:
                    session.add(m.StatementSequence(issuer_id=issuer, year=year, last_number=top))
                elif counter.last_number < top:
                    session.execute(
                        update(m.StatementSequence)
                        .where(m.StatementSequence.issuer_id == issuer, m.StatementSequence.year == year)
                        .values(last_number=top)
                    )
    finally:
        engine.dispose()
