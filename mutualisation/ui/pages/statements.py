"""États: the statements issued so far and their payment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ...services import registers
from ..models.statements import StatementTableModel
from ..widgets.register_table import RegisterTable
from .base import Page


class StatementsPage(Page):
    """Issued cost-sharing statements."""

    def __init__(self, database, parent=None) -> None:
        super().__init__(
            database,
            self.tr("États"),
            self.tr(
                "États de refacturation émis, avoirs et états rectificatifs, avec leur numéro, leur "
                "période et les paiements reçus."
            ),
            parent,
        )
        self.none_label = QLabel(
            self.tr("Aucun état de refacturation n'a encore été émis."), self
        )
        self.none_label.setObjectName("noneLabel")
        self.none_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statements_table = RegisterTable(
            StatementTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer par numéro, bénéficiaire, période…"),
            total_column=StatementTableModel.OUTSTANDING,
            total_caption=self.tr("Reste dû : {amount}"),
            flex_column=StatementTableModel.BENEFICIARY,
        )
        self.content.addWidget(self.none_label)
        self.content.addWidget(self.statements_table, 1)

    def load(self, session) -> None:
        rows = registers.statements(session)
        self.statements_table.set_rows(rows)
        self.none_label.setVisible(not rows)
