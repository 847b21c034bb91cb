"""domain/i18n.py: the domain's texts in the interface language, French inside documents."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mutualisation.domain import i18n
from mutualisation.domain.periods import Period, parse_period

CATALOGUE = {
    ("Period", "1er trimestre {year}"): "Q1 {year}",
    ("Month", "mars"): "March",
}


@pytest.fixture
def english():
    """A translator as the interface installs one, over a tiny catalogue; removed afterwards."""
    i18n.set_translator(lambda context, source: CATALOGUE.get((context, source), source))
    yield
    i18n.set_translator(None)


def test_french_sources_without_a_translator():
    assert i18n.tr("Period", "1er trimestre {year}", year=2025) == "1er trimestre 2025"
    assert parse_period("2025-03").label == "mars 2025"


def test_the_installed_translator_is_used_and_the_placeholders_filled_after(english):
    assert i18n.tr("Period", "1er trimestre {year}", year=2025) == "Q1 2025"
    assert parse_period("2025-T1").label == "Q1 2025"
    assert parse_period("2025-03").label == "March 2025"
    # Not in the catalogue: the French source, rather than nothing.
    assert parse_period("2025-T2").label == "2e trimestre 2025"


def test_french_inside_documents_whatever_the_translator(english):
    with i18n.french():
        assert parse_period("2025-T1").label == "1er trimestre 2025"
        with i18n.french():  # nested: still French, and the outer block too after it
            pass
        assert parse_period("2025-03").label == "mars 2025"
    assert parse_period("2025-T1").label == "Q1 2025"
    assert i18n.in_french(lambda: parse_period("2025-03").label)() == "mars 2025"


def test_french_is_per_thread(english):
    """A document built on a worker thread does not turn the screen's thread French."""
    seen = {}
    started, release = threading.Event(), threading.Event()

    def build():
        with i18n.french():
            started.set()
            release.wait(5)
            seen["worker"] = parse_period("2025-T1").label

    worker = threading.Thread(target=build)
    worker.start()
    started.wait(5)
    seen["screen"] = parse_period("2025-T1").label
    release.set()
    worker.join(5)
    assert seen == {"worker": "1er trimestre 2025", "screen": "Q1 2025"}


@given(st.text(), st.dictionaries(st.sampled_from(["a", "b", "year"]), st.integers()))
def test_a_source_without_placeholders_is_kept_as_is(source, params):
    """Only the placeholders of the source are filled; values are never read as templates."""
    if "{" in source or "}" in source:
        return
    assert i18n.tr("Any", source, **params) == source
    assert i18n.tr("Any", "« {a} »", a=source) == f"« {source} »"


def test_a_period_label_in_every_shape_stays_french_by_default():
    assert [Period.quarter(2025, 2).label, parse_period("2025-S1").label, parse_period("2025").label] == [
        "2e trimestre 2025", "1er semestre 2025", "année 2025",
    ]  # fmt: skip
    assert Period(parse_period("2025-01").start, parse_period("2025-02").start).label == "du 01/01/2025 au 01/02/2025"
