"""The main window: side navigation, the pages, and the first-start screen."""

from __future__ import annotations

import importlib
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
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

from .file_menu import FileMenu
from .icons import icon
from .pages.base import Page
from .pages.welcome import WelcomePage

if TYPE_CHECKING:
    from ..services.workspace import Workspace

#: Navigation order (DESIGN.md §6): page key, its class (module of ui.pages, class name) and
#: its title in the navigation (the page's own, or a shorter one that fits). A page's module is imported and the page built when first shown: the window
#: appears without loading the nine pages, their dialogs and their libraries.
PAGES = (
    ("dashboard", "dashboard", "DashboardPage", QT_TRANSLATE_NOOP("MainWindow", "Tableau de bord")),
    ("convention", "convention", "ConventionPage", QT_TRANSLATE_NOOP("MainWindow", "Convention")),
    ("staff", "staff", "StaffPage", QT_TRANSLATE_NOOP("MainWindow", "Personnel")),
    ("equipment", "equipment", "EquipmentPage", QT_TRANSLATE_NOOP("MainWindow", "Matériel")),
    ("premises", "premises", "PremisesPage", QT_TRANSLATE_NOOP("MainWindow", "Locaux")),
    ("expenses", "expenses", "ExpensesPage", QT_TRANSLATE_NOOP("MainWindow", "Dépenses")),
    ("keys", "keys", "KeysPage", QT_TRANSLATE_NOOP("MainWindow", "Clés et relevés")),
    ("statements", "statements", "StatementsPage", QT_TRANSLATE_NOOP("MainWindow", "États")),
    ("audit", "audit", "AuditPage", QT_TRANSLATE_NOOP("MainWindow", "Journal")),
    ("settings", "settings", "SettingsPage", QT_TRANSLATE_NOOP("MainWindow", "Paramètres")),
)


def page_class(key: str) -> type[Page]:
    """The class of the page ``key``, its module imported on first use."""
    _key, module, name, _title = next(entry for entry in PAGES if entry[0] == key)
    return getattr(importlib.import_module(f"{__package__}.pages.{module}"), name)


def page_title(key: str) -> str:
    title = next(entry[3] for entry in PAGES if entry[0] == key)
    return QCoreApplication.translate("MainWindow", title)


class BuiltPages(dict):
    """The pages built so far, by key; asking for one not built yet builds it."""

    def __init__(self, build) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> Page:
        page = self[key] = self._build(key)
        return page

GEOMETRY_KEY = "main_window/geometry"
#: The side navigation's width at least, in pixels (wider when a title needs it).
NAVIGATION_WIDTH = 200
#: After the window first shows, the wait before the other pages are built in the background.
WARM_UP_DELAY_MS = 300


