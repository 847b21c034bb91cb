"""Previews and forecasts on the demonstration data, through the command line (SQLite and PostgreSQL)."""

import json
from decimal import Decimal

import pytest

from mutualisation.cli import main
from mutualisation.services.demo import load_demo
from mutualisation.storage.database import open_database


@pytest.fixture(scope="module")
def demo_path(module_database_url):
    """The demonstration data, once per backend (SQLite file, PostgreSQL database)."""
    database = open_database(module_database_url)
    with database.session() as session, session.begin():
        load_demo(session)
    database.dispose()
    return module_database_url


def _json(capsys, *args):
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("period", ["2025-T1", "2025-T2", "2025-T3", "2025-T4", "2026-T1", "2026-T2"])
def test_every_demo_quarter_is_complete_and_adds_up(demo_path, capsys, period):
    for code in ("ST2B", "SCOT"):
        data = _json(capsys, "--db", str(demo_path), "statement", "--period", period,
                     "--beneficiary", code, "--format", "json")  # fmt: skip
        assert data["problems"] == []
        amounts = [Decimal(line["amount"]) for line in data["lines"]]
        assert sum(amounts) == Decimal(data["total"]) == sum(map(Decimal, data["sections"].values()))
        assert Decimal(data["total"]) > 0
        for line in data["lines"]:
            assert line["explanation"]["text"], line["label"]


def test_demo_rent_reads_right_by_hand(demo_path, capsys):
    data = _json(capsys, "--db", str(demo_path), "statement", "--period", "2025-T1",
                 "--beneficiary", "ST2B", "--format", "json")  # fmt: skip
    rent = next(line for line in data["lines"] if line["label"] == "Loyer des bureaux")
    # 2 000,00 € a month for three months, ST2b's 36 m² of 154,5 m² exclusive surface.
    assert rent["basis"] == "6000.00"
    assert rent["ratio"]["fraction"] == "24/103"
    assert rent["amount"] == "1398.06"


def test_forecast_of_the_demo(demo_path, capsys):
    data = _json(capsys, "--db", str(demo_path), "forecast", "--year", "2027",
                 "--beneficiary", "ST2B", "--format", "json")  # fmt: skip
    assert data["period"]["code"] == "2027"
    assert data["problems"] == []
    labels = [line["label"] for line in data["lines"]]
    assert any(label.startswith("Budget 2027 — ") for label in labels)
    assert not any(line["source"]["kind"] == "bill" for line in data["lines"])
    assert Decimal(data["total"]) > 0


def test_forecast_without_planned_inputs_lists_what_to_enter(demo_path, capsys):
    assert main(["--db", str(demo_path), "forecast", "--year", "2030", "--beneficiary", "ST2B"]) == 0
    out = capsys.readouterr().out
    assert "Coût prévisionnel 2030 manquant pour" in out
    # A forecast reads no readings: what it lacks is each meter's planned use.
    assert "Utilisation prévue 2030 manquante pour le compteur" in out and "Relevés" not in out


def test_demo_clauses_from_2026_by_amendment_2(demo_path, capsys):
    """Fee on staff, VAT on lent staff, an absence kept by the Pays: from 2026 only."""
    before = _json(capsys, "--db", str(demo_path), "statement", "--period", "2025-T4",
                   "--beneficiary", "ST2B", "--format", "json")  # fmt: skip
    assert not any(line["source"]["kind"] == "fee" for line in before["lines"])
    data = _json(capsys, "--db", str(demo_path), "statement", "--period", "2026-T1",
                 "--beneficiary", "ST2B", "--format", "json")  # fmt: skip
    fee = next(line for line in data["lines"] if line["source"]["kind"] == "fee")
    assert Decimal(fee["amount"]) == (Decimal(fee["basis"]) * Decimal("0.05")).quantize(Decimal("0.01"))
    staff = [Decimal(l["amount"]) for l in data["lines"] if l["source"]["kind"] == "staff"]
    assert Decimal(fee["basis"]) == sum(staff) and fee["section_label"] == "Personnel"
    alice = next(line for line in data["lines"] if line["label"] == "Alice Moreau")
    assert "Absence (maladie) du 09/03 au 13/03 : jours à la charge du Pays" in alice["key_description"]
    assert any("186,60" in text for text in alice["explanation"]["inputs"])
