"""What a bill or a charge is attached to: exactly one site, item or category (R7)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ...domain.i18n import tr
from ...storage import models as m
from ..errors import ServiceError
from .common import fetch


def check_one(session: Session, site_id: int | None, equipment_id: int | None,
              category_id: int | None) -> None:  # fmt: skip
    given = [x for x in (site_id, equipment_id, category_id) if x is not None]
    if len(given) != 1:
        raise ServiceError(tr(
            "Edit", "Rattachement : choisissez un site, un matériel ou une catégorie de dépenses (un seul), "
            "dont la clé de répartition s'appliquera."
        ))
    if site_id is not None:
        fetch(session, m.Site, site_id, tr("Edit", "le site"))
    elif equipment_id is not None:
        fetch(session, m.Equipment, equipment_id, tr("Edit", "le matériel"))
    else:
        fetch(session, m.ExpenseCategory, category_id, tr("Edit", "la catégorie"))
