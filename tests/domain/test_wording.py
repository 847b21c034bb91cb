"""One wording shared by the readers of a preview gives each of them the texts of a fresh one."""

from __future__ import annotations

import dataclasses
import gc

from hypothesis import given
from hypothesis import strategies as st

from mutualisation.domain.engine import compute
from mutualisation.domain.party_statement import party_statement
from mutualisation.domain.periods import Period
from mutualisation.domain.wording import Wording

from .test_clause_properties import clauses_for, quarters
from .test_engine_properties import PROPERTY, cost_data
from .worked_example import PAYS, ST2B, worked_example

NBSP, NNBSP = "\u00a0", "\u202f"


@PROPERTY
@given(cost_data(), quarters, st.data())
def test_a_shared_wording_gives_every_reader_the_texts_of_a_fresh_one(data, quarter, draw):
    """As issuing does (the document, then the frozen inputs, from one wording), for every party
    in turn, shown alone or with the others, in any order: the same texts as each reader wording
    the lines anew."""
    clauses = draw.draw(clauses_for(data))
    preview = compute(dataclasses.replace(data, clauses=clauses), quarter)
    readers = draw.draw(st.lists(
        st.tuples(st.sampled_from([p.id for p in data.parties]), st.booleans(), st.booleans()), min_size=1, max_size=6,
    ))  # fmt: skip
    shared = Wording()
    for party_id, others_visible, as_inputs in readers:
        if as_inputs:
            assert preview.as_dict(party_id, words=shared) == preview.as_dict(party_id)
        else:
            assert party_statement(preview, party_id, others_visible=others_visible, words=shared) == party_statement(
                preview, party_id, others_visible=others_visible
            )
    for line in preview.lines:
        for party in data.parties:
            assert shared.key_description(line, party.id) == line.key_description(party.id)
        hidden = frozenset(p.code for p in data.parties[1:])
        assert shared.explanation_lines(line, data.parties[:1], hidden) == line.explanation_lines(data.parties[:1], hidden)
        assert shared.explanation_lines(line, data.parties) == line.explanation_lines(data.parties)


def test_the_worked_example_worded_once_for_the_annex_and_for_the_inputs():
    """The rent of the worked example, worded for ST2B alone (the annex) and then for every party
    (the frozen inputs) through one wording: each reader gets its own sentences."""
    preview = compute(worked_example(), Period.quarter(2025, 1))
    rent = next(line for line in preview.lines if line.label.startswith("Loyer"))
    shared = Wording()
    charge = (f"2{NNBSP}000,00{NBSP}€ par mois du 01/01/2024, soit 2{NNBSP}000,0000{NBSP}€ par mois réparti sur "
              "les jours du mois ; 90 j dans la période.")  # fmt: skip
    total = f"Total exact 6{NNBSP}000,0000{NBSP}€, arrondi à 6{NNBSP}000,00{NBSP}€."
    st2b = f"ST2B : part exacte 1{NNBSP}800,0000{NBSP}€ (3/10 = 30,00{NBSP}%), arrondie à 1{NNBSP}800,00{NBSP}€."
    first = f"Du 01/01/2025 au 14/02/2025 (45 j) : 3{NNBSP}000,0000{NBSP}€ réparti selon ST2B Surface 36/140 m² (25,71{NBSP}%)"
    second = f"Du 15/02/2025 au 31/03/2025 (45 j) : 3{NNBSP}000,0000{NBSP}€ réparti selon ST2B Surface 48/140 m² (34,29{NBSP}%)"
    assert shared.explanation_lines(rent, (ST2B,), frozenset({PAYS.code})) == [
        charge, f"{first}.", f"{second} [avenant n° 1].", total, st2b,
    ]  # fmt: skip
    assert shared.explanation_lines(rent, preview.parties) == [
        charge, f"{first}, PAYS Surface 104/140 m² (74,29{NBSP}%).",
        f"{second}, PAYS Surface 92/140 m² (65,71{NBSP}%) [avenant n° 1].", total, st2b,
        f"PAYS : part exacte 4{NNBSP}200,0000{NBSP}€ (7/10 = 70,00{NBSP}%), arrondie à 4{NNBSP}200,00{NBSP}€.",
    ]  # fmt: skip
    assert shared.key_description(rent, ST2B.id) == (
        f"Surface 36/140 m² du 01/01 au 14/02 ; Surface 48/140 m² du 15/02 au 31/03 : 30,00{NBSP}% sur la période"
    )
    assert shared.key_description(rent, PAYS.id) == (
        f"Surface 104/140 m² du 01/01 au 14/02 ; Surface 92/140 m² du 15/02 au 31/03 : 70,00{NBSP}% sur la période"
    )
    assert (shared.percent(rent, ST2B.id), shared.fraction(rent, PAYS.id)) == (f"30,00{NBSP}%", "7/10")


def test_a_line_worded_after_another_one_is_gone_gets_its_own_words():
    """The memo is keyed by the objects' identity and keeps them: a line made after an older one
    was dropped cannot take its words, even at the same address."""
    preview = compute(worked_example(), Period.quarter(2025, 1))
    line = preview.lines[0]
    shared = Wording()
    before = shared.key_description(dataclasses.replace(line, notes=((ST2B.id, "avant"),)), ST2B.id)
    gc.collect()
    after = shared.key_description(dataclasses.replace(line, notes=((ST2B.id, "après"),)), ST2B.id)
    assert (before, after) == ("avant", "après")
