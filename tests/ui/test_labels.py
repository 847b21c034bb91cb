"""Every kind and frequency of domain/vocabulary.py has its word on screen, in its order."""

from __future__ import annotations

import pytest

from mutualisation.domain.vocabulary import BillingFrequency, ChargeFrequency, DocumentKind, KeyKind
from mutualisation.ui import labels
from mutualisation.ui.dialogs import choices
from mutualisation.ui.dialogs.key_dialog import EXPLAIN, NEEDS


@pytest.mark.parametrize(
    "table, kinds",
    [
        (labels.KEY_KINDS, KeyKind),
        (labels.CHARGE_FREQUENCIES, ChargeFrequency),
        (labels.BILLING_FREQUENCIES, BillingFrequency),
        (labels.STATEMENT_KINDS, DocumentKind),
    ],
)
def test_each_member_has_a_label_in_the_enum_order(table, kinds):
    assert list(table) == list(kinds)


def test_labels_read_the_stored_word_and_keep_an_unknown_one(qapp):
    assert labels.key_kind("metered") == "Relevé de compteur"
    assert labels.statement_kind("settlement") == "Régularisation"
    assert labels.billing_frequency("half_yearly") == "Semestrielle"
    assert labels.charge_frequency("quarter") == "par trimestre"
    assert labels.key_kind("inconnu") == "inconnu" and labels.key_kind(None) == ""


def test_the_key_dialog_offers_every_kind_explains_each_and_asks_for_what_it_points_to(qapp):
    offered = choices.key_kinds()
    assert offered == [
        ("Pourcentage fixe", "fixed"), ("Surface", "surface"), ("Effectifs", "headcount"),
        ("Relevé de compteur", "metered"), ("Affectation directe", "direct"),
    ]  # fmt: skip
    assert all(type(code) is str for _label, code in offered)  # plain words in the combo box
    assert list(EXPLAIN) == list(KeyKind)
    assert NEEDS == {"surface": "site", "metered": "meter", "direct": "party"}
    assert [code for _label, code in choices.charge_frequencies()] == ["month", "quarter", "year"]
