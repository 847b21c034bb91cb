"""The main window: side navigation, the pages, and the first-start screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ..services import registers
from ..storage.database import Database
from .file_menu import FileMenu
from .pages.audit import AuditPage
from .pages.base import Page
from .pages.convention import ConventionPage
from .pages.dashboard import DashboardPage
from .pages.equipment import EquipmentPage
from .pages.expenses import ExpensesPage
from .pages.keys import KeysPage
from .pages.premises import PremisesPage
from .pages.settings import SettingsPage, database_location
from .pages.staff import StaffPage
from .pages.statements import StatementsPage
from .pages.welcome import WelcomePage

#: Navigation order (DESIGN.md §6): page key and class.
PAGES = (
    ("dashboard", DashboardPage),
    ("convention", ConventionPage),
    ("staff", StaffPage),
    ("equipment", EquipmentPage),
    ("premises", PremisesPage),
    ("expenses", ExpensesPage),
    ("keys", KeysPage),
    ("statements", StatementsPage),
    ("audit", AuditPage),
    ("settings", SettingsPage),
)

GEOMETRY_KEY = "main_window/geometry"


class MainWindow(QMainWindow):
    """Wires the navigation to the pages; the pages do the rest."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Mutualisation"))

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(180)
        self.navigation.setSpacing(1)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)

        self.pages: dict[str, Page] = {}
        for key, page_class in PAGES:
            page = page_class(database, self.stack)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(page.title_label.text(), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))
        self.pages["dashboard"].page_requested.connect(self.show_page)
        for page in self.pages.values():
            page.navigate_requested.connect(self.on_page_navigate_requested)
            page.records_changed.connect(self.on_page_records_changed)

        self.welcome = WelcomePage(database_location(database.url)[1], self.stack)
        self.welcome.demo_chosen.connect(self.on_welcome_demo_chosen)
        self.welcome.empty_start_chosen.connect(self.on_welcome_empty_start_chosen)
        self.stack.addWidget(self.welcome)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(STYLE)

        self.navigation.currentRowChanged.connect(self.on_navigation_current_row_changed)
        self._build_menus()
        self._restore_geometry()

        with database.session() as session:
            empty = registers.is_empty(session)
        if empty:
            self.show_welcome()
        else:
            self.show_page("dashboard")

    # -- navigation ------------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [key for key, _ in PAGES]

    def current_page_key(self) -> str | None:
        """The key of the page shown, or None while the welcome screen is."""
        widget = self.stack.currentWidget()
        return next((key for key, page in self.pages.items() if page is widget), None)

    def show_page(self, key: str) -> None:
        row = self.page_keys().index(key)
        self.navigation.show()
        if self.navigation.currentRow() == row:
            self.on_navigation_current_row_changed(row)
        else:
            self.navigation.setCurrentRow(row)

    def show_welcome(self) -> None:
        self.navigation.hide()
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.demo_button.setFocus()

    def on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[self.page_keys()[row]]
        page.ensure_loaded()
        self.stack.setCurrentWidget(page)

    def on_page_navigate_requested(self, key: str, item_kind: str, item_id: int) -> None:
        """A page asks for another one, opened at a record (e.g. a problem's staff member)."""
        self.show_page(key)
        self.pages[key].show_record(item_kind, item_id)

    def on_page_records_changed(self) -> None:
        """A page wrote to the database: the others read again when next shown."""
        for page in self.pages.values():
            if page is not self.sender():
                page.invalidate()

    def invalidate_pages(self) -> None:
        """The data changed: every page reads again when next shown."""
        for page in self.pages.values():
            page.invalidate()

    # -- menus ------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = FileMenu(self.database, self)
        self.file_menu.data_imported.connect(self.on_file_menu_data_imported)
        self.file_menu.message.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.menuBar().addMenu(self.file_menu)
        self.go_menu = self.menuBar().addMenu(self.tr("&Aller à"))
        # Ctrl+1 … Ctrl+0: the pages in the order of the side navigation.
        for number, key in enumerate(self.page_keys(), start=1):
            action = self.go_menu.addAction(self.pages[key].title_label.text())
            if number <= 10:
                action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))

    def on_file_menu_data_imported(self) -> None:
        self.invalidate_pages()
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.refresh()
        elif self.stack.currentWidget() is self.welcome:
            self.show_page("dashboard")

    # -- first start -----------------------------------------------------------------------------

    def on_welcome_demo_chosen(self) -> None:
        from ..services.demo import DemoNotEmptyError, load_demo

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        refused = None
        try:
            with self.database.session() as session, session.begin():
                summary = load_demo(session)
        except DemoNotEmptyError as exc:
            refused = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        if refused is not None:
            QMessageBox.warning(self, self.tr("Données de démonstration"), str(refused))
            return
        self.invalidate_pages()
        self.show_page("dashboard")
        self.statusBar().showMessage(
            self.tr("Données de démonstration chargées : {summary}").format(summary=summary), 15000
        )

    def on_welcome_empty_start_chosen(self) -> None:
        self.show_page("dashboard")

    # -- geometry --------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)


STYLE = """
QListWidget#navigation {
    border: none;
    outline: 0;
    border-right: 1px solid palette(mid);
    background: palette(window);
    padding-top: 12px;
    font-size: 11pt;
}
QListWidget#navigation::item {
    padding-left: 12px;
    border: none;
    border-radius: 4px;
    margin: 0 8px;
}
QListWidget#navigation::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QLabel#pageDescription, QLabel#countLabel, QLabel#statDetail, QLabel#welcomeLocation {
    color: #5f6368;
}
QLabel#emptyLabel, QLabel#noneLabel {
    color: #5f6368;
    font-style: italic;
    padding: 12px;
}
QLabel#totalLabel {
    font-weight: bold;
}
QFrame#statCard {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 6px;
}
QFrame#statCard:hover {
    border-color: palette(highlight);
}
QFrame#welcomePanel {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 8px;
}
"""
