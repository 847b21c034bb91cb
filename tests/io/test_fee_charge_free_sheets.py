"""The sheets of the management fee (R11), the charges' amount series and revaluation (R16) and
the free provision (R17): read as documented, refused with their reason when they break a
clause rule (and then nothing is written), and carried through a round trip unchanged."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from mutualisation.services.exporting import export_csv, export_workbook
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

from .helpers import cell_values, reasons, run, snapshot, workbook

FEE = ["Convention", "Date d'effet", "Taux", "Sections", "Avenant"]
AMOUNTS = ["Charge", "Début de la charge", "Date d'effet", "Montant"]
REVALUATION = ["Charge", "Taux annuel", "Date de référence"]
FREE = ["Convention", "Bénéficiaire", "Site", "Matériel", "Catégorie", "Début", "Fin"]
LANDRES = "Occupation de l'antenne — commune de Landres"

CASES = {
    "fee rate changing inside a quarter": (
        {"Frais de gestion": [FEE, ["CAM-2024-01", "15/02/2027", "5 %", "personnel", None]]},
        ("Frais de gestion", 2, "Date d'effet",
         "Le taux des frais de gestion ne peut changer que le premier jour d'une période de facturation : le "
         "15/02/2027 tombe à l'intérieur de la période qui se termine le 31/03/2027. Choisissez le 1er janvier, "
         "avril, juillet ou octobre."),
    ),
    "fee before the convention": (
        {"Frais de gestion": [FEE, ["CAM-2024-01", "01/01/2024", "5 %", "personnel", None]]},
        ("Frais de gestion", 2, "Date d'effet",
         "Le taux des frais de gestion : le 01/01/2024 précède le début de la convention (01/01/2025)."),
    ),
    "fee rate over 100 %": (
        {"Frais de gestion": [FEE, ["CAM-2024-01", "01/01/2027", "150 %", "personnel", None]]},
        ("Frais de gestion", 2, "Taux",
         "Le taux des frais de gestion doit être compris entre 0\u00a0% et 100\u00a0% (saisi : 150\u00a0%)."),
    ),
    "fee without a section": (
        {"Frais de gestion": [FEE, ["CAM-2024-01", "01/01/2027", "5 %", None, None]]},
        ("Frais de gestion", 2, "Sections",
         "Frais de gestion : choisissez au moins une section à laquelle ils s'appliquent."),
    ),
    "fee on an unknown section": (
        {"Frais de gestion": [FEE, ["CAM-2024-01", "01/01/2027", "5 %", "personnel ; cantine", None]]},
        ("Frais de gestion", 2, "Sections",
         "« cantine » : choisissez parmi personnel, matériel, locaux, dépenses partagées."),
    ),
    "charge amount on the charge's first day": (
        {"Montants des charges": [AMOUNTS, [LANDRES, None, "01/01/2025", "1 100"]]},
        ("Montants des charges", 2, "Date d'effet",
         f"Nouveau montant de « {LANDRES} » : le 01/01/2025 doit tomber après le début de la charge (01/01/2025) "
         "et avant sa fin ; le montant initial se corrige dans la feuille Charges récurrentes."),
    ),
    "charge amount after the charge ended": (
        {"Montants des charges": [AMOUNTS, ["Loyer des bureaux", None, "01/01/2026", "2 100"]]},
        ("Montants des charges", 2, "Date d'effet",
         "Nouveau montant de « Loyer des bureaux » : le 01/01/2026 doit tomber après le début de la charge "
         "(01/01/2025) et avant sa fin ; le montant initial se corrige dans la feuille Charges récurrentes."),
    ),
    "charge unknown": (
        {"Montants des charges": [AMOUNTS, ["Loyer du garage", None, "01/01/2026", "100"]]},
        ("Montants des charges", 2, "Charge",
         "Charge « Loyer du garage » inconnue : ajoutez-la à la feuille Charges récurrentes."),
    ),
    "charge named with a start it does not have": (
        {"Montants des charges": [AMOUNTS, [LANDRES, "01/02/2025", "01/01/2026", "100"]]},
        ("Montants des charges", 2, "Charge",
         f"Charge « {LANDRES} » commençant le 01/02/2025 inconnue : ajoutez-la à la feuille Charges récurrentes."),
    ),
    "negative revaluation": (
        {"Revalorisations": [REVALUATION, [LANDRES, "-2 %", "01/01/2025"]]},
        ("Revalorisations", 2, "Taux annuel",
         "Le taux de revalorisation doit être compris entre 0\u00a0% et 100\u00a0% (saisi : -2\u00a0%)."),
    ),
    "free provision to the provider": (
        {"Mises à disposition gratuites": [FREE, ["CAM-2024-01", "PAYS", None, None, "TELECOM", "01/01/2027", None]]},
        ("Mises à disposition gratuites", 2, "Bénéficiaire",
         "PAYS n'est pas un bénéficiaire de la convention CAM-2024-01."),
    ),
    "free provision of two things": (
        {"Mises à disposition gratuites": [FREE, ["CAM-2024-01", "ST2B", "Bureaux de Briey", None, "TELECOM",
                                                  "01/01/2027", None]]},
        ("Mises à disposition gratuites", 2, "Catégorie",
         "Remplissez une seule des trois colonnes Site, Matériel ou Catégorie (2 remplies)."),
    ),
    "free provision starting inside a quarter": (
        {"Mises à disposition gratuites": [FREE, ["CAM-2024-01", "ST2B", None, None, "TELECOM", "01/02/2027", None]]},
        ("Mises à disposition gratuites", 2, "Début",
         "La mise à disposition gratuite ne peut changer que le premier jour d'une période de facturation : le "
         "01/02/2027 tombe à l'intérieur de la période qui se termine le 31/03/2027. Choisissez le 1er janvier, "
         "avril, juillet ou octobre."),
    ),
    "free provision ending inside a quarter": (
        {"Mises à disposition gratuites": [FREE, ["CAM-2024-01", "ST2B", None, None, "TELECOM", "01/01/2027",
                                                  "15/05/2027"]]},
        ("Mises à disposition gratuites", 2, "Fin",
         "La mise à disposition gratuite (lendemain de la fin) ne peut changer que le premier jour d'une période "
         "de facturation : le 16/05/2027 tombe à l'intérieur de la période qui se termine le 30/06/2027. "
         "Choisissez le 1er janvier, avril, juillet ou octobre."),
    ),
    "free provision overlapping another row": (
        {"Mises à disposition gratuites": [FREE,
                                           ["CAM-2024-01", "ST2B", None, None, "TELECOM", "01/01/2027", "30/06/2027"],
                                           ["CAM-2024-01", "ST2B", None, None, "TELECOM", "01/04/2027", None]]},
        ("Mises à disposition gratuites", 3, "Début",
         "La mise à disposition gratuite chevauche celle qui commence le 01/01/2027."),
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", list(CASES))
def test_a_row_breaking_a_clause_rule_is_refused_and_nothing_is_written(name, demo_db, tmp_path):
    sheets, expected = CASES[name]
    before = snapshot(demo_db)
    report = run(demo_db, workbook(tmp_path / "clauses.xlsx", sheets))
    assert not report.written
    assert expected in reasons(report)
    assert snapshot(demo_db) == before


VALID = {
    "Frais de gestion": [FEE, ["CAM-2024-01", "01/01/2026", "5 %", "locaux, Personnel", "2"],
                         ["CAM-2024-01", "01/01/2028", "4,5 %", "dépenses partagées ; matériel ; personnel", None]],
    "Montants des charges": [AMOUNTS, ["charges locatives (provision)", "01/01/2025", "01/01/2027", "470"]],
    "Revalorisations": [REVALUATION, [LANDRES, "2 %", "01/01/2026"]],
    "Mises à disposition gratuites": [FREE, ["CAM-2024-01", "SCOT", None, None, "TELECOM", "01/01/2027", "31/12/2027"]],
}  # fmt: skip


def _fee_sections(session) -> dict[dt.date, list[str]]:
    fees = session.scalars(select(m.ManagementFee).order_by(m.ManagementFee.effective_date))
    return {fee.effective_date: sorted(fee.section_codes) for fee in fees}


def test_valid_rows_are_written_as_the_screens_store_them(demo_db, tmp_path):
    report = run(demo_db, workbook(tmp_path / "clauses.xlsx", VALID))
    assert report.written and not report.rejections
    totals = report.totals()
    # The demo's fee gains a section, its revaluation a new rate: two updates, three additions.
    assert (totals.added, totals.updated) == (3, 2)
    with demo_db.session() as session:
        assert _fee_sections(session) == {dt.date(2026, 1, 1): ["locaux", "personnel"],
                                          dt.date(2028, 1, 1): ["depenses", "materiel", "personnel"]}  # fmt: skip
        rates = session.execute(select(m.ManagementFee.effective_date, m.ManagementFee.rate)).all()
        assert sorted(rates) == [(dt.date(2026, 1, 1), Decimal("0.05")), (dt.date(2028, 1, 1), Decimal("0.045"))]
        amount = session.scalars(select(m.ChargeAmount)).one()
        assert (amount.effective_date, amount.amount) == (dt.date(2027, 1, 1), Decimal("470.00"))
        charge = session.get(m.RecurringCharge, amount.charge_id)
        assert charge.label == "Charges locatives (provision)"
        revaluation = session.scalars(select(m.ChargeRevaluation)).one()
        assert (revaluation.rate, revaluation.reference_date) == (Decimal("0.02"), dt.date(2026, 1, 1))
        assert revaluation.amendment_id is not None  # kept: the sheet had no Avenant column
        # The demonstration's own (the parking spaces of the ST2b, from amendment n° 2) stays as it was.
        demo, free = session.scalars(select(m.FreeProvision).order_by(m.FreeProvision.id)).all()
        assert (session.get(m.ExpenseCategory, demo.category_id).code, demo.start_date) == ("STATION", dt.date(2026, 1, 1))
        category = session.get(m.ExpenseCategory, free.category_id)
        party = session.get(m.Party, free.party_id)
        assert (party.code, category.code, free.start_date, free.end_date) == (
            "SCOT", "TELECOM", dt.date(2027, 1, 1), dt.date(2027, 12, 31))


def test_reimporting_the_clauses_changes_nothing_not_even_the_audit_log(demo_db, tmp_path):
    path = workbook(tmp_path / "clauses.xlsx", VALID)
    run(demo_db, path)
    with demo_db.session() as session:
        logged = session.scalar(select(func.count()).select_from(m.AuditEntry))
    report = run(demo_db, path)
    assert report.totals().unchanged == 5 and report.totals().added == report.totals().updated == 0
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(m.AuditEntry)) == logged


def test_two_charges_of_one_label_are_told_apart_by_their_start(demo_db, tmp_path):
    charges = [["Libellé", "Montant", "Périodicité", "Début", "Fin", "Site"],
               ["Gardiennage", "100", "par mois", "01/01/2025", "31/12/2025", "Bureaux de Briey"],
               ["Gardiennage", "120", "par mois", "01/01/2026", None, "Bureaux de Briey"]]  # fmt: skip
    ambiguous = run(demo_db, workbook(tmp_path / "a.xlsx", {
        "Charges récurrentes": charges, "Revalorisations": [REVALUATION, ["Gardiennage", "3 %", "01/01/2026"]]}))
    assert ("Revalorisations", 2, "Charge",
            "Plusieurs charges s'appellent « Gardiennage » (début le 01/01/2025, 01/01/2026) : indiquez son début "
            "dans la colonne Début de la charge.") in reasons(ambiguous)  # fmt: skip
    told = run(demo_db, workbook(tmp_path / "b.xlsx", {
        "Charges récurrentes": charges,
        "Revalorisations": [["Charge", "Début de la charge", "Taux annuel", "Date de référence"],
                            ["Gardiennage", "01/01/2026", "3 %", "01/01/2026"]]}))  # fmt: skip
    assert told.written and not told.rejections
    with demo_db.session() as session:
        revalued = session.scalars(
            select(m.RecurringCharge).join(m.ChargeRevaluation, m.ChargeRevaluation.charge_id == m.RecurringCharge.id)
            .where(m.RecurringCharge.label == "Gardiennage")).one()  # fmt: skip
        assert (revalued.start_date, revalued.amount) == (dt.date(2026, 1, 1), Decimal("120.00"))


@pytest.fixture
def empty(tmp_path):
    database = open_database(tmp_path / "empty.sqlite")
    yield database
    database.dispose()


def test_round_trip_with_every_clause_sheet_filled_gives_the_same_workbook_and_files(demo_db, empty, tmp_path):
    assert run(demo_db, workbook(tmp_path / "clauses.xlsx", VALID)).written
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    with demo_db.session() as session:
        counts = export_workbook(session, first)
        export_csv(session, tmp_path / "csv1")
    assert [counts[name] for name in VALID] == [2, 1, 1, 2]  # with the demonstration's parking spaces
    assert run(empty, first).written
    with empty.session() as session:
        export_workbook(session, second)
        export_csv(session, tmp_path / "csv2")
        assert _fee_sections(session) == {dt.date(2026, 1, 1): ["locaux", "personnel"],
                                          dt.date(2028, 1, 1): ["depenses", "materiel", "personnel"]}  # fmt: skip
    assert cell_values(first) == cell_values(second)
    assert cell_values(first)["Frais de gestion"][2:] == [
        ["CAM-2024-01", dt.datetime(2026, 1, 1), 0.05, "personnel ; locaux", "2"],
        ["CAM-2024-01", dt.datetime(2028, 1, 1), 0.045, "personnel ; matériel ; dépenses partagées", None],
    ]
    for path in sorted((tmp_path / "csv1").iterdir()):
        assert (tmp_path / "csv2" / path.name).read_bytes() == path.read_bytes(), path.name
