"""Planned meter use typed in the app: a meter's quantities per party for a year, which the
forecast and the advance calls bill instead of readings; all or nothing, audited."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from mutualisation.domain.forecast import MISSING_PLANNED_USE
from mutualisation.services.audit_log import list_entries, table_label
from mutualisation.services.cost_inputs import load_planned
from mutualisation.services.costs import find_convention, find_party, forecast_preview
from mutualisation.services.editing.planned_use import PlannedUseChange, planned_use_year, set_planned_use
from mutualisation.services.errors import ServiceError
from mutualisation.storage import models as m

D = Decimal


def _ids(session):
    meters = {row.name: row.id for row in session.scalars(select(m.Meter))}
    parties = {code: find_party(session, code).id for code in ("PAYS", "ST2B", "SCOT")}
    return meters, parties


def _audit_count(session) -> int:
    return session.scalar(select(func.count()).select_from(m.AuditEntry))


def test_the_year_lists_every_meter_and_the_convention_parties(demo_db):
    with demo_db.session() as session:
        meters, parties = _ids(session)
        planned = planned_use_year(session, 2027)
        empty = planned_use_year(session, 2026)
    assert [(r.name, r.unit) for r in planned.meters] == [("Copies copieur", "copies"), ("Kilométrage véhicule", "km")]
    assert [p.code for p in planned.parties] == ["PAYS", "ST2B", "SCOT"]
    km = meters["Kilométrage véhicule"]
    assert planned.quantities[(km, parties["ST2B"])] == D("5600")
    assert empty.quantities == {} and empty.meters == planned.meters


def test_typed_planned_use_completes_the_forecast_and_is_audited(demo_db):
    with demo_db.session() as session:
        meters, parties = _ids(session)
        convention = find_convention(session, "ST2B")
        missing = {p.item_id for p in forecast_preview(session, convention, 2026).problems
                   if p.code == MISSING_PLANNED_USE}  # fmt: skip
        assert missing == set(meters.values())
        before = _audit_count(session)
    km, copies = meters["Kilométrage véhicule"], meters["Copies copieur"]
    changes = [
        PlannedUseChange(km, parties["PAYS"], D("12000")),
        PlannedUseChange(km, parties["ST2B"], D("6000")),
        PlannedUseChange(km, parties["SCOT"], D("2000")),
        PlannedUseChange(copies, parties["PAYS"], D("40000")),
        PlannedUseChange(copies, parties["ST2B"], D("16000")),
        PlannedUseChange(copies, parties["SCOT"], D("7999.5")),
    ]
    with demo_db.session() as session, session.begin():
        set_planned_use(session, 2026, changes)
    with demo_db.session() as session:
        assert load_planned(session, 2026).meter_use[km] == {
            parties["PAYS"]: D("12000"), parties["ST2B"]: D("6000"), parties["SCOT"]: D("2000")
        }
        assert load_planned(session, 2026).meter_use[copies][parties["SCOT"]] == D("7999.5")
        result = forecast_preview(session, find_convention(session, "ST2B"), 2026)
        assert not [p for p in result.problems if p.code == MISSING_PLANNED_USE]
        # The vehicle is a priced meter (R12): ST2B's planned kilometres × the 2026 price.
        st2b = parties["ST2B"]
        [vehicle] = [line for line in result.lines_for(st2b) if "km" in line.key_description(st2b)]
        assert vehicle.label == "Kilométrage véhicule (km × prix unitaire)"
        assert vehicle.key_description(st2b) == "6\u202f000 km × 0,39\u00a0€"
        assert vehicle.part(st2b) == D("2340.00")
        audit = session.scalars(
            select(m.AuditEntry).where(m.AuditEntry.table_name == "planned_meter_use").order_by(m.AuditEntry.id)
        ).all()
        assert _audit_count(session) == before + 6
        assert [a.action for a in audit[-6:]] == ["insert"] * 6

    # Corrected, then cleared: an update and a deletion, each in the log.
    with demo_db.session() as session, session.begin():
        set_planned_use(session, 2026, [PlannedUseChange(km, parties["SCOT"], D("2500")),
                                        PlannedUseChange(copies, parties["SCOT"], None)])  # fmt: skip
    with demo_db.session() as session:
        year = planned_use_year(session, 2026)
        assert year.quantities[(km, parties["SCOT"])] == D("2500")
        assert (copies, parties["SCOT"]) not in year.quantities
        actions = session.scalars(
            select(m.AuditEntry.action).where(m.AuditEntry.table_name == "planned_meter_use")
            .order_by(m.AuditEntry.id)
        ).all()  # fmt: skip
        assert sorted(actions[-2:]) == ["delete", "update"]
        # The journal names the table with the words of the editor, the import sheet and the
        # forecast's missing-data message: « Utilisation prévue », not a reading.
        rows = [r for r in list_entries(session) if r.table == "planned_meter_use"]
        assert rows and {table_label(r.table) for r in rows} == {"Utilisation prévue"}


@pytest.mark.parametrize(
    ("year", "quantity", "message"),
    [
        (2026, D("-1"), "Utilisation prévue 2026 du compteur « Kilométrage véhicule » pour ST2B : une quantité ne peut pas être négative."),
        (2026, D("1.2345"), "Utilisation prévue 2026 du compteur « Kilométrage véhicule » pour ST2B : 3 décimales au plus."),
        (1999, D("10"), "Année 1999 hors des limites : choisissez une année de 2000 à 2100."),
    ],
)
def test_bad_cells_are_refused_with_the_reason_and_nothing_is_written(demo_db, year, quantity, message):
    with demo_db.session() as session:
        meters, parties = _ids(session)
        before = _audit_count(session)
    km, copies = meters["Kilométrage véhicule"], meters["Copies copieur"]
    with demo_db.session() as session, session.begin():
        with pytest.raises(ServiceError) as refused:
            set_planned_use(session, year, [PlannedUseChange(copies, parties["PAYS"], D("100")),
                                            PlannedUseChange(km, parties["ST2B"], quantity)])  # fmt: skip
    assert str(refused.value) == message
    with demo_db.session() as session:
        assert planned_use_year(session, 2026).quantities == {}
        assert _audit_count(session) == before


def test_one_quantity_per_meter_year_and_party(demo_db):
    with demo_db.session() as session:
        meters, parties = _ids(session)
    km = meters["Kilométrage véhicule"]
    with demo_db.session() as session, session.begin():
        with pytest.raises(ServiceError, match="donnée deux fois, une seule quantité est possible"):
            set_planned_use(session, 2026, [PlannedUseChange(km, parties["ST2B"], D("1")),
                                            PlannedUseChange(km, parties["ST2B"], D("2"))])  # fmt: skip
    with demo_db.session() as session:
        assert planned_use_year(session, 2026).quantities == {}


def test_a_meter_deleted_meanwhile_is_named(demo_db):
    with demo_db.session() as session, session.begin():
        _, parties = _ids(session)
        with pytest.raises(ServiceError, match="le compteur a peut-être été supprimé"):
            set_planned_use(session, 2026, [PlannedUseChange(999, parties["ST2B"], D("1"))])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(["PAYS", "ST2B", "SCOT"]),
                       st.one_of(st.none(), st.decimals(min_value=0, max_value=10**6, places=3)), max_size=3))
def test_what_is_typed_is_what_is_read_back(demo_db, cells):
    """Property: after any batch of valid cells, the year reads back exactly what was typed
    (a cleared cell is absent), to the thousandth."""
    with demo_db.session() as session:
        meters, parties = _ids(session)
    km = meters["Kilométrage véhicule"]
    with demo_db.session() as session, session.begin():
        set_planned_use(session, 2030, [PlannedUseChange(km, parties[c], q) for c, q in cells.items()])
    with demo_db.session() as session:
        read = planned_use_year(session, 2030).quantities
    for code, quantity in cells.items():
        assert read.get((km, parties[code])) == quantity
