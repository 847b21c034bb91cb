"""No French left on the main screens of the demonstration in English (data typed by the user,
such as bill labels, key names or the convention's legal VAT mention, stays as typed)."""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QTabWidget

from mutualisation.services.workspace import Workspace
from mutualisation.ui import language, workers
from mutualisation.ui.main_window import MainWindow
from mutualisation.ui.workers import Task

#: Words and phrases the interface, the domain or a service would write in French, and that no
#: demo record holds (month names do: « Forfaits mobiles — avril 2026 » is a bill's label).
FRENCH = re.compile(
    r"\b(trimestre|semestre|saisissez|manquante?s?|Quotité|réparti|[àÀ] partir du|Aucune?|émise?s?|"
    r"Création|Suppression|pour mémoire|[Ff]rais de gestion|en retard|attend son paiement|Paie de|"
    r"Total exact|Tableau de bord|Paramètres|Enregistrer|Annuler|Rechercher|périodes passées|"
    r"Affectation directe|Clé fixe|taxable à|hors champ|exonérée|prestataire|bénéficiaires?|"
    r"ce champ est obligatoire|Enregistrement introuvable|par section)\b"
    # French typography and units: a no-break space before a colon (« Site : … »), sizes in Mo.
    r"|\u00a0:|\d Mo\b"
)


@pytest.fixture
def english(qapp):
    had_translators = bool(language.installed_translators(qapp))
    previous_locale = QLocale()
    language.install_translations(qapp, "en")
    yield
    assert workers.wait_all(20000)
    language.remove_translations(qapp)
    if had_translators:
        language.install_translations(qapp, language.DEFAULT_LANGUAGE)
    QLocale.setDefault(previous_locale)


def visible_texts(root) -> list[str]:
    """What a person reads on ``root``: labels, buttons, titles, tabs, choices, table cells."""
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root)]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisibleTo(root)]
    texts += [w.title() for w in root.findChildren(QGroupBox) if w.isVisibleTo(root)]
    for tabs in (w for w in root.findChildren(QTabWidget) if w.isVisibleTo(root)):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for combo in (w for w in root.findChildren(QComboBox) if w.isVisibleTo(root)):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for view in (w for w in root.findChildren(QAbstractItemView) if w.isVisibleTo(root)):
        model = view.model()
        if model is None:
            continue
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
        texts += [
            str(value)
            for r in range(min(model.rowCount(), 40))
            for c in range(model.columnCount())
            if (value := model.data(model.index(r, c))) is not None
        ]  # fmt: skip
    return texts


def settle(qapp, page) -> None:
    deadline = time.monotonic() + 30
    while any(t.is_busy() for t in vars(page).values() if isinstance(t, Task)) and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.02)
    for _ in range(3):
        qapp.processEvents()


def test_no_french_on_the_main_screens_in_english(english, demo_db, qtbot, qapp):
    window = MainWindow(Workspace(demo_db))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    found = {}
    read = {}
    for key in window.page_keys():
        window.show_page(key)
        settle(qapp, window.pages[key])
        read[key] = visible_texts(window.pages[key])
        french = sorted({text for text in read[key] if FRENCH.search(text)})
        if french:
            found[key] = french
    assert not found, found
    # The scan did read the pages: the dashboard's alerts and the États preview, in English.
    assert any(text.startswith("Statement no. ") or "past periods without a statement" in text for text in read["dashboard"])
    assert "Q1 2025" in " ".join(read["audit"] + read["statements"] + read["dashboard"]) or any(
        re.search(r"\bQ[1-4] 20\d\d\b", text) for texts in read.values() for text in texts
    )


def test_the_scan_finds_french(demo_db, qtbot, qapp):
    """Without the English catalogue the same scan finds the French interface."""
    window = MainWindow(Workspace(demo_db))
    qtbot.addWidget(window)
    window.show_page("dashboard")
    settle(qapp, window.pages["dashboard"])
    assert any(FRENCH.search(text) for text in visible_texts(window.pages["dashboard"]))
    assert workers.wait_all(20000)


#: The words of the closed lists and clauses the forms show, in French (the demo's own records do
#: not hold them: the absence, VAT and reimbursement kinds are stored as codes).
FORM_FRENCH = re.compile(r"\b(maladie|accident du travail|exonérée|hors champ|aide|Personnel|"
                         r"Locaux|Dépenses partagées|Fondement|Avenant|Taux|ne peut changer|Choisissez)\b")


def test_no_french_in_the_staff_and_convention_forms_in_english(english, demo_db, qtbot, qapp):
    """The forms fixed for English: a person's absences and reimbursements, the convention's
    financial clauses with a fee date refused as typed."""
    import datetime as dt

    from mutualisation.storage import models as m
    from mutualisation.ui.dialogs.convention_dialog import ConventionDialog
    from mutualisation.ui.dialogs.staff_dialog import StaffDialog

    with demo_db.session() as session:
        alice = session.query(m.StaffMember).filter_by(first_name="Alice").one().id
        convention = session.query(m.Convention).first().id
    staff = StaffDialog(Workspace(demo_db), alice)
    qtbot.addWidget(staff)
    clauses = ConventionDialog(Workspace(demo_db), convention)
    qtbot.addWidget(clauses)
    clauses.tabs.setCurrentWidget(clauses.clauses_tab)
    clauses.clauses_tab.fees.date_field.set_value(dt.date(2026, 2, 15))
    found = {}
    read = []
    for name, dialog, tabs in (("staff absences", staff, staff.absences), ("staff reimbursements", staff,
                               staff.reimbursements), ("clauses", clauses, clauses.clauses_tab)):  # fmt: skip
        dialog.show()
        dialog.tabs.setCurrentWidget(tabs)
        qapp.processEvents()
        texts = visible_texts(dialog)
        read += texts
        french = sorted({t for t in texts if FRENCH.search(t) or FORM_FRENCH.search(t)})
        if french:
            found[name] = french
    assert not found, found
    assert "sick leave" in read and "sickness benefits (IJSS)" in read and "exempt" in read
    assert any(t.startswith("The management fee rate can only change on the first day") for t in read)
