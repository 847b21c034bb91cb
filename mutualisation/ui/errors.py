"""Unexpected errors: a French message box instead of a traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from mutualisation.services.errors import ServiceError

log = logging.getLogger(__name__)


def show_unexpected_error(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Log the traceback and tell the user, in French, that the action failed.

    A refusal the app foresaw (database locked, disk full, read-only, a rule of the
    convention) already carries its French message: it is shown as such, without details.
    """
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Erreur inattendue\n%s", details)
    if QApplication.instance() is None:
        print(details, file=sys.stderr)
        return
    # Imported here: the window paints before the database layer (SQLAlchemy) is loaded.
    from mutualisation.services.workspace import StorageError

    if isinstance(exc, (StorageError, ServiceError)) and str(exc).strip():
        title = QCoreApplication.translate("errors", "Opération impossible")
        QMessageBox.warning(QApplication.activeWindow(), title, str(exc).strip())
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "Erreur inattendue"))
    box.setText(
        QCoreApplication.translate(
            "errors",
            "L'opération n'a pas pu aboutir à cause d'une erreur inattendue. "
            "Aucune modification partielle n'a été enregistrée."
        )
    )
    message = str(exc).strip()
    if message:
        box.setInformativeText(message)
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Route uncaught exceptions (including those raised in slots) to the error dialog."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_unexpected_error(exc_type, exc, tb)

    sys.excepthook = hook
