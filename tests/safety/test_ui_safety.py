"""The safety features in the app: the audit page, the backups in Paramètres, the backup on closing."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from mutualisation.services import audit_log, backup
from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.ui import app as app_module
from mutualisation.ui.main_window import MainWindow
from mutualisation.ui.models.audit import AuditChangeTableModel, AuditTableModel
from mutualisation.ui.models.table_model import ROW_ROLE
from mutualisation.ui.pages.audit import AuditPage
from mutualisation.ui.pages.settings import SettingsPage


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path, qapp, monkeypatch):
    """QSettings (window geometry) kept in the test's folder; the excepthook left as it was."""
    qapp.setOrganizationName("MutualisationTests")
    qapp.setApplicationName("Mutualisation")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


@pytest.fixture
def changed(db):
    """Two users' changes on two days."""
    with db.session() as session, session.begin():
        session.info["audit_user"] = "anne"
        session.add(m.ExpenseCategory(code="TEL", name="Téléphone <b>fixe</b>"))
        session.add(m.Party(code="CCAS", name="CCAS de Briey"))
    with db.session() as session, session.begin():
        session.info["audit_user"] = "bruno"
        session.scalar(select(m.ExpenseCategory)).name = "Téléphonie mobile"
    with db.session() as session, session.begin():
        for entry, day in zip(session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id)), (1, 1, 2)):
            entry.at = dt.datetime(2026, 3, day, 9, 30)
    return db


def shown(table) -> list:
    return [table.proxy.index(r, 0).data(ROW_ROLE) for r in range(table.proxy.rowCount())]


def test_the_audit_table_model_shows_each_entry(changed):
    with changed.session() as session:
        rows = audit_log.list_entries(session)
    model = AuditTableModel(rows)
    assert model.rowCount() == 3
    assert model.index(0, AuditTableModel.WHEN).data() == "02/03/2026 09:30:00"
    assert model.index(0, AuditTableModel.USER).data() == "bruno"
    assert model.index(0, AuditTableModel.ACTION).data() == "Modification"
    assert model.index(0, AuditTableModel.TABLE).data() == "Catégorie de dépenses"
    assert "Téléphone <b>fixe</b> → Téléphonie mobile" in model.index(0, AuditTableModel.CHANGES).data()
    changes = AuditChangeTableModel(rows[0].changes)
    name = next(r for r in range(changes.rowCount()) if changes.index(r, 0).data() == "Nom")
    assert changes.index(name, AuditChangeTableModel.BEFORE).data() == "Téléphone <b>fixe</b>"
    assert changes.index(name, AuditChangeTableModel.AFTER).data() == "Téléphonie mobile"


def test_the_audit_page_lists_and_filters_the_log(changed, qtbot):
    page = AuditPage(Workspace(changed))
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    table = page.entries_table
    assert [r.user for r in shown(table)] == ["bruno", "anne", "anne"]

    page.table_combo.setCurrentIndex(page.table_combo.findData("party"))
    assert [(r.user, r.table) for r in shown(table)] == [("anne", "party")]
    page.table_combo.setCurrentIndex(0)
    page.user_combo.setCurrentIndex(page.user_combo.findData("bruno"))
    assert [r.action for r in shown(table)] == ["update"]
    page.user_combo.setCurrentIndex(0)
    page.action_combo.setCurrentIndex(page.action_combo.findData("insert"))
    assert len(shown(table)) == 2
    page.action_combo.setCurrentIndex(0)
    page.start_edit.setDate(QDate(2026, 3, 2))
    assert [r.user for r in shown(table)] == ["bruno"]
    page.start_edit.setDate(page.start_edit.minimumDate())  # "—": no bound
    page.end_edit.setDate(QDate(2026, 3, 1))
    assert [r.user for r in shown(table)] == ["anne", "anne"]
    page.end_edit.setDate(page.end_edit.minimumDate())

    qtbot.keyClicks(table.filter_edit, "<b>fixe")  # the text filter looks into the values
    assert [r.user for r in shown(table)] == ["bruno", "anne"]
    table.view.selectRow(0)
    fields = {c.field: (c.before, c.after) for c in page.changes_table.model.rows}
    assert fields["name"] == ("Téléphone <b>fixe</b>", "Téléphonie mobile")


def test_the_settings_page_backs_up_and_restores(db, db_path, qtbot, monkeypatch):
    with db.session() as session, session.begin():
        session.add(m.Party(code="AVANT", name="Avant"))
    page = SettingsPage(Workspace(db))
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    box = page.backup_box
    told = []
    monkeypatch.setattr(box, "tell", lambda title, text, error=False: told.append((title, text, error)))
    assert box.backups_model.rowCount() == 0
    assert box.folder_value.text() == str(db_path.parent / "sauvegardes")

    qtbot.mouseClick(box.backup_button, Qt.MouseButton.LeftButton)
    assert told[-1][0] == "Sauvegarde" and not told[-1][2]
    assert box.backups_model.rowCount() == 1
    saved = box.backups_model.row_value(0).path
    assert box.backups_model.index(0, 1).data() == "Sauvegarde manuelle"

    with db.session() as session, session.begin():
        session.add(m.Party(code="APRES", name="Après"))
    box.backups_view.selectRow(0)
    chosen = []
    monkeypatch.setattr(box, "choose_backup_file", lambda: chosen.append(box.chosen_backup()) or str(saved))
    monkeypatch.setattr(box, "confirm_restore", lambda path: True)
    with qtbot.waitSignal(page.records_changed):
        qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    assert chosen[0].path == saved
    assert told[-1][0] == "Restauration" and "sauvegardée dans" in told[-1][1]
    with db.session() as session:
        assert list(session.scalars(select(m.Party.code))) == ["AVANT"]
    assert box.backups_model.rowCount() == 2  # the manual one and the one taken before restoring

    bogus = db_path.parent / "faux.sqlite"
    bogus.write_text("pas une base")
    monkeypatch.setattr(box, "choose_backup_file", lambda: str(bogus))
    qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    assert told[-1][0] == "Restauration refusée" and told[-1][2]
    assert "n'est pas une base de données SQLite" in told[-1][1]


def test_the_settings_page_of_a_server_database_says_to_use_the_server_tools(qtbot):
    class ServerDatabase:
        url = "postgresql+psycopg://compta:secret@db.example.org/mutualisation"

        def session(self):  # pragma: no cover - not read in this test
            raise AssertionError

    from mutualisation.ui.pages.settings import BackupBox

    box = BackupBox(Workspace(ServerDatabase()))
    qtbot.addWidget(box)
    assert "pg_dump" in box.explanation.text()
    assert box.backup_button is None and box.backups_view is None
    box.refresh()  # nothing to list, and no error


def test_closing_the_app_backs_up_the_database(db_path):
    app_module.create_application([]).processEvents()
    open_path = str(db_path)

    def close_soon():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or any(w.workspace is None for w in windows):  # painted, database not open yet
            QTimer.singleShot(50, close_soon)
            return
        for window in windows:
            window.close()
        QApplication.quit()

    QTimer.singleShot(300, close_soon)
    assert app_module.run_app(open_path) == 0
    [made] = backup.list_backups(db_path)
    assert made.reason == "fermeture" and made.reason_label == "À la fermeture de l'application"


def test_a_failed_backup_on_closing_is_told_and_the_app_still_closes(db, db_path, monkeypatch):
    (db_path.parent / "sauvegardes").write_text("un fichier à la place du dossier")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    app_module.backup_on_close(Workspace(db))
    assert warned and warned[0].startswith("La sauvegarde automatique n'a pas pu être faite")
