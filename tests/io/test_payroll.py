"""Payroll exports: arbitrary column names, a mapping remembered between imports."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from mutualisation.services.importing.payroll import (
    MappingError, import_payroll, load_mapping, parse_map_options,
)  # fmt: skip

from .helpers import csv_file, reasons, snapshot, workbook

EXPORT = (
    "Matricule;Nom;Prénom;Période;Brut;Charges patronales;Net à payer\r\n"
    "0012;MOREAU;Alice;11/2026;3 100,50;1 336,32;2 400,00\r\n"
    "0007;Lambert;Bruno;11/2026;4 300,00;1 900,00;3 300,00\r\n"
)


@pytest.fixture
def mapping_file(tmp_path):
    return tmp_path / "data" / "correspondance-paie.json"


def run(database, path, mapping_file, **options):
    with database.session() as session, session.begin():
        return import_payroll(session, path, mapping_file=mapping_file, **options)


def payroll(database, month):
    return {v["staff"][:2]: v for _, v in snapshot(database)["payroll"] if v["month"].isoformat().startswith(month)}


def test_a_typical_export_is_read_with_usual_column_names(demo_db, tmp_path, mapping_file):
    path = csv_file(tmp_path / "paie.csv", EXPORT)
    report = run(demo_db, path, mapping_file)
    assert report.written and report.totals().added == 2
    assert "Colonnes laissées de côté : Matricule, Net à payer." in report.notes
    rows = payroll(demo_db, "2026-11")
    alice = rows[("Moreau", "Alice")]
    assert (alice["gross_salary"], alice["employer_charges"]) == (Decimal("3100.50"), Decimal("1336.32"))
    assert alice["other_costs"] == 0
    # the same file again: nothing changes
    report = run(demo_db, path, mapping_file)
    assert report.totals().unchanged == 2 and report.totals().added == 0


def test_a_mapping_given_once_is_remembered(demo_db, tmp_path, mapping_file):
    export = "Salarié;Mois de référence;Salaire de base;Cotis. employeur\r\nBruno Lambert;2026-11;4 000;1 800\r\n"
    path = csv_file(tmp_path / "paie.csv", export)
    with pytest.raises(MappingError, match="Colonne du mois introuvable"):
        run(demo_db, path, mapping_file)
    mapping = parse_map_options(["Mois de référence=month", "Salaire de base=brut",
                                 "Cotis. employeur=employer_charges"])  # fmt: skip
    report = run(demo_db, path, mapping_file, mapping=mapping, dry_run=True)
    assert report.valid and not report.written
    saved = json.loads(mapping_file.read_text(encoding="utf-8"))["columns"]
    assert saved["salaire de base"] == "gross_salary" and saved["salarie"] == "full_name"
    assert load_mapping(mapping_file)["mois de reference"] == "month"
    # Next time, no option: the remembered mapping applies.
    report = run(demo_db, path, mapping_file)
    assert report.written
    assert payroll(demo_db, "2026-11")[("Lambert", "Bruno")]["gross_salary"] == Decimal("4000.00")


def test_refused_rows_of_a_payroll_export_are_listed(demo_db, tmp_path, mapping_file):
    export = EXPORT + "0099;Inconnu;Jean;11/2026;1 000,00;400,00;800,00\r\n"
    export += "0031;Thiriet;Émilie;11/2026;2 000,00;800,00;1 500,00\r\n"
    before = snapshot(demo_db)
    report = run(demo_db, csv_file(tmp_path / "paie.csv", export), mapping_file)
    assert reasons(report) == [
        ("paie.csv", 4, "Nom", "Agent inconnu : Jean Inconnu (ni dans la base ni dans la feuille Personnel)."),
        ("paie.csv", 5, "Période", "Mois 11/2026 hors de l'emploi d'Émilie Thiriet (du 01/09/2021 au 31/08/2026)."),
    ]  # fmt: skip
    assert not report.written and snapshot(demo_db) == before


def test_an_xlsx_payroll_export_with_a_full_name_column(demo_db, tmp_path, mapping_file):
    path = workbook(tmp_path / "paie.xlsx", {"Export paie": [
        ["Nom Prénom", "Date de paie", "Brut", "Charges patronales", "Autres charges"],
        ["HADDAD Farid", "30/11/2026", 2400.5, 1039.42, 120],
        ["Chloé Girard", "novembre 2026", 1900, "820,00", 0],
    ]})  # fmt: skip
    report = run(demo_db, path, mapping_file)
    assert report.written, reasons(report)
    rows = payroll(demo_db, "2026-11")
    assert rows[("Haddad", "Farid")]["gross_salary"] == Decimal("2400.50")
    assert rows[("Haddad", "Farid")]["other_costs"] == Decimal("120.00")
    assert rows[("Girard", "Chloé")]["employer_charges"] == Decimal("820.00")


def test_two_columns_for_one_field_are_refused(demo_db, tmp_path, mapping_file):
    path = csv_file(tmp_path / "paie.csv", "Nom;Prénom;Mois;Brut;Total brut\r\nMoreau;Alice;11/2026;1;2\r\n")
    with pytest.raises(MappingError, match="« Brut » et « Total brut » vont toutes deux"):
        run(demo_db, path, mapping_file)


def test_unknown_field_in_a_mapping_option():
    with pytest.raises(MappingError, match="Champ « salaire » inconnu"):
        parse_map_options(["Brut=salaire"])
