"""English means English in the refusals that carry a value: the editing services' checks
(« {caption} : ce champ est obligatoire » and its siblings, dated histories, identifiers,
clauses), the workbook reader and the payroll mapping, and the units and separators of the
Dépenses page. The French stays byte for byte what it was (the command line keeps it)."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.domain import i18n
from mutualisation.services.audit_log import value_text
from mutualisation.services.editing import bills, charges, clauses, headcount
from mutualisation.services.editing.history import DatedEntry
from mutualisation.services.editing.identifiers import IdentifierError, parse_siret
from mutualisation.services.errors import ServiceError
from mutualisation.services.importing import reading
from mutualisation.services.importing.payroll import MappingError, _check_mapping, resolve_mapping, target_field
from mutualisation.services.importing.reading import ImportFileError, read_tables
from mutualisation.services.importing.xlsx_reader import WorkbookError, stored_number
from mutualisation.storage import models as m
from mutualisation.ui.models.expenses import attachment_text

from .test_english_texts import english  # noqa: F401  (the fixture)

JAN_1, JAN_2 = dt.date(2025, 1, 1), dt.date(2025, 1, 2)


def refusal(call, *args, error=ServiceError, **kwargs) -> str:
    with pytest.raises(error) as raised:
        call(*args, **kwargs)
    return str(raised.value)


def editing_refusals(database) -> list[str]:
    """One refusal of each shape: a caption, a record gone, two captions and two dates, a
    history's date twice, an identifier, a clause naming its section."""
    with database.session() as session:
        convention = session.scalars(select(m.Convention)).first()
        party = session.scalars(select(m.Party).where(m.Party.code == "ST2B")).one()
        return [
            refusal(bills.save_bill, session, None, bills.BillValues(JAN_1, "", "Fioul", Decimal("10.00"))),
            refusal(bills.set_attachment, session, 999_999, "scan.pdf", b"%PDF"),
            refusal(charges.save_charge, session, None, charges.ChargeValues(
                "Loyer", Decimal("100.00"), "month", JAN_2, JAN_1, category_id=1)),
            refusal(headcount.save_headcount, session, party.id, [DatedEntry(JAN_1, Decimal(2)),
                                                                  DatedEntry(JAN_1, Decimal(3))]),
            refusal(parse_siret, "123 456", error=IdentifierError),
            refusal(clauses.set_section_vat, session, convention.id, "personnel", JAN_1, "taxable", Decimal(0)),
            refusal(clauses.set_reimbursement, session, 999_999, JAN_1, Decimal("1.00")),
        ]  # fmt: skip


def test_editing_refusals_carry_their_values_in_english(english, demo_db):
    assert editing_refusals(demo_db) == [
        "Supplier: this field is required.",
        "Record not found: the bill may have been deleted in the meantime.",
        "End (01/01/2025) cannot come before start (02/01/2025).",
        "Headcount: two values on the same date (01/01/2025). Correct the existing one rather than adding another.",
        "A SIRET has 14 digits (here 6 characters).",
        "The VAT of the “Staff” section: a rate of 0 % is not taxation; choose “exempt” or “outside scope”.",
        "Record not found: the person may have been deleted in the meantime.",
    ]


def test_the_same_refusals_stay_french(demo_db):
    assert editing_refusals(demo_db) == [
        "Fournisseur : ce champ est obligatoire.",
        "Enregistrement introuvable : la facture a peut-être été supprimé(e) entre-temps.",
        "Fin (01/01/2025) ne peut pas précéder début (02/01/2025).",
        "Effectifs : deux valeurs à la même date (01/01/2025). Corrigez celle qui existe plutôt que d'en ajouter "
        "une autre.",
        "Un SIRET compte 14 chiffres (ici 6 caractères).",
        "La TVA de la section « Personnel » : un taux de 0 % n'est pas une taxation ; choisissez « exonérée » ou "
        "« hors champ ».",
        "Enregistrement introuvable : la personne a peut-être été supprimé(e) entre-temps.",
    ]


def test_a_refusal_inside_french_stays_french_on_an_english_screen(english, demo_db):
    """What builds a French text (a document, the command line's words) gets French refusals too."""
    with i18n.french():
        assert editing_refusals(demo_db)[0] == "Fournisseur : ce champ est obligatoire."


# -- the workbook reader and the payroll mapping ------------------------------------------------


def workbook_without_its_sheet(path):
    """A workbook whose list of sheets names a part the zip does not hold."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", (
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Paie" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
            '</Relationships>'))
    return path


HEADERS = ["Agent", "Période", "Brut", "Brut 2"]


def import_refusals(tmp_path) -> list[str]:
    return [
        refusal(read_tables, workbook_without_its_sheet(tmp_path / "paie.xlsx"), error=ImportFileError),
        refusal(stored_number, "12 abc", error=WorkbookError),
        reading._size_text(12_345_678),
        refusal(target_field, "prime", error=MappingError),
        refusal(resolve_mapping, HEADERS, {"Matricule": "last_name"}, {}, error=MappingError),
        refusal(_check_mapping, HEADERS, {0: "full_name", 1: "month", 2: "gross_salary", 3: "gross_salary"},
                error=MappingError),
        refusal(_check_mapping, HEADERS, {0: "full_name", 1: "month", 2: "gross_salary"}, error=MappingError),
    ]  # fmt: skip


def test_workbook_and_payroll_mapping_refusals_in_english(english, tmp_path):
    fields = ("last_name, first_name, full_name, employment_start, month, gross_salary, employer_charges, "
              "other_costs, reimbursement_ijss, reimbursement_subrogation, reimbursement_aide, reimbursement_autre, "
              "ignore")  # fmt: skip
    assert import_refusals(tmp_path) == [
        "The workbook “paie.xlsx” cannot be read (a sheet of the workbook is missing).",
        "Number “12 abc” cannot be read in the workbook.",
        "12,3 MB",
        f"Unknown field “prime”: choose from {fields}.",
        "Column(s) matricule missing from the file; the file's columns: Agent, Période, Brut, Brut 2",
        "The columns “Brut” and “Brut 2” both go to “gross salary”: choose one.",
        "Column “employer charges” not found (Agent, Période, Brut, Brut 2): choose the column that holds it.",
    ]


def test_the_same_import_refusals_stay_french(tmp_path):
    refusals = import_refusals(tmp_path)
    assert refusals[:3] == [
        "Le classeur « paie.xlsx » est illisible (une feuille du classeur manque).",
        "Nombre « 12 abc » illisible dans le classeur.",
        "12,3 Mo",
    ]
    assert refusals[5:] == [
        "Les colonnes « Brut » et « Brut 2 » vont toutes deux dans « salaire brut » : précisez avec --map.",
        "Colonne « charges patronales » introuvable (Agent, Période, Brut, Brut 2) : indiquez-la avec --map "
        '"Colonne=champ".',
    ]


# -- the Dépenses page ----------------------------------------------------------------------------


def test_attached_to_column_in_english_and_in_french(english):
    assert attachment_text("site", "Bureaux de Briey") == "Site: Bureaux de Briey"
    assert attachment_text("equipment", "Véhicule") == "Equipment: Véhicule"


def test_attached_to_column_in_french():
    assert attachment_text("site", "Bureaux de Briey") == "Site\u00a0: Bureaux de Briey"


def test_a_file_in_the_audit_log_is_sized_in_english(english):
    assert value_text("content", "<12345 octets>", table="bill_attachment") == "<12345 bytes>"


def test_a_file_in_the_audit_log_stays_as_logged_in_french():
    assert value_text("content", "<12345 octets>", table="bill_attachment") == "<12345 octets>"
