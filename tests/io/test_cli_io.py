"""The spreadsheet commands, as a script would run them."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from mutualisation.cli import main
from mutualisation.domain.periods import Period
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.issuing import issue_statement
from mutualisation.services.importing.sheets import SHEETS

from .helpers import cell_values, snapshot, workbook


def run(database, *args) -> int:
    return main(["--db", database.url, *args])


def test_template_has_every_sheet_a_help_line_and_drop_down_lists(db, tmp_path, capsys):
    path = tmp_path / "modele.xlsx"
    assert run(db, "template", str(path)) == 0
    assert "Modèle écrit" in capsys.readouterr().out
    wb = load_workbook(path)
    assert wb.sheetnames == ["Mode d'emploi", *(s.name for s in SHEETS)]
    keys = wb["Clés"]
    assert [c.value for c in keys[1]] == ["Nom", "Nature", "Site", "Compteur", "Partie"]
    assert keys["B2"].value.startswith("Obligatoire. Au choix : fixe ; surface ; effectifs")
    assert keys.max_row == 2 and keys.freeze_panes == "A3"
    lists = {str(v.sqref): v.formula1 for v in keys.data_validations.dataValidation}
    assert lists["B3:B5000"] == '"fixe,surface,effectifs,relevés,directe"'
    assert lists["E3:E5000"] == "'Parties'!$A$3:$A$5000"
    assert lists["C3:C5000"] == "'Sites'!$A$3:$A$5000"
    bills = wb["Factures"]
    assert bills["A1"].font.b and bills["A2"].font.i


def test_import_dry_run_then_import_then_nothing_to_do(demo_db, tmp_path, capsys):
    path = workbook(tmp_path / "new.xlsx", {"Catégories": [["Code", "Nom"], ["NEUF", "Nouvelle"]]})
    before = snapshot(demo_db)
    assert run(demo_db, "import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Catégories" in out and "Vérification seulement : rien n'a été écrit" in out
    assert snapshot(demo_db) == before
    assert run(demo_db, "import", str(path)) == 0
    assert "Importé : 1 ajout(s)" in capsys.readouterr().out
    assert run(demo_db, "import", str(path)) == 0
    assert "0 ajout(s), 0 mise(s) à jour, 1 ligne(s) inchangée(s)" in capsys.readouterr().out


def test_import_with_refused_rows_exits_1_and_lists_them(demo_db, tmp_path, capsys):
    path = workbook(tmp_path / "bad.xlsx", {"Catégories": [["Code", "Nom"], ["A", "Une"], ["B", None]]})
    assert run(demo_db, "import", str(path)) == 1
    out = capsys.readouterr().out
    assert "Catégories, ligne 3, colonne « Nom » : Valeur obligatoire manquante." in out
    assert "Rien n'a été importé" in out
    assert run(demo_db, "import", str(path), "--valid-only") == 1
    assert "Importé : 1 ajout(s)" in capsys.readouterr().out


def test_import_of_an_unreadable_file_exits_2(db, tmp_path, capsys):
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    assert run(db, "import", str(path)) == 2
    assert "Erreur : Le fichier « vide.csv » est vide." in capsys.readouterr().err


def test_export_xlsx_and_csv(demo_db, tmp_path, capsys):
    path = tmp_path / "base.xlsx"
    assert run(demo_db, "export", str(path)) == 0
    assert "Base exportée" in capsys.readouterr().out
    assert cell_values(path)["Parties"][2][0] == "PAYS"
    folder = tmp_path / "csv"
    assert run(demo_db, "export", "--csv", str(folder)) == 0
    assert (folder / "factures.csv").exists() and (folder / "parties.csv").exists()
    assert run(demo_db, "export") == 2


def test_export_statement_lines_with_their_explanations(demo_db, tmp_path, capsys):
    with demo_db.session() as session:
        convention = find_convention(session, "ST2B")
        statement = issue_statement(session, convention, find_party(session, "ST2B"),
                                    Period.quarter(2025, 1), dt.date(2025, 4, 10))  # fmt: skip
        number, total, lines = statement.number, statement.total, len(statement.lines)
    path = tmp_path / "etat.xlsx"
    assert run(demo_db, "export-statement", number, str(path)) == 0
    assert f"({lines} lignes)" in capsys.readouterr().out
    wb = load_workbook(path)
    header = {row[0].value: row[1] for row in wb["État"].iter_rows()}
    assert header["Numéro"].value == number
    assert header["Total"].value == float(total) and "€" in header["Total"].number_format
    assert header["Date d'émission"].value == dt.datetime(2025, 4, 10)
    # 2025: the association is not subject to VAT. No « 0 % » rate: the mention the PDF prints.
    assert "Taux de TVA" not in header
    assert header["Mention de TVA"].value == "TVA non applicable : association non assujettie à la TVA"
    assert header["TVA"].value == 0
    rows = list(wb["Lignes"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == lines
    assert round(sum(r[6] for r in rows), 2) == float(total)
    assert all(r[7] for r in rows)  # every line has its explanation
    explanations = list(wb["Explications"].iter_rows(min_row=2, values_only=True))
    assert len(explanations) > lines
    assert run(demo_db, "export-statement", "1999-0001", str(path)) == 2
    assert "Aucun état émis ne porte le numéro « 1999-0001 »" in capsys.readouterr().err


def test_import_payroll_with_a_mapping(demo_db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "paie.csv"
    path.write_text("Agent;Mois;Montant brut;Part patronale\r\nAlice Moreau;11/2026;3 000;1 300\r\n",
                    encoding="utf-8")  # fmt: skip
    assert run(demo_db, "import-payroll", str(path)) == 2
    assert ("Colonne « salaire brut » introuvable (Agent, Mois, Montant brut, Part patronale) : "
            'indiquez-la avec --map "Colonne=champ".') in capsys.readouterr().err
    assert run(demo_db, "import-payroll", str(path), "--map", "Montant brut=gross_salary", "--dry-run") == 0
    assert "Montant brut → salaire brut" in capsys.readouterr().out
    assert (tmp_path / "data" / "Mutualisation" / "correspondance-paie.json").exists()
    assert run(demo_db, "import-payroll", str(path)) == 0  # the mapping was remembered
    assert "Importé : 1 ajout(s)" in capsys.readouterr().out
    assert run(demo_db, "import-payroll", str(path), "--map", "Brut") == 2
