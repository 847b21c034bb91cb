"""The convention's fee, VAT and absence-kind clauses saved as lists with its form (R11, R14, R15)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.services.editing.convention_clauses import (
    AbsenceRuleEntry,
    ConventionClauses,
    FeeEntry,
    VatEntry,
    clause_date_problem,
    describe_clauses,
    load_convention_clauses,
    rate_problem,
    save_convention_clauses,
)
from mutualisation.services.errors import ServiceError
from mutualisation.storage import models as m

D = Decimal


def _convention_id(session):
    return session.scalars(select(m.Convention.id)).one()


def test_the_demo_clauses_are_read_and_told_in_words(demo_db):
    with demo_db.session() as session:
        values = load_convention_clauses(session, _convention_id(session))
    assert [(f.effective_date, f.rate, f.sections) for f in values.fees] == [(dt.date(2026, 1, 1), D("0.05"), ("personnel",))]
    assert describe_clauses(values) == [
        "À partir du 01/01/2026 : frais de gestion de 5\u00a0% sur Personnel.",
        "À partir du 01/01/2026 : TVA de la section Personnel taxable à 20\u00a0%.",
        "À partir du 01/01/2026 : TVA de la section Matériel exonérée (art. 261 B du CGI, code VATEX-EU-132-1F).",
        "À partir du 01/01/2026 : TVA de la section Locaux exonérée (art. 261 B du CGI, code VATEX-EU-132-1F).",
        "À partir du 01/01/2026 : TVA de la section Dépenses partagées exonérée (art. 261 B du CGI, code "
        "VATEX-EU-132-1F).",
    ]


def test_the_lists_replace_the_stored_clauses_and_read_back_identical(demo_db):
    wanted = ConventionClauses(
        [FeeEntry(dt.date(2026, 1, 1), D("0.05"), ("personnel",)),
         FeeEntry(dt.date(2027, 1, 1), D("0.04"), ("locaux", "personnel"))],
        [VatEntry("materiel", dt.date(2026, 1, 1), "exempt", D(0), "art. 261 B du CGI", "VATEX-EU-F")],
        [AbsenceRuleEntry("formation", dt.date(2026, 1, 1), True)],
    )  # fmt: skip
    with demo_db.session() as session, session.begin():
        save_convention_clauses(session, _convention_id(session), wanted)
    with demo_db.session() as session:
        assert load_convention_clauses(session, _convention_id(session)) == wanted


def test_a_fee_changing_inside_a_billing_period_is_refused_and_nothing_changes(demo_db):
    with demo_db.session() as session:
        before = load_convention_clauses(session, _convention_id(session))
    refused = ConventionClauses([FeeEntry(dt.date(2026, 2, 15), D("0.05"), ("personnel",))], [], [])
    with pytest.raises(ServiceError, match="premier jour d'une période"), demo_db.session() as session, session.begin():
        save_convention_clauses(session, _convention_id(session), refused)
    with demo_db.session() as session:
        assert load_convention_clauses(session, _convention_id(session)) == before


def test_the_problems_are_worded_for_the_field():
    assert clause_date_problem(dt.date(2026, 2, 15), "quarterly", "Le taux") == (
        "Le taux ne peut changer que le premier jour d'une période de facturation : le 15/02/2026 tombe "
        "à l'intérieur de la période qui se termine le 31/03/2026. Choisissez le 1er janvier, avril, juillet "
        "ou octobre."
    )
    assert clause_date_problem(dt.date(2026, 4, 1), "quarterly", "Le taux") == ""
    assert rate_problem(D("1.5"), "Le taux") == "Le taux doit être compris entre 0\u00a0% et 100\u00a0% (saisi : 150\u00a0%)."
    assert rate_problem(D("0.055"), "Le taux") == ""
