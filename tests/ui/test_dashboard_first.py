"""The dashboard shows the running period's totals and the alerts as soon as they are
computed, then the chart's older periods: the same figures as when computed in one go."""

from __future__ import annotations

import datetime as dt

import pytest

from mutualisation.services.dashboard import PERIODS_SHOWN, dashboard_figures
from mutualisation.ui import formatting

pytestmark = pytest.mark.usefixtures("no_thread_left")


def test_the_totals_come_first_then_the_chart_with_the_same_figures(window, qtbot, demo_db):
    page = window.pages["dashboard"]
    seen = []
    page.task.succeeded.connect(lambda figures: seen.append((len(figures.periods), set(page.totals))))
    page.refresh()
    qtbot.waitUntil(lambda: len(seen) == 2 and not page.task.is_busy(), timeout=20000)
    # The first result is the running period alone, and its cards are on screen when the
    # chart's periods arrive.
    assert seen[0][0] == 1
    assert seen[1] == (PERIODS_SHOWN, {"ST2B", "SCOT"})
    with demo_db.session() as session:
        whole = dashboard_figures(session, page.today)
    assert page.figures == whole
    assert page.chart_beneficiary.count() == len(whole.beneficiaries)
    for b in whole.beneficiaries:
        assert page.totals[b.code].value_label.text() == formatting.money(b.current_total)
    assert page.alerts_model.rowCount() == len(whole.alerts)


def test_a_reload_during_the_chart_keeps_only_the_latest_figures(window, qtbot):
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.figures is not None and not page.task.is_busy(), timeout=20000)
    reloads = []

    def reload_once_the_totals_are_in(figures) -> None:
        if len(figures.periods) == 1 and not reloads:
            reloads.append(page._chart_pending)
            page.refresh()  # supersedes the chart's run: the running period comes first again

    page.task.succeeded.connect(reload_once_the_totals_are_in)
    page.refresh()
    qtbot.waitUntil(lambda: len(reloads) == 1 and not page.task.is_busy(), timeout=20000)
    assert reloads == [True]
    assert len(page.figures.periods) == PERIODS_SHOWN and not page._chart_pending
    assert page.today == dt.date.today()
