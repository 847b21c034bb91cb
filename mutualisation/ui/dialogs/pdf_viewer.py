"""A PDF shown in the app (statement, convention summary), with Print and Save as."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...paths import write_private

#: Where the last PDF was saved, to offer the same folder next time.
LAST_FOLDER_KEY = "pdf/last_folder"
#: Pages are drawn on the printer at most at this resolution: a 1200 dpi A4 page would be a
#: 500 MB image, and 300 dpi is already what a laser printer shows.
PRINT_DPI = 300


class PdfViewerDialog(QDialog):
    """Shows PDF bytes page after page; prints them or saves them under a chosen name."""

    #: The document was sent to the printer.
    printed = Signal()
    #: The document was written to this file.
    saved = Signal(str)

    def __init__(self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_name = file_name
        self._bytes = QByteArray(pdf)
        # The document reads from the buffer as long as it is shown: both stay attributes.
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.caption = QLabel(title, self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("countLabel")
        self.print_button = QPushButton(self.tr("Imprimer…"), self)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.save_button = QPushButton(self.tr("Enregistrer sous…"), self)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.close_button = QPushButton(self.tr("Fermer"), self)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Print, self, self.on_print_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, self.on_save_clicked)

        bar = QHBoxLayout()
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.pages_label)
        bar.addSpacing(12)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        count = self.document.pageCount()
        self.pages_label.setText(
            self.tr("1 page") if count == 1 else self.tr("{count} pages").format(count=count)
        )
        self.resize(900, 980)

    def sizeHint(self) -> QSize:
        return QSize(900, 980)

    def page_count(self) -> int:
        return self.document.pageCount()

    # -- printing --------------------------------------------------------------------------------

    def on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Imprimer {name}").format(name=self.file_name))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Draw the chosen pages on ``printer``, each scaled to the printable area."""
        count = self.document.pageCount()
        first = max(1, printer.fromPage() or 1)
        last = min(count, printer.toPage() or count)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Impression"), self.tr("L'imprimante n'a pas pu être ouverte."))
            return
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                points = self.document.pagePointSize(number - 1)
                image = self.document.render(
                    number - 1, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.topLeft(), size), image)
        finally:
            painter.end()
        self.printed.emit()

    # -- saving ----------------------------------------------------------------------------------

    def on_save_clicked(self) -> None:
        settings = QSettings()
        folder = settings.value(LAST_FOLDER_KEY, str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le PDF"), str(Path(str(folder)) / self.file_name),
            self.tr("Documents PDF (*.pdf)"),
        )  # fmt: skip
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_private(path, bytes(self._bytes.data()))  # readable by its owner only, whatever the umask
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Enregistrement impossible"),
                self.tr("Le fichier {path} n'a pas pu être écrit : {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )  # fmt: skip
            return
        settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
        self.saved.emit(path)
