"""The parties register: providers, then beneficiaries in convention order, then the others."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...storage.models import Convention, Party
from .common import beneficiary_order


@dataclass(frozen=True, slots=True)
class PartyRow:
    id: int
    code: str
    name: str
    legal_form: str
    address: str
    siret: str
    email: str
    phone: str
    is_own_organisation: bool
    signatory_name: str
    signatory_title: str
    iban: str
    bic: str
    is_public_body: bool
    #: "provider", "beneficiary" or "" when the party is in no convention.
    role: str


def parties(session: Session) -> list[PartyRow]:
    """Every party: providers first, then beneficiaries in convention order, then the others."""
    providers = set(session.scalars(select(Convention.provider_id)).all())
    beneficiary_rank = {pid: i for i, (pid, _, _) in enumerate(beneficiary_order(session))}
    rows = session.execute(
        select(
            Party.id,
            Party.code,
            Party.name,
            Party.legal_form,
            Party.address,
            Party.siret,
            Party.email,
            Party.phone,
            Party.is_own_organisation,
            Party.signatory_name,
            Party.signatory_title,
            Party.iban,
            Party.bic,
            Party.is_public_body,
        )
    ).all()
    result = []
    for row in rows:
        if row.id in providers:
            role = "provider"
        elif row.id in beneficiary_rank:
            role = "beneficiary"
        else:
            role = ""
        result.append(PartyRow(*row, role=role))

    def order(party: PartyRow) -> tuple:
        if party.role == "provider":
            return (0, 0, party.name)
        if party.role == "beneficiary":
            return (1, beneficiary_rank[party.id], party.name)
        return (2, 0, party.name)

    return sorted(result, key=order)


def own_organisation(session: Session) -> PartyRow | None:
    """The user's own organisation (the party flagged as such), if recorded."""
    return next((p for p in parties(session) if p.is_own_organisation), None)
