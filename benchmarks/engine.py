"""Engine benchmark: a quarter preview for one beneficiary and a whole year for all.

Run: ``python -m benchmarks.engine [--db PATH]``. Builds the large synthetic data set in a
temporary SQLite file (or reuses --db), then prints the median of several runs, measured
from the database (loading included) to the finished preview; the wording of every
explanation (done only when shown or exported) is timed apart. The quarter's floor is a bare
sqlite3 read of the rows it is computed from (its bills, payroll months and meter readings).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from mutualisation.domain.periods import Period
from mutualisation.services.costs import find_convention, preview
from mutualisation.storage.database import open_database

from . import synthetic
from .report import row

QUARTER_MS, YEAR_MS = 150, 2000


def quarter_rows_ms(path: Path, period: Period, runs: int) -> float:
    """A bare sqlite3 read of the rows the quarter is computed from."""
    import sqlite3

    connection = sqlite3.connect(path)
    first, last = period.start.isoformat(), period.end.isoformat()
    queries = [
        ("SELECT * FROM bill WHERE (date BETWEEN ? AND ?) OR (service_start <= ? AND service_end >= ?)",
         (first, last, last, first)),
        ("SELECT * FROM payroll_cost WHERE month BETWEEN ? AND ?", (first, last)),
        ("SELECT * FROM meter_reading WHERE period_start <= ? AND period_end >= ?", (last, first)),
    ]  # fmt: skip
    elapsed = _median_ms(lambda: [connection.execute(q, p).fetchall() for q, p in queries], runs)
    connection.close()
    return elapsed


def _median_ms(action, runs: int, clock=time.perf_counter) -> float:
    """The median of ``runs`` calls, by the wall clock or by ``clock`` (``time.process_time``:
    this process's CPU time, which a shared machine inflates much less)."""
    times = []
    for _ in range(runs):
        start = clock()
        action()
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing synthetic database to reuse")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "synthetic.sqlite"
    fresh = not path.exists()
    database = open_database(path)
    if fresh:
        start = time.perf_counter()
        with database.session() as session, session.begin():
            synthetic.build(session)
        print(f"data set built in {time.perf_counter() - start:.1f} s ({path})")
    with database.session() as session:
        convention = find_convention(session, reference="SYNTH")
        quarter, year = Period.quarter(2025, 2), Period.year(2025)
        result = preview(session, convention, quarter)
        b1 = result.party("B1")
        quarter_ms = _median_ms(lambda: preview(session, convention, quarter), args.runs)
        quarter_cpu = _median_ms(lambda: preview(session, convention, quarter), args.runs, time.process_time)
        json_ms = _median_ms(lambda: result.as_dict(b1.id), args.runs)
        year_result = preview(session, convention, year)
        year_ms = _median_ms(lambda: preview(session, convention, year), args.runs)
    database.dispose()
    print(row("quarter preview, one beneficiary", quarter_ms, target=QUARTER_MS,
              floor=quarter_rows_ms(path, quarter, args.runs), floor_label="bare sqlite3 read of its rows",
              detail=f"{len(result.lines)} lines, {len(result.lines_for(b1.id))} for B1, CPU {quarter_cpu:.0f} ms"))  # fmt: skip
    print(f"  its JSON with every explanation worded: {json_ms:.0f} ms more")
    print(row("whole year, all parties", year_ms, target=YEAR_MS,
              detail=f"{len(year_result.lines)} lines, {len(year_result.parties)} parties"))  # fmt: skip


if __name__ == "__main__":
    main()
