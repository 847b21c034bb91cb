"""Each kind of bad row is refused with its sheet, row, column and precise reason; nothing is written."""

from __future__ import annotations

import pytest

from .helpers import reasons, run, snapshot, workbook

NBSP = "\u00a0"
PAYROLL = ["Nom", "Prénom", "Mois", "Salaire brut", "Charges patronales"]
BILLS = ["Date", "Fournisseur", "Référence", "Libellé", "Montant", "Catégorie"]
READINGS = ["Compteur", "Début", "Fin", "Partie", "Quantité"]

CASES = {
    "unknown person": (
        {"Paie": [PAYROLL, ["Martin", "Léa", "03/2025", "2 000,00", "900,00"]]},
        ("Paie", 2, "Nom", "Agent inconnu : Léa Martin (ni dans la base ni dans la feuille Personnel)."),
    ),
    "share above 100 %": (
        {"Quotités": [["Nom", "Prénom", "Bénéficiaire", "Date d'effet", "Quotité"],
                      ["Moreau", "Alice", "SCOT", "01/07/2025", "60 %"]]},
        ("Quotités", 2, "Quotité",
         f"Quotités d'Alice Moreau au 01/07/2025 : 110{NBSP}% au total (100{NBSP}% au plus)."),
    ),
    "date outside employment": (
        {"Temps de travail": [["Nom", "Prénom", "Date d'effet", "Temps de travail"],
                              ["Haddad", "Farid", "01/01/2025", "80 %"]]},
        ("Temps de travail", 2, "Date d'effet",
         "Date d'effet 01/01/2025 hors de l'emploi de Farid Haddad (depuis le 16/06/2025)."),
    ),
    "payroll month outside employment": (
        {"Paie": [PAYROLL, ["Thiriet", "Émilie", "2026-10", "2 800,00", "1 200,00"]]},
        ("Paie", 2, "Mois", "Mois 10/2026 hors de l'emploi d'Émilie Thiriet (du 01/09/2021 au 31/08/2026)."),
    ),
    "negative surface": (
        {"Surfaces": [["Site", "Partie", "Date d'effet", "Surface (m²)"],
                      ["Bureaux de Briey", "PAYS", "01/01/2027", "-5"]]},
        ("Surfaces", 2, "Surface (m²)", "Surface négative (-5) : 0 ou plus."),
    ),
    "text in an amount": (
        {"Factures": [BILLS, ["15/02/2025", "EDF", "F-1", "Électricité", "douze euros", "FLUIDES"]]},
        ("Factures", 2, "Montant", "Montant « douze euros » illisible : écrivez par exemple 1 234,56."),
    ),
    "duplicated reading": (
        {"Relevés": [READINGS, ["Copies copieur", "01/10/2026", "31/12/2026", "PAYS", 1200],
                     ["Copies copieur", "01/10/2026", "31/12/2026", "PAYS", 1300]]},
        ("Relevés", 3, "Compteur", "Ligne en double : même Compteur « Copies copieur », Début 01/10/2026, "
                                   "Partie « PAYS » que la ligne 2."),
    ),
    "reading overlapping a stored one": (
        {"Relevés": [READINGS, ["Kilométrage véhicule", "15/02/2025", "15/05/2025", "ST2B", 900]]},
        ("Relevés", 2, "Début", "Relevé en double : la période du 15/02/2025 au 15/05/2025 chevauche celle "
                                "d'un autre relevé de ST2B pour ce compteur (du 01/01/2025 au 31/03/2025)."),
    ),
    "unknown category": (
        {"Factures": [BILLS, ["15/02/2025", "EDF", "F-1", "Électricité", "120,00", "ENERGIE"]]},
        ("Factures", 2, "Catégorie",
         "Catégorie « ENERGIE » inconnue : ajoutez-la à la feuille Catégories ou écrivez son code."),
    ),
    "impossible date": (
        {"Factures": [BILLS, ["31/02/2025", "EDF", "F-1", "Électricité", "120,00", "FLUIDES"]]},
        ("Factures", 2, "Date", "Date « 31/02/2025 » : ce jour n'existe pas."),
    ),
    "two attachments": (
        {"Factures": [[*BILLS, "Site"], ["15/02/2025", "EDF", "F-1", "Électricité", "120,00", "FLUIDES",
                                         "Bureaux de Briey"]]},
        ("Factures", 2, "Catégorie",
         "Remplissez une seule des trois colonnes Site, Matériel ou Catégorie (2 remplies)."),
    ),
    "bad key kind": (
        {"Clés": [["Nom", "Nature"], ["Clé bizarre", "au hasard"]]},
        ("Clés", 2, "Nature",
         "« au hasard » : choisissez parmi fixe, surface, effectifs, relevés, directe."),
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(CASES))
def test_bad_row_gives_its_precise_reason_and_writes_nothing(demo_db, tmp_path, case):
    sheets, expected = CASES[case]
    path = workbook(tmp_path / "bad.xlsx", sheets)
    before = snapshot(demo_db)
    report = run(demo_db, path)
    assert reasons(report) == [expected]
    assert not report.written
    assert snapshot(demo_db) == before


def test_one_bad_row_blocks_the_whole_file_unless_valid_only(demo_db, tmp_path):
    path = workbook(tmp_path / "mixed.xlsx", {"Factures": [
        BILLS,
        ["15/02/2027", "EDF", "F-1", "Électricité", "120,00", "FLUIDES"],
        ["16/02/2027", "EDF", "F-2", "Électricité", "abc", "FLUIDES"],
        ["17/02/2027", "EDF", "F-3", "Électricité", "130,00", "FLUIDES"],
    ]})  # fmt: skip
    before = snapshot(demo_db)
    report = run(demo_db, path)
    assert not report.written and report.summaries[0].added == 2 and report.summaries[0].rejected == 1
    assert snapshot(demo_db) == before

    report = run(demo_db, path, valid_only=True)
    assert report.written
    after = snapshot(demo_db)["bill"]
    added = [v for _, v in after if v["supplier"] == "EDF" and v["date"].year == 2027]
    assert sorted(v["reference"] for v in added) == ["F-1", "F-3"]


def test_rows_that_refer_to_a_refused_row_are_refused_too(demo_db, tmp_path):
    path = workbook(tmp_path / "chain.xlsx", {
        "Catégories": [["Code", "Nom"], ["NEUF", ""]],
        "Factures": [BILLS, ["15/02/2027", "EDF", "F-9", "Électricité", "10,00", "NEUF"]],
    })  # fmt: skip
    report = run(demo_db, path, valid_only=True)
    assert reasons(report) == [
        ("Catégories", 2, "Nom", "Valeur obligatoire manquante."),
        ("Factures", 2, "Catégorie",
         "Catégorie « NEUF » inconnue : ajoutez-la à la feuille Catégories ou écrivez son code."),
    ]
    assert report.written and report.totals().added == 0


def test_every_reason_of_a_row_is_listed(demo_db, tmp_path):
    path = workbook(tmp_path / "many.xlsx", {"Factures": [
        BILLS, ["2025-13-01", "", "F-1", "Électricité", "1,234", "NOPE"],
    ]})  # fmt: skip
    found = reasons(run(demo_db, path))
    assert [(column, reason.split(" ")[0]) for _, _, column, reason in found] == [
        ("Date", "Date"), ("Fournisseur", "Valeur"), ("Montant", "Montant"), ("Catégorie", "Catégorie"),
    ]


def test_text_longer_than_its_column_is_refused(demo_db, tmp_path):
    path = workbook(tmp_path / "long.xlsx", {"Parties": [["Code", "Nom"], ["X" * 21, "Trop long"]]})
    assert reasons(run(demo_db, path)) == [("Parties", 2, "Code", "Texte trop long : 21 caractères, 20 au plus.")]
