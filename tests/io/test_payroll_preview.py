"""The payroll import as the window drives it: columns and their proposed mapping, gaps, a preview
that remembers nothing."""

from __future__ import annotations

import pytest

from mutualisation.services.importing import ImportFileError
from mutualisation.services.importing.payroll import load_mapping, save_mapping
from mutualisation.services.importing.payroll_preview import (
    MappingGaps, mapping_gaps, preview_payroll, run_payroll_import,
)  # fmt: skip

from .helpers import csv_file, snapshot, workbook

EXPORT = (
    "Matricule;Nom;Prénom;Période;Brut;Charges patronales;Primes\r\n"
    "0012;MOREAU;Alice;11/2026;3 100,50;1 336,32;150\r\n"
)


@pytest.fixture
def mapping_file(tmp_path):
    return tmp_path / "data" / "correspondance-paie.json"


def test_the_columns_come_with_the_remembered_or_guessed_field(demo_db, tmp_path, mapping_file):
    save_mapping({"Primes": "other_costs"}, mapping_file)
    preview = preview_payroll(demo_db, csv_file(tmp_path / "paie.csv", EXPORT), mapping_file=mapping_file)
    assert preview.columns.sheets == ("paie.csv",) and preview.columns.sheet == "paie.csv"
    assert preview.mapping == {"Matricule": "ignore", "Nom": "last_name", "Prénom": "first_name", "Période": "month",
                               "Brut": "gross_salary", "Charges patronales": "employer_charges",
                               "Primes": "other_costs"}  # fmt: skip
    assert not preview.gaps and preview.report.valid and preview.report.totals().added == 1


def test_a_preview_writes_and_remembers_nothing_the_import_remembers(demo_db, tmp_path, mapping_file):
    path = csv_file(tmp_path / "paie.csv", EXPORT)
    before = snapshot(demo_db)
    chosen = {"Nom": "last_name", "Prénom": "first_name", "Période": "month", "Brut": "gross_salary",
              "Charges patronales": "employer_charges", "Primes": "other_costs"}  # fmt: skip
    preview = preview_payroll(demo_db, path, mapping=chosen, mapping_file=mapping_file)
    assert preview.mapping["Matricule"] == "ignore"  # a column left out of the mapping is left aside
    assert preview.report.dry_run and not preview.report.written
    assert snapshot(demo_db) == before and load_mapping(mapping_file) == {}
    report = run_payroll_import(demo_db, path, sheet="paie.csv", mapping=preview.mapping, mapping_file=mapping_file)
    assert report.written
    assert load_mapping(mapping_file)["primes"] == "other_costs"


def test_gaps_name_the_fields_without_a_column_and_those_given_twice(demo_db, tmp_path, mapping_file):
    assert mapping_gaps({"Agent": "full_name", "Mois": "month", "Brut": "gross_salary",
                         "Charges": "employer_charges"}) == MappingGaps()  # fmt: skip
    assert mapping_gaps({"Nom": "last_name", "Brut": "gross_salary", "Total brut": "gross_salary"}) == MappingGaps(
        ("name", "month", "employer_charges"), (("gross_salary", ("Brut", "Total brut")),))
    path = csv_file(tmp_path / "paie.csv", EXPORT)
    preview = preview_payroll(demo_db, path, mapping={"Brut": "ignore"}, mapping_file=mapping_file)
    assert preview.report is None and preview.gaps.missing == ("name", "month", "gross_salary", "employer_charges")


def test_a_sheet_is_chosen_by_name_and_a_missing_one_is_refused(demo_db, tmp_path, mapping_file):
    path = workbook(tmp_path / "paie.xlsx", {
        "Vide": [["Titre"]],
        "Paie": [["Salarié", "Mois", "Brut", "Charges patronales"], ["Alice Moreau", "11/2026", 10, 4]],
    })  # fmt: skip
    preview = preview_payroll(demo_db, path, mapping_file=mapping_file)
    assert preview.columns.sheets == ("Vide", "Paie") and preview.columns.sheet == "Paie"
    assert preview_payroll(demo_db, path, sheet="vide", mapping_file=mapping_file).columns.headers == ("Titre",)
    with pytest.raises(ImportFileError, match="Feuille « Mars » absente"):
        preview_payroll(demo_db, path, sheet="Mars", mapping_file=mapping_file)
