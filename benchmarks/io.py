"""Import/export benchmark: 10,000 bills in, the large synthetic data set out.

Run: ``python -m benchmarks.io [--db PATH]``. Prints, in seconds, the import of a workbook of
10,000 bills into a database holding their categories and sites (target < 5 s), its
re-import (every row unchanged), and the export of the large synthetic data set
(benchmarks/synthetic.py) to XLSX and to CSV, with the file sizes; then the import of that
export into an empty database when it is under the import's size limit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from mutualisation.reporting.xlsx import XlsxSheet, write_workbook
from mutualisation.services.exporting import export_csv, export_workbook, xlsx_columns
from mutualisation.services.importing import import_file
from mutualisation.services.importing.reading import MAX_BYTES
from mutualisation.services.importing.sheets import BY_REGISTER
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

from . import synthetic

BILLS = 10_000


def _timed(action):
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def bills_workbook(path: Path, count: int = BILLS, seed: int = 7) -> None:
    """A Factures sheet of ``count`` bills attached to 8 categories and 3 sites."""
    rng = random.Random(seed)
    sheet = BY_REGISTER["bill"]
    first = dt.date(2025, 1, 1)
    rows = []
    for i in range(count):
        day = first + dt.timedelta(days=rng.randint(0, 729))
        service = (day - dt.timedelta(days=30), day) if rng.random() < 0.3 else (None, None)
        site = f"Site {rng.randint(1, 3)}" if rng.random() < 0.3 else None
        rows.append([day, f"Fournisseur {rng.randint(1, 400)}", f"F{i:06d}", f"Facture {i}",
                     Decimal(rng.randint(-5000, 300000)).scaleb(-2), *service, site, None,
                     None if site else f"CAT{rng.randint(1, 8)}", None, None])  # fmt: skip
    write_workbook(path, [XlsxSheet(sheet.name, xlsx_columns(sheet), rows)])


def _seed_references(database) -> None:
    with database.session() as session, session.begin():
        session.add_all(m.ExpenseCategory(code=f"CAT{i}", name=f"Catégorie {i}") for i in range(1, 9))
        session.add_all(m.Site(name=f"Site {i}") for i in range(1, 4))


def bench_bills(folder: Path) -> None:
    path = folder / "factures.xlsx"
    _, seconds = _timed(lambda: bills_workbook(path))
    print(f"workbook of {BILLS:,} bills written in {seconds:.2f} s ({path.stat().st_size / 1e6:.2f} Mo)")
    database = open_database(folder / "bills.sqlite")
    _seed_references(database)

    def run(**options):
        with database.session() as session, session.begin():
            return import_file(session, path, **options)

    report, seconds = _timed(lambda: run(dry_run=True))
    print(f"dry run (read + validate) of {BILLS:,} bills: {seconds:.2f} s")
    report, seconds = _timed(run)
    assert report.written and report.totals().added == BILLS, report.lines()[-1]
    print(f"import of {BILLS:,} bills: {seconds:.2f} s (target < 5 s)")
    report, seconds = _timed(run)
    assert report.totals().unchanged == BILLS
    print(f"re-import, all {BILLS:,} unchanged: {seconds:.2f} s")
    database.dispose()


def bench_export(folder: Path, db_path: Path | None) -> None:
    path = db_path or folder / "synthetic.sqlite"
    fresh = not path.exists()
    database = open_database(path)
    if fresh:
        with database.session() as session, session.begin():
            _, seconds = _timed(lambda: synthetic.build(session))
        print(f"large data set built in {seconds:.1f} s")
    xlsx, csv_dir = folder / "synthetic.xlsx", folder / "synthetic-csv"
    with database.session() as session:
        counts, seconds = _timed(lambda: export_workbook(session, xlsx))
        print(f"export of the large data set to XLSX: {seconds:.2f} s ({sum(counts.values()):,} rows, "
              f"{xlsx.stat().st_size / 1e6:.1f} Mo)")  # fmt: skip
        files, seconds = _timed(lambda: export_csv(session, csv_dir))
        size = sum(p.stat().st_size for p in files)
        print(f"export of the large data set to CSV: {seconds:.2f} s ({size / 1e6:.1f} Mo in {len(files)} files)")
    database.dispose()
    if xlsx.stat().st_size <= MAX_BYTES:
        empty = open_database(folder / "reloaded.sqlite")
        with empty.session() as session, session.begin():
            report, seconds = _timed(lambda: import_file(session, xlsx))
        print(f"import of that export into an empty database: {seconds:.2f} s "
              f"({report.totals().added:,} rows, {len(report.rejections)} refused)")  # fmt: skip
        empty.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing synthetic database to reuse for the export")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mutualisation-io-"))
    bench_bills(folder)
    bench_export(folder, Path(args.db) if args.db else None)


if __name__ == "__main__":
    main()
