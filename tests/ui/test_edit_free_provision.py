"""The free provision of a site, item or category (R17), typed in the resource's form as a person would."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from mutualisation.services.editing import resource_clauses as rc
from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.ui.dialogs.category_dialog import CategoryDialog
from mutualisation.ui.dialogs.equipment_dialog import EquipmentDialog
from mutualisation.ui.dialogs.site_dialog import SiteDialog

from .test_edit_support import choose_text, click, type_into


def _id(database, model, **where):
    with database.session() as session:
        query = select(model.id)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalars(query).first()


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _stored(database, resource, ident):
    with database.session() as session:
        codes = {p.id: p.code for p in session.scalars(select(m.Party))}
        return [(codes[e.party_id], e.start, e.end) for e in rc.load_free_provisions(session, resource, ident)]


def test_parking_spaces_provided_free_to_scot_are_typed_and_saved_with_the_site(demo_db, qtbot):
    site = _id(demo_db, m.Site, name="Bureaux de Briey")
    form = _open(qtbot, SiteDialog(Workspace(demo_db), site))
    free = form.free
    assert [free.beneficiary_field.itemText(i).split(" — ")[0] for i in range(free.beneficiary_field.count())] == [
        "ST2B", "SCOT"
    ]  # fmt: skip
    choose_text(free.beneficiary_field, "SCOT")
    type_into(qtbot, free.start_field, "01/07/2026")
    click(qtbot, free.add_button)
    assert [(e.start, e.end) for e in free.entries()] == [(dt.date(2026, 7, 1), None)]
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert _stored(demo_db, "site", site) == [("SCOT", dt.date(2026, 7, 1), None)]


def test_a_start_inside_a_quarter_is_refused_next_to_the_list_and_nothing_is_added(demo_db, qtbot):
    category = _id(demo_db, m.ExpenseCategory, code="TELECOM")
    form = _open(qtbot, CategoryDialog(Workspace(demo_db), category))
    form.tabs.setCurrentWidget(form.free)
    free = form.free
    before = free.entries()
    type_into(qtbot, free.start_field, "15/02/2026")
    click(qtbot, free.add_button)
    assert free.message.isVisible()
    assert free.message.text() == (
        "La mise à disposition gratuite ne peut changer que le premier jour d'une période de facturation : "
        "le 15/02/2026 tombe à l'intérieur de la période qui se termine le 31/03/2026. Choisissez le 1er "
        "janvier, avril, juillet ou octobre."
    )
    assert free.entries() == before
    type_into(qtbot, free.start_field, "01/01/2026")
    type_into(qtbot, free.end_field, "30/06/2026")
    click(qtbot, free.add_button)
    assert not free.message.isVisible()
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert ("ST2B", dt.date(2026, 1, 1), dt.date(2026, 6, 30)) in _stored(demo_db, "category", category)


def test_an_end_before_the_start_is_flagged_as_typed(demo_db, qtbot):
    form = _open(qtbot, EquipmentDialog(Workspace(demo_db), _id(demo_db, m.Equipment, kind="vehicle")))
    free = form.free
    type_into(qtbot, free.start_field, "01/04/2026")
    type_into(qtbot, free.end_field, "31/03/2026")
    assert free.end_field.error() == "La fin ne peut pas précéder le début."
    assert not free.add_button.isEnabled()


def test_an_overlap_is_refused_and_a_correction_and_a_removal_are_saved_with_the_item(demo_db, qtbot):
    item = _id(demo_db, m.Equipment, kind="vehicle")
    form = _open(qtbot, EquipmentDialog(Workspace(demo_db), item))
    free = form.free
    type_into(qtbot, free.start_field, "01/01/2026")
    click(qtbot, free.add_button)
    type_into(qtbot, free.start_field, "01/10/2026")
    type_into(qtbot, free.end_field, "31/12/2026")
    click(qtbot, free.add_button)
    assert "chevauche celle qui commence le 01/01/2026" in free.message.text()
    assert len(free.entries()) == 1
    # Correct the open stretch so that it ends with June, then the second one fits.
    free.view.selectRow(0)
    type_into(qtbot, free.end_field, "30/06/2026")
    type_into(qtbot, free.start_field, "01/01/2026")
    click(qtbot, free.correct_button)
    type_into(qtbot, free.start_field, "01/10/2026")
    type_into(qtbot, free.end_field, "31/12/2026")
    click(qtbot, free.add_button)
    assert [(e.start, e.end) for e in free.entries()] == [
        (dt.date(2026, 1, 1), dt.date(2026, 6, 30)), (dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
    ]  # fmt: skip
    click(qtbot, form.save_button)
    assert _stored(demo_db, "equipment", item) == [
        ("ST2B", dt.date(2026, 1, 1), dt.date(2026, 6, 30)), ("ST2B", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
    ]  # fmt: skip

    form = _open(qtbot, EquipmentDialog(Workspace(demo_db), item))
    form.free.view.selectRow(0)
    click(qtbot, form.free.remove_button)
    click(qtbot, form.save_button)
    assert _stored(demo_db, "equipment", item) == [("ST2B", dt.date(2026, 10, 1), dt.date(2026, 12, 31))]
