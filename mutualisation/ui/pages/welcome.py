"""The first-start screen, shown while the database is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Offers to load the demonstration data or to start with an empty database."""

    demo_chosen = Signal()
    empty_start_chosen = Signal()

    def __init__(self, database_location: str, parent=None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Bienvenue dans Mutualisation"), self)
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        text = QLabel(
            self.tr(
                "La base de données est vide.\n\n"
                "Les données de démonstration reprennent la convention d'assistance et de moyens "
                "entre le Pays du bassin de Briey, le ST2b et le SCoT Nord 54 : parties, articles et "
                "avenants, personnel et paie, matériel, locaux, clés de répartition, relevés de "
                "compteurs et un an et demi de factures. Elles permettent de découvrir l'application.\n\n"
                "Commencez avec une base vide pour enregistrer directement vos propres données."
            ),
            self,
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)

        location = self.location_label = QLabel(self)
        self.set_location(database_location)
        location.setObjectName("welcomeLocation")
        location.setTextFormat(Qt.TextFormat.PlainText)
        location.setWordWrap(True)
        location.setAlignment(Qt.AlignmentFlag.AlignCenter)
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demo_button = QPushButton(self.tr("Charger les données de démonstration"), self)
        self.demo_button.setDefault(True)
        self.demo_button.setMinimumHeight(40)
        self.demo_button.clicked.connect(self.demo_chosen)
        self.empty_button = QPushButton(self.tr("Commencer avec une base vide"), self)
        self.empty_button.setMinimumHeight(40)
        self.empty_button.clicked.connect(self.empty_start_chosen)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)

        panel = QFrame(self)
        panel.setObjectName("welcomePanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(680)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(16)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addLayout(buttons)
        inner.addWidget(location)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def set_location(self, database_location: str) -> None:
        """Where the database is (known once it is open: the window shows before)."""
        self.location_label.setText(self.tr("Base de données : {location}").format(location=database_location))
