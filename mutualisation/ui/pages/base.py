"""What every page of the main window shares: a title, a line of explanation, lazy loading,
and the bar and helpers that edit a register."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ...services import collector
from ...services.errors import ServiceError
from ..models.table_model import ROW_ROLE

if TYPE_CHECKING:
    from ...services.workspace import Unit, Workspace


class Page(QWidget):
    """A page of the main window; it reads its registers when first shown after a change."""

    def __init__(self, workspace: Workspace, title: str, description: str = "", parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._stale = True
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("pageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.description_label = QLabel(description, self)
        self.description_label.setObjectName("pageDescription")
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setVisible(bool(description))
        self.content = QVBoxLayout(self)
        self.content.setContentsMargins(16, 14, 16, 14)
        self.content.setSpacing(10)
        self.content.addWidget(self.title_label)
        self.content.addWidget(self.description_label)

    def invalidate(self) -> None:
        """The data changed: read again when next shown."""
        self._stale = True

    def ensure_loaded(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        # Reading a register builds tens of thousands of row values and no reference cycle:
        # the cyclic collector would only rescan them (a sixth of the time of the bills page).
        with collector.paused(), self.workspace.reading() as run:
            self.load(run)
        self._stale = False

    def load(self, run: Unit) -> None:
        """Read this page's registers (``run(registers.sites)``…, one session) and show them."""
        raise NotImplementedError

    # -- between pages (navigation and changes) -------------------------------------------------

    #: Asks the main window to open another page at a record: (page key, record kind, record id).
    navigate_requested = Signal(str, str, int)
    #: Asks the main window to open the place where missing data is entered: (page key, place
    #: — see :func:`~mutualisation.services.alerts.entry_place` —, record id, first day
    #: concerned or None).
    entry_requested = Signal(str, str, int, object)
    #: This page wrote to the database: the other pages must read again when next shown.
    records_changed = Signal()

    def show_record(self, item_kind: str, item_id: int) -> None:
        """Bring the record ``item_kind``/``item_id`` into view, when another page asks for it.

        ``item_kind`` is a Problem's kind ("staff", "meter", "site", "key", "category",
        "equipment", "bill", "charge"); pages that list such records override this.
        """

    def show_entry(self, place: str, item_id: int, day) -> None:
        """Open where missing data is typed (a grid at ``day``, a form); ``place`` is a record's
        kind or a place of :func:`~mutualisation.services.alerts.entry_place`. Pages with a
        grid override this; by default the record is shown."""
        self.show_record(place, item_id)


# -- editing a register: buttons, shortcuts, forms and deletions ------------------------------


class EditBar(QWidget):
    """Ajouter / Modifier / Supprimer over a register table, with Ctrl+N, Entrée and Suppr.

    Double-clicking a line also asks to edit it. Only the bar of the visible register
    answers Ctrl+N: Qt ignores the shortcuts of hidden widgets (other tabs, other pages).
    """

    add_requested = Signal()
    #: The row value of the line to edit or delete.
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, table, parent: QWidget | None = None, *, add_text: str | None = None,
                 new_shortcut: bool = True) -> None:  # fmt: skip
        super().__init__(parent)
        self.table = table
        self.add_button = QPushButton(add_text or self.tr("Ajouter…"), self)
        self.add_button.setToolTip(self.tr("Nouvel enregistrement (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Modifier…"), self)
        self.edit_button.setToolTip(self.tr("Modifier la ligne choisie (Entrée ou double-clic)"))
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self.delete_button.setToolTip(self.tr("Supprimer la ligne choisie (Suppr)"))
        self.buttons = QHBoxLayout(self)
        self.buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        table.current_row_changed.connect(self.on_table_current_row_changed)
        table.view.doubleClicked.connect(self.on_edit_clicked)
        if new_shortcut:  # one per visible register, or Ctrl+N would be ambiguous
            QShortcut(QKeySequence.StandardKey.New, self, self.add_requested.emit)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), table.view, self.on_edit_clicked,
                      context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        QShortcut(QKeySequence(Qt.Key.Key_Delete), table.view, self.on_delete_clicked,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        self.on_table_current_row_changed(table.current_row())

    def add_button_widget(self, button: QPushButton) -> QPushButton:
        """Another action of the register (e.g. a grid to type in), before the stretch."""
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def on_table_current_row_changed(self, row) -> None:
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)

    def on_edit_clicked(self, *_args) -> None:
        row = self.table.current_row()
        if row is not None:
            self.edit_requested.emit(row)

    def on_delete_clicked(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.delete_requested.emit(row)


def register_panel(table, bar: EditBar, parent: QWidget | None = None) -> QWidget:
    """The edit bar above its table, as one tab or section."""
    panel = QWidget(parent)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(bar)
    layout.addWidget(table, 1)
    return panel


def select_record(table, record_id: int) -> bool:
    """Make the line of record ``record_id`` current in a RegisterTable (if shown)."""
    proxy = table.proxy
    for row in range(proxy.rowCount()):
        value = proxy.index(row, 0).data(ROW_ROLE)
        if getattr(value, "id", None) == record_id:
            table.view.selectRow(row)
            table.view.scrollTo(proxy.index(row, 0))
            return True
    return False


def open_form(page: Page, dialog: QDialog, table=None) -> QDialog:
    """Show a record's form without blocking; once saved, the page reads again and the saved
    record is selected in ``table``."""

    def on_saved(record_id: int) -> None:
        page.refresh()
        if table is not None:
            select_record(table, record_id)
        page.records_changed.emit()

    dialog.saved.connect(on_saved)
    page.form = dialog  # kept, so that it lives while open (and tests can reach it)
    dialog.open()
    return dialog


def confirm_delete(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Page", "Confirmer la suppression"), question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def apply_change(page: Page, change: Callable[[Unit], object], title: str) -> bool:
    """Run ``change`` (``lambda run: run(sites.delete_site, site_id)``) in one transaction; a
    refusal is shown (nothing is written), a success refreshes the page and tells the others."""
    try:
        with page.workspace.writing() as run:
            change(run)
    except ServiceError as exc:
        QMessageBox.warning(page, title, str(exc))
        return False
    page.refresh()
    page.records_changed.emit()
    return True


def delete_record(page: Page, question: str, change: Callable[[Unit], object]) -> bool:
    """Ask, then delete through ``change``; a refusal (issued statement, record in use) is shown."""
    if not confirm_delete(page, question):
        return False
    return apply_change(page, change, QCoreApplication.translate("Page", "Suppression impossible"))
