"""A beneficiary's Chorus Pro references per year: saved whole, checked, audited, and taken by
each document for its own period's year."""

import json

import pytest
from sqlalchemy import select

from mutualisation.domain.chorus import ChorusYear, budget_year, missing_for_deposit, references_for
from mutualisation.domain.periods import Period
from mutualisation.services.editing.chorus import chorus_year, load_chorus_years, save_chorus_years
from mutualisation.services.errors import ServiceError
from mutualisation.storage import models as m


def _st2b(session) -> int:
    return session.scalar(select(m.Party.id).where(m.Party.code == "ST2B"))


def test_the_years_are_replaced_whole_and_audited(demo_db):
    with demo_db.session() as session, session.begin():
        party_id = _st2b(session)
        assert load_chorus_years(session, party_id) == [
            ChorusYear(2025, "FINANCES", "EJ-2025-000318"), ChorusYear(2026, "FINANCES", "EJ-2026-000412"),
        ]  # fmt: skip
        last = session.scalar(select(m.AuditEntry.id).order_by(m.AuditEntry.id.desc()).limit(1)) or 0
        save_chorus_years(session, party_id, [ChorusYear(2026, " FIN-2026 ", "EJ-2026-000412"),
                                              ChorusYear(2027, "", "EJ-2027-1")])  # fmt: skip
    with demo_db.session() as session:
        assert load_chorus_years(session, party_id) == [
            ChorusYear(2026, "FIN-2026", "EJ-2026-000412"), ChorusYear(2027, "", "EJ-2027-1"),
        ]  # fmt: skip
        assert chorus_year(session, party_id, 2025) is None
        log = session.scalars(select(m.AuditEntry).where(m.AuditEntry.table_name == "chorus_reference",
                                                         m.AuditEntry.id > last)).all()  # fmt: skip
        actions = [(e.action, json.loads(e.after_json or e.before_json)["year"]) for e in log]
        assert sorted(actions) == [("delete", 2025), ("insert", 2027), ("update", 2026)]


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([ChorusYear(1999, "A", "B")], "Année des références Chorus Pro : entre 2000 et 2100"),
        ([ChorusYear(2026, " ", "")], "Références Chorus Pro 2026 : indiquez le code service, le numéro d'engagement ou les deux."),
        ([ChorusYear(2026, "A", ""), ChorusYear(2026, "", "B")], "l'année 2026 est donnée deux fois"),
        ([ChorusYear(2026, "A" * 101, "")], "Code service 2026 : 100 caractères au plus."),
    ],
)
def test_bad_references_are_refused_and_change_nothing(demo_db, entries, message):
    with demo_db.session() as session:
        party_id = _st2b(session)
        before = load_chorus_years(session, party_id)
    with pytest.raises(ServiceError, match=message), demo_db.session() as session, session.begin():
        save_chorus_years(session, party_id, entries)
    with demo_db.session() as session:
        assert load_chorus_years(session, party_id) == before


def test_a_year_never_borrows_another_s_references():
    entries = [ChorusYear(2025, "FIN", "EJ-2025"), ChorusYear(2026, "FIN", "EJ-2026")]
    assert references_for(entries, 2026) == entries[1] and references_for(entries, 2027) is None
    assert budget_year(Period.quarter(2025, 4)) == 2025
    assert missing_for_deposit("25540917900017", entries[0]) == ()
    assert missing_for_deposit("", None) == ("SIRET", "code service", "numéro d'engagement")
    assert missing_for_deposit("25540917900017", ChorusYear(2026, "", "EJ")) == ("code service",)
