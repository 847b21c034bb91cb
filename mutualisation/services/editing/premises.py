"""Sites (premises): name, address, common area, and each party's dated exclusive area."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from ...domain.i18n import tr, tr_noop
from ...storage import models as m
from ..errors import ServiceError
from ._uses import count, expenses_attached
from .common import record_for_save, check_amount, check_unique, day, fetch, text
from .guards import refuse_if_used
from .history import DatedEntry, entries_of, save_history


@dataclass(frozen=True, slots=True)
class SiteValues:
    name: str
    address: str = ""
    common_area: Decimal | None = Decimal(0)
    version: int | None = None


def load_site(session: Session, site_id: int) -> tuple[SiteValues, list[DatedEntry]]:
    site = fetch(session, m.Site, site_id, tr("Edit", "le site"))
    return SiteValues(site.name, site.address, site.common_area, site.version), entries_of(session, "surface", site_id)


def _check_surface(session: Session):
    def check(entry: DatedEntry) -> None:
        if entry.party_id is None or session.get(m.Party, entry.party_id) is None:
            raise ServiceError(tr("Edit", "Surfaces : choisissez la partie qui occupe la surface."))
        if entry.value < 0:
            raise ServiceError(tr("Edit", "Surface au {day} : une surface ne peut pas être négative.",
                                  day=day(entry.effective_date)))
        check_amount(entry.value, tr("Edit", "Surface au {day}", day=day(entry.effective_date)))

    return check


def save_site(session: Session, site_id: int | None, values: SiteValues,
              surfaces: Sequence[DatedEntry]) -> int:  # fmt: skip
    """Create or correct a site and its dated exclusive areas (m², two decimals)."""
    name = text(values.name, tr("Edit", "Nom du site"), max_length=200)
    check_unique(session, m.Site.name, name, site_id, tr("Edit", "Un site s'appelle déjà « {name} ».", name=name))
    common = check_amount(values.common_area if values.common_area is not None else Decimal(0),
                          tr("Edit", "Parties communes"))  # fmt: skip
    site = record_for_save(session, m.Site, site_id, values.version, "le site")
    site.name, site.address, site.common_area = name, text(values.address, tr("Edit", "Adresse"), required=False,
                                                           max_length=1000), common  # fmt: skip
    session.flush()
    save_history(session, "surface", site.id, surfaces, tr("Edit", "Surfaces"), _check_surface(session))
    return site.id


def delete_site(session: Session, site_id: int) -> None:
    """Refused while bills, charges or a surface key refer to the site (then its areas cannot
    have shared any cost, so they go with it)."""
    site = fetch(session, m.Site, site_id, tr("Edit", "le site"))
    refuse_if_used(
        [*expenses_attached(session, "site_id", site_id),
         (count(session, m.AllocationKey, m.AllocationKey.site_id == site_id), tr_noop("Delete", "clé(s) de répartition"))],
        tr("Delete", "le site « {name} »", name=site.name),
    )  # fmt: skip
    session.delete(site)
    session.flush()
