"""Table model of the parties (the provider, the beneficiaries, the others)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain import french
from ...services.registers import PartyRow
from .. import labels
from .table_model import Column, RowTableModel, text_column


class PartyTableModel(RowTableModel[PartyRow]):
    """Every party with its role in the conventions."""

    CODE, NAME, ROLE, SIRET, EMAIL = range(5)
    columns = (
        text_column(QT_TRANSLATE_NOOP("PartyTableModel", "Code"), lambda r: r.code),
        text_column(QT_TRANSLATE_NOOP("PartyTableModel", "Nom"), lambda r: r.name),
        text_column(
            QT_TRANSLATE_NOOP("PartyTableModel", "Rôle"),
            lambda r: labels.party_role(r.role) + (
                QCoreApplication.translate("PartyTableModel", " · votre organisation") if r.is_own_organisation else ""
            ),
        ),
        Column(QT_TRANSLATE_NOOP("PartyTableModel", "SIRET"), lambda r: r.siret, french.siret),
        text_column(QT_TRANSLATE_NOOP("PartyTableModel", "Courriel"), lambda r: r.email),
    )
