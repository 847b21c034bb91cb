"""Parties and your organisation: identifiers checked (SIRET Luhn, IBAN mod 97, BIC), logo, deletion."""

import re

import pytest
from sqlalchemy import select

from mutualisation.domain.french import siret as format_siret
from mutualisation.services import registers
from mutualisation.services.errors import ServiceError
from mutualisation.services.editing import parties
from mutualisation.services.editing.identifiers import (
    IdentifierError,
    format_iban,
    parse_bic,
    parse_iban,
    parse_siret,
)
from mutualisation.storage import models as m

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20


def test_identifiers_are_read_with_spaces_and_checked():
    assert parse_siret("448 217 398 00024") == "44821739800024"
    assert parse_siret("356 000 000 00001") == "35600000000001"  # La Poste: digits sum to a multiple of 5
    assert parse_iban("fr76 1027 8040 1000 0123 4560 183") == "FR7610278040100001234560183"
    assert parse_bic("cmcifr2a") == "CMCIFR2A" and parse_bic("CMCIFR2AXXX") == "CMCIFR2AXXX"
    assert format_siret("44821739800024") == "448 217 398 00024"
    assert format_iban("FR7610278040100001234560183") == "FR76 1027 8040 1000 0123 4560 183"


@pytest.mark.parametrize(
    ("parse", "text", "message"),
    [
        (parse_siret, "448 217 398 0002", "14 chiffres (ici 13"),
        (parse_siret, "44821739800025", "clé de contrôle fausse"),
        (parse_iban, "FR76 1027 8040 1000 0123 4560 184", "clé de contrôle fausse"),
        (parse_iban, "FR76 1027 8040", "illisible"),
        (parse_iban, "FR76 1027 8040 1000 0123 4560 18", "27 caractères (ici 26)"),
        (parse_bic, "CMCI FR", "8 ou 11 caractères"),
    ],
)
def test_bad_identifiers_say_why(parse, text, message):
    with pytest.raises(IdentifierError, match=re.escape(message)):
        parse(text)


def test_a_party_is_created_corrected_and_deleted(demo_db):
    values = parties.PartyValues(code="ccpb", name="Communauté de communes", siret="448 217 398 00024",
                                 email="accueil@ccpb.example", is_public_body=True)  # fmt: skip
    with demo_db.session() as session, session.begin():
        party_id = parties.create_party(session, values)
    with demo_db.session() as session, session.begin():
        loaded = parties.load_party(session, party_id)
        assert (loaded.code, loaded.siret) == ("CCPB", "44821739800024")
        parties.update_party(session, party_id, parties.PartyValues(
            code="CCPB", name="Communauté de communes Orne Lorraine Confluences", version=loaded.version))  # fmt: skip
    with demo_db.session() as session, session.begin():
        assert parties.load_party(session, party_id).name == "Communauté de communes Orne Lorraine Confluences"
        parties.delete_party(session, party_id)
    with demo_db.session() as session:
        assert [p.code for p in registers.parties(session)] == ["PAYS", "ST2B", "SCOT"]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (parties.PartyValues(code="ST2B", name="Autre"), "Le code ST2B est déjà celui d'une autre partie."),
        (parties.PartyValues(code="X Y", name="Autre"), "Code : lettres et chiffres seulement"),
        (parties.PartyValues(code="NEW", name=""), "Nom : ce champ est obligatoire."),
        (parties.PartyValues(code="NEW", name="N", siret="123"), "SIRET : Un SIRET compte 14 chiffres"),
        (parties.PartyValues(code="NEW", name="N", email="pas une adresse"), "Courriel : adresse illisible"),
    ],
)
def test_refused_parties(demo_db, values, message):
    with demo_db.session() as session, session.begin():
        with pytest.raises(ServiceError) as refused:
            parties.create_party(session, values)
    assert message in str(refused.value)


def test_a_party_in_use_is_not_deleted(demo_db):
    with demo_db.session() as session, session.begin():
        st2b = session.scalar(select(m.Party).where(m.Party.code == "ST2B"))
        with pytest.raises(ServiceError) as refused:
            parties.delete_party(session, st2b.id)
    message = str(refused.value)
    assert message.startswith("Suppression impossible : la partie ST2B est utilisé(e) par 1 convention(s), ")
    assert "quotité(s)" in message and "surface(s)" in message and "relevé(s)" in message


def test_the_organisation_is_saved_with_its_logo_and_bank_details(demo_db):
    with demo_db.session() as session, session.begin():
        own = registers.own_organisation(session)
        values = parties.load_party(session, own.id)
        changed = parties.PartyValues(**{**{f: getattr(values, f) for f in values.__slots__},
                                         "iban": "FR76 3000 6000 0112 3456 7890 189", "bic": "agrifrpp",
                                         "signatory_name": "Marie Durand"})  # fmt: skip
        parties.save_organisation(session, own.id, changed, PNG)
    with demo_db.session() as session:
        own = registers.own_organisation(session)
        assert (own.iban, own.bic, own.signatory_name) == ("FR7630006000011234567890189", "AGRIFRPP", "Marie Durand")
        assert parties.party_logo(session, own.id) == PNG


def test_another_party_can_become_the_organisation_and_a_bad_logo_is_refused(demo_db):
    with demo_db.session() as session, session.begin():
        scot = session.scalar(select(m.Party).where(m.Party.code == "SCOT"))
        values = parties.load_party(session, scot.id)
        with pytest.raises(ServiceError, match="PNG ou JPEG"):
            parties.save_organisation(session, scot.id, values, b"GIF89a")
    with demo_db.session() as session, session.begin():
        parties.save_organisation(session, scot.id, values, None)
    with demo_db.session() as session:
        assert registers.own_organisation(session).code == "SCOT"
        assert sum(1 for p in registers.parties(session) if p.is_own_organisation) == 1
    with demo_db.session() as session, session.begin():
        with pytest.raises(ServiceError, match="SIRET : obligatoire"):
            parties.save_organisation(session, None, parties.PartyValues("NEW", "Nouvelle"), None)
