"""The dashboard's period cards also give the year so far: the sum of its billing periods (R13)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from mutualisation.domain.periods import billing_periods
from mutualisation.services.costs import find_convention, find_party, preview
from mutualisation.ui import formatting

from .test_dashboard import page  # noqa: F401  (the dashboard, its figures computed)

pytestmark = pytest.mark.usefixtures("no_thread_left")


def test_each_card_gives_the_year_so_far(page, demo_db, qtbot):  # noqa: F811
    # It comes with the chart's periods, after the running period's totals.
    qtbot.waitUntil(lambda: "Cumul" in page.totals["SCOT"].detail_label.text(), timeout=30000)
    today = dt.date.today()
    periods = [p for p in billing_periods(today.year, "quarterly") if p.start <= today]
    with demo_db.session() as session:
        convention = find_convention(session, "ST2B")
        results = [preview(session, convention, p) for p in periods]
        expected = {
            code: sum((r.total(find_party(session, code).id) for r in results), Decimal(0))
            for code in ("ST2B", "SCOT")
        }
    for code, total in expected.items():
        last_line = page.totals[code].detail_label.text().splitlines()[-1]
        assert last_line == (
            f"Cumul {today.year} ({len(periods)} période(s), somme des états) : {formatting.money(total)}"
        )
