"""The interface in English when chosen in Paramètres, French otherwise; a complete, current catalogue."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from mutualisation.services.workspace import Workspace
from mutualisation.ui import app as app_module
from mutualisation.ui import formatting, language, workers
from mutualisation.ui.dialogs.charge_dialog import ChargeDialog
from mutualisation.ui.main_window import MainWindow
from mutualisation.ui.pages.settings import SettingsPage

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "mutualisation" / "resources" / "translations" / "mutualisation_en.ts"
COMPILED = CATALOGUE.with_suffix(".qm")
BIN = Path(sys.executable).parent


@pytest.fixture
def start_in(qapp):
    """Start the app as ``run_app`` does, with the language saved in the settings; afterwards,
    the translators and locale the other tests expect (French) are put back."""
    had_translators = bool(language.installed_translators(qapp))
    previous_locale = QLocale()

    def start(saved: str | None):
        qapp.setOrganizationName(app_module.ORGANISATION)  # where create_application reads its settings
        if saved is not None:
            QSettings().setValue(language.LANGUAGE_KEY, saved)
        return app_module.create_application([])

    yield start
    assert workers.wait_all(20000)
    language.remove_translations(qapp)
    if had_translators:
        language.install_translations(qapp, language.DEFAULT_LANGUAGE)
    QLocale.setDefault(previous_locale)


def navigation(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def standard_buttons() -> list[str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    return sorted(button.text().replace("&", "") for button in box.buttons())


def test_english_when_chosen_in_the_settings(start_in, demo_db, qtbot):
    start_in("en")
    assert QLocale().language() == QLocale.Language.English
    window = MainWindow(Workspace(demo_db))
    qtbot.addWidget(window)
    assert navigation(window)[0] == "Dashboard"
    assert {"Agreement", "Statements", "Settings"} <= set(navigation(window))
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&Go to"]
    dialog = ChargeDialog(Workspace(demo_db))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New recurring charge"
    assert sorted(b.text() for b in dialog.buttons.buttons()) == ["Cancel", "Save"]
    assert standard_buttons() == ["Cancel", "Yes"]  # Qt's own, without qtbase_fr
    # Words follow the interface; figures keep the French notation of the statements.
    assert formatting.month(dt.date(2025, 2, 1)) == "February 2025"
    assert formatting.months(1) == "1\u00a0month" and formatting.months(6) == "6\u00a0months"
    assert formatting.money(Decimal("1234.5")) == "1\u202f234,50\u00a0€"


def test_french_by_default(start_in, demo_db, qtbot):
    start_in(None)
    assert QLocale().language() == QLocale.Language.French
    window = MainWindow(Workspace(demo_db))
    qtbot.addWidget(window)
    assert navigation(window)[0] == "Tableau de bord"
    assert {"Convention", "États", "Paramètres"} <= set(navigation(window))
    dialog = ChargeDialog(Workspace(demo_db))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nouvelle charge récurrente"
    assert sorted(b.text() for b in dialog.buttons.buttons()) == ["Annuler", "Enregistrer"]
    assert standard_buttons() == ["Annuler", "Oui"]
    assert formatting.month(dt.date(2025, 2, 1)) == "février 2025"


def test_back_to_french_after_english(start_in):
    start_in("en")
    start_in("fr")  # installing again replaces the translators rather than stacking them
    assert QLocale().language() == QLocale.Language.French
    assert standard_buttons() == ["Annuler", "Oui"]
    assert formatting.months(1) == "1\u00a0mois"


def test_an_unknown_saved_language_means_french():
    QSettings().setValue(language.LANGUAGE_KEY, "xx")
    assert language.saved_language() == "fr"
    with pytest.raises(ValueError):
        language.save_language("xx")


def test_the_settings_page_saves_the_language_and_says_when_it_applies(db, qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append((title, text)))
    page = SettingsPage(Workspace(db))
    qtbot.addWidget(page)
    combo = page.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Français", "English"]
    assert combo.currentData() == "fr"
    combo.setCurrentIndex(combo.findData("en"))
    assert QSettings().value(language.LANGUAGE_KEY) == "en"
    assert language.saved_language() == "en"
    assert told == [("Langue de l'interface",
                     "La nouvelle langue s'appliquera au prochain démarrage de l'application.")]  # fmt: skip
    # The page opens on the saved choice, without saying anything.
    again = SettingsPage(Workspace(db))
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "en"
    assert len(told) == 1


# -- the catalogue ------------------------------------------------------------------------------


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) → <message> of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"), message.findtext("comment") or "")] = message
    return found


PLACEHOLDER = re.compile(r"\{\w*\}")


def test_every_message_is_translated():
    catalogue = messages(CATALOGUE)
    assert len(catalogue) > 900
    problems = []
    for (context, source, _), message in catalogue.items():
        translation = message.find("translation")
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(f"{context}: {source!r} is not translated")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"{context}: {source!r} → {text!r} changes the placeholders")
        elif source.count("&") != text.count("&"):
            problems.append(f"{context}: {source!r} → {text!r} loses or adds an accelerator")
    assert not problems, "\n".join(problems)


def update_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogue_has_every_string_of_the_code(tmp_path):
    """Run scripts/update_translations.py after changing a string of the interface, or a text
    the domain or a service marks with ``domain/i18n.py``."""
    fresh = tmp_path / "mutualisation_en.ts"
    sources = [str(path) for path in sorted((ROOT / "mutualisation" / "ui").rglob("*.py"))]
    sources.append(str(update_script().marked_stub(tmp_path)))
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", *sources, "-ts", str(fresh), "-locations", "none"],
                   check=True, capture_output=True)  # fmt: skip
    in_code, in_catalogue = set(messages(fresh)), set(messages(CATALOGUE))
    assert not in_code - in_catalogue, f"not in the catalogue: {sorted(in_code - in_catalogue)}"
    assert not in_catalogue - in_code, f"no longer in the code: {sorted(in_catalogue - in_code)}"


def test_the_compiled_catalogue_is_up_to_date(tmp_path):
    """Run scripts/update_translations.py --release after translating."""
    rebuilt = tmp_path / "mutualisation_en.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(CATALOGUE), "-qm", str(rebuilt)],
                   check=True, capture_output=True)  # fmt: skip
    assert rebuilt.read_bytes() == COMPILED.read_bytes()


def test_the_catalogues_ship_in_the_package():
    from mutualisation.paths import resource

    assert resource("translations", "mutualisation_en.qm").is_file()
