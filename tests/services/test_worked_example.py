"""DESIGN.md §4's worked example, recorded in a real database (SQLite and PostgreSQL), computed and printed."""

import json
from decimal import Decimal

import pytest

from mutualisation.cli import main
from mutualisation.domain.periods import Period
from mutualisation.services.costs import preview
from mutualisation.storage.database import open_database

from .worked_example_db import record_worked_example

EXPECTED = {  # label: (total, ST2B, PAYS)
    "Alice": ("13300.00", "5810.00", "7490.00"),
    "Amortissement — Véhicule": ("900.00", "247.50", "652.50"),
    "Loyer": ("6000.00", "1800.00", "4200.00"),
    "Charges locatives": ("1350.00", "405.00", "945.00"),
    "Ménage": ("1620.00", "486.00", "1134.00"),
    "Location du copieur": ("450.00", "112.50", "337.50"),
    "Assurance du véhicule": ("180.00", "49.50", "130.50"),
    "Entretien du véhicule": ("240.00", "66.00", "174.00"),
    "Carburant": ("310.00", "85.25", "224.75"),
    "Assurance des locaux": ("300.00", "90.00", "210.00"),
    "Électricité": ("1140.00", "462.54", "677.46"),
    "Téléphone": ("387.65", "155.06", "232.59"),
    "Frais de déplacement": ("86.40", "86.40", "0.00"),
}


@pytest.fixture
def example_db(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        record_worked_example(session)
    yield database_url, database
    database.dispose()


def _short(label: str) -> str:
    return label.split(" (")[0]


def test_worked_example_gives_the_table_of_the_design(example_db):
    _, database = example_db
    with database.session() as session:
        from mutualisation.services.costs import find_convention

        result = preview(session, find_convention(session, "ST2B"), Period.quarter(2025, 1))
    st2b, pays = result.party("ST2B"), result.party("PAYS")
    got = {
        _short(line.label): (str(line.total), str(line.part(st2b.id)), str(line.part(pays.id)))
        for line in result.lines
    }
    assert got == EXPECTED
    assert result.total(st2b.id) == Decimal("9855.75")
    assert result.problems == ()


def test_statement_json_on_the_command_line(example_db, capsys):
    path, _ = example_db
    code = main(["--db", str(path), "statement", "--period", "2025-T1", "--beneficiary", "st2b",
                 "--format", "json"])  # fmt: skip
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == "9855.75"
    assert data["convention"]["reference"] == "CAM-2024"
    rent = next(line for line in data["lines"] if line["label"] == "Loyer")
    assert rent["section_label"] == "Locaux"
    assert rent["basis"] == "6000.00" and rent["amount"] == "1800.00"
    assert rent["ratio"] == {"fraction": "3/10", "percent": "30,00\u00a0%"}
    assert "Surface 36/140 m² du 01/01 au 14/02" in rent["key_description"]
    assert rent["explanation"]["steps"][1]["amendments"] == ["avenant n° 1"]
    assert data["sections"] == {
        "Personnel": "5810.00", "Matériel": "448.25", "Locaux": "2781.00", "Dépenses partagées": "816.50",
    }  # fmt: skip


def test_statement_table_and_period_syntaxes(example_db, capsys):
    path, _ = example_db
    for period in (["--period", "2025-Q1"], ["--from", "01/01/2025", "--to", "2025-03-31"]):
        assert main(["--db", str(path), "statement", *period, "--beneficiary", "ST2B"]) == 0
        out = capsys.readouterr().out
        assert "1er trimestre 2025" in out
        assert "9\u202f855,75\u00a0€" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (["--period", "2025-T5"], "illisible"),
        (["--period", "2025-T1", "--from", "2025-01-01"], "pas les deux"),
        ([], "Indiquez la période"),
    ],
)
def test_bad_period_gives_a_message(example_db, capsys, args, message):
    path, _ = example_db
    assert main(["--db", str(path), "statement", *args, "--beneficiary", "ST2B"]) == 2
    assert message in capsys.readouterr().err


def test_unknown_beneficiary_lists_known_codes(example_db, capsys):
    path, _ = example_db
    assert main(["--db", str(path), "statement", "--period", "2025", "--beneficiary", "XYZ"]) == 2
    assert "PAYS, ST2B" in capsys.readouterr().err
