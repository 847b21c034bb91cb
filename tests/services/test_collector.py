"""The garbage collector has one owner: pauses nest and overlap across threads, and only the
last one to end switches the collector back on (and only if it was on)."""

from __future__ import annotations

import gc
import threading

import pytest

from mutualisation.services import collector


@pytest.fixture(autouse=True)
def collector_on():
    assert not collector.is_paused()
    gc.enable()
    yield
    assert not collector.is_paused()
    gc.enable()


def test_a_pause_switches_the_collector_off_and_back_on():
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_resume_only_at_the_last():
    with collector.paused():
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds it
    assert gc.isenabled()


def test_overlapping_pauses_resume_at_the_last_whichever_ends_first():
    collector.pause()  # e.g. a worker thread starts
    with collector.paused():  # a page reads its registers meanwhile
        pass
    assert not gc.isenabled(), "the page's pause ended first: the worker still needs it off"
    collector.resume()
    assert gc.isenabled()


def test_a_collector_already_off_stays_off():
    gc.disable()
    with collector.paused():
        pass
    assert not gc.isenabled()


def test_a_pause_ends_even_when_the_work_fails():
    with pytest.raises(ZeroDivisionError), collector.paused():
        1 / 0
    assert gc.isenabled() and not collector.is_paused()


def test_a_resume_without_a_pause_is_refused():
    with pytest.raises(RuntimeError):
        collector.resume()
    assert gc.isenabled()


def test_pauses_on_many_threads_leave_the_collector_as_it_was():
    start = threading.Barrier(8)

    def work() -> None:
        start.wait()
        for _ in range(200):
            with collector.paused():
                assert not gc.isenabled()

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled() and not collector.is_paused()


def test_the_engine_changes_no_process_wide_state():
    from mutualisation.domain.engine import compute
    from mutualisation.domain.periods import Period

    from ..domain.worked_example import T1, worked_example

    data, period = worked_example(), Period(*T1)
    gc.disable()
    compute(data, period)
    assert not gc.isenabled()
    gc.enable()
    compute(data, period)
    assert gc.isenabled()


def test_an_issue_holds_the_collector_off_and_switches_it_back_on_even_when_refused(demo_db):
    """Issuing allocates much and makes few cycles: the collector is off from the backup to the
    confirmed record, whether the issue goes through or is refused."""
    import datetime as dt

    from mutualisation.domain.periods import parse_period
    from mutualisation.services import issuing
    from mutualisation.services.costs import find_convention, find_party
    from mutualisation.services.errors import ServiceError

    seen = []

    def watched(session, convention, party, period):
        seen.append(gc.isenabled())
        return issuing.statement_draft(session, convention, party, period)

    with demo_db.session() as session:
        party = find_party(session, "ST2B")
        convention = find_convention(session, party.code)
        period = parse_period("2025-T1")
        issued = issuing.issue(session, convention.provider_id, dt.date(2025, 4, 15),
                               lambda: watched(session, convention, party, period))  # fmt: skip
        assert issued.number == "2025-0001" and gc.isenabled()
        with pytest.raises(ServiceError, match="couvre déjà"):
            issuing.issue(session, convention.provider_id, dt.date(2025, 4, 16),
                          lambda: watched(session, convention, party, period))  # fmt: skip
    assert seen == [False, False, False]  # the refusal is computed again in the screen's language
