"""Corrections, credit notes and drafts that explain themselves (issue 12), read back from
their PDFs by text extraction and from the command line (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.cli import main
from mutualisation.domain.periods import Period
from mutualisation.services.corrections import issue_correction
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.demo import load_demo
from mutualisation.services.issuing import issue_statement
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

from ..reporting.report_data import pdf_text


@pytest.fixture
def demo(database_url):
    """The demo with ST2b's first quarter of 2025 issued (n° 2025-0001)."""
    database = open_database(database_url)
    with database.session() as session, session.begin():
        load_demo(session)
    with database.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        issue_statement(session, convention, st2b, Period.quarter(2025, 1), dt.date(2025, 4, 5))
    yield database_url, database
    database.dispose()


def _insurance(session) -> m.Bill:
    return session.scalar(select(m.Bill).where(m.Bill.reference == "MAIF-MRP-2239384"))


def _change_insurance(database, delta: str) -> None:
    with database.session() as session, session.begin():
        _insurance(session).amount += Decimal(delta)


def test_a_corrective_statement_names_the_bill_and_shows_issued_and_recomputed(demo, capsys):
    url, database = demo
    _change_insurance(database, "500.00")  # 1 184,40 € → 1 684,40 €
    assert main(["--db", url, "correct", "2025-0001"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Avant : Facture MAIF n° MAIF-MRP-2239384 du 20/01/2025 : 1 184,40 €" in out
    assert "Maintenant : Facture MAIF n° MAIF-MRP-2239384 du 20/01/2025 : 1 684,40 €" in out
    assert "ligne(s) inchangée(s)" in out and "Assurance" in out
    with database.session() as session:
        corrective = issue_correction(session, "2025-0001", dt.date(2025, 7, 10))
    assert corrective.kind == "corrective" and corrective.total == Decimal("28.73")
    # basis × rate = amount on every row: the issued row cancels, the recomputed row bills.
    issued_row, recomputed_row = corrective.lines
    assert (issued_row.amount, recomputed_row.amount) == (Decimal("-68.05"), Decimal("96.78"))
    assert issued_row.basis < 0 < recomputed_row.basis and issued_row.ratio == recomputed_row.ratio == "23,30\u00a0%"
    text = pdf_text(corrective.pdf)
    assert "Rectifie l'état n° 2025-0001" in text
    assert "État de refacturation n° 2025-0001 du 05/04/2025" in text
    assert "— émis" in text and "— recalculé" in text
    assert "Avant : Facture MAIF n° MAIF-MRP-2239384 du 20/01/2025 : 1 184,40 €" in text
    assert "Maintenant : Facture MAIF n° MAIF-MRP-2239384 du 20/01/2025 : 1 684,40 €" in text
    assert "Aucune facture n'entre" not in text and "MAIF-MRP-2239384" in text  # the bill is in Annexe 1
    assert "ne sont pas reprises" in text  # unchanged lines summarised, not listed


def test_a_credit_note_cites_the_whole_chain_and_is_never_to_pay(demo, capsys):
    url, database = demo
    _change_insurance(database, "500.00")
    with database.session() as session:
        issue_correction(session, "2025-0001", dt.date(2025, 7, 10))
    _change_insurance(database, "-900.00")
    assert main(["--db", url, "correct", "2025-0001", "--issue", "--date", "12/07/2025"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Avoir n° 2025-0003" in out and "à déduire des sommes dues" in out and "à régler" not in out
    with database.session() as session:
        credit = session.scalar(select(m.Statement).where(m.Statement.number == "2025-0003"))
        text = pdf_text(credit.pdf)
    assert credit.kind == "credit_note" and credit.total == Decimal("-51.71")
    assert "à régler" not in text and "Net à payer" not in text
    assert "État de refacturation n° 2025-0001" in text and "État rectificatif n° 2025-0002" in text


def test_drafts_are_marked_and_numberless_and_issue_nothing(demo, capsys, tmp_path):
    url, database = demo
    draft = tmp_path / "projet.pdf"
    assert main(["--db", url, "statement", "--period", "2025-T2", "--beneficiary", "ST2B",
                 "--pdf", str(draft), "--date", "05/07/2025"]) == 0  # fmt: skip
    assert "PROJET — non émis" in capsys.readouterr().out
    text = pdf_text(draft.read_bytes())
    assert "PROJET — non émis" in text and "N° 2025-" not in text
    assert "État de refacturation" in text and "2e trimestre 2025" in text
    _change_insurance(database, "500.00")
    corrective = tmp_path / "rectificatif.pdf"
    assert main(["--db", url, "correct", "2025-0001", "--pdf", str(corrective)]) == 0
    assert "PROJET — non émis" in pdf_text(corrective.read_bytes())
    with database.session() as session:
        assert session.scalars(select(m.Statement.number)).all() == ["2025-0001"]  # nothing was issued


def test_a_beneficiary_sees_only_its_own_parts(demo):
    _url, database = demo
    with database.session() as session:
        statement = session.scalar(select(m.Statement).where(m.Statement.number == "2025-0001"))
        text = pdf_text(statement.pdf)
    assert "ST2B : part exacte" in text  # its own part, with the key's totals to check it
    assert "SCOT" not in text and "PAYS : part exacte" not in text
