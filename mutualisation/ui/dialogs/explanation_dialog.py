"""How one amount of a preview was computed, sentence by sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..models.preview import PreviewRow, section_label
from ..widgets.value_label import ValueLabel


def explanation_text(row: PreviewRow) -> str:
    """The line's explanation as a bulleted plain text."""
    return "\n".join(f"• {sentence}" for sentence in row.explanation())


class ExplanationDialog(QDialog):
    """The detail of a preview line: base, key, rate, amount, and every step of the calculation."""

    def __init__(self, row: PreviewRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Détail du calcul — {label}").format(label=row.label))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = QLabel(row.label, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Section"), ValueLabel(section_label(row.section), self))
        form.addRow(self.tr("Base"), ValueLabel(formatting.money(row.basis), self))
        form.addRow(self.tr("Clé"), ValueLabel(row.key_description, self))
        form.addRow(self.tr("Taux"), ValueLabel(row.ratio_text, self))
        amount = ValueLabel(formatting.money(row.amount), self)
        bold = amount.font()
        bold.setBold(True)
        amount.setFont(bold)
        form.addRow(self.tr("Montant"), amount)

        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(explanation_text(row))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.copy_button = QPushButton(self.tr("Copier le détail"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Détail du calcul"), self))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
