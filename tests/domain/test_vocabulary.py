"""The closed lists (domain/vocabulary.py): stored words unchanged, and everything built from them."""

from __future__ import annotations

import json

import pytest

from mutualisation.domain.documents import KIND_TITLES
from mutualisation.domain.engine import FREQUENCY_MONTHS as CHARGE_MONTHS
from mutualisation.domain.facts import FREQUENCY_WORDS
from mutualisation.domain.lines import SECTION_ORDER, SECTIONS
from mutualisation.domain.periods import FREQUENCY_MONTHS as BILLING_MONTHS
from mutualisation.domain.periods import billing_periods
from mutualisation.domain.clauses import ABSENCE_KINDS, DEFAULT_KEPT_KINDS, VAT_KINDS, VatTreatment
from mutualisation.domain.vocabulary import (
    AbsenceKind,
    BillingFrequency,
    ChargeFrequency,
    DocumentKind,
    KeyKind,
    ReimbursementKind,
    Section,
    VatKind,
    is_member,
    stored_words,
)


def test_the_stored_words_are_those_of_existing_databases():
    assert stored_words(KeyKind) == ("fixed", "surface", "headcount", "metered", "direct")
    assert stored_words(DocumentKind) == ("statement", "corrective", "credit_note", "advance", "settlement")
    assert stored_words(Section) == ("personnel", "materiel", "locaux", "depenses")
    assert stored_words(ChargeFrequency) == ("month", "quarter", "year")
    assert stored_words(BillingFrequency) == ("monthly", "quarterly", "half_yearly", "yearly")
    assert stored_words(VatKind) == ("outside_scope", "exempt", "taxable")
    assert stored_words(AbsenceKind) == ("maladie", "accident_travail", "formation", "conge", "autre")
    assert stored_words(ReimbursementKind) == ("ijss", "subrogation", "aide", "autre")


def test_the_clause_kinds_give_their_words_defaults_and_mentions():
    assert ABSENCE_KINDS == {"maladie": "maladie", "accident_travail": "accident du travail",
                             "formation": "formation", "conge": "congé", "autre": "autre"}  # fmt: skip
    # Unless the convention says otherwise, the provider keeps sick leave and work accidents (R15).
    assert DEFAULT_KEPT_KINDS == {"maladie", "accident_travail"}
    assert VAT_KINDS == ("outside_scope", "exempt", "taxable")
    assert [kind.word for kind in VatKind] == ["hors champ", "exonérée", "taxable"]
    assert VatTreatment(VatKind.EXEMPT, legal_basis="art. 261 D 2° du CGI").mention == (
        "Exonération de TVA, art. 261 D 2° du CGI")
    assert VatTreatment("outside_scope").mention == "Hors champ de la TVA"
    assert VatTreatment(VatKind.TAXABLE).mention == ""
    assert [kind.word for kind in ReimbursementKind] == ["IJSS", "subrogation", "aide", "autre"]


def test_a_member_is_its_stored_word_everywhere_a_string_goes():
    assert KeyKind.SURFACE == "surface" and KeyKind("surface") is KeyKind.SURFACE
    assert {KeyKind.SURFACE: 1}["surface"] == 1 and {"surface": 1}[KeyKind.SURFACE] == 1
    assert f"{DocumentKind.CREDIT_NOTE}" == str(DocumentKind.CREDIT_NOTE) == "credit_note"
    assert json.dumps({Section.LOCAUX: [ChargeFrequency.YEAR]}) == '{"locaux": ["year"]}'
    assert Section.LOCAUX.title() == "Locaux"  # the str method is not shadowed by the heading


@pytest.mark.parametrize("word, expected", [("direct", True), ("Direct", False), ("", False), (None, False), (3, False)])
def test_is_member_answers_for_any_value(word, expected):
    assert is_member(KeyKind, word) is expected


def test_sections_keep_their_order_and_titles():
    assert SECTION_ORDER == ("personnel", "materiel", "locaux", "depenses")
    assert SECTIONS == {
        "personnel": "Personnel",
        "materiel": "Matériel",
        "locaux": "Locaux",
        "depenses": "Dépenses partagées",
    }
    assert list(SECTIONS) == list(SECTION_ORDER)


def test_document_titles():
    assert KIND_TITLES == {
        "statement": "État de refacturation",
        "corrective": "État rectificatif",
        "credit_note": "Avoir",
        "advance": "Appel de fonds",
        "settlement": "Régularisation annuelle",
    }


def test_frequencies_count_their_months_and_say_them():
    assert CHARGE_MONTHS == {"month": 1, "quarter": 3, "year": 12}
    assert FREQUENCY_WORDS == {"month": "par mois", "quarter": "par trimestre", "year": "par an"}
    assert BILLING_MONTHS == {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}
    assert [len(billing_periods(2025, f)) for f in BillingFrequency] == [12, 4, 2, 1]
    assert [(f.adjective, f.plural_adjective, f.per) for f in BillingFrequency] == [
        ("mensuelle", "mensuels", "par mois"),
        ("trimestrielle", "trimestriels", "par trimestre"),
        ("semestrielle", "semestriels", "par semestre"),
        ("annuelle", "annuel", "par an"),
    ]


def test_key_kinds_say_what_they_point_to():
    assert {kind: kind.reference for kind in KeyKind} == {
        "fixed": None, "surface": "site", "headcount": None, "metered": "meter", "direct": "party",
    }  # fmt: skip
    assert [kind.label for kind in KeyKind] == [
        "Pourcentage fixe", "Surface", "Effectifs", "Relevé de compteur", "Affectation directe",
    ]  # fmt: skip


def test_document_kinds_close_in_their_gender_and_say_whether_they_bill_actual_costs():
    assert DocumentKind.SETTLEMENT.settled == "Arrêtée la présente régularisation"
    assert DocumentKind.CREDIT_NOTE.settled == "Arrêté le présent avoir"
    assert [kind for kind in DocumentKind if not kind.actual] == ["advance"]
    assert [kind.issued for kind in DocumentKind] == ["émis", "émis", "émis", "émis", "émise"]
