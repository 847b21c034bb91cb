"""Payments are serialised and dated: two payers at once never overpay, on either backend;
issue dates follow the numbers and nothing is dated in the future."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from mutualisation.domain.periods import parse_period
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.errors import ServiceError
from mutualisation.services.issuing import issue_statement
from mutualisation.services.payments import record_payment
from mutualisation.services.verification import verify
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database
from tests.services.worked_example_db import record_worked_example

PAIRS = 6


def _issue(database, month: str, day: dt.date = dt.date(2025, 4, 10)) -> m.Statement:
    with database.session() as session:
        return issue_statement(
            session, find_convention(session, "ST2B"), find_party(session, "ST2B"), parse_period(month), day
        )


def _pay_in_process(url: str, number: str, amount: str, start, queue) -> None:
    database = open_database(url)
    try:
        start.wait(30)
        with database.session() as session:
            record_payment(session, number, dt.date(2025, 5, 2), Decimal(amount), "concurrent")
        queue.put("accepted")
    except ServiceError as exc:
        queue.put("refused" if "dépasse le reste dû" in str(exc) else f"error: {exc}")
    except Exception as exc:  # reported to the parent, which fails the test
        queue.put(f"error: {exc!r}")
    finally:
        database.dispose()


def test_two_payers_of_the_full_amount_at_once_never_overpay(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        record_worked_example(session)
    documents = [_issue(database, f"2025-{month:02d}") for month in range(1, 1 + PAIRS // 2)]
    database.dispose()
    context = multiprocessing.get_context("spawn")
    # daemon: a child still stuck when the test ends dies with the test process, never joined at its exit.
    outcomes = []
    for pair in range(PAIRS):
        document = documents[pair % len(documents)]
        amount = str(document.total) if pair < len(documents) else "0.01"  # then: what remains is 0
        queue, start = context.Queue(), context.Event()
        payers = [context.Process(target=_pay_in_process, args=(database_url, document.number, amount, start, queue),
                                  daemon=True)
                  for _ in range(2)]  # fmt: skip
        for payer in payers:
            payer.start()
        start.set()
        for payer in payers:
            payer.join(120)
        outcomes.append(sorted(queue.get(timeout=10) for _ in payers))
    # Each full-amount pair: one accepted, one refused; afterwards nothing more can be paid.
    assert outcomes[: len(documents)] == [["accepted", "refused"]] * len(documents)
    assert outcomes[len(documents):] == [["refused", "refused"]] * (PAIRS - len(documents))
    database = open_database(database_url)
    try:
        with database.session() as session:
            for document in documents:
                paid = session.scalar(select(m.Payment.amount).where(m.Payment.statement_id == document.id))
                assert paid == document.total
            assert verify(session).ok
    finally:
        database.dispose()


def test_the_database_itself_refuses_an_overpayment(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        record_worked_example(session)
    document = _issue(database, "2025-01")
    try:
        with pytest.raises(Exception, match="dépasser le reste dû"):
            with database.engine.begin() as connection:  # plain SQL, past the service's checks
                connection.execute(
                    text("INSERT INTO payment (statement_id, date, amount, reference, version) "
                         "VALUES (:id, '2025-05-02', :cents, 'x', 1)"),
                    {"id": document.id, "cents": int(document.total * 100) + 1},
                )  # fmt: skip
    finally:
        database.dispose()


def test_issue_dates_follow_the_numbers_and_nothing_is_dated_in_the_future(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        record_worked_example(session)
    try:
        tomorrow = dt.date.today() + dt.timedelta(days=1)
        with pytest.raises(ServiceError, match="est dans le futur"):
            _issue(database, "2025-01", tomorrow)
        _issue(database, "2025-01", dt.date(2025, 4, 10))
        with pytest.raises(ServiceError, match=r"précède celle du dernier document émis \(n° 2025-0001, le 10/04/2025\)"):
            _issue(database, "2025-02", dt.date(2025, 4, 9))
        assert _issue(database, "2025-02", dt.date(2025, 4, 10)).number == "2025-0002"  # no number lost
        with database.session() as session:
            with pytest.raises(ServiceError, match="dans le futur"):
                record_payment(session, "2025-0001", tomorrow, Decimal("1.00"))
        with database.session() as session:
            with pytest.raises(ServiceError, match="précéder l'émission"):
                record_payment(session, "2025-0001", dt.date(2025, 4, 9), Decimal("1.00"))
    finally:
        database.dispose()
