"""The États page does not offer to issue a period still running: it says from which day it can."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_statements_page import choose, page  # noqa: F401  (the page fixture)

pytestmark = pytest.mark.usefixtures("no_thread_left")


def test_a_running_period_is_previewed_but_not_issued_before_its_last_day(page, qtbot):  # noqa: F811
    page.today = dt.date(2025, 3, 15)
    choose(qtbot, page, "2025-T1", "ST2B")
    assert page._result.rows and not page._result.problems  # complete, yet still running
    assert not page.issue_button.isEnabled()
    assert page.issue_note.text() == "Période en cours"
    assert page.issue_button.toolTip() == (
        "L'état pour le 1er trimestre 2025 s'émet à partir du 31/03/2025, dernier jour de la période, quand toutes "
        "ses dépenses sont connues ; d'ici là, l'aperçu reste provisoire."
    )
    page.today = dt.date(2025, 3, 31)
    choose(qtbot, page, "2025-T2", "ST2B")
    choose(qtbot, page, "2025-T1", "ST2B")
    assert page.issue_button.isEnabled() and page.issue_note.text() == ""
