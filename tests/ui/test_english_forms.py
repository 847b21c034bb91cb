"""English means English in the forms: the words of the closed lists (absence kinds, VAT
treatments, sections, reimbursements), the refusals of the clauses and of the ledger's dates,
and the codes the audit log shows; French when the interface is French."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mutualisation.domain import i18n
from mutualisation.domain.clauses import Absence, ClauseError, VatTreatment, check_absences, check_clause_date, check_rate
from mutualisation.domain.periods import Period, parse_period
from mutualisation.services import audit_log, conventions, dates
from mutualisation.services.editing.absences import AbsenceEntry
from mutualisation.services.errors import ServiceError
from mutualisation.storage import models as m
from mutualisation.ui.dialogs.absence_editor import AbsenceEditor
from mutualisation.ui.dialogs.convention_clauses import AbsenceRuleEditor, VatEditor
from mutualisation.ui.dialogs.reimbursement_editor import ReimbursementEditor

from .test_english_texts import english  # noqa: F401  (the fixture)

T1_2025 = parse_period("2025-T1")


def items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


# -- the words of the closed lists ----------------------------------------------------------------


def test_absence_kinds_vat_treatments_sections_and_reimbursements_in_english(english, qtbot):
    absences = AbsenceEditor()
    qtbot.addWidget(absences)
    assert items(absences.kind_field) == ["sick leave", "work accident", "training", "leave", "other"]
    absences.set_entries([AbsenceEntry(dt.date(2025, 5, 5), dt.date(2025, 5, 9), "maladie")])
    assert absences.model.data(absences.model.index(0, 2)) == "sick leave"
    vat = VatEditor(lambda day, what: "", [])
    qtbot.addWidget(vat)
    assert items(vat.treatment_field) == ["outside scope", "exempt", "taxable"]
    assert items(vat.section_field) == ["Staff", "Equipment", "Premises", "Shared expenses"]
    rules = AbsenceRuleEditor([])
    qtbot.addWidget(rules)
    assert items(rules.kind_field)[:2] == ["sick leave", "work accident"]
    assert any("sick leave, work accident" in label.text() for label in rules.findChildren(QLabel))
    reimbursements = ReimbursementEditor()
    qtbot.addWidget(reimbursements)
    assert items(reimbursements.kind_field) == ["sickness benefits (IJSS)", "subrogation", "grant", "other"]


def test_the_same_words_stay_french_in_french(qtbot):
    absences = AbsenceEditor()
    qtbot.addWidget(absences)
    assert items(absences.kind_field) == ["maladie", "accident du travail", "formation", "congé", "autre"]
    vat = VatEditor(lambda day, what: "", [])
    qtbot.addWidget(vat)
    assert items(vat.treatment_field) == ["hors champ", "exonérée", "taxable"]
    assert items(vat.section_field) == ["Personnel", "Matériel", "Locaux", "Dépenses partagées"]
    reimbursements = ReimbursementEditor()
    qtbot.addWidget(reimbursements)
    assert items(reimbursements.kind_field) == ["IJSS", "subrogation", "aide", "autre"]


# -- the clauses' refusals and VAT mention ----------------------------------------------------------


def test_clause_refusals_and_vat_mention_in_english(english):
    with pytest.raises(ClauseError) as error:
        check_clause_date(dt.date(2025, 2, 1), "quarterly", "The management fee rate")
    assert str(error.value) == (
        "The management fee rate can only change on the first day of a billing period: 01/02/2025 falls inside "
        "the period ending on 31/03/2025. Choose the 1st of January, April, July or October."
    )
    with pytest.raises(ClauseError, match=r"^The VAT rate must be between 0\xa0% and 100\xa0% \(entered: 120\xa0%\)\.$"):
        check_rate(Fraction(6, 5), "The VAT rate")
    overlapping = [Absence(dt.date(2025, 5, 5), dt.date(2025, 5, 9), "maladie"),
                   Absence(dt.date(2025, 5, 8), dt.date(2025, 5, 12), "conge")]  # fmt: skip
    with pytest.raises(ClauseError) as error:
        check_absences(overlapping, dt.date(2024, 1, 1), None, "Anne Martin")
    assert str(error.value) == (
        "Two absences of Anne Martin overlap: from 05/05/2025 to 09/05/2025 and from 08/05/2025 to 12/05/2025."
    )
    exempt = VatTreatment("exempt", legal_basis="art. 261 B du CGI")
    assert exempt.mention == "VAT exemption, art. 261 B du CGI"
    assert VatTreatment("taxable", Fraction(1, 5)).describe() == "VAT 20\xa0%"
    with i18n.french():  # a statement prints it in French whatever the screen
        assert exempt.mention == "Exonération de TVA, art. 261 B du CGI"


def test_clause_refusals_stay_french_without_english():
    with pytest.raises(ClauseError) as error:
        check_clause_date(dt.date(2025, 2, 1), "quarterly", "Le taux des frais de gestion")
    assert str(error.value) == (
        "Le taux des frais de gestion ne peut changer que le premier jour d'une période de facturation : "
        "le 01/02/2025 tombe à l'intérieur de la période qui se termine le 31/03/2025. "
        "Choisissez le 1er janvier, avril, juillet ou octobre."
    )
    with pytest.raises(ClauseError) as error:
        check_clause_date(dt.date(2025, 2, 3), "monthly", "Le taux")
    assert str(error.value).endswith("Choisissez le 1er d'un mois.")
    assert VatTreatment("outside_scope", legal_basis="art. 256 B du CGI").mention == (
        "Hors champ de la TVA, art. 256 B du CGI"
    )


# -- the dates of the ledger --------------------------------------------------------------------


def test_issue_and_payment_date_refusals_in_english(english):
    assert dates.period_issue_problem("statement", T1_2025, dt.date(2025, 3, 30)) == (
        "A statement for Q1 2025 can only be issued from 31/03/2025, the last day of the period, when all its "
        "costs are known (issue date requested: 30/03/2025). Until then, only an unissued draft is possible; "
        "only advance calls are issued ahead."
    )
    assert dates.period_issue_problem("settlement", Period.year(2025), dt.date(2025, 12, 1)).startswith(
        "An annual settlement for year 2025 can only be issued from 31/12/2025"
    )
    assert dates.period_words(Period(dt.date(2025, 1, 15), dt.date(2025, 2, 14))) == (
        "the period from 15/01/2025 to 14/02/2025"
    )
    statement = m.Statement(issue_date=dt.date(2025, 4, 2))
    with pytest.raises(ServiceError, match=r"^The payment cannot come before the statement was issued \(02/04/2025\)\.$"):
        dates.check_payment_date(statement, dt.date(2025, 4, 1), today=dt.date(2025, 5, 1))
    with pytest.raises(ServiceError, match=r"^The issue date 02/05/2025 is in the future: "):
        dates.check_issue_date(None, 1, dt.date(2025, 5, 2), today=dt.date(2025, 5, 1))


def test_issue_date_refusals_stay_french_without_english():
    assert dates.period_issue_problem("settlement", Period.year(2025), dt.date(2025, 12, 1)).startswith(
        "Une régularisation annuelle pour l'année 2025 ne peut être émise qu'à partir du 31/12/2025"
    )
    assert dates.period_words(Period.month(2025, 3)) == "mars 2025"
    assert dates.period_words(T1_2025) == "le 1er trimestre 2025"


# -- codes in the audit log ---------------------------------------------------------------------


def absence_entry(db) -> audit_log.AuditRow:
    with db.session() as session, session.begin():
        session.add(m.AuditEntry(
            at=dt.datetime(2025, 5, 2, 9, 30), user="amartin", action="update", table_name="staff_absence",
            record_id=1, before_json=json.dumps({"kind": "maladie"}), after_json=json.dumps({"kind": "accident_travail"}),
        ))  # fmt: skip
    with db.session() as session:
        (entry,) = audit_log.list_entries(session, audit_log.AuditFilter(table="staff_absence"))
    return entry


def test_audit_values_show_the_kinds_words_in_english(english, db):
    assert absence_entry(db).summary == "Kind: sick leave → work accident"
    assert audit_log.value_text("kind", "surface", table="allocation_key") == "Floor area"
    assert audit_log.value_text("treatment", "exempt", table="section_vat") == "exempt"


def test_audit_values_show_the_kinds_words_in_french(db):
    assert absence_entry(db).summary == "Type : maladie → accident du travail"
    assert audit_log.value_text("kind", "credit_note", table="statement") == "Avoir"
    assert audit_log.value_text("kind", "unknown_kind", table="statement") == "unknown_kind"
    assert audit_log.value_text("kind", "maladie") == "maladie"  # a column of no known table: as stored


def test_item_data_keeps_the_codes(english, qtbot):
    """The words change with the language; the values saved stay the stored codes."""
    vat = VatEditor(lambda day, what: "", [])
    qtbot.addWidget(vat)
    assert [vat.treatment_field.itemData(i, Qt.ItemDataRole.UserRole) for i in range(3)] == [
        "outside_scope", "exempt", "taxable",
    ]


# -- the convention form's refusals -------------------------------------------------------------


def convention_problems(**changes) -> dict[str, str]:
    terms = dict(reference="CAM-2025-01", title="Mutualisation", provider_id=1, beneficiary_ids=(2,),
                 start_date=dt.date(2025, 1, 1), end_date=dt.date(2025, 12, 31), duration_months=6)
    values = conventions.ConventionValues(**{**terms, **changes})
    return {p.field: p.message for p in conventions.term_problems(values)}


def test_convention_refusals_in_english(english):
    assert convention_problems(beneficiary_ids=(1,)) == {
        "beneficiary_ids": "The provider cannot also be a beneficiary.",
        "duration_months": "A duration of 6 months from 01/01/2025 ends on 30/06/2025, not on 31/12/2025: correct "
                           "one of the two or give only the end date.",
    }


def test_convention_refusals_stay_french_without_english():
    assert convention_problems()["duration_months"] == (
        "Une durée de 6 mois à partir du 01/01/2025 finit le 30/06/2025, pas le 31/12/2025 : corrigez l'une "
        "des deux ou n'indiquez que la date de fin."
    )


# -- deletions refused --------------------------------------------------------------------------


def refusal_to_delete_a_used_key(demo_db) -> str:
    from mutualisation.services.editing import keys

    with demo_db.session() as session:
        key = session.query(m.AllocationKey).filter_by(name="Effectifs (ETP)").one()
        with pytest.raises(ServiceError) as error:
            keys.delete_key(session, key.id)
    return str(error.value)


def test_a_refused_deletion_in_english(english, demo_db):
    message = refusal_to_delete_a_used_key(demo_db)
    assert message.startswith("Cannot delete: the key “Effectifs (ETP)” is used by ")
    assert message.endswith(". First attach them elsewhere or delete them.")


def test_a_refused_deletion_stays_french_without_english(demo_db):
    message = refusal_to_delete_a_used_key(demo_db)
    assert message.startswith("Suppression impossible : la clé « Effectifs (ETP) » est utilisé(e) par ")


def test_a_form_refusal_of_a_service_in_english_and_in_french(english, db):
    from decimal import Decimal

    from mutualisation.services.payments import record_payment

    with db.session() as session:
        with pytest.raises(ServiceError, match="^A payment's amount must be positive.$"):
            record_payment(session, "2026-0001", dt.date(2026, 1, 5), Decimal("-1.00"))
        with i18n.french(), pytest.raises(ServiceError, match="^Le montant d'un paiement doit être positif.$"):
            record_payment(session, "2026-0001", dt.date(2026, 1, 5), Decimal("-1.00"))
