"""Sites and the exclusive surfaces of each party."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...storage.models import Amendment, Convention, Party, Site, SiteSurface
from .common import PartyShare, beneficiary_order, in_force, on_or_today


@dataclass(frozen=True, slots=True)
class SiteRow:
    id: int
    name: str
    address: str
    common_area: Decimal
    #: Exclusive areas in force, per party.
    surfaces: tuple[PartyShare, ...]

    @property
    def exclusive_area(self) -> Decimal:
        return sum((s.value for s in self.surfaces), Decimal(0))


@dataclass(frozen=True, slots=True)
class SurfaceRow:
    id: int
    site: str
    party: str
    effective_date: dt.date
    area: Decimal
    amendment: int | None


def sites(session: Session, on: dt.date | None = None) -> list[SiteRow]:
    """The sites with each party's exclusive area in force on ``on``, by name."""
    surfaces = in_force(
        (
            ((site_id, party_id, code, name), effective, area)
            for site_id, party_id, code, name, effective, area in session.execute(
                select(
                    SiteSurface.site_id, Party.id, Party.code, Party.name,
                    SiteSurface.effective_date, SiteSurface.area,
                )
                .join(Party, Party.id == SiteSurface.party_id)
                .order_by(SiteSurface.effective_date)
            )
        ),
        on_or_today(on),
    )
    by_site: dict[int, list[tuple[int, PartyShare]]] = defaultdict(list)
    for (site_id, party_id, code, name), area in surfaces.items():
        by_site[site_id].append((party_id, PartyShare(code, name, area)))
    rank = _party_rank(session)
    result = []
    for row in session.execute(
        select(Site.id, Site.name, Site.address, Site.common_area).order_by(Site.name)
    ):
        ordered = sorted(by_site[row.id], key=lambda item: rank.get(item[0], (9, item[1].party_name)))
        result.append(SiteRow(*row, surfaces=tuple(share for _, share in ordered)))
    return result


def _party_rank(session: Session) -> dict[int, tuple]:
    """Ordering of parties: provider(s) first, then beneficiaries in convention order."""
    rank: dict[int, tuple] = {}
    for pid in session.scalars(select(Convention.provider_id)):
        rank.setdefault(pid, (0, 0))
    for i, (pid, _, _) in enumerate(beneficiary_order(session)):
        rank.setdefault(pid, (1, i))
    return rank


def site_surfaces(session: Session) -> list[SurfaceRow]:
    """Every dated exclusive area, by site, date and party."""
    rows = session.execute(
        select(
            SiteSurface.id, Site.name, Party.name, SiteSurface.effective_date, SiteSurface.area,
            Amendment.number,
        )
        .join(Site, Site.id == SiteSurface.site_id)
        .join(Party, Party.id == SiteSurface.party_id)
        .outerjoin(Amendment, Amendment.id == SiteSurface.amendment_id)
        .order_by(Site.name, SiteSurface.effective_date, Party.name)
    )
    return [SurfaceRow(*row) for row in rows]
