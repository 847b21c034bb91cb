"""The process that ``test_crash.py`` kills: it issues statements and imports files, forever.

Loaded once in multiprocessing's fork server (``set_forkserver_preload``), so that each
worker starts in milliseconds with the app already imported and can be killed often.
The worker writes what it starts and ends to a log file, one small ``O_APPEND`` write per
line, so that the test knows what each kill interrupted.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from mutualisation.domain.periods import Period, billing_periods
from mutualisation.reporting.fonts import register_fonts
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.errors import ServiceError
from mutualisation.services.issuing import issue_statement
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database
from tests.services.worked_example_db import record_worked_example

try:  # the import service, when this version of the app has it
    from mutualisation.services.importing import run_import
except ImportError:  # pragma: no cover - older trees
    run_import = None

YEAR = 2025
ISSUE_DATE = dt.date(YEAR, 12, 31)  # every statement numbered in one year: a gap would show
IMPORT_ROWS = 40
IMPORT_SHARE = 0.3  # of the operations, when imports exist

register_fonts()  # parsed once in the fork server, not in every worker (0.4 s)


def build_database(path: Path) -> None:
    """The worked example of DESIGN.md §4, complete for every day of 2025: 365 issuable periods."""
    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            record_worked_example(session)
            alice = session.scalar(select(m.StaffMember).where(m.StaffMember.first_name == "Alice"))
            for month in range(4, 13):
                alice.payroll.append(m.PayrollCost(month=dt.date(YEAR, month, 1), gross_salary=Decimal("4900.00")))
            for meter in session.scalars(select(m.Meter)).all():
                first = session.scalars(select(m.MeterReading).where(m.MeterReading.meter_id == meter.id)).all()
                for quarter in billing_periods(YEAR, "quarterly")[1:]:
                    for reading in first:
                        session.add(m.MeterReading(meter=meter, party_id=reading.party_id, period_start=quarter.start,
                                                   period_end=quarter.end, quantity=reading.quantity))  # fmt: skip
    finally:
        database.dispose()


def import_csv(folder: Path, tag: str) -> Path:
    """A file of IMPORT_ROWS bills whose references all start with ``IMP-<tag>-``."""
    path = folder / f"factures-{tag}.csv"
    rows = ["Date;Fournisseur;Référence;Libellé;Montant;Catégorie"]
    rows += [f"15/06/2024;Fournisseur importé;IMP-{tag}-{i:03d};Fournitures {i};{i},50;DEPL" for i in range(IMPORT_ROWS)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _log(descriptor: int, line: str) -> None:
    os.write(descriptor, (line + "\n").encode())


def _next_day(session) -> dt.date | None:
    issued = set(session.scalars(select(m.Statement.period_start)))
    day = dt.date(YEAR, 1, 1)
    while day.year == YEAR:
        if day not in issued:
            return day
        day += dt.timedelta(days=1)
    return None


def work(path: str, log_path: str, folder: str, seed: int) -> None:
    """Issue statements (one day each) and import files until killed."""
    rng = random.Random(seed)
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    database = open_database(path)
    _log(log, f"start {os.getpid()}")  # ready: the test's clock for the kill starts now
    while True:
        if run_import is not None and rng.random() < IMPORT_SHARE:
            tag = f"{os.getpid()}x{rng.randrange(10**9)}"
            csv = import_csv(Path(folder), tag)
            _log(log, f"import-begin {tag}")
            report = run_import(database, csv)
            _log(log, f"import-end {tag} {int(report.written)}")
            continue
        with database.session() as session:
            day = _next_day(session)
            if day is None:
                _log(log, "idle")
                continue
            convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
            session.commit()
            _log(log, f"issue-begin {day.isoformat()}")
            try:
                statement = issue_statement(session, convention, st2b, Period(day, day), ISSUE_DATE)
            except ServiceError as exc:
                _log(log, f"issue-refused {day.isoformat()} {str(exc).splitlines()[0][:80]}")
                continue
            _log(log, f"issue-end {day.isoformat()} {statement.number}")


def work_once(path: str, folder: str) -> None:
    """One issue and one import, without a log (the fork server's warm-up)."""
    database = open_database(path)
    try:
        with database.session() as session:
            convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
            session.commit()
            issue_statement(session, convention, st2b, Period(dt.date(YEAR, 1, 1), dt.date(YEAR, 1, 1)), ISSUE_DATE)
        if run_import is not None:
            run_import(database, import_csv(Path(folder), "warmup"))
    finally:
        database.dispose()
