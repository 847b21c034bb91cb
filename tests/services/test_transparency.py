"""Transparency between beneficiaries (issue 12, item 6): a convention term, off by default.

Off, ST2b's statement shows only its own parts (each line's basis and ratio stay, so it can
check them); on, it shows the other beneficiaries' parts too, for the same amounts. Read back
from the PDFs by text extraction, on SQLite and PostgreSQL; the term is also told in the
convention summary."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from mutualisation.domain.periods import Period
from mutualisation.reporting.convention_pdf import render_convention
from mutualisation.services import conventions
from mutualisation.services.convention_summaries import convention_summary
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.demo import load_demo
from mutualisation.services.issuing import issue_statement
from mutualisation.storage.database import open_database

from ..reporting.report_data import pdf_text

T1_2025 = Period.quarter(2025, 1)


@pytest.fixture
def demo(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        load_demo(session)
    yield database
    database.dispose()


def _set_transparency(database, on: bool) -> None:
    with database.session() as session, session.begin():
        convention = find_convention(session, "ST2B")
        values, version = conventions.load_convention(session, convention.id)
        assert values.transparency is False  # the demo, like every convention, starts without it
        conventions.update_convention(session, convention.id, dataclasses.replace(values, transparency=on), version)


def _issue_st2b_t1(database) -> tuple[Decimal, str]:
    with database.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        statement = issue_statement(session, convention, st2b, T1_2025, dt.date(2025, 4, 5))
        return statement.total, " ".join(pdf_text(statement.pdf).split())


def _summary_text(database) -> str:
    with database.session() as session:
        summary = convention_summary(session, find_convention(session, "ST2B"), dt.date(2025, 6, 30))
    return " ".join(pdf_text(render_convention(summary)).split())


def test_without_transparency_st2b_sees_only_its_own_parts(demo):
    total, text = _issue_st2b_t1(demo)
    assert total == TOTAL_T1_2025
    assert "ST2B : part exacte" in text  # its own part, with each key's totals to check its ratio
    assert "SCOT : part exacte" not in text and "PAYS : part exacte" not in text
    assert ("Transparence entre bénéficiaires non : les documents de chaque bénéficiaire ne montrent que ses "
            "propres parts") in _summary_text(demo)  # fmt: skip


def test_with_transparency_st2b_sees_the_other_beneficiaries_parts_for_the_same_amount(demo):
    _set_transparency(demo, True)
    total, text = _issue_st2b_t1(demo)
    assert total == TOTAL_T1_2025
    assert "ST2B : part exacte" in text and "SCOT : part exacte" in text and "PAYS : part exacte" in text
    assert ("Transparence entre bénéficiaires oui : les documents de chaque bénéficiaire montrent aussi les "
            "parts des autres bénéficiaires") in _summary_text(demo)  # fmt: skip


TOTAL_T1_2025 = Decimal("15845.42")  # the demo's first statement to ST2b
