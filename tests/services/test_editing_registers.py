"""Equipment, sites, keys, meters, categories, charges, bills and headcount: saved, refused, deleted."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.services import registers
from mutualisation.services.costs import find_party
from mutualisation.services.errors import ServiceError
from mutualisation.services.editing import bills, categories, charges, equipment, headcount, history, keys, premises
from mutualisation.services.editing.history import DatedEntry, YearAmount
from mutualisation.storage import models as m

D = Decimal
JAN_2026 = dt.date(2026, 1, 1)


def _key(session, name):
    return session.scalar(select(m.AllocationKey.id).where(m.AllocationKey.name == name))


def _refused(database, change) -> str:
    with database.session() as session, session.begin():
        with pytest.raises(ServiceError) as refused:
            change(session)
    return str(refused.value)


# -- equipment --------------------------------------------------------------------------------


def test_equipment_is_saved_with_its_key_history(demo_db):
    with demo_db.session() as session, session.begin():
        values = equipment.EquipmentValues("Imprimante 3D", "it", D("1250.40"), dt.date(2026, 2, 1), 3)
        item_id = equipment.save_equipment(session, None, values, [
            DatedEntry(dt.date(2026, 2, 1), _key(session, "Effectifs (ETP)")),
            DatedEntry(dt.date(2026, 7, 1), _key(session, "Direct ST2b")),
        ])  # fmt: skip
    with demo_db.session() as session:
        row = next(r for r in registers.equipment(session, dt.date(2026, 8, 1)) if r.id == item_id)
        loaded, entries = equipment.load_equipment(session, item_id)
    assert (row.acquisition_value, row.useful_life_years, row.key_name) == (D("1250.40"), 3, "Direct ST2b")
    assert [e.effective_date for e in entries] == [dt.date(2026, 2, 1), dt.date(2026, 7, 1)]
    assert loaded.version == 1


def test_refused_equipment_and_a_used_item_is_kept(demo_db):
    good = equipment.EquipmentValues("Vélo", "vehicle", D("900"), dt.date(2026, 1, 1), 4)
    key = [DatedEntry(JAN_2026, 1)]
    assert "de 1 à 100 ans" in _refused(demo_db, lambda s: equipment.save_equipment(
        s, None, equipment.EquipmentValues("Vélo", "vehicle", D("900"), JAN_2026, 0), key))  # fmt: skip
    assert "ne peut pas être négatif" in _refused(demo_db, lambda s: equipment.save_equipment(
        s, None, equipment.EquipmentValues("Vélo", "vehicle", D("-1"), JAN_2026, 4), key))  # fmt: skip
    assert "indiquez la clé" in _refused(demo_db, lambda s: equipment.save_equipment(s, None, good, []))
    with demo_db.session() as session:
        vehicle = session.scalar(select(m.Equipment.id).where(m.Equipment.kind == "vehicle"))
    message = _refused(demo_db, lambda s: equipment.delete_equipment(s, vehicle))
    assert "facture(s)" in message and "1 compteur(s)" in message


# -- sites ------------------------------------------------------------------------------------


def test_a_site_and_its_surfaces(demo_db):
    with demo_db.session() as session, session.begin():
        pays, st2b = find_party(session, "PAYS"), find_party(session, "ST2B")
        site_id = premises.save_site(session, None, premises.SiteValues("Maison de l'habitat", "Jarny", D("12.5")), [
            DatedEntry(JAN_2026, D("40"), pays.id), DatedEntry(JAN_2026, D("20.25"), st2b.id),
        ])  # fmt: skip
    with demo_db.session() as session:
        site = next(s for s in registers.sites(session, dt.date(2026, 3, 1)) if s.id == site_id)
    assert [(s.party_code, s.value) for s in site.surfaces] == [("PAYS", D("40.00")), ("ST2B", D("20.25"))]
    assert site.exclusive_area == D("60.25") and site.common_area == D("12.50")
    with demo_db.session() as session, session.begin():
        premises.delete_site(session, site_id)


def test_refused_sites(demo_db):
    with demo_db.session() as session:
        pays = find_party(session, "PAYS").id
        briey = session.scalar(select(m.Site.id).where(m.Site.name == "Bureaux de Briey"))
    assert "Un site s'appelle déjà « Bureaux de Briey »" in _refused(
        demo_db, lambda s: premises.save_site(s, None, premises.SiteValues("Bureaux de Briey"), []))
    assert "une surface ne peut pas être négative" in _refused(
        demo_db, lambda s: premises.save_site(s, None, premises.SiteValues("Nouveau"), [DatedEntry(JAN_2026, D("-3"), pays)]))
    message = _refused(demo_db, lambda s: premises.delete_site(s, briey))
    assert "charge(s) récurrente(s)" in message and "1 clé(s) de répartition" in message


# -- keys and meters --------------------------------------------------------------------------


def test_a_fixed_key_with_dated_percentages_and_other_kinds(demo_db):
    with demo_db.session() as session, session.begin():
        st2b, scot = find_party(session, "ST2B"), find_party(session, "SCOT")
        key_id = keys.save_key(session, None, keys.KeyValues("Forfait communication", "fixed"), [
            DatedEntry(JAN_2026, D("0.3"), st2b.id), DatedEntry(JAN_2026, D("0.1"), scot.id),
            DatedEntry(dt.date(2026, 7, 1), D("0.35"), st2b.id),
        ])  # fmt: skip
        meter_id = keys.save_meter(session, None, keys.MeterValues("Heures de salle", "heures"))
        metered = keys.save_key(session, None, keys.KeyValues("Heures de la salle", "metered", meter_id=meter_id,
                                                                site_id=1))  # fmt: skip
    with demo_db.session() as session:
        row = next(k for k in registers.allocation_keys(session, dt.date(2026, 8, 1)) if k.id == key_id)
        metered_row = next(k for k in registers.allocation_keys(session) if k.id == metered)
    assert [(s.party_code, s.value) for s in row.fixed_shares] == [("ST2B", D("0.350000")), ("SCOT", D("0.100000"))]
    assert (metered_row.meter, metered_row.site) == ("Heures de salle", None)  # only what its kind uses is kept


def test_refused_keys_and_keys_in_use(demo_db):
    with demo_db.session() as session:
        st2b = find_party(session, "ST2B").id
        used = _key(session, "Effectifs (ETP)")
        km = session.scalar(select(m.Meter.id).where(m.Meter.unit == "km"))
    assert "Site : choisissez le site" in _refused(demo_db, lambda s: keys.save_key(s, None, keys.KeyValues("K", "surface")))
    assert "le total atteint 120" in _refused(demo_db, lambda s: keys.save_key(
        s, None, keys.KeyValues("K", "fixed"), [DatedEntry(JAN_2026, D("1.2"), st2b)]))  # fmt: skip
    assert "Une clé s'appelle déjà" in _refused(demo_db, lambda s: keys.save_key(
        s, None, keys.KeyValues("effectifs (etp)", "headcount")))  # fmt: skip
    message = _refused(demo_db, lambda s: keys.delete_key(s, used))
    assert "matériel(s)" in message and "catégorie(s) de dépenses" in message
    assert "1 clé(s) de répartition" in _refused(demo_db, lambda s: keys.delete_meter(s, km))


# -- categories -------------------------------------------------------------------------------


def test_a_category_with_its_key_history_and_budget(demo_db):
    with demo_db.session() as session, session.begin():
        category_id = categories.save_category(
            session, None, categories.CategoryValues("com", "Communication"),
            [DatedEntry(JAN_2026, _key(session, "Effectifs (ETP)"))], [YearAmount(2027, D("1800.00"))],
        )  # fmt: skip
    with demo_db.session() as session, session.begin():
        values, entries, budgets = categories.load_category(session, category_id)
        assert (values.code, [b.amount for b in budgets]) == ("COM", [D("1800.00")])
        categories.save_category(session, category_id, values, [*entries, DatedEntry(dt.date(2026, 7, 1), _key(
            session, "Direct ST2b"))], budgets)  # fmt: skip
    with demo_db.session() as session:
        row = next(c for c in registers.categories(session, dt.date(2026, 8, 1)) if c.id == category_id)
    assert (row.key_name, row.key_since) == ("Direct ST2b", dt.date(2026, 7, 1))
    with demo_db.session() as session:
        telecom = session.scalar(select(m.ExpenseCategory.id).where(m.ExpenseCategory.code == "TELECOM"))
    assert "facture(s)" in _refused(demo_db, lambda s: categories.delete_category(s, telecom))
    assert "est déjà celui d'une autre catégorie" in _refused(demo_db, lambda s: categories.save_category(
        s, None, categories.CategoryValues("telecom", "Téléphone"), [DatedEntry(JAN_2026, 1)]))  # fmt: skip


# -- charges and bills ------------------------------------------------------------------------


def test_charges_are_saved_and_checked(demo_db):
    with demo_db.session() as session, session.begin():
        site = session.scalar(select(m.Site.id).where(m.Site.name == "Antenne de Landres"))
        charge_id = charges.save_charge(session, None, charges.ChargeValues(
            "Chauffage de l'antenne", D("310.00"), "quarter", JAN_2026, dt.date(2026, 12, 31), site_id=site))  # fmt: skip
    with demo_db.session() as session:
        row = next(c for c in registers.recurring_charges(session) if c.id == charge_id)
    assert (row.amount, row.frequency, row.attached_kind, row.attached_to) == (
        D("310.00"), "quarter", "site", "Antenne de Landres")  # fmt: skip
    assert "un seul" in _refused(demo_db, lambda s: charges.save_charge(
        s, None, charges.ChargeValues("X", D("1"), "month", JAN_2026, site_id=site, category_id=1)))  # fmt: skip
    assert "Fin (31/12/2025) ne peut pas précéder début (01/01/2026)." in _refused(demo_db, lambda s: charges.save_charge(
        s, None, charges.ChargeValues("X", D("1"), "month", JAN_2026, dt.date(2025, 12, 31), category_id=1)))  # fmt: skip
    with demo_db.session() as session, session.begin():
        charges.delete_charge(session, charge_id)


def test_a_bill_with_a_service_period_a_refund_and_its_file(demo_db):
    with demo_db.session() as session, session.begin():
        category = session.scalar(select(m.ExpenseCategory.id).where(m.ExpenseCategory.code == "FLUIDES"))
        bill_id = bills.save_bill(session, None, bills.BillValues(
            dt.date(2026, 7, 10), "EDF", "Régularisation électricité", D("-86.40"), "REG-2026",
            dt.date(2026, 1, 1), dt.date(2026, 6, 30), category_id=category,
            key_override_id=_key(session, "Direct ST2b")))  # fmt: skip
        bills.set_attachment(session, bill_id, "C:\\Scans\\edf 2026.pdf", b"%PDF-1.4 demo")
    with demo_db.session() as session:
        row = next(b for b in registers.bills(session) if b.id == bill_id)
        assert (row.amount, row.service_start, row.key_override) == (D("-86.40"), dt.date(2026, 1, 1), "Direct ST2b")
        assert bills.attachment(session, bill_id) == ("edf 2026.pdf", b"%PDF-1.4 demo")
    with demo_db.session() as session, session.begin():
        bills.remove_attachment(session, bill_id)
        assert bills.attachment_name(session, bill_id) is None
        bills.delete_bill(session, bill_id)
    assert "le début et la fin" in _refused(demo_db, lambda s: bills.save_bill(s, None, bills.BillValues(
        dt.date(2026, 7, 10), "EDF", "X", D("1"), service_start=JAN_2026, category_id=category)))  # fmt: skip
    assert "Montant : 2 décimales au plus." in _refused(demo_db, lambda s: bills.save_bill(s, None, bills.BillValues(
        dt.date(2026, 7, 10), "EDF", "X", D("12.345"), category_id=category)))  # fmt: skip


# -- own headcount ----------------------------------------------------------------------------


def test_headcount_is_a_dated_history(demo_db):
    with demo_db.session() as session, session.begin():
        st2b = find_party(session, "ST2B").id
        entries = headcount.load_headcount(session, st2b)
        assert [(e.effective_date, e.value) for e in entries] == [(dt.date(2025, 1, 1), D("2")), (JAN_2026, D("3"))]
        headcount.save_headcount(session, st2b, [*entries, DatedEntry(dt.date(2026, 9, 1), D("3.5"))])
    with demo_db.session() as session, session.begin():
        later = headcount.load_headcount(session, st2b)[-1]
        assert (later.effective_date, later.value) == (dt.date(2026, 9, 1), D("3.5"))
        history.delete_entry(session, "headcount", later.id)
    assert "ne peut pas être négatif" in _refused(demo_db, lambda s: headcount.save_headcount(
        s, st2b, [DatedEntry(JAN_2026, D("-1"))]))  # fmt: skip
