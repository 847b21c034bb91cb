"""Paramètres: the user's organisation, where the data is kept, the interface language."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Qt, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import backup, registers
from ...services.backup import BackupInfo
from ...services.registers import PartyRow
from ...services.workspace import StorageError, Unit
from .. import formatting, language
from ..dialogs.organisation_dialog import OrganisationDialog
from ..dialogs.parties_dialog import PartiesDialog
from ..models.sort_proxy import SortFilterProxyModel
from ..models.table_model import ROW_ROLE, Column, RowTableModel, number_column, text_column
from ..widgets.value_label import ValueLabel
from .base import Page


class SettingsPage(Page):
    """The organisation that issues the statements, the database in use, the interface language."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(
            workspace,
            self.tr("Paramètres"),
            self.tr(
                "Votre organisation, telle qu'elle figure sur les états de refacturation qu'elle émet, "
                "la base de données utilisée et la langue de l'interface."
            ),
            parent,
        )
        self.organisation_box = QGroupBox(self.tr("Organisation"), self)
        self.none_label = QLabel(
            self.tr("Aucune partie n'est enregistrée comme votre organisation."), self.organisation_box
        )
        self.none_label.setObjectName("noneLabel")
        self.organisation_form = QFormLayout()
        self.organisation_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.organisation_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, ValueLabel] = {}
        for key, caption in (
            ("name", self.tr("Nom")),
            ("code", self.tr("Code")),
            ("legal_form", self.tr("Forme juridique")),
            ("address", self.tr("Adresse")),
            ("siret", self.tr("SIRET")),
            ("email", self.tr("Courriel")),
            ("phone", self.tr("Téléphone")),
            ("signatory", self.tr("Signataire")),
            ("iban", self.tr("IBAN")),
            ("bic", self.tr("BIC")),
        ):
            self.fields[key] = ValueLabel(parent=self.organisation_box)
            self.organisation_form.addRow(caption, self.fields[key])
        self.organisation_button = QPushButton(self.tr("Modifier l'organisation…"), self.organisation_box)
        self.organisation_button.setToolTip(
            self.tr("Nom, SIRET, adresse, logo, signataire et coordonnées bancaires portés sur les états")
        )
        self.organisation_button.clicked.connect(self.on_organisation_button_clicked)
        self.parties_button = QPushButton(self.tr("Parties…"), self.organisation_box)
        self.parties_button.setToolTip(self.tr("Les organisations liées par les conventions : ajouter, modifier"))
        self.parties_button.clicked.connect(self.on_parties_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.organisation_button)
        buttons.addWidget(self.parties_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.organisation_box)
        box.addWidget(self.none_label)
        box.addLayout(self.organisation_form)
        box.addLayout(buttons)

        self.database_box = QGroupBox(self.tr("Base de données"), self)
        database_form = QFormLayout(self.database_box)
        database_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        database_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        engine, location = workspace.location()
        self.engine_value = ValueLabel(engine, self.database_box)
        self.location_value = ValueLabel(location, self.database_box)
        database_form.addRow(self.tr("Type"), self.engine_value)
        database_form.addRow(self.tr("Emplacement"), self.location_value)

        self.language_box = QGroupBox(self.tr("Langue de l'interface"), self)
        language_form = QFormLayout(self.language_box)
        language_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_combo = QComboBox(self.language_box)
        for code, name in language.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(language.saved_language()))
        self.language_combo.currentIndexChanged.connect(self.on_language_combo_changed)
        language_form.addRow(self.tr("Langue"), self.language_combo)
        language_note = QLabel(self.tr("Le changement prend effet au prochain démarrage."), self.language_box)
        language_note.setObjectName("countLabel")  # grey, as the other notes
        language_form.addRow("", language_note)

        self.backup_box = BackupBox(workspace, self)
        self.backup_box.database_restored.connect(self.on_backup_database_restored)

        # The boxes scroll together rather than set the window's minimum height.
        boxes = QWidget(self)
        column = QVBoxLayout(boxes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.organisation_box)
        column.addWidget(self.database_box)
        column.addWidget(self.language_box)
        column.addWidget(self.backup_box, 1)
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(boxes)
        self.content.addWidget(scroller, 1)

    def load(self, run: Unit) -> None:
        self._show_organisation(run(registers.own_organisation))
        self.backup_box.refresh()

    def on_language_combo_changed(self, _index: int) -> None:
        language.save_language(self.language_combo.currentData())
        QMessageBox.information(
            self, self.tr("Langue de l'interface"),
            self.tr("La nouvelle langue s'appliquera au prochain démarrage de l'application."),
        )  # fmt: skip

    def on_organisation_button_clicked(self) -> None:
        self.dialog = OrganisationDialog(self.workspace, self)
        self.dialog.saved.connect(self.on_records_saved)
        self.dialog.open()

    def on_parties_button_clicked(self) -> None:
        self.dialog = PartiesDialog(self.workspace, self)
        self.dialog.parties_changed.connect(self.on_records_saved)
        self.dialog.open()

    def on_records_saved(self, *_args) -> None:
        self.refresh()
        self.records_changed.emit()

    def on_backup_database_restored(self) -> None:
        self.records_changed.emit()  # every other page reads the restored data when next shown
        self.refresh()

    def _show_organisation(self, party: PartyRow | None) -> None:
        self.none_label.setVisible(party is None)
        for row in range(self.organisation_form.rowCount()):
            self.organisation_form.setRowVisible(row, party is not None)
        if party is None:
            return
        f = self.fields
        f["name"].setText(party.name)
        f["code"].setText(party.code)
        f["legal_form"].setText(party.legal_form)
        f["address"].setText(party.address)
        f["siret"].setText(_siret(party.siret))
        f["email"].setText(party.email)
        f["phone"].setText(party.phone)
        signatory = party.signatory_name
        if party.signatory_title:
            signatory = f"{signatory}, {party.signatory_title}" if signatory else party.signatory_title
        f["signatory"].setText(signatory)
        f["iban"].setText(" ".join(party.iban[i : i + 4] for i in range(0, len(party.iban), 4)))
        f["bic"].setText(party.bic)


