"""The document commands, as a script would run them, on a SQLite file and on PostgreSQL (``--db URL``)."""

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mutualisation.cli import main
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

from .worked_example_db import record_worked_example


@pytest.fixture
def path(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        record_worked_example(session)
    database.dispose()
    return database_url


def run(path, *args):
    return main(["--db", str(path), *args])


def test_issue_list_pay_correct_verify(path, tmp_path, capsys):
    pdf = tmp_path / "etat.pdf"
    assert run(path, "statement", "--period", "2025-T1", "--beneficiary", "ST2B", "--issue",
               "--date", "10/04/2025", "--pdf", str(pdf)) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "État de refacturation n° 2025-0001 émis le 10/04/2025 : 9\u202f855,75\u00a0€" in out
    assert "10/05/2025" in out
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "2025-0001" in text

    assert run(path, "pay", "2025-0001", "--amount", "1 000,00", "--date", "2025-04-20") == 0
    assert run(path, "pay", "2025-0001", "--amount", "mille", "--date", "2025-04-20") == 2
    assert "illisible" in capsys.readouterr().err
    assert run(path, "statements") == 0
    listing = capsys.readouterr().out
    assert "2025-0001  État de refacturation" in listing
    assert "en retard" in listing  # due on 10/05/2025, part-paid

    database = open_database(path)
    with database.session() as session, session.begin():
        session.scalar(select(m.PayrollCost).where(m.PayrollCost.month == dt.date(2025, 1, 1))).gross_salary += 100
    database.dispose()
    assert run(path, "correct", "2025-0001") == 0
    out = capsys.readouterr().out
    assert "≠ Alice" in out and "Écart total : 40,00\u00a0€" in out
    assert run(path, "correct", "2025-0001", "--issue", "--date", "2025-05-01") == 0
    assert "État rectificatif n° 2025-0002" in capsys.readouterr().out

    copy = tmp_path / "copie.pdf"
    assert run(path, "pdf", "2025-0002", str(copy)) == 0
    assert copy.read_bytes().startswith(b"%PDF")
    assert run(path, "verify") == 0
    assert "2 état(s) émis" in capsys.readouterr().out


def test_refusals_are_plain_messages(path, capsys, tmp_path):
    assert run(path, "statement", "--period", "2025-T2", "--beneficiary", "ST2B", "--issue") == 2
    assert "Paie manquante pour Alice en avril 2025" in capsys.readouterr().err
    # --pdf without --issue is the draft: marked, without a number, nothing issued.
    draft = tmp_path / "x.pdf"
    assert run(path, "statement", "--period", "2025-T1", "--beneficiary", "ST2B", "--pdf", str(draft)) == 0
    assert "PROJET — non émis" in capsys.readouterr().out and draft.exists()
    assert run(path, "pay", "2099-0001", "--amount", "1", "--date", "2025-01-01") == 2
    assert "Aucun état émis ne porte le numéro" in capsys.readouterr().err
    assert run(path, "advance", "--period", "2025-T1", "--beneficiary", "ST2B") == 2
    assert "pas en mode appels de fonds" in capsys.readouterr().err
