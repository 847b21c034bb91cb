"""Dashboard alerts on the demonstration data, on chosen days."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from mutualisation.domain.periods import parse_period
from mutualisation.services.alerts import alerts, oldest_period_without_statement, page_of
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.issuing import issue_statement
from mutualisation.services.payments import record_payment
from mutualisation.storage import models as m

TODAY = dt.date(2026, 11, 26)


def kinds(found) -> list[str]:
    return [a.kind for a in found]


def issue(db, code: str, period: str, day: dt.date):
    with db.session() as session:
        statement = issue_statement(
            session, find_convention(session, code), find_party(session, code), parse_period(period), day
        )
        return statement.id, statement.number, statement.total


def test_missing_data_only_up_to_today_with_the_page_to_open(demo_db):
    with demo_db.session() as session:
        found = alerts(session, TODAY)
    missing = [a for a in found if a.kind == "missing_data"]
    payroll = [a for a in missing if a.item_kind == "staff"]
    # November's payroll is missing (October is the last recorded); December's is not due yet.
    assert payroll and all("novembre 2026" in a.message for a in payroll)
    assert all(a.page == "staff" and a.level == "info" for a in payroll)
    meters = [a for a in missing if a.item_kind == "meter"]
    assert {a.page for a in meters} == {"keys"}
    assert all(a.day <= TODAY for a in missing)


def test_the_backlog_of_past_periods_without_statement_is_a_warning_per_beneficiary(demo_db):
    with demo_db.session() as session:
        found = [a for a in alerts(session, TODAY) if a.kind == "to_issue"]
        ids = {find_party(session, code).id for code in ("ST2B", "SCOT")}
        oldest = oldest_period_without_statement(session, find_party(session, "ST2B").id, TODAY)
    # The demo convention starts in 2025 and nothing is issued: seven quarters up to 2026-T3.
    assert {a.item_id for a in found} == ids
    assert all((a.level, a.page, a.item_kind) == ("warning", "statements", "backlog") for a in found)
    assert sorted(a.message for a in found) == [
        "SCOT : 7 périodes passées sans état (la plus ancienne : 1er trimestre 2025).",
        "ST2B : 7 périodes passées sans état (la plus ancienne : 1er trimestre 2025).",
    ]
    assert all(a.detail == "la dernière : 3e trimestre 2026" and a.day == dt.date(2025, 3, 31) for a in found)
    assert oldest == parse_period("2025-T1")

    # Issuing the oldest moves the backlog on; the period just ended alone is only to be issued.
    issue(demo_db, "ST2B", "2025-T1", TODAY)
    with demo_db.session() as session:
        st2b = find_party(session, "ST2B").id
        found = {a.item_id: a for a in alerts(session, TODAY) if a.kind == "to_issue"}
        assert found[st2b].message == "ST2B : 6 périodes passées sans état (la plus ancienne : 2e trimestre 2025)."
        assert oldest_period_without_statement(session, st2b, TODAY) == parse_period("2025-T2")
    for period in ("2025-T2", "2025-T3", "2025-T4", "2026-T1", "2026-T2"):
        issue(demo_db, "ST2B", period, TODAY)
    with demo_db.session() as session:
        found = {a.item_id: a for a in alerts(session, TODAY) if a.kind == "to_issue"}
    assert (found[st2b].level, found[st2b].item_kind) == ("info", "beneficiary")
    assert found[st2b].message == "L'état du 3e trimestre 2026 de ST2B n'est pas encore émis."
    issue(demo_db, "ST2B", "2026-T3", TODAY)
    with demo_db.session() as session:
        found = [a for a in alerts(session, TODAY) if a.kind == "to_issue"]
        assert oldest_period_without_statement(session, st2b, TODAY) is None
    assert ["SCOT" in a.message for a in found] == [True]


def test_blocking_problems_of_the_period_just_ended_are_warnings(demo_db):
    with demo_db.session() as session, session.begin():
        for row in session.scalars(select(m.PayrollCost).where(m.PayrollCost.month == dt.date(2026, 9, 1))):
            session.delete(row)
    with demo_db.session() as session:
        found = [a for a in alerts(session, TODAY) if a.kind == "missing_data" and "septembre 2026" in a.message]
    assert found and all(a.level == "warning" for a in found)


def test_unpaid_then_overdue_then_paid(demo_db):
    ident, number, total = issue(demo_db, "ST2B", "2025-T1", dt.date(2026, 11, 20))
    with demo_db.session() as session:
        found = [a for a in alerts(session, TODAY) if a.item_kind == "statement"]
    assert [(a.kind, a.level, a.item_id, a.page) for a in found] == [("unpaid", "info", ident, "statements")]
    assert number in found[0].message

    with demo_db.session() as session:
        later = alerts(session, dt.date(2027, 1, 5))
    assert later[0].kind == "overdue" and later[0].level == "danger"  # the most urgent first

    with demo_db.session() as session, session.begin():
        record_payment(session, number, TODAY, total)
    with demo_db.session() as session:
        assert not [a for a in alerts(session, dt.date(2027, 1, 5)) if a.item_kind == "statement"]


def test_drift_on_an_issued_period(demo_db):
    ident, number, _total = issue(demo_db, "ST2B", "2025-T1", TODAY)
    with demo_db.session() as session, session.begin():
        payroll = session.scalar(
            select(m.PayrollCost).where(m.PayrollCost.month == dt.date(2025, 2, 1)).order_by(m.PayrollCost.id)
        )
        payroll.other_costs += Decimal("250.00")
    with demo_db.session() as session:
        found = [a for a in alerts(session, TODAY) if a.kind == "drift"]
    assert len(found) == 1
    assert found[0].item_id == ident and found[0].page == "statements" and number in found[0].message


def test_notice_deadline_within_90_days(demo_db):
    with demo_db.session() as session:
        assert "notice" not in kinds(alerts(session, dt.date(2027, 6, 1)))
        found = [a for a in alerts(session, dt.date(2027, 8, 1)) if a.kind == "notice"]
        convention = session.scalar(select(m.Convention))
    assert len(found) == 1
    assert found[0].page == "convention" and found[0].item_id == convention.id
    assert "30/09/2027" in found[0].message and "dans 60 jour(s)" in found[0].message


def test_end_of_a_convention_without_renewal(demo_db):
    with demo_db.session() as session, session.begin():
        session.scalar(select(m.Convention)).tacit_renewal = False
    with demo_db.session() as session:
        near = [a for a in alerts(session, dt.date(2027, 11, 1)) if a.kind == "term_end"]
        past = [a for a in alerts(session, dt.date(2028, 1, 10)) if a.kind == "term_end"]
    assert near[0].level == "warning" and "31/12/2027" in near[0].message
    assert past[0].level == "danger"


def test_problem_pages():
    assert page_of("staff") == "staff"
    assert page_of("meter") == page_of("key") == page_of("category") == "keys"
    assert page_of("site") == "premises"
    assert page_of("equipment") == "equipment"
    assert page_of("bill") == page_of("charge") == "expenses"


def test_an_empty_database_has_no_alert(db):
    with db.session() as session:
        assert alerts(session, TODAY) == []


def test_in_advance_mode_the_forecast_names_planned_inputs_and_where_to_enter_them(demo_db):
    with demo_db.session() as session, session.begin():
        find_convention(session, "ST2B").advance_mode = True
        alice = session.scalar(select(m.StaffMember).where(m.StaffMember.first_name == "Alice"))
        for planned in session.scalars(select(m.PlannedStaffCost).where(
                m.PlannedStaffCost.staff_id == alice.id, m.PlannedStaffCost.year == 2026)):
            session.delete(planned)
        alice_id = alice.id
    with demo_db.session() as session:
        found = [a for a in alerts(session, TODAY) if a.detail == "nécessaire aux appels de fonds 2026"]
    planned_use = [a for a in found if a.item_kind == "planned_use"]
    assert {a.page for a in planned_use} == {"keys"} and len(planned_use) == 2
    assert all(a.message.startswith("Utilisation prévue 2026 manquante pour le compteur") for a in planned_use)
    assert not any("Relevés" in a.message for a in found)  # a forecast reads no readings
    [cost] = [a for a in found if a.item_kind == "planned_cost"]
    assert (cost.page, cost.item_id) == ("staff", alice_id)
    assert cost.message.startswith("Coût prévisionnel 2026 manquant pour Alice")
