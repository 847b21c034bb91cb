"""Table models of the Convention page: parties, articles, amendments."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services.registers import AmendmentRow, ArticleRow, PartyRow
from .. import labels
from .table_model import CENTER, Column, RowTableModel, date_column, text_column


class PartyTableModel(RowTableModel[PartyRow]):
    """The parties, provider first then beneficiaries in convention order."""

    CODE, NAME, ROLE, SIRET, ADDRESS, CHORUS = range(6)
    columns = (
        text_column(QT_TRANSLATE_NOOP("PartyTableModel", "Code"), lambda r: r.code),
        text_column(QT_TRANSLATE_NOOP("PartyTableModel", "Nom"), lambda r: r.name),
        text_column(
            QT_TRANSLATE_NOOP("PartyTableModel", "Rôle"), lambda r: labels.party_role(r.role)
        ),
        text_column(QT_TRANSLATE_NOOP("PartyTableModel", "SIRET"), lambda r: r.siret),
        Column(
            QT_TRANSLATE_NOOP("PartyTableModel", "Adresse"),
            lambda r: r.address,
            lambda text: " – ".join(line.strip() for line in text.splitlines() if line.strip()),
        ),
        text_column(
            QT_TRANSLATE_NOOP("PartyTableModel", "Chorus Pro"),
            lambda r: QCoreApplication.translate("PartyTableModel", "oui") if r.is_public_body else "",
        ),
    )


class ArticleTableModel(RowTableModel[ArticleRow]):
    """The articles of a convention, in order; the filter also searches their text."""

    NUMBER, TITLE = range(2)
    columns = (
        Column(
            QT_TRANSLATE_NOOP("ArticleTableModel", "Article"),
            lambda r: r.position,
            alignment=CENTER,
        ),
        text_column(QT_TRANSLATE_NOOP("ArticleTableModel", "Titre"), lambda r: r.title),
    )

    def display_text(self, row: int, column: int) -> str:
        if column == self.NUMBER:
            return self.row_value(row).number
        return super().display_text(row, column)

    def _search_parts(self, value: ArticleRow) -> Iterable[str]:
        return (value.number, value.title, value.body)


class AmendmentTableModel(RowTableModel[AmendmentRow]):
    """The amendments of a convention, by number."""

    NUMBER, SIGNATURE, EFFECTIVE, SUMMARY = range(4)
    columns = (
        Column(
            QT_TRANSLATE_NOOP("AmendmentTableModel", "N°"), lambda r: r.number, alignment=CENTER
        ),
        date_column(QT_TRANSLATE_NOOP("AmendmentTableModel", "Signé le"), lambda r: r.signature_date),
        date_column(
            QT_TRANSLATE_NOOP("AmendmentTableModel", "En vigueur le"), lambda r: r.effective_date
        ),
        Column(
            QT_TRANSLATE_NOOP("AmendmentTableModel", "Objet"),
            lambda r: r.summary,
            lambda text: " ".join(text.split()),
        ),
    )


