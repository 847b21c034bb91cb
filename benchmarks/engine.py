"""Engine benchmark: a quarter preview for one beneficiary and a whole year for all.

Run: ``python -m benchmarks.engine [--db PATH]``. Builds the large synthetic data set in a
temporary SQLite file (or reuses --db), then prints the median of several runs, measured
from the database (loading included) to the finished preview; the wording of every
explanation (done only when shown or exported) is timed apart.
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


def _median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
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
        json_ms = _median_ms(lambda: result.as_dict(b1.id), args.runs)
        year_result = preview(session, convention, year)
        year_ms = _median_ms(lambda: preview(session, convention, year), args.runs)
    print(f"quarter preview, one beneficiary: {quarter_ms:.0f} ms "
          f"({len(result.lines)} lines, {len(result.lines_for(b1.id))} for B1; target < 200 ms)")
    print(f"  its JSON with every explanation worded: {json_ms:.0f} ms more")
    print(f"whole year, all parties: {year_ms:.0f} ms "
          f"({len(year_result.lines)} lines, {len(year_result.parties)} parties; target < 2000 ms)")
    database.dispose()


if __name__ == "__main__":
    main()
