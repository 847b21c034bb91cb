"""A draft (an unnumbered document as it would be issued) shown in the PDF viewer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...services.statements_view import DraftDocument
from .. import labels
from .pdf_viewer import PdfViewerDialog


def open_draft(document: DraftDocument, parent: QWidget) -> PdfViewerDialog:
    """Show ``document``'s PDF, titled as a draft, with Print and Save as; returns the viewer."""
    kind = labels.statement_kind(document.kind)
    title = QCoreApplication.translate("DraftViewer", "Projet — {kind} — {beneficiary} — {period} (non émis)").format(
        kind=kind, beneficiary=document.beneficiary, period=document.period.label
    )
    file_name = QCoreApplication.translate("DraftViewer", "Projet {kind} {beneficiary} {period}.pdf").format(
        kind=kind, beneficiary=document.beneficiary, period=document.period.label
    )
    viewer = PdfViewerDialog(document.pdf, title, file_name, parent)
    viewer.show()
    return viewer
