"""The clause sheets (unit prices, VAT per section, absence kinds kept, absences, reimbursements): read
as documented, refused with their reason when they break a rule, and nothing is then written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.storage import models as m

from .helpers import reasons, run, snapshot, workbook

VAT = ["Convention", "Section", "Date d'effet", "Traitement", "Taux", "Fondement légal", "Code d'exonération"]
ABSENCES = ["Nom", "Prénom", "Début", "Fin", "Nature"]

CASES = {
    "VAT changing inside a quarter": (
        {"TVA par section": [VAT, ["CAM-2024-01", "locaux", "15/02/2027", "hors champ", "", "art. 261 D du CGI", ""]]},
        ("TVA par section", 2, "Date d'effet",
         "La TVA d'une section ne peut changer que le premier jour d'une période de facturation : le 15/02/2027 "
         "tombe à l'intérieur de la période qui se termine le 31/03/2027. Choisissez le 1er janvier, avril, "
         "juillet ou octobre."),
    ),
    "exempt without its code": (
        {"TVA par section": [VAT, ["CAM-2024-01", "locaux", "01/01/2027", "exonérée", "", "art. 261 D du CGI", ""]]},
        ("TVA par section", 2, "Code d'exonération", "Code d'exonération EN 16931 obligatoire (VATEX-EU-F…)."),
    ),
    "absence overlapping a stored one": (
        {"Absences": [ABSENCES, ["Moreau", "Alice", "12/03/2026", "16/03/2026", "congé"]]},
        ("Absences", 2, "Début", "Cette absence chevauche celle du 09/03/2026 au 13/03/2026 d'Alice Moreau."),
    ),
    "absence outside employment": (
        {"Absences": [ABSENCES, ["Thiriet", "Émilie", "01/09/2026", "02/09/2026", "maladie"]]},
        ("Absences", 2, "Début", "Absence hors de l'emploi d'Émilie Thiriet (du 01/09/2021 au 31/08/2026)."),
    ),
    "reimbursement outside employment": (
        {"Remboursements": [["Nom", "Prénom", "Mois", "Nature", "Montant"],
                            ["Thiriet", "Émilie", "10/2026", "IJSS", "12,00"]]},
        ("Remboursements", 2, "Mois", "Mois 10/2026 hors de l'emploi d'Émilie Thiriet (du 01/09/2021 au 31/08/2026)."),
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


def test_valid_clause_rows_are_written(demo_db, tmp_path):
    sheets = {
        "Prix unitaires": [["Compteur", "Date d'effet", "Prix unitaire"], ["Kilométrage véhicule", "01/01/2027", "0,482"]],
        "TVA par section": [VAT, ["CAM-2024-01", "locaux", "01/01/2027", "exonérée", "", "art. 261 D du CGI",
                                  "vatex-eu-f"]],
        "Absences conservées": [["Convention", "Nature", "Date d'effet", "À la charge du prestataire"],
                                ["CAM-2024-01", "formation", "01/01/2027", "oui"]],
        "Absences": [ABSENCES, ["Moreau", "Alice", "16/03/2026", "17/03/2026", "congé"]],
        "Remboursements": [["Nom", "Prénom", "Mois", "Nature", "Montant"], ["Moreau", "Alice", "avril 2026", "aide", "40"]],
    }  # fmt: skip
    report = run(demo_db, workbook(tmp_path / "clauses.xlsx", sheets))
    assert report.written and report.totals().added == 5
    with demo_db.session() as session:
        assert session.scalar(select(m.MeterPrice.unit_price).where(m.MeterPrice.effective_date == dt.date(2027, 1, 1))) == Decimal("0.482")
        vat = session.scalars(select(m.SectionVat).where(m.SectionVat.effective_date == dt.date(2027, 1, 1))).one()
        assert (vat.section, vat.treatment, vat.exemption_code) == ("locaux", "exempt", "vatex-eu-f")
        assert session.scalar(select(m.AbsenceRule.kept_by_provider)) is True
        assert session.scalar(select(m.PayrollReimbursement.amount).where(m.PayrollReimbursement.kind == "aide")) == Decimal("40.00")
