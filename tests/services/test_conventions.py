"""Editing conventions: terms checked field by field, beneficiaries in order, articles,
amendments, and the refusals that protect issued statements."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.domain.periods import parse_period
from mutualisation.services import conventions as c
from mutualisation.services.concurrency import ConcurrentEditError
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.errors import ServiceError
from mutualisation.services.issuing import issue_statement
from mutualisation.storage import models as m


def valid(**changes) -> c.ConventionValues:
    values = c.ConventionValues(
        reference="CAM-2026-01", title="Convention d'assistance et de moyens", provider_id=1,
        beneficiary_ids=(2, 3), start_date=dt.date(2026, 1, 1), end_date=dt.date(2028, 12, 31),
        duration_months=36, tacit_renewal=True, renewal_months=12,
    )  # fmt: skip
    return replace(values, **changes)


def fields_of(values) -> dict[str, str]:
    return {p.field: p.message for p in c.term_problems(values)}


def test_valid_terms_have_no_problem():
    assert c.term_problems(valid()) == []


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"reference": "  "}, "reference", "obligatoire"),
        ({"title": ""}, "title", "obligatoire"),
        ({"provider_id": None}, "provider_id", "prestataire"),
        ({"beneficiary_ids": ()}, "beneficiary_ids", "au moins un bénéficiaire"),
        ({"beneficiary_ids": (2, 2)}, "beneficiary_ids", "deux fois"),
        ({"beneficiary_ids": (1, 2)}, "beneficiary_ids", "prestataire ne peut pas être aussi"),
        ({"start_date": None}, "start_date", "obligatoire"),
        ({"end_date": dt.date(2025, 12, 31), "duration_months": None}, "end_date",
         "La fin (31/12/2025) ne peut pas précéder la prise d'effet (01/01/2026)."),
        ({"duration_months": 24}, "duration_months", "finit le 31/12/2027, pas le 31/12/2028"),
        ({"duration_months": 0}, "duration_months", "de 1 à 600"),
        ({"end_date": None, "duration_months": None}, "tacit_renewal", "suppose une date de fin"),
        ({"renewal_months": 500}, "renewal_months", "de 1 à 120"),
        ({"notice_months": 61}, "notice_months", "de 0 à 60"),
        ({"payment_term_days": 400}, "payment_term_days", "de 0 à 365"),
        ({"billing_frequency": "weekly"}, "billing_frequency", "périodicité"),
        ({"vat_regime": "subject", "vat_rate": Decimal(0)}, "vat_rate", "taux de TVA"),
        ({"vat_mention": " "}, "vat_mention", "mention légale est obligatoire"),
    ],
)
def test_each_problem_names_its_field(changes, field, words):
    problems = fields_of(valid(**changes))
    assert field in problems, problems
    assert words in problems[field]


def test_create_a_convention(demo_db):
    with demo_db.session() as session, session.begin():
        pays, st2b = find_party(session, "PAYS"), find_party(session, "ST2B")
        ident = c.create_convention(
            session, valid(reference="CAM-2026-02", provider_id=pays.id, beneficiary_ids=(st2b.id,))
        )
    with demo_db.session() as session:
        convention = session.get(m.Convention, ident)
        assert convention.reference == "CAM-2026-02" and convention.payment_term_days == 30
        assert [(b.position, b.party.code) for b in convention.beneficiaries] == [(1, "ST2B")]
        assert convention.vat_mention.startswith("TVA non applicable")


def test_a_reference_is_unique(demo_db):
    with demo_db.session() as session, session.begin():
        pays, st2b = find_party(session, "PAYS"), find_party(session, "ST2B")
        with pytest.raises(ServiceError, match="déjà celle d'une autre convention"):
            c.create_convention(session, valid(reference="cam-2024-01", provider_id=pays.id,
                                               beneficiary_ids=(st2b.id,)))  # fmt: skip


def test_invalid_terms_are_refused_with_the_first_message(demo_db):
    with demo_db.session() as session:
        ident = session.scalar(select(m.Convention.id))
        values, version = c.load_convention(session, ident)
    with demo_db.session() as session, session.begin():
        with pytest.raises(ServiceError, match="ne peut pas précéder"):
            c.update_convention(session, ident, replace(values, end_date=dt.date(2024, 1, 1)), version)
    with demo_db.session() as session:
        assert session.get(m.Convention, ident).end_date == dt.date(2027, 12, 31)


def test_reorder_beneficiaries_and_change_terms(demo_db):
    with demo_db.session() as session:
        ident = session.scalar(select(m.Convention.id))
        values, version = c.load_convention(session, ident)
    assert len(values.beneficiary_ids) == 2
    reordered = replace(values, beneficiary_ids=values.beneficiary_ids[::-1], payment_term_days=45)
    with demo_db.session() as session, session.begin():
        c.update_convention(session, ident, reordered, version)
    with demo_db.session() as session:
        convention = session.get(m.Convention, ident)
        assert [b.party.code for b in convention.beneficiaries] == ["SCOT", "ST2B"]
        assert [b.position for b in convention.beneficiaries] == [1, 2]
        assert convention.payment_term_days == 45
        assert convention.version == version + 1
    # Saving from the copy read before is refused: someone saved in between.
    with demo_db.session() as session, session.begin():
        with pytest.raises(ConcurrentEditError):
            c.update_convention(session, ident, values, version)


def test_a_billed_beneficiary_stays_and_the_provider_cannot_change(demo_db):
    with demo_db.session() as session:
        st2b = find_party(session, "ST2B")
        issue_statement(session, find_convention(session, "ST2B"), st2b, parse_period("2025-T1"))
    with demo_db.session() as session:
        ident = session.scalar(select(m.Convention.id))
        values, version = c.load_convention(session, ident)
        scot = find_party(session, "SCOT").id
    with demo_db.session() as session, session.begin():
        with pytest.raises(ServiceError, match="ne peut pas être retiré"):
            c.update_convention(session, ident, replace(values, beneficiary_ids=(scot,)), version)
    with demo_db.session() as session, session.begin():
        with pytest.raises(ServiceError, match="prestataire ne peut plus changer"):
            c.update_convention(session, ident, replace(values, provider_id=scot,
                                                        beneficiary_ids=(st2b.id,)), version)  # fmt: skip
    # The unbilled SCOT can still leave.
    with demo_db.session() as session, session.begin():
        c.update_convention(session, ident, replace(values, beneficiary_ids=(st2b.id,)), version)
    with demo_db.session() as session:
        assert [b.party.code for b in session.get(m.Convention, ident).beneficiaries] == ["ST2B"]


def test_articles_add_edit_move_delete(demo_db):
    with demo_db.session() as session:
        ident = session.scalar(select(m.Convention.id))
    with demo_db.session() as session, session.begin():
        added = c.add_article(session, ident, c.ArticleValues("12", "Clause de revoyure", "Texte **gras**."))
    with demo_db.session() as session, session.begin():
        with pytest.raises(ServiceError, match="L'article 12 existe déjà"):
            c.add_article(session, ident, c.ArticleValues("12", "Doublon"))
        with pytest.raises(ServiceError, match="titre de l'article est obligatoire"):
            c.add_article(session, ident, c.ArticleValues("13", " "))
    with demo_db.session() as session, session.begin():
        values, version = c.load_article(session, added)
        c.update_article(session, added, replace(values, title="Revoyure annuelle"), version)
    with demo_db.session() as session, session.begin():
        assert c.move_article(session, added, -1)
        assert not c.move_article(session, session.scalar(
            select(m.Article.id).where(m.Article.convention_id == ident).order_by(m.Article.position)
        ), -1)  # fmt: skip
    with demo_db.session() as session:
        titles = [a.title for a in session.get(m.Convention, ident).articles]
        assert titles[-2:] == ["Revoyure annuelle", "Litiges"]
    with demo_db.session() as session, session.begin():
        c.delete_article(session, added)
    with demo_db.session() as session:
        assert session.get(m.Article, added) is None


def test_amendments_checked_and_protected(demo_db):
    with demo_db.session() as session:
        ident = session.scalar(select(m.Convention.id))
        assert c.next_amendment_number(session, ident) == 3
        cited = session.scalar(select(m.Amendment.id).where(m.Amendment.number == 1))
    with demo_db.session() as session, session.begin():
        with pytest.raises(ServiceError, match="avant la convention elle-même"):
            c.add_amendment(session, ident, c.AmendmentValues(3, dt.date(2024, 6, 1)))
        with pytest.raises(ServiceError, match="n° 2 existe déjà"):
            c.add_amendment(session, ident, c.AmendmentValues(2, dt.date(2027, 1, 1)))
    with demo_db.session() as session, session.begin():
        added = c.add_amendment(session, ident, c.AmendmentValues(3, dt.date(2027, 1, 1), None, "Loyer."))
    with demo_db.session() as session, session.begin():
        with pytest.raises(ServiceError, match="avenant n° 1 est cité par"):
            c.delete_amendment(session, cited)
    with demo_db.session() as session, session.begin():
        values, version = c.load_amendment(session, added)
        c.update_amendment(session, added, replace(values, summary="Révision du loyer."), version)
    with demo_db.session() as session:
        assert session.get(m.Amendment, added).summary == "Révision du loyer."

    # Once printed on an issued statement, an amendment stays.
    with demo_db.session() as session, session.begin():
        session.get(m.Amendment, added).effective_date = dt.date(2025, 2, 1)
    with demo_db.session() as session:
        issue_statement(session, find_convention(session, "ST2B"), find_party(session, "ST2B"),
                        parse_period("2025-T1"))  # fmt: skip
    with demo_db.session() as session, session.begin():
        with pytest.raises(ServiceError, match="était en vigueur pour l'état"):
            c.delete_amendment(session, added)
