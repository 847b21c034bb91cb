"""Starting the desktop app."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from ..paths import APP_NAME
from . import workers
from .errors import install_excepthook, show_unexpected_error
from .language import install_translations, saved_language

if TYPE_CHECKING:
    from ..services.workspace import Workspace
    from .main_window import MainWindow

ORGANISATION = "Mutualisation"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with its names (for QSettings), and the locale and translations of the
    interface language chosen in the settings (French unless English was chosen)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)
    install_translations(app, saved_language())  # parented to the app, which keeps them alive
    return app


def run_app(db_arg: str | None) -> int:
    """Open the database named by ``--db`` (or the default one) and run the main window."""
    app = create_application()
    install_excepthook()
    opened = open_window(db_arg)
    if isinstance(opened, int):
        return opened
    window, workspace = opened
    try:
        status = app.exec()
        # A page may still be computing in the background (the dashboard's figures just after
        # start-up): Qt aborts the process if a running thread is destroyed at exit.
        workers.wait_all(30000)
        backup_on_close(workspace)
        return status
    finally:
        workspace.dispose()


def open_window(db_arg: str | None, on_painted=None) -> tuple[MainWindow, Workspace] | int:
    """The main window, shown and painted first with the dashboard's skeleton, then the
    database opened and the first page loaded; or the exit status when that fails (2: the
    database cannot be used, said in a message box; 1: an unexpected error, reported).

    The window paints before the database layer (SQLAlchemy, the models, the schema check)
    is even imported: the user sees the app at once. ``on_painted`` is called once the first
    frame is done (the benchmark times it).
    """
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    window.wait_first_paint()
    if on_painted is not None:
        on_painted()
    from ..services.workspace import StorageError, open_workspace

    try:
        workspace = open_workspace(db_arg)
    except StorageError as exc:
        window.hide()
        QMessageBox.critical(None, QApplication.translate("app", "Mutualisation"), str(exc))
        window.deleteLater()
        return 2
    try:
        window.set_workspace(workspace)
    except Exception:  # e.g. the database server went away: a message, not a traceback
        show_unexpected_error(*sys.exc_info())
        window.hide()
        window.deleteLater()
        workspace.dispose()
        return 1
    return window, workspace


def backup_on_close(workspace) -> None:
    """The automatic backup when the app closes (a SQLite file only, and only if it changed);
    a failure is told to the user, and the app still closes."""
    from ..services.backup import backup_before
    from ..services.workspace import StorageError

    try:
        workspace.on_database(lambda database: backup_before("close", database))
    except StorageError as exc:
        QMessageBox.warning(
            None, QApplication.translate("app", "Sauvegarde à la fermeture"),
            QApplication.translate("app", "La sauvegarde automatique n'a pas pu être faite : {error}").format(error=exc),
        )  # fmt: skip
