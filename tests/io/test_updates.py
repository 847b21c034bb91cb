"""Natural keys: a row finds its record again; what differs is an update, listed column by column."""

from __future__ import annotations

from decimal import Decimal

from .helpers import reasons, run, snapshot, workbook

BILLS = ["Date", "Fournisseur", "Référence", "Libellé", "Montant", "Catégorie"]


def _values(database, register):
    return [v for _, v in snapshot(database)[register]]


def test_a_changed_amount_updates_the_bill_found_by_supplier_reference_and_date(db, tmp_path):
    setup = workbook(tmp_path / "setup.xlsx", {
        "Catégories": [["Code", "Nom"], ["TEL", "Téléphone"]],
        "Factures": [BILLS, ["05/01/2025", "Orange", "F-1", "Janvier", "100,00", "TEL"],
                     ["05/02/2025", "Orange", "F-2", "Février", "100,00", "TEL"]],
    })  # fmt: skip
    assert run(db, setup).written
    change = workbook(tmp_path / "change.xlsx", {"Factures": [
        BILLS, ["05/01/2025", "ORANGE", "F-1", "Janvier (corrigée)", "110,00", "tel"],
        ["05/02/2025", "Orange", "F-2", "Février", "100,00", "TEL"],
        ["05/03/2025", "Orange", "F-3", "Mars", "100,00", "TEL"],
    ]})  # fmt: skip
    report = run(db, change, dry_run=True)
    summary = report.summary("Factures")
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 1)
    assert [(u.row, u.columns) for u in report.updates] == [(2, ("Libellé", "Montant"))]
    assert "Fournisseur « Orange », Référence « F-1 », Date 05/01/2025" == report.updates[0].record
    assert not report.written and len(_values(db, "bill")) == 2

    assert run(db, change).written
    bills = {v["reference"]: v for v in _values(db, "bill")}
    assert len(bills) == 3
    assert bills["F-1"]["amount"] == Decimal("110.00") and bills["F-1"]["supplier"] == "Orange"
    assert bills["F-1"]["category"] == ("TEL",)


def test_a_missing_column_leaves_its_field_alone(demo_db, tmp_path):
    before = {v["name"]: v for v in _values(demo_db, "equipment")}
    name = "Serveur de fichiers Dell PowerEdge T150"
    path = workbook(tmp_path / "life.xlsx", {"Matériel": [
        ["Nom", "Durée (années)"], [name, 5],
    ]})  # fmt: skip
    # Only the given column changes: the value, kind and date are kept.
    report = run(demo_db, path)
    assert report.written and [u.columns for u in report.updates] == [("Durée (années)",)]
    after = {v["name"]: v for v in _values(demo_db, "equipment")}
    assert after[name] == {**before[name], "useful_life_years": 5}


def test_a_person_and_their_dated_values_can_be_added_in_one_file(demo_db, tmp_path):
    path = workbook(tmp_path / "new.xlsx", {
        "Personnel": [["Nom", "Prénom", "Fonction", "Entrée"], ["Martin", "Léa", "Secrétaire", "01/09/2026"]],
        "Temps de travail": [["Nom", "Prénom", "Date d'effet", "Temps de travail"],
                             ["Martin", "Léa", "01/09/2026", 0.8]],
        "Quotités": [["Nom", "Prénom", "Bénéficiaire", "Date d'effet", "Quotité", "Avenant"],
                     ["Martin", "Léa", "ST2B", "01/09/2026", "30 %", 2]],
        "Paie": [["Nom", "Prénom", "Mois", "Salaire brut", "Charges patronales"],
                 ["MARTIN", "léa", "septembre 2026", 2100, "903,00"]],
    })  # fmt: skip
    report = run(demo_db, path)
    assert report.written, reasons(report)
    staff = ("Martin", "Léa")
    share = [v for v in _values(demo_db, "share") if v["staff"][:2] == staff]
    assert share[0]["share"] == Decimal("0.3") and share[0]["amendment"] == (("CAM-2024-01",), 2)
    payroll = [v for v in _values(demo_db, "payroll") if v["staff"][:2] == staff]
    assert payroll[0]["gross_salary"] == Decimal("2100.00") and payroll[0]["other_costs"] == 0


def test_homonyms_need_their_entry_date(db, tmp_path):
    people = workbook(tmp_path / "people.xlsx", {"Personnel": [
        ["Nom", "Prénom", "Entrée"], ["Petit", "Jean", "01/01/2020"], ["Petit", "Jean", "01/01/2024"],
    ]})  # fmt: skip
    assert run(db, people).written
    payroll = workbook(tmp_path / "payroll.xlsx", {"Paie": [
        ["Nom", "Prénom", "Entrée", "Mois", "Salaire brut"],
        ["Petit", "Jean", None, "03/2025", 2000], ["Petit", "Jean", "01/01/2024", "03/2025", 2000],
    ]})  # fmt: skip
    assert reasons(run(db, payroll)) == [(
        "Paie", 2, "Nom", "Plusieurs agents s'appellent Jean Petit (entrés le 01/01/2020, 01/01/2024) : "
                          "indiquez la date d'entrée dans la colonne Entrée.",
    )]  # fmt: skip


def test_beneficiaries_may_swap_their_order(demo_db, tmp_path):
    path = workbook(tmp_path / "order.xlsx", {"Bénéficiaires": [
        ["Convention", "Partie", "Ordre"], ["CAM-2024-01", "ST2B", 2], ["CAM-2024-01", "SCOT", 1],
    ]})  # fmt: skip
    report = run(demo_db, path)
    assert report.written and report.totals().updated == 2
    order = {v["party"][0]: v["position"] for v in _values(demo_db, "beneficiary")}
    assert order == {"ST2B": 2, "SCOT": 1}


def test_only_one_own_organisation(demo_db, tmp_path):
    path = workbook(tmp_path / "own.xlsx", {"Parties": [["Code", "Nom", "Notre organisme"],
                                                       ["ST2B", "ST2b", "oui"]]})  # fmt: skip
    assert reasons(run(demo_db, path)) == [
        ("Parties", 2, "Notre organisme", "Une seule partie peut être « notre organisme » : c'est déjà PAYS."),
    ]
