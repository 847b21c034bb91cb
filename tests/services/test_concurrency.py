"""Several people on one database: stale saves are refused without losing the input, and
numbers taken at the same moment stay distinct and gapless.

Every test runs on a SQLite file opened by two app instances (two ``Database`` objects, or
two processes) and on a PostgreSQL database.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import traceback
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from mutualisation.domain.periods import Period
from mutualisation.services.concurrency import ConcurrentEditError, concurrent_edits, save_with_version
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.errors import ServiceError
from mutualisation.services.issuing import issue_statement
from mutualisation.services.verification import verify
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

from .worked_example_db import record_worked_example

PHONE = "Téléphone"  # a bill of the worked example (387,65 €)


@pytest.fixture
def url(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        record_worked_example(session)
    database.dispose()
    return database_url


@pytest.fixture
def two_apps(url):
    """Two instances of the app on the same database."""
    first, second = open_database(url), open_database(url)
    yield first, second
    first.dispose()
    second.dispose()


def _phone_bill(database) -> tuple[int, int]:
    """(id, version) of the bill, as a form shows it."""
    with database.session() as session:
        bill = session.scalar(select(m.Bill).where(m.Bill.label == PHONE))
        return bill.id, bill.version


def _stored(database, bill_id) -> m.Bill:
    with database.session() as session:
        return session.get(m.Bill, bill_id)


def test_every_update_raises_the_version(two_apps):
    first, _ = two_apps
    bill_id, version = _phone_bill(first)
    assert version == 1
    with first.session() as session:
        saved = save_with_version(session, m.Bill, bill_id, 1, {"notes": "vérifiée"})
        assert saved.version == 2
        saved = save_with_version(session, m.Bill, bill_id, 2, {"amount": Decimal("390.00")})
        assert saved.version == 3
    assert _stored(first, bill_id).version == 3


def test_the_second_to_save_is_told_and_loses_nothing(two_apps):
    first, second = two_apps
    bill_id, version = _phone_bill(first)
    assert _phone_bill(second) == (bill_id, version)  # both forms open on version 1

    with first.session() as session:
        save_with_version(session, m.Bill, bill_id, version, {"amount": Decimal("400.00")})

    mine = {"amount": Decimal("412.30"), "notes": "Facture rectifiée par l'opérateur"}
    with second.session() as session, pytest.raises(ConcurrentEditError) as refused:
        save_with_version(session, m.Bill, bill_id, version, mine)
    error = refused.value
    assert isinstance(error, ServiceError)
    assert str(error).startswith("Cet enregistrement a été modifié par quelqu'un d'autre depuis son ouverture")
    assert "vos saisies ne sont pas perdues" in str(error)
    assert error.changes == mine  # the input, untouched, to fill the form again
    assert (error.current["amount"], error.current_version, error.deleted) == (Decimal("400.00"), 2, False)
    stored = _stored(second, bill_id)
    assert (stored.amount, stored.notes, stored.version) == (Decimal("400.00"), "", 2)  # the first one's

    # Reloaded at version 2, the same input saves.
    with second.session() as session:
        saved = save_with_version(session, m.Bill, bill_id, error.current_version, error.changes)
    assert (saved.amount, saved.notes, saved.version) == (Decimal("412.30"), mine["notes"], 3)


def test_a_record_deleted_meanwhile_is_told_too(two_apps):
    first, second = two_apps
    bill_id, version = _phone_bill(first)
    with first.session() as session, session.begin():
        session.delete(session.get(m.Bill, bill_id))
    with second.session() as session, pytest.raises(ConcurrentEditError, match="supprimé") as refused:
        save_with_version(session, m.Bill, bill_id, version, {"notes": "x"})
    assert refused.value.deleted and refused.value.changes == {"notes": "x"}


def test_the_database_refuses_a_change_made_between_the_check_and_the_write(two_apps):
    """The other save lands after this one read the record: the versioned UPDATE matches nothing."""
    first, second = two_apps
    bill_id, version = _phone_bill(first)

    done = []

    def the_other_saves_first(session, *_):
        if done:
            return
        done.append(True)
        with first.session() as other:
            save_with_version(other, m.Bill, bill_id, version, {"amount": Decimal("1.00")})

    mine = {"amount": Decimal("2.00")}
    with second.session() as session:
        event.listen(session, "before_flush", the_other_saves_first)
        with pytest.raises(ConcurrentEditError) as refused:
            save_with_version(session, m.Bill, bill_id, version, mine)
        assert refused.value.changes == mine
        assert refused.value.current["amount"] == Decimal("1.00")
        assert isinstance(refused.value.__cause__, Exception)
        assert type(refused.value.__cause__).__name__ == "StaleDataError"
    assert _stored(second, bill_id).amount == Decimal("1.00")


def test_any_stale_flush_becomes_the_same_message(two_apps):
    """Code that edits records directly gets the same error through ``concurrent_edits``."""
    first, second = two_apps
    bill_id, _ = _phone_bill(first)
    with first.session() as a, second.session() as b:
        mine, theirs = a.get(m.Bill, bill_id), b.get(m.Bill, bill_id)
        theirs.notes = "eux"
        b.commit()
        mine.notes = "moi"
        with pytest.raises(ConcurrentEditError), concurrent_edits(a):
            a.commit()
        assert not a.in_transaction() or not a.dirty  # rolled back, usable again
    assert _stored(first, bill_id).notes == "eux"


def test_unknown_or_protected_fields_are_refused(two_apps):
    first, _ = two_apps
    bill_id, version = _phone_bill(first)
    with first.session() as session:
        for changes in ({"version": 9}, {"id": 3}, {"nope": 1}):
            with pytest.raises(ValueError):
                save_with_version(session, m.Bill, bill_id, version, changes)
    assert _stored(first, bill_id).version == 1


# -- two processes --------------------------------------------------------------------------------


def _edit_in_process(url, bill_id, changes, barrier, results):
    database = open_database(url)
    try:
        with database.session() as session:
            version = session.get(m.Bill, bill_id).version  # the form opens
        barrier.wait(60)  # both forms are open: save at the same moment
        with database.session() as session:
            try:
                save_with_version(session, m.Bill, bill_id, version, changes)
                results.put(("saved", changes, None))
            except ConcurrentEditError as exc:
                results.put(("refused", exc.changes, exc.current_version))
    except Exception as exc:  # reported to the parent, which fails the test
        results.put(("error", repr(exc), None))
    finally:
        database.dispose()


def test_two_processes_editing_the_same_bill(url):
    database = open_database(url)
    bill_id, _ = _phone_bill(database)
    context = multiprocessing.get_context("spawn")
    # daemon: a child still stuck when the test ends dies with the test process, never joined at its exit.
    barrier, results = context.Barrier(2), context.Queue()
    inputs = [{"amount": Decimal("111.11"), "notes": "A"}, {"amount": Decimal("222.22"), "notes": "B"}]
    workers = [context.Process(target=_edit_in_process, args=(url, bill_id, changes, barrier, results),
                                  daemon=True)
               for changes in inputs]  # fmt: skip
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(30)
    assert sorted(kind for kind, _, _ in outcomes) == ["refused", "saved"], outcomes
    [(_, won, _)] = [o for o in outcomes if o[0] == "saved"]
    [(_, kept, version_now)] = [o for o in outcomes if o[0] == "refused"]
    assert kept == next(changes for changes in inputs if changes != won)  # the loser's input, whole
    assert version_now == 2
    stored = _stored(database, bill_id)
    assert (stored.amount, stored.notes, stored.version) == (won["amount"], won["notes"], 2)
    database.dispose()


def _issue_days_in_process(url, days, barrier, results):
    database = open_database(url)
    try:
        barrier.wait(60)
        for day in days:
            with database.session() as session:
                statement = issue_statement(session, find_convention(session, "ST2B"), find_party(session, "ST2B"),
                                            Period(day, day), dt.date(2025, 4, 10))  # fmt: skip
                results.put(statement.number)
    except Exception as exc:
        results.put(f"error: {exc!r}")
    finally:
        database.dispose()


def test_processes_issuing_at_the_same_moment_get_distinct_gapless_numbers(url):
    """Three processes, released together, issue four statements each."""
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(3), context.Queue()
    first = dt.date(2025, 1, 1)
    workers = [
        context.Process(target=_issue_days_in_process, args=(
            url, [first + dt.timedelta(days=4 * worker + i) for i in range(4)], barrier, results), daemon=True)
        for worker in range(3)
    ]  # fmt: skip
    for worker in workers:
        worker.start()
    numbers = sorted(results.get(timeout=180) for _ in range(12))
    for worker in workers:
        worker.join(30)
    assert numbers == [f"2025-{n:04d}" for n in range(1, 13)]
    database = open_database(url)
    with database.session() as session:
        report = verify(session)
        assert report.ok, report.problems
        assert report.checked == 12
    database.dispose()


def _open_in_process(url, barrier, results):
    try:
        barrier.wait(60)
        database = open_database(url)
        with database.session() as session:
            results.put(session.scalar(select(m.Party.code).limit(1)) or "ok")
        database.dispose()
    except Exception:
        results.put(f"error: {traceback.format_exc()}")


def test_apps_started_together_on_a_new_database_migrate_it_once(database_url):
    """After an update, several people start the app at once: one migrates, the others wait."""
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(3), context.Queue()
    workers = [context.Process(target=_open_in_process, args=(database_url, barrier, results), daemon=True)
               for _ in range(3)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(30)
    assert outcomes == ["ok"] * 3