class MainWindow(QMainWindow):
    """Wires the navigation to the pages; the pages do the rest.

    Given no workspace, the window shows at once with the dashboard's skeleton (nothing read),
    and :meth:`set_workspace` opens the first page once the database is open: the app paints
    its window before loading the database layer (SQLAlchemy, the mapped models, the schema
    check), which took most of the start-up.
    """

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._painted = False
        self.setWindowTitle(self.tr("Mutualisation"))
        self.setWindowIcon(icon("mutualisation"))
        # Made now, not on the first message: a status bar appearing later would shift every page.
        self.statusBar()

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setSpacing(1)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget(self)

        self.pages: dict[str, Page] = BuiltPages(self._build_page)
        self._warming = False
        #: When the user last opened a page (time.monotonic()); None before any.
        self._navigated_at: float | None = None
        for key in self.page_keys():
            item = QListWidgetItem(icon(key), page_title(key), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))

        self.welcome = WelcomePage(workspace.location()[1] if workspace else "", self.stack)
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
        # Wide enough for the longest title in the interface language (« Keys and readings »
        # would be cut at 200 pixels), measured in the style's font: the icon, the gaps and the
        # selection's margins take 64 pixels.
        self.navigation.ensurePolished()
        longest = max(self.navigation.fontMetrics().horizontalAdvance(page_title(key)) for key in self.page_keys())
        self.navigation.setFixedWidth(max(NAVIGATION_WIDTH, longest + 68))

        self.navigation.currentRowChanged.connect(self.on_navigation_current_row_changed)
        self._build_menus()
        self._restore_geometry()

        if workspace is None:
            # The skeleton: the dashboard's boxes, empty; nothing to click until the data is in.
            self.navigation.setEnabled(False)
            self.menuBar().setEnabled(False)
            self.navigation.setCurrentRow(self.page_keys().index("dashboard"))
        else:
            self._show_first_page()

    def set_workspace(self, workspace: Workspace) -> None:
        """The database is open: the pages built so far read from it, and the first page opens
        (the dashboard, or the welcome screen for an empty database)."""
        self.workspace = workspace
        self.file_menu.workspace = workspace
        self.welcome.set_location(workspace.location()[1])
        for page in self.pages.values():
            page.workspace = workspace
        self.navigation.setEnabled(True)
        self.menuBar().setEnabled(True)
        self._show_first_page()

    def _show_first_page(self) -> None:
        from ..services import registers

        with self.workspace.reading() as run:
            empty = run(registers.is_empty)
        if empty:
            self.show_welcome()
        else:
            self.show_page("dashboard")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self._painted = True

    def wait_first_paint(self, timeout_ms: int = 2000) -> None:
        """Let Qt show and paint the window (and finish that frame) before going on; at most
        ``timeout_ms`` (a window that cannot be shown, e.g. minimised, does not hold the start)."""
        if self._painted:
            return
        loop = QEventLoop()
        deadline = QTimer(singleShot=True, interval=timeout_ms)
        deadline.timeout.connect(loop.quit)
        watcher = _FirstPaint(self, loop)
        deadline.start()
        self.installEventFilter(watcher)
        # The user's clicks and keys wait for the data (Qt keeps them until the next loop).
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.removeEventFilter(watcher)
        watcher.deleteLater()
        deadline.stop()

    # -- navigation ------------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [entry[0] for entry in PAGES]

    def _build_page(self, key: str) -> Page:
        page = page_class(key)(self.workspace, self.stack)
        self.stack.addWidget(page)
        page.navigate_requested.connect(self.on_page_navigate_requested)
        page.entry_requested.connect(self.on_page_entry_requested)
        page.records_changed.connect(self.on_page_records_changed)
        if key == "dashboard":
            page.page_requested.connect(self.show_page)
        return page

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
        if self.workspace is not None:  # else the skeleton, read once the database is open
            page.ensure_loaded()
        self.stack.setCurrentWidget(page)
        self._navigated_at = time.monotonic()

    def on_page_navigate_requested(self, key: str, item_kind: str, item_id: int) -> None:
        """A page asks for another one, opened at a record (e.g. a problem's staff member)."""
        self.show_page(key)
        self.pages[key].show_record(item_kind, item_id)

    def on_page_entry_requested(self, key: str, place: str, item_id: int, day) -> None:
        """A page asks for the place where missing data is entered (e.g. the payroll grid)."""
        self.show_page(key)
        self.pages[key].show_entry(place, item_id, day)

    def on_page_records_changed(self) -> None:
        """A page wrote to the database: the others read again when next shown (a page
        not built yet reads when it is)."""
        for page in self.pages.values():
            if page is not self.sender():
                page.invalidate()

    def invalidate_pages(self) -> None:
        """The data changed: every page reads again when next shown."""
        for page in self.pages.values():
            page.invalidate()

    # -- menus ------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = FileMenu(self.workspace, self)
        self.file_menu.data_imported.connect(self.on_file_menu_data_imported)
        self.file_menu.message.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.menuBar().addMenu(self.file_menu)
        self.go_menu = self.menuBar().addMenu(self.tr("&Aller à"))
        # Ctrl+1 … Ctrl+0: the pages in the order of the side navigation.
        for number, key in enumerate(self.page_keys(), start=1):
            action = self.go_menu.addAction(icon(key), page_title(key))
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
            with self.workspace.writing() as run:
                run(load_demo)
        except DemoNotEmptyError as exc:
            refused = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        if refused is not None:
            QMessageBox.warning(self, self.tr("Données de démonstration"), str(refused))
            return
        self.invalidate_pages()
        self.show_page("dashboard")
        # The dashboard now shows what was loaded; the long summary would not fit on one line.
        self.statusBar().showMessage(self.tr("Données de démonstration chargées."), 15000)

    def on_welcome_empty_start_chosen(self) -> None:
        self.show_page("dashboard")

    # -- geometry --------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1280, 800)

    # -- pages built in idle moments --------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._warming:
            self._warming = True
            # Once the window is on screen, the other pages are built one per idle moment
            # (each takes a few hundredths of a second), so that a click opens them at once.
            QTimer.singleShot(WARM_UP_DELAY_MS, self._build_next_page)

    def _build_next_page(self) -> None:
        waiting = getattr(self.stack.currentWidget(), "computing_first_figures", None)
        if waiting is not None and waiting():
            # The dashboard is computing the figures the user waits for at start-up: building
            # pages now would share the interpreter with it. Its chart's older periods, which
            # follow, do not hold the pages back (a click on one soon after finds it built).
            QTimer.singleShot(WARM_UP_DELAY_MS, self._build_next_page)
            return
        since = None if self._navigated_at is None else (time.monotonic() - self._navigated_at) * 1000
        if since is not None and since < WARM_UP_DELAY_MS:
            # The page just opened paints first: building another page now (a few hundredths
            # of a second each, its module imported) would hold back the frame the user waits for.
            QTimer.singleShot(int(WARM_UP_DELAY_MS - since) + 1, self._build_next_page)
            return
        missing = [key for key in self.page_keys() if key not in self.pages]
        if missing and self.isVisible() and self.workspace is None:
            QTimer.singleShot(WARM_UP_DELAY_MS, self._build_next_page)  # the database is opening
            return
        if missing and self.isVisible():
            self.pages[missing[0]]  # builds it (empty: it reads its data when first shown)
            QTimer.singleShot(0, self._build_next_page)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)


class _FirstPaint(QObject):
    """Ends ``loop`` once the watched window has painted and that frame is done (the zero
    timer runs after the backing store's flush)."""

    def __init__(self, window: QWidget, loop: QEventLoop) -> None:
        super().__init__(window)
        self._loop = loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._loop.quit)
        return False


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
