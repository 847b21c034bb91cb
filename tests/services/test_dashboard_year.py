"""The dashboard's year so far is the sum of the year's billing periods (R13, issue 12 item 2):
the same figure, to the cent, as the year preview, the annual summary and the chart's periods."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from mutualisation.domain.periods import Period
from mutualisation.services.costs import find_convention, find_party, preview
from mutualisation.services.dashboard import dashboard_figures
from mutualisation.services.reconciliation import period_preview, year_figures
from mutualisation.services.summaries import annual_summary

#: The demo's 2025 for ST2b: what its four quarterly statements bill together.
ST2B_2025 = Decimal("72848.42")


def test_at_the_end_of_2025_the_year_so_far_is_the_year_preview_and_the_annual_summary(demo_db):
    with demo_db.session() as session:
        convention = find_convention(session, "ST2B")
        figures = dashboard_figures(session, dt.date(2025, 12, 15))
        assert figures.year_periods == tuple(Period.quarter(2025, q) for q in (1, 2, 3, 4))
        year = year_figures(session, convention, 2025)
        whole = period_preview(session, convention, Period.year(2025))
        for card in figures.beneficiaries:
            party = find_party(session, card.code)
            summary = annual_summary(session, convention, party, 2025, dt.date(2025, 12, 15))
            chart = sum((sum(p.values(), Decimal(0)) for p in card.by_period[-4:]), Decimal(0))
            assert card.year_to_date == year.total(party.id) == whole.total(party.id), card.code
            assert card.year_to_date == summary.computed_total == summary.actual_total == chart, card.code
        st2b = next(card for card in figures.beneficiaries if card.code == "ST2B")
        assert st2b.year_to_date == ST2B_2025


def test_in_may_the_year_so_far_is_the_first_two_quarters(demo_db):
    with demo_db.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        figures = dashboard_figures(session, dt.date(2025, 5, 10))
        assert figures.year_periods == (Period.quarter(2025, 1), Period.quarter(2025, 2))
        card = next(card for card in figures.beneficiaries if card.code == "ST2B")
        halves = [preview(session, convention, p).total(st2b.id) for p in figures.year_periods]
        assert card.year_to_date == sum(halves, Decimal(0)) and card.current_total == halves[1]