def _siret(siret: str) -> str:
    """``448 217 398 00024``: SIREN in threes, then the NIC."""
    if len(siret) != 14 or not siret.isdigit():
        return siret
    return f"{siret[0:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"


# -- Sauvegardes: back up now, restore, the list of backups and their folder ----------------------


def _file_size(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return QCoreApplication.translate("BackupTableModel", "{size} o").format(size=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("BackupTableModel", "{size} Ko").format(
            size=formatting.number(Decimal(size) / 1024, 1)
        )
    return QCoreApplication.translate("BackupTableModel", "{size} Mo").format(
        size=formatting.number(Decimal(size) / (1024 * 1024), 1)
    )


class BackupTableModel(RowTableModel[BackupInfo]):
    """Backups of the database, newest first."""

    WHEN, REASON, SIZE, FILE = range(4)
    columns = (
        Column(QT_TRANSLATE_NOOP("BackupTableModel", "Date"), lambda b: b.taken_at, lambda d: f"{d:%d/%m/%Y %H:%M:%S}"),
        text_column(QT_TRANSLATE_NOOP("BackupTableModel", "Raison"), lambda b: b.reason_label),
        number_column(QT_TRANSLATE_NOOP("BackupTableModel", "Taille"), lambda b: b.size, _file_size),
        text_column(QT_TRANSLATE_NOOP("BackupTableModel", "Fichier"), lambda b: b.path.name),
    )


class BackupBox(QGroupBox):
    """Sauvegarder maintenant, Restaurer…, and the backups kept in the folder."""

    #: The database was replaced by a backup: every page must read it again.
    database_restored = Signal()

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sauvegardes"))
        self.workspace = workspace
        self.file = workspace.on_database(backup.database_file)
        self.settings = backup.load_settings()
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.explanation.setMinimumWidth(200)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.explanation)
        if self.file is None:
            self.explanation.setText(self.tr(
                "Les sauvegardes intégrées concernent une base SQLite (un fichier). Cette base est sur un "
                "serveur : sauvegardez-la avec les outils du serveur (pg_dump pour PostgreSQL)."
            ))  # fmt: skip
            self.folder_value = self.backup_button = self.restore_button = self.open_button = None
            self.backups_model = self.backups_view = None
            return
        self.explanation.setText(self.tr(
            "Une copie de la base est faite avant chaque émission d'état, avant chaque mise à jour de la base "
            "et à la fermeture de l'application. Sont conservées les {last} dernières et, sur {months} mois, "
            "la dernière de chaque mois (réglages : {file})."
        ).format(last=self.settings.keep_last, months=self.settings.keep_months, file=backup.settings_file()))
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Dossier :"), self))
        folder = str(backup.backup_folder(self.file, self.settings))
        self.folder_value = ValueLabel(folder, self)
        self.folder_value.setToolTip(folder)
        # A long path must not widen the window: it wraps where it can, and is cut beyond.
        self.folder_value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.folder_value.setMinimumWidth(120)
        folder_row.addWidget(self.folder_value, 1)
        self.open_button = QPushButton(self.tr("Ouvrir le dossier"), self)
        self.open_button.clicked.connect(self.on_open_clicked)
        folder_row.addWidget(self.open_button)
        layout.addLayout(folder_row)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Sauvegarder maintenant"), self)
        self.backup_button.clicked.connect(self.on_backup_clicked)
        self.restore_button = QPushButton(self.tr("Restaurer…"), self)
        self.restore_button.setToolTip(self.tr(
            "Remplacer la base par une sauvegarde, vérifiée d'abord ; la base actuelle est sauvegardée avant."
        ))  # fmt: skip
        self.restore_button.clicked.connect(self.on_restore_clicked)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.backups_model = BackupTableModel(parent=self)
        proxy = SortFilterProxyModel(self)
        proxy.setSourceModel(self.backups_model)
        self.backups_view = QTableView(self)
        self.backups_view.setModel(proxy)
        self.backups_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups_view.verticalHeader().setVisible(False)
        self.backups_view.horizontalHeader().setStretchLastSection(True)
        self.backups_view.setSortingEnabled(True)
        self.backups_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.backups_view.setMinimumWidth(200)
        self.backups_view.doubleClicked.connect(self.on_restore_clicked)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        layout.addWidget(self.count_label)
        layout.addWidget(self.backups_view, 1)

    def refresh(self) -> None:
        if self.file is None:
            return
        rows = backup.list_backups(self.file, self.settings)
        self.backups_model.set_rows(rows)
        self.backups_view.resizeColumnsToContents()
        self.count_label.setText(
            self.tr("Aucune sauvegarde pour l'instant.") if not rows
            else self.tr("{count} sauvegarde(s) conservée(s) :").format(count=len(rows))
        )  # fmt: skip

    def chosen_backup(self) -> BackupInfo | None:
        index = self.backups_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    # -- dialogs, replaced in tests ----------------------------------------------------------------

    def choose_backup_file(self) -> str:
        chosen = self.chosen_backup()
        start = str(chosen.path) if chosen is not None else str(backup.backup_folder(self.file, self.settings))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restaurer une sauvegarde"), start,
            self.tr("Bases SQLite (*.sqlite *.db *.sqlite3);;Tous les fichiers (*)"),
        )  # fmt: skip
        return path

    def confirm_restore(self, path: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restaurer une sauvegarde"),
            self.tr(
                "Remplacer toutes les données de la base par celles de la sauvegarde\n{path} ?\n\n"
                "La base actuelle sera d'abord sauvegardée."
            ).format(path=path),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, title: str, text: str, *, error: bool = False) -> None:
        if error:
            QMessageBox.warning(self, title, text)
        else:
            QMessageBox.information(self, title, text)

    # -- slots -------------------------------------------------------------------------------------

    def on_backup_clicked(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = self.workspace.on_database(backup.backup_now, "manuelle", settings=self.settings)
        except StorageError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.tell(self.tr("Sauvegarde impossible"), str(exc), error=True)
            return
        QGuiApplication.restoreOverrideCursor()
        self.refresh()
        self.tell(self.tr("Sauvegarde"), self.tr("Sauvegarde enregistrée :\n{path}").format(path=path))

    def on_restore_clicked(self, *_args) -> None:
        path = self.choose_backup_file()
        if not path or not self.confirm_restore(path):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.workspace.on_database(
                lambda database: backup.restore(path, database, settings=self.settings)
            )
        except StorageError as exc:
            QGuiApplication.restoreOverrideCursor()
            self.tell(self.tr("Restauration refusée"), str(exc), error=True)
            return
        QGuiApplication.restoreOverrideCursor()
        self.refresh()
        self.database_restored.emit()
        text = self.tr("La base a été restaurée depuis {path}.").format(path=result.restored_from)
        if result.previous_backup:
            text += "\n" + self.tr("La base remplacée a été sauvegardée dans {path}.").format(
                path=result.previous_backup
            )
        self.tell(self.tr("Restauration"), text)

    def on_open_clicked(self) -> None:
        folder = backup.backup_folder(self.file, self.settings)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

