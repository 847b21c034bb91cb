"""The dashboard computes each billing period once in its read, with the same figures."""

from __future__ import annotations

import datetime as dt

from mutualisation.domain.periods import parse_period
from mutualisation.services import costs
from mutualisation.services.costs import find_convention, preview, previews_shared
from mutualisation.services.dashboard import dashboard_figures

TODAY = dt.date(2026, 11, 26)


def test_a_period_asked_twice_in_the_block_is_computed_once(demo_db, monkeypatch):
    computed = []
    real = costs.compute
    monkeypatch.setattr(costs, "compute", lambda data, period: computed.append(period) or real(data, period))
    with demo_db.session() as session:
        convention = find_convention(session, "ST2B")
        q1, q2 = parse_period("2026-T1"), parse_period("2026-T2")
        with previews_shared(session):
            first = preview(session, convention, q1)
            with previews_shared(session):  # an inner block keeps what the outer one holds
                assert preview(session, convention, q1) is first
            assert preview(session, convention, q1) is first
            preview(session, convention, q2)
        assert computed == [q1, q2]
        again = preview(session, convention, q1)  # outside the block: computed afresh
        assert again is not first and again.as_dict(again.parties[1].id) == first.as_dict(first.parties[1].id)
        assert computed == [q1, q2, q1]


def test_the_dashboard_figures_are_those_of_each_period_computed_alone(demo_db):
    with demo_db.session() as session:
        figures = dashboard_figures(session, TODAY)
        convention = find_convention(session, "ST2B")
        for index, period in enumerate(figures.periods):
            if period.end < convention.start_date:
                continue
            alone = preview(session, convention, period)
            for beneficiary in figures.beneficiaries:
                assert all(
                    amount == alone.section_total(beneficiary.party_id, section)
                    for section, amount in beneficiary.by_period[index].items()
                )
        assert costs._SHARED not in session.info
