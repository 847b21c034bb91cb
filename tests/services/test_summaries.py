"""Forecast, annual summary and convention summary values built from the demonstration data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from mutualisation.domain.lines import SECTION_ORDER
from mutualisation.domain.periods import Period, billing_periods
from mutualisation.domain.year import sum_of_periods
from mutualisation.services.costs import find_convention, find_party, forecast_preview, preview
from mutualisation.services.errors import ServiceError
from mutualisation.domain.documents.convention import terms
from mutualisation.services.convention_summaries import convention_summary
from mutualisation.services.summaries import annual_summary, forecast_document
from mutualisation.storage.database import open_database

from ..reporting.report_data import REFUND, demo_database, documents_database

D = dt.date


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    database = open_database(documents_database(tmp_path_factory.mktemp("summaries") / "demo.sqlite"))
    yield database
    database.dispose()


@pytest.fixture
def session(database):
    with database.session() as session:
        yield session


def _parties(session, code="ST2B"):
    party = find_party(session, code)
    return find_convention(session, party.code), party


# --- forecast -------------------------------------------------------------------------------


def test_the_forecast_document_is_the_forecast_preview(session):
    convention, st2b = _parties(session)
    document = forecast_document(session, convention, st2b, 2027, D(2026, 11, 2))
    result = forecast_preview(session, convention, 2027)
    assert document.total_excl_vat == result.total(st2b.id) > 0
    # Lent staff is subject to VAT from 2026 (amendment n° 2), the other sections are not.
    assert document.vat > 0 and document.total == document.total_excl_vat + document.vat
    assert [line.label for line in document.lines] == [line.label for line in result.lines_for(st2b.id)]
    for section in document.sections():
        assert section.subtotal == result.section_total(st2b.id, section.key)
    assert document.problems == ()
    assert document.issue_date == D(2026, 11, 2)
    assert document.vat_mention == "Exonération de TVA, art. 261 B du CGI (VATEX-EU-132-1F)"
    # « Soit … par trimestre »: only Personnel's instalment bears the 20 % (the whole used to),
    # so four quarters make the year's amount within the instalments' cents.
    assert document.vat_rate == Decimal("0.2")
    assert document.per_period == Decimal("25435.70")
    assert abs(document.per_period * 4 - document.total) < Decimal("0.10")
    assert [a.number for a in document.amendments] == [1, 2]


def test_the_forecast_states_its_planned_inputs(session):
    convention, st2b = _parties(session)
    document = forecast_document(session, convention, st2b, 2027)
    staff = {person.name: person for person in document.planned_staff}
    assert set(staff) == {"Chloé Girard", "Farid Haddad", "Bruno Lambert", "Alice Moreau", "David Schmitt"}
    alice = staff["Alice Moreau"]
    assert alice.job_title == "Chargée de mission mobilité"
    assert alice.share.startswith("Quotité 50\u00a0%")
    line = next(l for l in document.lines if l.label == "Alice Moreau")
    assert alice.annual_cost == line.basis  # employed the whole year: the base is the planned cost
    budgets = {budget.category: budget for budget in document.planned_budgets}
    assert budgets["Télécommunications"].amount == Decimal("6300.00")
    assert budgets["Télécommunications"].key == "Effectifs (ETP)"
    assert len(budgets) == 8
    meters = {meter.meter: meter for meter in document.planned_meters}
    copies = meters["Copies copieur"]
    assert copies.quantities == (("ST2B", Decimal("15500")), ("SCOT", Decimal("7200")), ("PAYS", Decimal("38000")))
    assert copies.share == Fraction(15500, 60700)
    assert copies.prices == () and not copies.priced  # a metered key: its share is what counts
    # The vehicle is priced from amendment n° 2 (R12): ST2B's own kilometres × the price in force.
    vehicle = meters["Kilométrage véhicule"]
    assert vehicle.prices == ((D(2026, 1, 1), Decimal("0.39")),)
    line = next(l for l in document.lines if l.label == "Kilométrage véhicule (km × prix unitaire)")
    assert vehicle.own * vehicle.prices[0][1] == line.amount == Decimal("2184.00")


def test_a_forecast_without_planned_inputs_lists_what_is_missing(session):
    convention, st2b = _parties(session)
    document = forecast_document(session, convention, st2b, 2030)
    assert any("Coût prévisionnel 2030 manquant pour Alice Moreau" in p for p in document.problems)
    # A forecast reads no readings: what it lacks is the meters' planned use.
    assert any("Utilisation prévue 2030 manquante pour le compteur « Copies copieur »" in p for p in document.problems)
    assert not any("Relevés" in p for p in document.problems)
    assert document.planned_staff == () and document.planned_budgets == ()
    assert len(document.problems) == len(set(document.problems))


def test_the_forecast_is_for_a_beneficiary_only(session):
    convention, _st2b = _parties(session)
    with pytest.raises(ServiceError, match="n'est pas bénéficiaire"):
        forecast_document(session, convention, find_party(session, "PAYS"), 2027)


# --- annual summary -------------------------------------------------------------------------


def test_the_annual_summary_has_each_quarter_with_its_documents(session):
    convention, st2b = _parties(session)
    summary = annual_summary(session, convention, st2b, 2025, D(2025, 11, 20))
    assert [p.period for p in summary.periods] == [Period.quarter(2025, q) for q in (1, 2, 3, 4)]
    t1, t2, t3, t4 = summary.periods
    for item in summary.periods:
        assert item.computed == preview(session, convention, item.period).total(st2b.id)

    assert [(d.number, d.kind) for d in t1.documents] == [("2025-0001", "statement"), ("2025-0004", "credit_note")]
    statement, credit = t1.documents
    assert statement.total == Decimal("15845.42") and statement.paid == statement.total
    assert REFUND < credit.total < 0  # ST2b's part of the refund recorded after issuing
    assert credit.corrects == "2025-0001" and credit.status == "avoir"
    assert t1.issued == statement.total + credit.total == t1.computed  # the credit note closed the drift
    assert t1.drift == 0
    assert t1.outstanding == credit.total  # paid before the credit note: a credit in its favour
    assert t1.status == "payé (trop-perçu)"

    (second,) = t2.documents
    assert second.paid == Decimal("10000.00")
    assert t2.outstanding == second.total - Decimal("10000.00")
    assert t2.status == "en retard"  # due on 09/08/2025
    (third,) = t3.documents
    assert third.paid == 0 and t3.status == "en retard"
    assert t4.documents == () and t4.status == "en cours"
    assert summary.other_documents == ()

    assert summary.issued_total == sum(d.total for p in summary.periods for d in p.documents)
    assert summary.paid_total == Decimal("25845.42")
    assert summary.outstanding_total == summary.issued_total - summary.paid_total
    assert [(p.date, p.number, p.amount) for p in summary.payments] == [
        (D(2025, 5, 2), "2025-0001", Decimal("15845.42")),
        (D(2025, 8, 5), "2025-0002", Decimal("10000.00")),
    ]


def test_statuses_follow_the_date(session):
    convention, st2b = _parties(session)
    early = annual_summary(session, convention, st2b, 2025, D(2025, 8, 1))
    assert early.periods[1].status == "payé en partie"  # due 09/08/2025, part paid on 05/08
    assert early.periods[3].status == "à venir"
    late = annual_summary(session, convention, st2b, 2025, D(2026, 3, 1))
    assert late.periods[3].status == "à émettre"


def test_forecast_against_actual_per_section(session):
    convention, scot = _parties(session, "SCOT")
    summary = annual_summary(session, convention, scot, 2026, D(2027, 2, 1))
    forecast = forecast_preview(session, convention, 2026)
    # R13: the actual year is the sum of its quarters, each rounded as its statement bills it.
    quarters = [preview(session, convention, q) for q in billing_periods(2026, "quarterly")]
    actual = sum_of_periods(Period.year(2026), quarters)
    assert actual.total(scot.id) == sum(q.total(scot.id) for q in quarters)
    assert [c.section for c in summary.comparison] == [s for s in SECTION_ORDER if actual.section_total(scot.id, s)]
    for item in summary.comparison:
        assert item.forecast == forecast.section_total(scot.id, item.section)
        assert item.actual == actual.section_total(scot.id, item.section)
        assert item.difference == item.actual - item.forecast
    personnel = summary.comparison[0]
    assert personnel.ratio == Fraction(personnel.difference) / Fraction(personnel.forecast)
    assert summary.actual_total == actual.total(scot.id)
    assert summary.forecast_problems  # no planned meter quantities for 2026 in the demo
    assert any("Paie manquante" in p for p in summary.actual_problems)  # payroll ends in October 2026
    assert all(p.documents == () for p in summary.periods)


def test_the_summary_is_for_a_beneficiary_only(session):
    convention, _ = _parties(session)
    with pytest.raises(ServiceError):
        annual_summary(session, convention, find_party(session, "PAYS"), 2025)


# --- convention summary ---------------------------------------------------------------------


def _alice(summary):
    alice = next(person for person in summary.staff if person.name == "Alice Moreau")
    return {share.party_code: share for share in alice.shares}, alice


def test_the_share_in_force_before_and_after_amendment_1(session):
    convention, _ = _parties(session)
    shares, alice = _alice(convention_summary(session, convention, D(2025, 2, 1)))
    assert shares["ST2B"].value == Fraction(2, 5)
    assert shares["ST2B"].since.amendment is None
    assert alice.provider_rest == Fraction(3, 5)
    shares, alice = _alice(convention_summary(session, convention, D(2025, 4, 1)))
    assert shares["ST2B"].value == Fraction(1, 2)
    assert shares["ST2B"].since.effective == D(2025, 3, 1)
    assert shares["ST2B"].since.amendment == "avenant n° 1"
    assert shares["ST2B"].since.text == "depuis le 01/03/2025 (avenant n° 1)"
    assert alice.working_time == 1


def test_terms_and_key_dates(session):
    convention, _ = _parties(session)
    summary = convention_summary(session, convention, D(2025, 4, 1))
    assert summary.reference == "CAM-2024-01"
    assert [p.code for p in summary.parties] == ["PAYS", "ST2B", "SCOT"]
    assert (summary.term_end, summary.notice_deadline, summary.next_renewal) == (
        D(2027, 12, 31), D(2027, 9, 30), D(2028, 1, 1))  # fmt: skip
    assert summary.notice_alert == ""
    assert [(a.number, a.in_force) for a in summary.amendments] == [(1, True), (2, False)]
    assert [a.title for a in summary.articles][:2] == ["Objet", "Mise à disposition de personnel"]
    assert summary.made_on == dt.date.today()


def test_the_vat_row_gives_no_single_rate_once_sections_have_their_own(session):
    """Amendment n° 2 taxes Personnel at 20 % and exempts the other sections from 2026 (R14): the
    convention's single regime (« non assujettie ») then says nothing true of a document."""
    convention, _ = _parties(session)
    before = dict(terms(convention_summary(session, convention, D(2025, 4, 1))))["TVA"]
    after = dict(terms(convention_summary(session, convention, D(2026, 4, 1))))["TVA"]
    assert before == ("non assujettie — TVA non applicable : association non assujettie à la TVA ; "
                      "par section (voir les clauses financières) à partir du 01/01/2026")  # fmt: skip
    assert after == "par section (voir les clauses financières) depuis le 01/01/2026"
    assert "%" not in after and "non assujettie" not in after


