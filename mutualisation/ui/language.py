"""The interface language: French by default, English when chosen in Paramètres.

The source strings are French; ``mutualisation/resources/translations/mutualisation_<lang>.qm`` translates
them, and Qt's own ``qtbase_<lang>.qm`` its standard buttons and dialogs. The choice is kept in
QSettings and takes effect when the app starts.

The domain and the services write their texts through ``domain/i18n.py``; installing the
translations also installs, there, a translator reading the same catalogue, so that period
labels, alerts, explanations and messages follow the interface (documents stay French).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ..domain import i18n

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "fr"
#: Each language offered, named in itself (as language pickers do).
LANGUAGES = {"fr": "Français", "en": "English"}

#: Marks the translators installed here, so that installing again replaces them.
_TRANSLATOR_NAME = "mutualisation-translator"


def saved_language() -> str:
    """The language chosen in the settings, or French when none (or an unknown one) is."""
    value = str(QSettings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown interface language: {language!r}")
    QSettings().setValue(LANGUAGE_KEY, language)


def locale_for(language: str) -> QLocale:
    """France for French; the United Kingdom for English (its dates read day/month/year, as ours)."""
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.French, QLocale.Country.France)


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Make ``language`` the default locale and install its translators, parented to the app.

    Translators installed by an earlier call are removed first, so calling again switches the
    language rather than stacking one over the other.
    """
    remove_translations(app)
    i18n.set_translator(_catalogue_translation)
    locale = locale_for(language)
    QLocale.setDefault(locale)
    installed = []
    folders = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if language != DEFAULT_LANGUAGE:  # the source strings are French
        folders.append(("mutualisation", _own_folder()))
    for name, folder in folders:
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if folder and translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.setParent(None)
    return installed


def installed_translators(app: QApplication) -> list[QTranslator]:
    """The translators :func:`install_translations` installed and that are still in place."""
    return [t for t in app.findChildren(QTranslator) if t.objectName() == _TRANSLATOR_NAME]


def remove_translations(app: QApplication) -> None:
    """Remove the translators :func:`install_translations` installed (back to the French sources)."""
    for translator in installed_translators(app):
        app.removeTranslator(translator)
        translator.setParent(None)


def _catalogue_translation(context: str, source: str) -> str:
    # Without a translator installed (French), Qt gives the source back: the hook can stay.
    return QCoreApplication.translate(context, source)


def _own_folder() -> str:
    try:
        from ..paths import resource

        return str(resource("translations"))
    except Exception:  # resources not packaged in this run: French source strings only
        return ""
