"""The legal mentions of an invoice to a public buyer, in one place.

Printed on every statement, kept in its frozen content, and carried as notes by its
structured (Factur-X) form, so that all three say the same words:

- late payment: a public buyer that pays late owes, by law and without any reminder,
  *intérêts moratoires* at the ECB's main refinancing rate plus eight points and a fixed
  recovery indemnity of 40 € (code de la commande publique, art. L. 2192-12, L. 2192-13,
  R. 2192-31 and D. 2192-35) — not the ten points of trade between businesses (code de
  commerce, art. L. 441-10), which do not apply to a public buyer; and no discount for early
  payment (the three notes the French e-invoicing rules ask for);
- the SIREN of both parties (the first nine digits of their SIRET), which identifies them
  in Chorus Pro and in the public accountant's books.

A credit note, or a document that calls for no payment, has nothing to pay late: it carries
the identifiers only. The VAT wording (R10, R14: *non assujetti*, *exonéré* with its basis,
*hors champ*) is part of the totals, where each rate or basis is stated.
"""

from __future__ import annotations

from decimal import Decimal

from ..vocabulary import DocumentKind

#: What a provider not subject to VAT prints (R10). *Non assujetti* is not *exonéré*: an
#: exemption article (« art. 261-7-1°-b du CGI », « art. 261 B du CGI ») belongs to a provider
#: subject to VAT whose operation is exempt (R14, *exonérée*, with its basis and VATEX code);
#: a franchise prints « TVA non applicable, art. 293 B du CGI ».
NOT_SUBJECT = "TVA non applicable : prestataire non assujetti à la TVA"

LATE_INTEREST = (
    "En cas de retard de paiement, intérêts moratoires au taux de la Banque centrale européenne majoré de "
    "huit points (art. L. 2192-12 et R. 2192-31 du code de la commande publique)."
)
RECOVERY_INDEMNITY = (
    "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € "
    "(art. L. 2192-13 et D. 2192-35 du code de la commande publique)."
)
NO_DISCOUNT = "Pas d'escompte pour paiement anticipé."
#: The payment mentions with the UNTDID 4451 subject the French e-invoicing rules give each
#: (BR-FR-05), as the Factur-X XML carries them: late interest, recovery indemnity, discount.
PAYMENT_NOTES = (("PMD", LATE_INTEREST), ("PMT", RECOVERY_INDEMNITY), ("AAB", NO_DISCOUNT))
#: The same, as printed under the payment terms.
LATE_PAYMENT = (LATE_INTEREST, RECOVERY_INDEMNITY, NO_DISCOUNT)


def siren(siret: str) -> str:
    """« 44821739800024 » → « 448 217 398 »; "" when the SIRET is not 14 digits."""
    digits = siret.replace(" ", "")
    if len(digits) != 14 or not digits.isdigit():
        return ""
    return f"{digits[:3]} {digits[3:6]} {digits[6:9]}"


def identifiers(issuer_siret: str, recipient_siret: str) -> str:
    """« SIREN de l'émetteur : … — SIREN du destinataire : … », for the parties that have one."""
    parts = [
        f"{caption} : {number}"
        for caption, number in (("SIREN de l'émetteur", siren(issuer_siret)),
                                ("SIREN du destinataire", siren(recipient_siret)))
        if number
    ]  # fmt: skip
    return " — ".join(parts) + "." if parts else ""


def legal_mentions(kind: str, total: Decimal, issuer_siret: str, recipient_siret: str) -> tuple[str, ...]:
    """The mentions of a document of ``kind`` for ``total`` between these parties, in print order."""
    mentions = []
    if kind != DocumentKind.CREDIT_NOTE and total > 0:
        mentions.extend(LATE_PAYMENT)
    ids = identifiers(issuer_siret, recipient_siret)
    if ids:
        mentions.append(ids)
    return tuple(mentions)
