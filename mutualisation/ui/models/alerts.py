"""Table model of the dashboard's alerts: how urgent, what, where to act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from .table_model import Column, RowTableModel, date_column, text_column

if TYPE_CHECKING:  # the alerts' service (engine, documents) is loaded by the worker computing them
    from ...services.alerts import Alert

#: Where each alert is acted upon, as the navigation names the page.
PAGE_TITLES = {
    "dashboard": QT_TRANSLATE_NOOP("AlertTableModel", "Tableau de bord"),
    "convention": QT_TRANSLATE_NOOP("AlertTableModel", "Convention"),
    "staff": QT_TRANSLATE_NOOP("AlertTableModel", "Personnel"),
    "equipment": QT_TRANSLATE_NOOP("AlertTableModel", "Matériel"),
    "premises": QT_TRANSLATE_NOOP("AlertTableModel", "Locaux"),
    "expenses": QT_TRANSLATE_NOOP("AlertTableModel", "Dépenses"),
    "keys": QT_TRANSLATE_NOOP("AlertTableModel", "Clés et relevés"),
    "statements": QT_TRANSLATE_NOOP("AlertTableModel", "États"),
}
LEVEL_COLORS = {"danger": QColor("#b3261e"), "warning": QColor("#b06000"), "info": None}
LEVEL_ICONS = {
    "danger": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}
LEVEL_RANK = {"danger": 0, "warning": 1, "info": 2}


def page_title(key: str) -> str:
    text = PAGE_TITLES.get(key)
    return QCoreApplication.translate("AlertTableModel", text) if text else key


class AlertTableModel(RowTableModel["Alert"]):
    """The alerts, the most urgent first; a click opens the page where to act."""

    MESSAGE, PAGE, DAY = range(3)
    columns = (
        Column(
            QT_TRANSLATE_NOOP("AlertTableModel", "Alerte"),
            lambda a: (LEVEL_RANK.get(a.level, 3), a.message),
            lambda value: value[1],
        ),
        text_column(QT_TRANSLATE_NOOP("AlertTableModel", "Où agir"), lambda a: page_title(a.page)),
        date_column(QT_TRANSLATE_NOOP("AlertTableModel", "Date"), lambda a: a.day),
    )

    def __init__(self, rows=(), parent=None) -> None:
        super().__init__(rows, parent)
        #: One icon per level, made on first use: sizing the rows to their wrapped messages asks
        #: for each row's icon many times, and the style makes a new icon at each call.
        self._icons: dict[str, QIcon] = {}

    def _icon(self, level: str) -> QIcon:
        icon = self._icons.get(level)
        if icon is None:
            icon = self._icons[level] = QApplication.style().standardIcon(LEVEL_ICONS.get(level, LEVEL_ICONS["info"]))
        return icon

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        alert = self.row_value(index.row())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.MESSAGE:
            return self._icon(alert.level)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.MESSAGE:
            return LEVEL_COLORS.get(alert.level)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = alert.message + (f"\n({alert.detail})" if alert.detail else "")
            return text + "\n" + self.tr("Cliquez pour ouvrir la page « {page} ».").format(page=page_title(alert.page))
        return super().data(index, role)
