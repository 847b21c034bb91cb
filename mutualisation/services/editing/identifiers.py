"""Checking the identifiers printed on statements: SIRET (Luhn), IBAN (mod 97), BIC.

Each ``parse_*`` function takes what was typed (spaces allowed), returns the compact form
to store, and raises :class:`IdentifierError` with a message in the interface language otherwise; the form
fields call them as the user types and the services call them again before saving.
"""

from __future__ import annotations

import re

from ...domain.i18n import tr

_SPACES = re.compile(r"[\s\u00a0\u202f.-]")
_BIC = re.compile(r"^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$")
_IBAN = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")
#: La Poste's establishments share one SIREN and follow another rule (digits sum to a multiple of 5).
LA_POSTE_SIREN = "356000000"


class IdentifierError(ValueError):
    """An identifier that is not well formed; the message says why."""


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def parse_siret(text: str) -> str:
    """``448 217 398 00024`` → ``44821739800024``: 14 digits passing the Luhn check."""
    siret = _SPACES.sub("", text or "")
    if not siret.isdigit() or len(siret) != 14:
        raise IdentifierError(tr("Edit", "Un SIRET compte 14 chiffres (ici {count} caractères).", count=len(siret)))
    if siret.startswith(LA_POSTE_SIREN):
        valid = sum(int(c) for c in siret) % 5 == 0
    else:
        valid = luhn_valid(siret)
    if not valid:
        raise IdentifierError(tr("Edit", "Ce SIRET n'existe pas (clé de contrôle fausse) : vérifiez les chiffres."))
    return siret


def parse_iban(text: str) -> str:
    """``FR76 1027 8040 …`` → compact upper case; country, length and mod-97 key checked."""
    iban = _SPACES.sub("", text or "").upper()
    if not _IBAN.match(iban):
        raise IdentifierError(tr("Edit", "IBAN illisible : deux lettres de pays, deux chiffres de clé, puis le compte."))
    if iban.startswith("FR") and len(iban) != 27:
        raise IdentifierError(tr("Edit", "Un IBAN français compte 27 caractères (ici {count}).", count=len(iban)))
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(char, 36)) for char in rearranged)
    if int(number) % 97 != 1:
        raise IdentifierError(tr("Edit", "Cet IBAN n'existe pas (clé de contrôle fausse) : vérifiez les caractères."))
    return iban


def parse_bic(text: str) -> str:
    """``CMCIFR2A`` or ``CMCIFR2AXXX``: bank, country, place and optional branch."""
    bic = _SPACES.sub("", text or "").upper()
    if not _BIC.match(bic):
        raise IdentifierError(
            tr("Edit", "Un BIC compte 8 ou 11 caractères : 4 lettres de banque, 2 de pays, puis 2 (et 3).")
        )
    return bic


def format_iban(iban: str) -> str:
    """Groups of four, as printed on a RIB."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