def test_the_notice_deadline_warns_within_90_days(session):
    convention, _ = _parties(session)
    near = convention_summary(session, convention, D(2027, 8, 15))
    assert "dans 46 jours" in near.notice_alert
    assert "30/09/2027" in near.notice_alert and "01/01/2028" in near.notice_alert
    assert convention_summary(session, convention, D(2027, 6, 30)).notice_alert == ""  # 92 days
    assert convention_summary(session, convention, D(2027, 10, 1)).notice_alert == ""  # passed
    renewed = convention_summary(session, convention, D(2028, 3, 1))
    assert (renewed.term_end, renewed.renewals, renewed.notice_deadline) == (D(2028, 12, 31), 1, D(2028, 9, 30))


def test_resources_in_force_carry_their_amendment(session):
    convention, _ = _parties(session)
    before = convention_summary(session, convention, D(2025, 12, 31))
    after = convention_summary(session, convention, D(2026, 2, 1))
    briey = lambda s: {p.party_code: p for p in next(x for x in s.sites if x.name == "Bureaux de Briey").surfaces}  # noqa: E731
    assert briey(before)["ST2B"].value == 36 and briey(before)["ST2B"].since.amendment is None
    assert briey(after)["ST2B"].value == 48 and briey(after)["ST2B"].since.amendment == "avenant n° 2"
    assert briey(after)["ST2B"].ratio == Fraction(48) / Fraction(309, 2)  # 48 of 92 + 48 + 14,5 m²
    supplies = lambda s: next(k for k in s.keys if k.name == "Forfait fournitures")  # noqa: E731
    assert {p.party_code: p.value for p in supplies(before).parts} == {
        "ST2B": Fraction(1, 4), "SCOT": 0, "PAYS": Fraction(3, 4)}  # fmt: skip
    assert {p.party_code: p.value for p in supplies(after).parts}["SCOT"] == Fraction(1, 10)
    assert supplies(after).amendments == ("avenant n° 2",)
    headcount = {p.party_code: p for p in after.headcount}
    assert headcount["ST2B"].value == 3 and headcount["SCOT"].value == Fraction(3, 2)
    categories = {c.name: c for c in after.categories}
    assert categories["Télécommunications"].key_name == "Effectifs (ETP)"
    vehicle = next(e for e in after.equipment if e.name.startswith("Renault"))
    # Billed per km from amendment n° 2 (R12), the vehicle's own costs stay with the Pays.
    assert vehicle.key_name == "Direct Pays"
    assert next(e for e in before.equipment if e.name.startswith("Renault")).key_name == "Kilomètres du véhicule"
    assert vehicle.depreciated_until == D(2028, 6, 30)
    km = next(k for k in after.keys if k.name == "Kilomètres du véhicule")
    assert km.note == "relevés du 01/01/2026 au 31/03/2026" and sum(p.ratio for p in km.parts) == 1


def test_a_metered_key_without_readings_says_so(tmp_path):
    database = open_database(demo_database(tmp_path / "demo.sqlite"))
    try:
        with database.session() as session:
            convention = find_convention(session, "ST2B")
            summary = convention_summary(session, convention, D(2027, 1, 15))
    finally:
        database.dispose()
    copies = next(k for k in summary.keys if k.name == "Copies du copieur")
    assert copies.parts == () and "Relevés manquants" in copies.note
