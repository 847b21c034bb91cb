"""Allocation keys (fixed, surface, headcount, metered, direct) with dated fixed shares, and meters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.vocabulary import KeyKind, is_member
from ...domain.i18n import tr, tr_noop, translate_marked
from ...storage import models as m
from ..errors import ServiceError
from ._uses import count
from .common import record_for_save, check_unique, day, fetch, text
from .guards import refuse_deletion_if_issued, refuse_if_used
from .history import DatedEntry, check_total_at_most_one, entries_of, save_history


@dataclass(frozen=True, slots=True)
class KeyValues:
    name: str
    kind: str
    site_id: int | None = None
    meter_id: int | None = None
    party_id: int | None = None
    version: int | None = None


def load_key(session: Session, key_id: int) -> tuple[KeyValues, list[DatedEntry]]:
    key = fetch(session, m.AllocationKey, key_id, tr("Edit", "la clé"))
    values = KeyValues(key.name, key.kind, key.site_id, key.meter_id, key.party_id, key.version)
    return values, entries_of(session, "fixed_share", key_id)


def _beneficiaries(session: Session) -> set[int]:
    return set(session.scalars(select(m.ConventionBeneficiary.party_id)))


def _check_share(allowed: set[int]):
    def check(entry: DatedEntry) -> None:
        if entry.party_id not in allowed:
            raise ServiceError(tr("Edit", "Pourcentages : chacun revient à un bénéficiaire d'une convention."))
        if not 0 <= entry.value <= 1:
            raise ServiceError(tr("Edit", "Pourcentage au {day} : entre 0 % et 100 %.", day=day(entry.effective_date)))

    return check


_MISSING_REFERENCE = {
    "site": tr_noop("Edit", "Site : choisissez le site dont les surfaces servent de clé."),
    "meter": tr_noop("Edit", "Compteur : choisissez le compteur dont les relevés servent de clé."),
    "party": tr_noop("Edit", "Partie : choisissez la partie à qui tout est affecté."),
}


def save_key(session: Session, key_id: int | None, values: KeyValues,
             fixed_shares: Sequence[DatedEntry] = ()) -> int:  # fmt: skip
    """Create or correct a key. Its kind says what it needs: a site (surface), a meter
    (metered), a party (direct), dated percentages per beneficiary (fixed, 100 % at most)."""
    name = text(values.name, tr("Edit", "Nom de la clé"), max_length=200)
    check_unique(session, m.AllocationKey.name, name, key_id, tr("Edit", "Une clé s'appelle déjà « {name} ».", name=name))
    if not is_member(KeyKind, values.kind):
        raise ServiceError(tr("Edit", "Type de clé : choisissez dans la liste."))
    kind = KeyKind(values.kind)
    # Only the reference the kind points to is kept: a key changed from surface to direct forgets its site.
    references = {"site": values.site_id, "meter": values.meter_id, "party": values.party_id}
    references = {name: ident if name == kind.reference else None for name, ident in references.items()}
    if kind.reference and references[kind.reference] is None:
        raise ServiceError(translate_marked("Edit", _MISSING_REFERENCE[kind.reference]))
    site_id, meter_id, party_id = references["site"], references["meter"], references["party"]
    shares = list(fixed_shares) if kind == KeyKind.FIXED else []
    if kind == KeyKind.FIXED:
        if not shares:
            raise ServiceError(tr("Edit", "Pourcentages : indiquez au moins celui d'un bénéficiaire."))
        check_total_at_most_one(shares, tr("Edit", "Pourcentages"), tr("Edit", "le prestataire garde le reste"))
    key = record_for_save(session, m.AllocationKey, key_id, values.version, "la clé")
    key.name, key.kind = name, values.kind
    key.site_id, key.meter_id, key.party_id = site_id, meter_id, party_id
    session.flush()
    save_history(session, "fixed_share", key.id, shares, tr("Edit", "Pourcentages"), _check_share(_beneficiaries(session)))
    return key.id


def key_uses(session: Session, key_id: int) -> list[tuple[int, str]]:
    return [
        (count(session, m.EquipmentKey, m.EquipmentKey.key_id == key_id), tr_noop("Delete", "matériel(s)")),
        (count(session, m.CategoryKey, m.CategoryKey.key_id == key_id), tr_noop("Delete", "catégorie(s) de dépenses")),
        (count(session, m.Bill, m.Bill.key_override_id == key_id), tr_noop("Delete", "facture(s) à clé spécifique")),
    ]


def delete_key(session: Session, key_id: int) -> None:
    """Refused while an item, a category or a bill uses the key."""
    key = fetch(session, m.AllocationKey, key_id, tr("Edit", "la clé"))
    refuse_if_used(key_uses(session, key_id), tr("Delete", "la clé « {name} »", name=key.name))
    session.delete(key)
    session.flush()


# -- meters -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeterValues:
    name: str
    unit: str
    equipment_id: int | None = None
    version: int | None = None


def load_meter(session: Session, meter_id: int) -> MeterValues:
    meter = fetch(session, m.Meter, meter_id, tr("Edit", "le compteur"))
    return MeterValues(meter.name, meter.unit, meter.equipment_id, meter.version)


def save_meter(session: Session, meter_id: int | None, values: MeterValues) -> int:
    """Create or correct a meter: what is counted (km, copies, hours…) and its unit."""
    name = text(values.name, tr("Edit", "Nom du compteur"), max_length=200)
    check_unique(session, m.Meter.name, name, meter_id, tr("Edit", "Un compteur s'appelle déjà « {name} ».", name=name))
    unit = text(values.unit, tr("Edit", "Unité"), max_length=40)
    if values.equipment_id is not None:
        fetch(session, m.Equipment, values.equipment_id, tr("Edit", "le matériel"))
    meter = record_for_save(session, m.Meter, meter_id, values.version, "le compteur")
    meter.name, meter.unit, meter.equipment_id = name, unit, values.equipment_id
    session.flush()
    return meter.id


def delete_meter(session: Session, meter_id: int) -> None:
    """Refused while a key uses the meter or while its readings fall in an issued period."""
    meter = fetch(session, m.Meter, meter_id, tr("Edit", "le compteur"))
    refuse_if_used(
        [(count(session, m.AllocationKey, m.AllocationKey.meter_id == meter_id), tr_noop("Delete", "clé(s) de répartition"))],
        tr("Delete", "le compteur « {name} »", name=meter.name),
    )
    for start, end in session.execute(
        select(m.MeterReading.period_start, m.MeterReading.period_end).where(m.MeterReading.meter_id == meter_id)
    ):
        refuse_deletion_if_issued(session, start, end, tr("Delete", "les relevés du compteur « {name} »", name=meter.name))
    session.delete(meter)
    session.flush()
