"""The dashboard's figures kept between launches: given back while the data, the day, the
language and the code hold, computed anew as soon as any of them changes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.domain.periods import parse_period
from mutualisation.services import dashboard_cache
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.dashboard import dashboard_figures
from mutualisation.services.issuing import issue_statement
from mutualisation.storage import models as m

#: In the demo's first quarter of 2025: its bills are in the running period.
TODAY = dt.date(2025, 2, 15)


@pytest.fixture
def computed(monkeypatch):
    """Counts the real computations behind the cache."""
    calls = []

    def counting(session, today, count, with_alerts):
        calls.append((today, count, with_alerts))
        return dashboard_figures(session, today, count, with_alerts)

    monkeypatch.setattr(dashboard_cache, "dashboard_figures", counting)
    return calls


def cached(db, today=TODAY, count=1, with_alerts=True, language="fr_FR"):
    with db.session() as session:
        return dashboard_cache.cached_dashboard_figures(session, today, count, with_alerts, language)


def st2b_total(figures) -> Decimal:
    return next(b for b in figures.beneficiaries if b.code == "ST2B").current_total


def test_the_second_launch_reads_the_figures_the_first_computed(demo_db, computed):
    first = cached(demo_db)
    again = cached(demo_db)
    assert computed == [(TODAY, 1, True)]
    assert again == first
    with demo_db.session() as session:
        assert again == dashboard_figures(session, TODAY, 1)  # to the cent, alerts included
    file = dashboard_cache.cache_file(demo_db.session())
    assert file.stat().st_mode & 0o777 == 0o600


def test_editing_a_bill_computes_the_figures_anew(demo_db, computed):
    before = cached(demo_db)
    with demo_db.session() as session, session.begin():
        bill = session.scalars(
            select(m.Bill).where(m.Bill.date >= dt.date(2025, 1, 1), m.Bill.date <= TODAY).order_by(m.Bill.id)
        ).first()
        bill.amount += Decimal("300.00")
        bill.service_start = bill.service_end = None
    after = cached(demo_db)
    assert len(computed) == 2
    assert st2b_total(after) != st2b_total(before)
    with demo_db.session() as session:
        assert after == dashboard_figures(session, TODAY, 1)


def test_issuing_a_statement_computes_the_alerts_anew(demo_db, computed):
    day = dt.date(2026, 11, 26)
    before = cached(demo_db, today=day)
    with demo_db.session() as session:
        issue_statement(session, find_convention(session, "ST2B"), find_party(session, "ST2B"),
                        parse_period("2025-T1"), day)  # fmt: skip
    after = cached(demo_db, today=day)
    assert len(computed) == 2
    assert after.alerts != before.alerts  # the 2025-T1 statement is no longer to issue
    with demo_db.session() as session:
        assert after == dashboard_figures(session, day, 1)


def test_another_day_language_or_request_is_computed_and_kept_beside(demo_db, computed):
    cached(demo_db)
    cached(demo_db, language="en_GB")
    cached(demo_db, today=TODAY + dt.timedelta(days=1))
    cached(demo_db, count=8, with_alerts=False)
    for _ in range(2):
        cached(demo_db)
        cached(demo_db, language="en_GB")
        cached(demo_db, count=8, with_alerts=False)
    assert len(computed) == 4


def test_a_damaged_file_is_ignored_and_replaced(demo_db, computed):
    first = cached(demo_db)
    dashboard_cache.cache_file(demo_db.session()).write_bytes(b"\x80\x05 pas un pickle")
    assert cached(demo_db) == first
    assert cached(demo_db) == first
    assert len(computed) == 2


def test_a_change_to_the_code_computes_anew(demo_db, computed, monkeypatch):
    cached(demo_db)
    monkeypatch.setattr(dashboard_cache, "code_mark", lambda: ("9.9", 1))
    cached(demo_db)
    assert len(computed) == 2
