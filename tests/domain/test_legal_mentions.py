"""The legal mentions of an invoice to a public buyer (domain/documents/legal_mentions.py)."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from mutualisation.domain.documents.legal_mentions import (
    LATE_PAYMENT, NOT_SUBJECT, PAYMENT_NOTES, identifiers, legal_mentions, siren,
)

PAYS, ST2B = "44821739800024", "25540917900017"


def test_the_late_payment_mentions_state_the_public_buyer_s_rate_and_indemnity():
    interest, indemnity, discount = LATE_PAYMENT
    assert "Banque centrale européenne majoré de huit points" in interest and "R. 2192-31" in interest
    assert "frais de recouvrement en cas de retard de paiement : 40 €" in indemnity and "D. 2192-35" in indemnity
    assert discount == "Pas d'escompte pour paiement anticipé."
    # The e-invoice carries the same texts, each with its UNTDID 4451 subject.
    assert PAYMENT_NOTES == tuple(zip(("PMD", "PMT", "AAB"), LATE_PAYMENT, strict=True))
    # Not subject to VAT is said without an exemption article.
    assert "non assujetti" in NOT_SUBJECT and "art." not in NOT_SUBJECT


def test_a_statement_carries_late_payment_then_both_siren():
    assert legal_mentions("statement", Decimal("9855.75"), PAYS, ST2B) == (
        *LATE_PAYMENT, "SIREN de l'émetteur : 448 217 398 — SIREN du destinataire : 255 409 179.",
    )  # fmt: skip


def test_a_credit_note_or_nothing_due_has_nothing_to_pay_late():
    ids = ("SIREN de l'émetteur : 448 217 398 — SIREN du destinataire : 255 409 179.",)
    assert legal_mentions("credit_note", Decimal("-40.00"), PAYS, ST2B) == ids
    assert legal_mentions("settlement", Decimal("0.00"), PAYS, ST2B) == ids
    assert legal_mentions("advance", Decimal("1.00"), PAYS, "") == (*LATE_PAYMENT, "SIREN de l'émetteur : 448 217 398.")
    assert legal_mentions("statement", Decimal("1.00"), "", "") == LATE_PAYMENT
    assert identifiers("123", "") == ""


@given(st.text(alphabet="0123456789", min_size=14, max_size=14))
def test_siren_is_the_first_nine_digits_of_the_siret_grouped_by_three(siret):
    assert siren(siret).replace(" ", "") == siret[:9]
    assert siren(f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}") == siren(siret)
    assert siren(siret[:13]) == ""
