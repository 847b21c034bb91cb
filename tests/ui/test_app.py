"""Starting the app: French locale and translations, database errors, unexpected errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from mutualisation.ui import app as app_module
from mutualisation.ui import errors
from mutualisation.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def keep_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def test_application_is_french(qapp):
    app = app_module.create_application([])
    assert app is qapp
    assert app.applicationName() == "Mutualisation"
    assert app.organizationName() == "Mutualisation"
    assert QLocale().language() == QLocale.Language.French
    # Qt's own buttons come translated from qtbase_fr.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Annuler", "Oui"]


def test_a_database_that_cannot_be_opened_gives_a_message_not_a_traceback(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: shown.append((title, text))
    )
    missing = tmp_path / "nowhere" / "base.sqlite"
    assert app_module.run_app(str(missing)) == 2
    assert len(shown) == 1
    assert "n'existe pas" in shown[0][1]
    assert "Traceback" not in shown[0][1]


def test_a_file_that_is_not_a_database(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text)
    )
    bogus = tmp_path / "notes.sqlite"
    bogus.write_bytes(b"this is not a database, only text " * 100)
    assert app_module.run_app(str(bogus)) == 2
    assert shown and shown[0].startswith("Impossible d'ouvrir la base de données")


def test_run_app_opens_the_main_window_on_the_given_database(tmp_path, monkeypatch, qtbot):
    seen = []

    def close_soon():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or any(w.workspace is None for w in windows):  # painted, database not open yet
            QTimer.singleShot(50, close_soon)
            return
        seen.extend(windows)
        for window in windows:
            window.close()
        QApplication.quit()

    QTimer.singleShot(200, close_soon)
    assert app_module.run_app(str(tmp_path / "new.sqlite")) == 0
    assert len(seen) == 1
    assert seen[0].stack.currentWidget() is seen[0].welcome  # a new database is empty
    assert (tmp_path / "new.sqlite").exists()


def test_unexpected_errors_show_a_french_dialog(monkeypatch, qapp):
    shown = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text(), box.informativeText(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    errors.install_excepthook()
    try:
        raise ValueError("valeur impossible")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    title, text, informative, details = shown[0]
    assert title == "Erreur inattendue"
    assert text.startswith("L'opération n'a pas pu aboutir")
    assert "Traceback" not in text and informative == "valeur impossible"
    assert "ValueError" in details  # kept for support, behind "Afficher les détails"


def test_keyboard_interrupt_is_left_to_python(monkeypatch):
    calls = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: calls.append(args[0]))
    monkeypatch.setattr(errors, "show_unexpected_error", lambda *a: pytest.fail("dialog shown"))
    errors.install_excepthook()
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert calls == [KeyboardInterrupt]


def test_a_failure_while_opening_the_window_is_reported(tmp_path, monkeypatch):
    reported = []
    monkeypatch.setattr(app_module, "show_unexpected_error", lambda *exc: reported.append(exc[1]))

    def broken(_session):
        raise RuntimeError("le serveur ne répond plus")

    monkeypatch.setattr("mutualisation.services.registers.is_empty", broken)
    assert app_module.run_app(str(tmp_path / "base.sqlite")) == 1
    assert [str(e) for e in reported] == ["le serveur ne répond plus"]


def test_a_foreseen_storage_refusal_shows_its_message_as_a_warning(monkeypatch, qapp):
    from mutualisation.storage.database import DiskFullError

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append((title, text)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("unexpected-error dialog shown"))
    errors.install_excepthook()
    try:
        raise DiskFullError("Le disque est plein : l'enregistrement a été annulé.")
    except DiskFullError:
        sys.excepthook(*sys.exc_info())
    assert warned == [("Opération impossible", "Le disque est plein : l'enregistrement a été annulé.")]


def test_the_window_paints_before_the_database_layer_is_loaded(tmp_path):
    """The first frame shows the window and the dashboard's skeleton; SQLAlchemy, the models
    and the schema check come after it (a fresh interpreter: this one has them loaded)."""
    script = (
        "import sys\n"
        "from mutualisation.ui.app import create_application, open_window\n"
        "app = create_application([])\n"
        "loaded = []\n"
        "opened = open_window(sys.argv[1], lambda: loaded.append('sqlalchemy' in sys.modules))\n"
        "window, workspace = opened\n"
        "print(loaded, window.stack.currentWidget() is window.welcome, 'sqlalchemy' in sys.modules)\n"
        "workspace.dispose()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "new.sqlite")], capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)},
        cwd=Path(__file__).resolve().parents[2], timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "[False] True True"  # painted without it, then opened
