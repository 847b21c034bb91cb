"""``forecast --pdf``, ``summary`` and ``convention`` through the command line."""

from __future__ import annotations

import pytest

from mutualisation.cli import main

from .report_data import documents_database, pdf_text


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return str(documents_database(tmp_path_factory.mktemp("cli") / "demo.sqlite"))


def _run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_forecast_to_pdf(db_path, capsys, tmp_path):
    output = tmp_path / "previsionnel.pdf"
    code, out, err = _run(capsys, "--db", db_path, "forecast", "--year", "2027", "--beneficiary", "ST2B",
                          "--pdf", str(output))  # fmt: skip
    assert code == 0 and err == ""
    assert out.startswith("Prévisionnel 2027 de ST2B : ") and str(output) in out
    text = pdf_text(output.read_bytes())
    assert "Prévisionnel 2027" in text and "Montant prévisionnel :" in text


def test_an_incomplete_forecast_warns(db_path, capsys, tmp_path):
    output = tmp_path / "p.pdf"
    code, _out, err = _run(capsys, "--db", db_path, "forecast", "--year", "2030", "--beneficiary", "st2b",
                           "--pdf", str(output))  # fmt: skip
    assert code == 0
    assert "prévisionnel incomplet" in err
    assert "Prévisionnel incomplet" in pdf_text(output.read_bytes())


def test_forecast_without_pdf_is_unchanged(db_path, capsys):
    code, out, _err = _run(capsys, "--db", db_path, "forecast", "--year", "2027", "--beneficiary", "ST2B")
    # VAT at 20 % on lent staff since amendment n° 2: the forecast's totals as its PDF prints them.
    assert code == 0 and "Total HT" in out and "TVA à 20" in out and "TOTAL TTC ST2B" in out


def test_summary_as_text(db_path, capsys):
    code, out, _err = _run(capsys, "--db", db_path, "summary", "--year", "2025", "--beneficiary", "ST2B",
                           "--date", "15/03/2026")  # fmt: skip
    assert code == 0
    for expected in ("Bilan annuel 2025 — Syndicat mixte des transports", "Situation au 15/03/2026",
                     "1er trimestre 2025", "État de refacturation n° 2025-0001", "Avoir n° 2025-0004",
                     "statut : payé (trop-perçu)", "statut : en retard", "statut : à émettre",
                     "Paiements reçus :", "Mandat 2025-0456", "Prévisionnel et réalisé :", "Total de l'année",
                     "Prévisionnel incomplet"):  # fmt: skip
        assert expected in out, expected


def test_summary_to_pdf(db_path, capsys, tmp_path):
    output = tmp_path / "bilan.pdf"
    code, out, _err = _run(capsys, "--db", db_path, "summary", "--year", "2025", "--beneficiary", "ST2B",
                           "--convention", "CAM-2024-01", "--pdf", str(output))  # fmt: skip
    assert code == 0 and "Bilan annuel 2025 de ST2B enregistré" in out
    assert "Périodes de facturation" in pdf_text(output.read_bytes())


def test_convention_as_text(db_path, capsys):
    code, out, _err = _run(capsys, "--db", db_path, "convention", "--date", "2025-04-01")
    assert code == 0
    for expected in ("Fiche convention CAM-2024-01 — situation au 01/04/2025", "bénéficiaire 1   Syndicat mixte",
                     "Reconduction", "tacite, par périodes de 12 mois", "Date limite de préavis", "30/09/2027",
                     "Alice Moreau", "ST2B 50 % (avenant n° 1)", "n° 2 — signé le 08/12/2025, effet le 01/01/2026 (à venir)",
                     "Article 11 — Litiges"):  # fmt: skip
        assert expected.replace(" %", "\u00a0%") in out or expected in out, expected
    assert "ATTENTION" not in out


def test_convention_near_the_notice_deadline(db_path, capsys, tmp_path):
    code, out, _err = _run(capsys, "--db", db_path, "convention", "--date", "15/08/2027")
    assert code == 0 and out.startswith("Fiche convention") and "ATTENTION : Date limite de préavis dans 46 jours" in out
    output = tmp_path / "fiche.pdf"
    code, out, _err = _run(capsys, "--db", db_path, "convention", "--date", "15/08/2027", "--pdf", str(output),
                           "--articles")  # fmt: skip
    assert code == 0 and "Attention : Date limite de préavis" in out
    assert "Annexe — Texte des articles" in pdf_text(output.read_bytes())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summary", "--year", "2025", "--beneficiary", "XX"], "Aucune partie de code « XX »"),
        (["summary", "--year", "2025", "--beneficiary", "PAYS"], "Aucune convention ne lie ce bénéficiaire"),
        (["summary", "--year", "2025", "--beneficiary", "ST2B", "--date", "32/13/2025"], "Date « 32/13/2025 » : ce jour n'existe pas"),
        (["summary", "--year", "2025", "--beneficiary", "ST2B", "--convention", "NOPE"], "Aucune convention de référence « NOPE »"),
        (["convention", "--date", "hier"], "Date « hier » illisible"),
        (["convention", "--convention", "NOPE"], "Aucune convention de référence « NOPE »"),
        (["convention", "--articles"], "--articles s'emploie avec --pdf"),
        (["forecast", "--year", "2027", "--beneficiary", "PAYS", "--pdf", "x.pdf"], "Aucune convention ne lie"),
        (["convention", "--pdf", "/nonexistent/dir/fiche.pdf"], "Impossible d'écrire"),
    ],
)
def test_plain_errors(db_path, capsys, args, message):
    code, out, err = _run(capsys, "--db", db_path, *args)
    assert code == 2
    assert err.startswith("Erreur : ") and message in err
    assert out == ""


def test_missing_year_is_an_argument_error(db_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db_path, "summary", "--beneficiary", "ST2B"])
    assert exit_info.value.code == 2
    assert "arguments obligatoires manquants : --year" in capsys.readouterr().err


def test_no_convention_yet(tmp_path, capsys):
    _run(capsys, "--db", str(tmp_path / "empty.sqlite"), "init")  # a missing file is not created by a reader
    code, _out, err = _run(capsys, "--db", str(tmp_path / "empty.sqlite"), "convention")
    assert code == 2 and "Aucune convention" in err
