"""Parties and the user's own organisation (name, SIRET, logo, signatory, bank details)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...domain.i18n import tr, tr_noop
from ...storage import models as m
from ..errors import ServiceError
from .common import record_for_save, check_unique, fetch, text
from .guards import refuse_if_used
from .identifiers import IdentifierError, parse_bic, parse_iban, parse_siret

#: The largest logo kept (it prints 30 × 16 mm; a scan of several megabytes is a mistake).
MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True, slots=True)
class PartyValues:
    code: str
    name: str
    legal_form: str = ""
    address: str = ""
    siret: str = ""
    email: str = ""
    phone: str = ""
    #: A public body, whose invoices go through Chorus Pro (its references are per year).
    is_public_body: bool = False
    signatory_name: str = ""
    signatory_title: str = ""
    iban: str = ""
    bic: str = ""
    version: int | None = None


def load_party(session: Session, party_id: int) -> PartyValues:
    party = fetch(session, m.Party, party_id, tr("Edit", "la partie"))
    return PartyValues(**{f.name: getattr(party, f.name) for f in fields(PartyValues)})


def party_logo(session: Session, party_id: int) -> bytes | None:
    return fetch(session, m.Party, party_id, tr("Edit", "la partie")).logo


def _checked(values: PartyValues) -> dict:
    code = text(values.code, tr("Edit", "Code"), max_length=20).upper()
    if not code.replace("-", "").replace("_", "").isalnum():
        raise ServiceError(tr("Edit", "Code : lettres et chiffres seulement (par exemple ST2B)."))
    result = {
        "code": code,
        "name": text(values.name, tr("Edit", "Nom"), max_length=200),
        "legal_form": text(values.legal_form, tr("Edit", "Forme juridique"), required=False, max_length=200),
        "address": text(values.address, tr("Edit", "Adresse"), required=False, max_length=1000),
        "email": text(values.email, tr("Edit", "Courriel"), required=False, max_length=200),
        "phone": text(values.phone, tr("Edit", "Téléphone"), required=False, max_length=40),
        "is_public_body": bool(values.is_public_body),
        "signatory_name": text(values.signatory_name, tr("Edit", "Signataire"), required=False, max_length=200),
        "signatory_title": text(values.signatory_title, tr("Edit", "Qualité du signataire"), required=False,
                                max_length=200),
    }  # fmt: skip
    if result["email"] and ("@" not in result["email"] or " " in result["email"]):
        raise ServiceError(tr("Edit", "Courriel : adresse illisible (par exemple contact@exemple.fr)."))
    for key, caption, parse in (("siret", "SIRET", parse_siret), ("iban", "IBAN", parse_iban),
                                ("bic", "BIC", parse_bic)):  # fmt: skip
        raw = (getattr(values, key) or "").strip()
        try:
            result[key] = parse(raw) if raw else ""
        except IdentifierError as exc:
            raise ServiceError(tr("Edit", "{caption} : {problem}", caption=caption, problem=exc)) from None
    return result


def _apply(session: Session, party_id: int | None, values: PartyValues) -> m.Party:
    checked = _checked(values)
    check_unique(session, m.Party.code, checked["code"], party_id,
                 tr("Edit", "Le code {code} est déjà celui d'une autre partie.", code=checked["code"]))  # fmt: skip
    party = record_for_save(session, m.Party, party_id, values.version, "la partie")
    for key, value in checked.items():
        setattr(party, key, value)
    session.flush()
    return party


def create_party(session: Session, values: PartyValues) -> int:
    return _apply(session, None, values).id


def update_party(session: Session, party_id: int, values: PartyValues) -> None:
    _apply(session, party_id, values)


def _count(session: Session, query) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def delete_party(session: Session, party_id: int) -> None:
    """Refused while a convention, a statement or any dated value refers to the party."""
    party = fetch(session, m.Party, party_id, tr("Edit", "la partie"))
    uses = [
        (_count(session, select(m.Convention.id).where(m.Convention.provider_id == party_id))
         + _count(session, select(m.ConventionBeneficiary.id).where(m.ConventionBeneficiary.party_id == party_id)),
         tr_noop("Delete", "convention(s)")),
        (_count(session, select(m.Statement.id).where(
            or_(m.Statement.beneficiary_id == party_id, m.Statement.issuer_id == party_id))), tr_noop("Delete", "état(s) émis")),
        (_count(session, select(m.StaffShare.id).where(m.StaffShare.party_id == party_id)), tr_noop("Delete", "quotité(s)")),
        (_count(session, select(m.SiteSurface.id).where(m.SiteSurface.party_id == party_id)), tr_noop("Delete", "surface(s)")),
        (_count(session, select(m.FixedKeyShare.id).where(m.FixedKeyShare.party_id == party_id))
         + _count(session, select(m.AllocationKey.id).where(m.AllocationKey.party_id == party_id)),
         tr_noop("Delete", "clé(s) de répartition")),
        (_count(session, select(m.MeterReading.id).where(m.MeterReading.party_id == party_id))
         + _count(session, select(m.PlannedMeterUse.id).where(m.PlannedMeterUse.party_id == party_id)),
         tr_noop("Delete", "relevé(s)")),
        (_count(session, select(m.OwnHeadcount.id).where(m.OwnHeadcount.party_id == party_id)), tr_noop("Delete", "effectif(s)")),
    ]  # fmt: skip
    refuse_if_used(uses, tr("Delete", "la partie {code}", code=party.code))
    session.delete(party)
    session.flush()


def own_organisation_id(session: Session) -> int | None:
    return session.scalar(select(m.Party.id).where(m.Party.is_own_organisation.is_(True)).limit(1))


def check_logo(content: bytes | None) -> bytes | None:
    """A PNG or JPEG image of reasonable size, or None for no logo."""
    if content is None:
        return None
    if not (content.startswith(b"\x89PNG\r\n\x1a\n") or content.startswith(b"\xff\xd8\xff")):
        raise ServiceError(tr("Edit", "Logo : choisissez une image PNG ou JPEG."))
    if len(content) > MAX_LOGO_BYTES:
        raise ServiceError(tr(
            "Edit", "Logo : l'image pèse {size} ko ; 2 000 ko au plus (réduisez-la).", size=len(content) // 1000
        ))
    return content


def save_organisation(session: Session, party_id: int | None, values: PartyValues,
                      logo: bytes | None) -> int:  # fmt: skip
    """Record the user's own organisation: the party ``party_id`` (or a new one) becomes it.

    The organisation prints on the statements it issues, so its SIRET is required.
    """
    if not (values.siret or "").strip():
        raise ServiceError(tr("Edit", "SIRET : obligatoire pour votre organisation (il figure sur les états)."))
    logo = check_logo(logo)
    party = _apply(session, party_id, values)
    for other in session.scalars(select(m.Party).where(m.Party.is_own_organisation.is_(True))):
        if other.id != party.id:
            other.is_own_organisation = False
    party.is_own_organisation = True
    party.logo = logo
    session.flush()
    return party.id
