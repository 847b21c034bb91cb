"""A period's statement is not issued before the period's last day; an advance call is issued
ahead of its period (issue 12, item 8). Refused with the reason by the service and the command
line, and no number is lost (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from mutualisation.cli import main
from mutualisation.domain.periods import Period, parse_period
from mutualisation.services.advances import issue_advance, issue_settlement
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.dates import earliest_issue_date, period_issue_problem
from mutualisation.services.errors import ServiceError
from mutualisation.services.issuing import issue_statement
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

from .test_advances import db as advance_db  # noqa: F401  (the worked example in advance mode, all 2025)
from .worked_example_db import record_worked_example

T1_2025 = Period.quarter(2025, 1)


@pytest.fixture
def worked(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        record_worked_example(session)
    yield database
    database.dispose()


def _issue(database, code: str, day: dt.date) -> m.Statement:
    with database.session() as session:
        return issue_statement(
            session, find_convention(session, "ST2B"), find_party(session, "ST2B"), parse_period(code), day
        )


def test_the_rule_in_words_for_each_kind_of_document():
    assert earliest_issue_date("statement", T1_2025) == dt.date(2025, 3, 31)
    assert earliest_issue_date("corrective", T1_2025) == earliest_issue_date("credit_note", T1_2025)
    assert earliest_issue_date("advance", T1_2025) is None  # computed from the forecast: issued ahead
    assert period_issue_problem("statement", T1_2025, dt.date(2025, 3, 31)) == ""
    assert period_issue_problem("advance", T1_2025, dt.date(2025, 1, 5)) == ""
    assert period_issue_problem("statement", T1_2025, dt.date(2025, 3, 30)) == (
        "Un état de refacturation pour le 1er trimestre 2025 ne peut être émis qu'à partir du 31/03/2025, "
        "dernier jour de la période, quand toutes ses dépenses sont connues (date d'émission demandée : "
        "30/03/2025). D'ici là, seul un projet non émis est possible ; seuls les appels de fonds s'émettent "
        "d'avance."
    )
    assert period_issue_problem("settlement", Period.year(2025), dt.date(2025, 12, 1)).startswith(
        "Une régularisation annuelle pour l'année 2025 ne peut être émise qu'à partir du 31/12/2025"
    )
    assert period_issue_problem("statement", Period.month(2025, 4), dt.date(2025, 4, 1)).startswith(
        "Un état de refacturation pour avril 2025 ne peut être émis qu'à partir du 30/04/2025"
    )


def test_a_statement_waits_for_the_last_day_of_its_period_and_no_number_is_lost(worked):
    with pytest.raises(ServiceError, match=r"ne peut être émis qu'à partir du 31/03/2025, dernier jour"):
        _issue(worked, "2025-T1", dt.date(2025, 3, 30))
    with worked.session() as session:
        assert session.scalars(select(m.Statement)).all() == []
    assert _issue(worked, "2025-T1", dt.date(2025, 3, 31)).number == "2025-0001"  # its last day will do


def test_an_advance_call_is_issued_ahead_but_the_settlement_waits_for_the_year_end(advance_db):  # noqa: F811
    with advance_db.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        call = issue_advance(session, convention, st2b, Period.quarter(2025, 2), dt.date(2025, 4, 2))
        assert call.number == "2025-0001" and call.period_end == dt.date(2025, 6, 30)
        with pytest.raises(ServiceError, match="Une régularisation annuelle pour l'année 2025 ne peut être émise"):
            issue_settlement(session, convention, st2b, 2025, dt.date(2025, 12, 30))
        assert issue_settlement(session, convention, st2b, 2025, dt.date(2025, 12, 31)).number == "2025-0002"


def test_the_command_line_refuses_with_the_reason(worked, database_url, capsys):
    args = ["--db", database_url, "statement", "--period", "2025-T1", "--beneficiary", "ST2B", "--issue"]
    assert main([*args, "--date", "15/03/2025"]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "ne peut être émis qu'à partir du 31/03/2025, dernier jour de la période" in err
    assert "date d'émission demandée : 15/03/2025" in err
    assert main([*args, "--date", "31/03/2025"]) == 0
