"""The party form's Chorus Pro year table, typed as a person would."""

from __future__ import annotations

from sqlalchemy import select

from mutualisation.domain.chorus import ChorusYear
from mutualisation.services.editing.chorus import load_chorus_years
from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.ui.dialogs.party_dialog import PartyDialog

from .test_edit_support import click, type_into


def _form(demo_db, qtbot) -> tuple[PartyDialog, int]:
    with demo_db.session() as session:
        party_id = session.scalar(select(m.Party.id).where(m.Party.code == "SCOT"))
    dialog = PartyDialog(Workspace(demo_db), party_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, party_id


def test_a_new_year_is_added_a_line_corrected_and_saved_with_the_party(demo_db, qtbot):
    dialog, party_id = _form(demo_db, qtbot)
    years = dialog.chorus_years
    assert dialog.public_body.isChecked()
    assert [e.year for e in years.entries()] == [2025, 2026]
    type_into(qtbot, years.year_field, "2027")
    type_into(qtbot, years.service_code_field, "")
    type_into(qtbot, years.engagement_field, "")
    assert not years.add_button.isEnabled()  # a line gives at least one of the two
    type_into(qtbot, years.engagement_field, "2027-SCOT-0001")
    click(qtbot, years.add_button)
    # The same year twice is refused next to the list.
    click(qtbot, years.add_button)
    assert "L'année 2027 figure déjà" in years.message.text()
    years.view.selectRow(0)
    type_into(qtbot, years.engagement_field, "2025-SCOT-0018")
    click(qtbot, years.correct_button)
    click(qtbot, dialog.save_button)
    with demo_db.session() as session:
        assert load_chorus_years(session, party_id) == [
            ChorusYear(2025, "DIRECTION", "2025-SCOT-0018"), ChorusYear(2026, "DIRECTION", "2026-SCOT-0009"),
            ChorusYear(2027, "", "2027-SCOT-0001"),
        ]  # fmt: skip


def test_removing_a_year_and_unticking_public_body_are_saved(demo_db, qtbot):
    dialog, party_id = _form(demo_db, qtbot)
    dialog.chorus_years.view.selectRow(0)
    click(qtbot, dialog.chorus_years.remove_button)
    click(qtbot, dialog.public_body)
    click(qtbot, dialog.save_button)
    with demo_db.session() as session:
        assert [e.year for e in load_chorus_years(session, party_id)] == [2026]
        assert not session.get(m.Party, party_id).is_public_body
