"""A payroll export's reimbursement columns (IJSS, subrogation, aid): stored per person, month and
kind as the reimbursements the engine subtracts from that month's cost (R15)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.domain.periods import Period
from mutualisation.services.costs import find_convention, preview
from mutualisation.services.importing.payroll import import_payroll, parse_map_options
from mutualisation.storage import models as m

from .helpers import csv_file, reasons, snapshot

EXPORT = (
    "Matricule;Nom;Prénom;Période;Brut;Charges patronales;IJSS;Aides\r\n"
    "0012;MOREAU;Alice;11/2026;500,00;0,00;800,00;\r\n"
    "0007;Lambert;Bruno;11/2026;4 300,00;1 900,00;0,00;250,00\r\n"
)


@pytest.fixture
def mapping_file(tmp_path):
    return tmp_path / "data" / "correspondance-paie.json"


def run(database, path, mapping_file, **options):
    with database.session() as session, session.begin():
        return import_payroll(session, path, mapping_file=mapping_file, **options)


def received(database) -> dict[tuple[str, dt.date, str], Decimal]:
    with database.session() as session:
        rows = session.execute(select(m.StaffMember.last_name, m.PayrollReimbursement.month,
                                      m.PayrollReimbursement.kind, m.PayrollReimbursement.amount)
                               .join(m.StaffMember, m.StaffMember.id == m.PayrollReimbursement.staff_id)).all()  # fmt: skip
    return {(name, month, kind): amount for name, month, kind, amount in rows}


def test_reimbursement_columns_are_guessed_and_stored_by_kind_empty_and_zero_cells_record_nothing(
    demo_db, tmp_path, mapping_file
):
    before = received(demo_db)
    path = csv_file(tmp_path / "paie.csv", EXPORT)
    report = run(demo_db, path, mapping_file)
    assert report.written and not report.rejections
    assert ("Correspondance des colonnes : Nom → nom, Prénom → prénom, Période → mois, Brut → salaire brut, "
            "Charges patronales → charges patronales, IJSS → remboursement (IJSS), Aides → remboursement (aide).") \
        in report.notes  # fmt: skip
    assert [(s.sheet, s.added) for s in report.summaries] == [("paie.csv", 2), ("paie.csv (remboursements)", 2)]
    november = dt.date(2026, 11, 1)
    assert received(demo_db) == before | {("Moreau", november, "ijss"): Decimal("800.00"),
                                          ("Lambert", november, "aide"): Decimal("250.00")}  # fmt: skip
    # The same file again: nothing changes.
    again = run(demo_db, path, mapping_file)
    assert again.totals().unchanged == 4 and again.totals().added == again.totals().updated == 0


def test_a_month_whose_reimbursements_exceed_its_cost_is_negative_and_shared_as_r15_says(
    demo_db, tmp_path, mapping_file
):
    assert run(demo_db, csv_file(tmp_path / "paie.csv", EXPORT), mapping_file).written
    with demo_db.session() as session:
        convention = find_convention(session, None)
        result = preview(session, convention, Period.month(2026, 11))
        alice = session.scalars(select(m.StaffMember).where(m.StaffMember.last_name == "Moreau")).one()
    line = next(x for x in result.lines if x.source_kind == "staff" and x.source_id == alice.id)
    # 500.00 paid, 800.00 of IJSS received: −300.00 spread over November, each party its share.
    assert line.total == Decimal("-300.00")
    shares = {code: line.part(result.party(code).id) for code in ("ST2B", "SCOT", "PAYS")}
    assert shares == {"ST2B": Decimal("-150.00"), "SCOT": Decimal("0.00"), "PAYS": Decimal("-150.00")}  # 50 % lent
    assert ("Remboursements reçus pour la paie de novembre 2026 (IJSS, subrogation, aides) : 800,00\u00a0€ déduits "
            "de 500,00\u00a0€, soit -300,00\u00a0€.") in line.explanation_lines(result.parties)  # fmt: skip


def test_a_reimbursement_cell_that_breaks_a_rule_is_refused_where_it_is_and_nothing_is_written(
    demo_db, tmp_path, mapping_file
):
    export = EXPORT + "0031;Thiriet;Émilie;08/2026;2 000,00;800,00;-12,00;\r\n"
    export += "0044;Haddad;Farid;11/2026;2 400,00;1 000,00;douze;\r\n"
    before = snapshot(demo_db)
    report = run(demo_db, csv_file(tmp_path / "paie.csv", export), mapping_file)
    assert reasons(report) == [
        ("paie.csv (remboursements)", 4, "IJSS / Aides", "Montant négatif (-12) : 0 ou plus."),
        ("paie.csv (remboursements)", 5, "IJSS",
         "Montant « douze » illisible : écrivez par exemple 1 234,56."),
    ]  # fmt: skip
    assert not report.written and snapshot(demo_db) == before


def test_a_reimbursement_column_is_mapped_by_option_to_its_kind(demo_db, tmp_path, mapping_file):
    export = "Salarié;Mois;Brut;Charges patronales;Versé par la CPAM\r\nAlice Moreau;12/2026;3 100;1 300;95,40\r\n"
    mapping = parse_map_options(["Versé par la CPAM=remboursement subrogation"])
    assert mapping == {"Versé par la CPAM": "reimbursement_subrogation"}
    report = run(demo_db, csv_file(tmp_path / "paie.csv", export), mapping_file, mapping=mapping)
    assert report.written, reasons(report)
    assert received(demo_db)[("Moreau", dt.date(2026, 12, 1), "subrogation")] == Decimal("95.40")
