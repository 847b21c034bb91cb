"""« Exporter pour Chorus Pro… » on the États page's issued list, clicked as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mutualisation.domain.periods import parse_period
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.editing.chorus import save_chorus_years
from mutualisation.services.issuing import issue_statement

pytestmark = pytest.mark.usefixtures("no_thread_left")


@pytest.fixture
def boxes(monkeypatch):
    shown = {"warning": [], "information": []}
    for kind in shown:
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, _k=kind, **kw: shown[_k].append(text))
    return shown


@pytest.fixture
def folder(monkeypatch, tmp_path):
    chosen = tmp_path / "depot"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(chosen))
    return chosen


def _issued_page(window, qtbot, demo_db, *, references: bool = True):
    with demo_db.session() as session, session.begin():
        party = find_party(session, "ST2B")
        if not references:
            save_chorus_years(session, party.id, [])
    with demo_db.session() as session:
        issued = issue_statement(session, find_convention(session, "ST2B"), find_party(session, "ST2B"),
                                 parse_period("2025-T1"))  # fmt: skip
        number, pdf = issued.number, issued.pdf
    window.show_page("statements")
    page = window.pages["statements"]
    qtbot.waitUntil(lambda: page.issued.table.model.rowCount() == 1 and not page.drift_task.is_busy(), timeout=20000)
    page.issued.select(page.issued.table.model.rows[0].id)
    return page, number, pdf


def test_the_chosen_document_is_exported_to_the_chosen_folder(window, qtbot, demo_db, folder, boxes):
    page, number, pdf = _issued_page(window, qtbot, demo_db)
    button = page.issued.chorus_button
    assert button.isEnabled() and button.text() == "Exporter pour Chorus Pro…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert boxes["warning"] == []
    assert sorted(p.name for p in folder.iterdir()) == [f"{number}.pdf", "chorus-pro-a-saisir.txt"]
    assert (folder / f"{number}.pdf").read_bytes() == pdf
    text = (folder / "chorus-pro-a-saisir.txt").read_text(encoding="utf-8")
    assert "Code service : FINANCES" in text and "N° d'engagement : EJ-2025-000318" in text
    assert f"{number}.pdf" in boxes["information"][0] and str(folder) in boxes["information"][0]


def test_a_beneficiary_without_references_is_refused_clearly_and_nothing_written(window, qtbot, demo_db, folder,
                                                                                 boxes):  # fmt: skip
    page, number, _pdf = _issued_page(window, qtbot, demo_db, references=False)
    qtbot.mouseClick(page.issued.chorus_button, Qt.MouseButton.LeftButton)
    assert boxes["information"] == []
    (refusal,) = boxes["warning"]
    assert "aucun fichier écrit" in refusal
    assert f"n° {number} (ST2B, 2025) : code service et numéro d'engagement manquants" in refusal
    assert "Paramètres → Parties → ST2B → Chorus Pro, année 2025" in refusal
    assert list(folder.iterdir()) == []
