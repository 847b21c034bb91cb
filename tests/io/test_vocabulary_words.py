"""The import format has words for every kind and frequency of domain/vocabulary.py."""

from __future__ import annotations

import pytest

from mutualisation.domain.vocabulary import (
    AbsenceKind, BillingFrequency, ChargeFrequency, KeyKind, ReimbursementKind, Section, VatKind,
)  # fmt: skip
from mutualisation.services.importing import format as f
from mutualisation.services.importing.rows import read_cell
from mutualisation.services.importing.sheets import SHEETS


@pytest.mark.parametrize(
    "choices, kinds",
    [(f.KEY_KINDS, KeyKind), (f.CHARGE_FREQUENCIES, ChargeFrequency), (f.BILLING_FREQUENCIES, BillingFrequency),
     (f.SECTIONS, Section), (f.VAT_TREATMENTS, VatKind), (f.ABSENCE_KINDS, AbsenceKind),
     (f.REIMBURSEMENT_KINDS, ReimbursementKind)],
)  # fmt: skip
def test_every_member_has_import_words_in_the_enum_order(choices, kinds):
    assert [code for code, _words in choices] == list(kinds)
    assert all(words for _code, words in choices)


@pytest.mark.parametrize("choices, kinds", [(f.VAT_TREATMENTS, VatKind), (f.ABSENCE_KINDS, AbsenceKind),
                                            (f.REIMBURSEMENT_KINDS, ReimbursementKind)])  # fmt: skip
def test_a_clause_kind_is_written_with_the_word_the_screens_show(choices, kinds):
    assert [words[0] for _code, words in choices] == [kind.word for kind in kinds]


def _column(choices):
    return next(c for sheet in SHEETS for c in sheet.columns if c.kind == f.CHOICE and c.choices is choices)


@pytest.mark.parametrize(
    "choices, cell, stored",
    [(f.KEY_KINDS, "Relevé de compteur", "metered"), (f.KEY_KINDS, "ETP", "headcount"),
     (f.CHARGE_FREQUENCIES, "Trimestrielle", "quarter"), (f.BILLING_FREQUENCIES, "semestre", "half_yearly"),
     (f.VAT_TREATMENTS, "Exonérée", "exempt"), (f.ABSENCE_KINDS, "Accident du travail", "accident_travail"),
     (f.REIMBURSEMENT_KINDS, "ijss", "ijss"), (f.SECTIONS, "Dépenses partagées", "depenses")],
)  # fmt: skip
def test_a_cell_reads_as_the_stored_word(choices, cell, stored):
    value = read_cell(_column(choices), cell)
    assert value == stored and str(value) == stored
