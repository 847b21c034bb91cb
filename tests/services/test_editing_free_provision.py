"""Free provision of a site, item or category (R17): a list saved whole with its resource, checked
against the billing periods of its convention, every refusal in French and changing nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from mutualisation.services.editing import resource_clauses as rc
from mutualisation.services.errors import ServiceError
from mutualisation.storage import models as m

Entry = rc.FreeProvisionEntry


def _id(session, model, **where):
    query = select(model.id)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    return session.scalars(query).first()


def _pair(session, code):
    return next(b for b in rc.free_provision_beneficiaries(session) if b.label.startswith(code))


def _stored(database, resource, ident):
    with database.session() as session:
        return [(e.party_id, e.start, e.end) for e in rc.load_free_provisions(session, resource, ident)]


def test_the_beneficiaries_offered_are_those_of_the_convention_in_its_order(demo_db):
    with demo_db.session() as session:
        labels = [b.label for b in rc.free_provision_beneficiaries(session)]
        assert [label.split(" — ")[0] for label in labels] == ["ST2B", "SCOT"]
        assert {b.billing_frequency for b in rc.free_provision_beneficiaries(session)} == {"quarterly"}


def test_a_site_is_provided_free_then_corrected_then_removed(demo_db):
    with demo_db.session() as session, session.begin():
        site = _id(session, m.Site, name="Bureaux de Briey")
        st2b, scot = _pair(session, "ST2B"), _pair(session, "SCOT")
        rc.save_free_provisions(session, "site", site, [
            Entry(st2b.convention_id, st2b.party_id, dt.date(2026, 4, 1), dt.date(2026, 9, 30)),
            Entry(scot.convention_id, scot.party_id, dt.date(2026, 1, 1)),
        ])  # fmt: skip
    assert _stored(demo_db, "site", site) == [
        (scot.party_id, dt.date(2026, 1, 1), None), (st2b.party_id, dt.date(2026, 4, 1), dt.date(2026, 9, 30)),
    ]  # fmt: skip
    with demo_db.session() as session, session.begin():
        first, second = rc.load_free_provisions(session, "site", site)
        rc.save_free_provisions(session, "site", site, [Entry(
            second.convention_id, second.party_id, second.start, dt.date(2026, 12, 31), None, second.id)])
    assert _stored(demo_db, "site", site) == [(st2b.party_id, dt.date(2026, 4, 1), dt.date(2026, 12, 31))]
    with demo_db.session() as session:
        row = session.scalars(select(m.FreeProvision).where(m.FreeProvision.site_id == site)).one()
        assert row.id == second.id and row.site_id == site and row.equipment_id is None
        # Every change is in the audit log, in the same transaction.
        actions = session.scalars(
            select(m.AuditEntry.action).where(m.AuditEntry.table_name == "free_provision",
                                              m.AuditEntry.record_id.in_([first.id, second.id]))
        ).all()
        assert sorted(actions) == ["delete", "insert", "insert", "update"]


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (dt.date(2026, 2, 1), None, "ne peut changer que le premier jour d'une période de facturation : le "
         "01/02/2026 tombe à l'intérieur de la période qui se termine le 31/03/2026. Choisissez le 1er "
         "janvier, avril, juillet ou octobre."),
        (dt.date(2026, 1, 1), dt.date(2026, 5, 31), "La mise à disposition gratuite (lendemain de sa fin) ne "
         "peut changer que le premier jour d'une période de facturation : le 01/06/2026"),
        (dt.date(2023, 10, 1), None, "le 01/10/2023 précède le début de la convention (01/01/2025)."),
        (dt.date(2026, 4, 1), dt.date(2026, 3, 31), "se termine le 31/03/2026, avant de commencer."),
    ],
)
def test_dates_off_the_billing_periods_are_refused_and_nothing_changes(demo_db, start, end, message):
    with demo_db.session() as session:
        category = _id(session, m.ExpenseCategory, code="TELECOM")
        st2b = _pair(session, "ST2B")
        before = _stored(demo_db, "category", category)
    with pytest.raises(ServiceError) as refused, demo_db.session() as session, session.begin():
        rc.save_free_provisions(session, "category", category, [Entry(st2b.convention_id, st2b.party_id, start, end)])
    assert message in str(refused.value)
    assert _stored(demo_db, "category", category) == before


def test_overlapping_stretches_for_one_beneficiary_are_refused_but_two_beneficiaries_may_share_a_day(demo_db):
    with demo_db.session() as session:
        item = _id(session, m.Equipment, kind="vehicle")
        st2b, scot = _pair(session, "ST2B"), _pair(session, "SCOT")
        beneficiaries = rc.free_provision_beneficiaries(session)
    open_ended = Entry(st2b.convention_id, st2b.party_id, dt.date(2026, 1, 1))
    later = Entry(st2b.convention_id, st2b.party_id, dt.date(2027, 1, 1), dt.date(2027, 3, 31))
    assert rc.free_provisions_problem([open_ended, later], beneficiaries) == (
        "La mise à disposition gratuite à ST2B — Syndicat mixte des transports du Pays du bassin de Briey "
        "(ST2b) du 01/01/2027 chevauche celle qui commence le 01/01/2026."
    )
    other = Entry(scot.convention_id, scot.party_id, dt.date(2026, 1, 1))
    assert rc.free_provisions_problem([open_ended, other], beneficiaries) == ""
    with pytest.raises(ServiceError, match="chevauche"), demo_db.session() as session, session.begin():
        rc.save_free_provisions(session, "equipment", item, [open_ended, later])
    assert _stored(demo_db, "equipment", item) == []


def test_an_amendment_of_another_convention_or_a_stranger_is_refused(demo_db):
    with demo_db.session() as session:
        site = _id(session, m.Site, name="Bureaux de Briey")
        st2b = _pair(session, "ST2B")
    with pytest.raises(ServiceError, match="choisissez un bénéficiaire"), demo_db.session() as session:
        rc.save_free_provisions(session, "site", site, [Entry(st2b.convention_id, 999, dt.date(2026, 1, 1))])
    with pytest.raises(ServiceError, match="l'avenant cité"), demo_db.session() as session:
        rc.save_free_provisions(session, "site", site, [
            Entry(st2b.convention_id, st2b.party_id, dt.date(2026, 1, 1), None, 999)])
