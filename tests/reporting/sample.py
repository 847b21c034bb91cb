"""A realistic statement to render in tests: the worked example of DESIGN §4 (T1 2025).

ST2B's lines, keys and explanations are those the engine gives for the worked example
(tests/domain/worked_example.py), written out so that these tests do not depend on the
engine; bills carry realistic suppliers, one of them « <b>R&D & co » to check escaping.
Total due: 9 855,75 €.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from decimal import Decimal

from mutualisation.domain.documents import (
    AmendmentInfo,
    AnnexBill,
    DocumentHeader,
    DocumentLine,
    PartyDetails,
    StatementDocument,
)
from mutualisation.domain.party_statement import PartyStatement
from mutualisation.domain.periods import Period

D = dt.date
MARKUP_SUPPLIER = "<b>R&D & co"
TOTAL = Decimal("9855.75")
IBAN = "FR76 1027 8040 5000 0204 5870 182"


def logo_png() -> bytes:
    """A small two-colour logo, as a user would pick one (PNG)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (360, 180), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 20, 140, 160), radius=24, fill=(31, 78, 121, 255))
    draw.polygon([(20, 140), (70, 50), (120, 140)], fill=(255, 255, 255, 255))
    draw.rectangle((160, 60, 350, 80), fill=(31, 78, 121, 255))
    draw.rectangle((160, 100, 300, 116), fill=(120, 144, 170, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


ISSUER = PartyDetails(
    code="PAYS",
    name="Pays du bassin de Briey",
    address="Maison de l'intercommunalité\n2 avenue Albert-de-Briey\n54150 Briey",
    siret="44890123400027",
    email="contact@pays-bassin-briey.fr",
    phone="03 82 46 01 23",
    signatory_name="Jean-Marc Duval",
    signatory_title="Le Président",
    iban=IBAN,
    bic="CMCIFR2A",
)

RECIPIENT = PartyDetails(
    code="ST2B",
    name="ST2b — Syndicat mixte des transports du Pays du bassin de Briey",
    address="Hôtel de ville\n8 place Raymond-Poincaré\n54150 Val de Briey",
    siret="20004567800015",
    email="finances@st2b.fr",
)

AMENDMENTS = (
    AmendmentInfo(1, D(2025, 3, 1), "quotité de la chargée de mission portée à 50 % ; bureaux ST2b portés à 48 m² au 15/02/2025"),
    AmendmentInfo(2, D(2025, 1, 1), "frais de déplacement des agents refacturés en affectation directe"),
)

_RATIO = re.compile(r"(\d+,\d+\xa0%)")


def _line(section, label, basis, key, amount, explanation) -> DocumentLine:
    return DocumentLine(
        section, label, Decimal(basis), key, _RATIO.findall(key)[-1], Decimal(amount), explanation,
    )  # fmt: skip


LINES = (
    _line('personnel', 'Alice Martin, chargée de mission mobilité', '13300.00', 'Quotité 40\xa0% du 01/01 au 28/02 ; Quotité 50\xa0% du 01/03 au 31/03 : 43,68\xa0% sur la période', '5810.00', (
        "Alice : salaire chargé de chaque mois réparti sur ses jours d'emploi (R5).",
        "Paie de janvier 2025 : 4\u202f200,00\xa0€ sur 31 j d'emploi, dont 31 j dans la période.",
        "Paie de février 2025 : 4\u202f200,00\xa0€ sur 28 j d'emploi, dont 28 j dans la période.",
        "Paie de mars 2025 : 4\u202f900,00\xa0€ sur 31 j d'emploi, dont 31 j dans la période.",
        'Du 01/01/2025 au 28/02/2025 (59 j) : 8\u202f400,0000\xa0€ réparti selon ST2B Quotité 40\xa0% (40,00\xa0%), PAYS Quotité 60\xa0% (60,00\xa0%).',
        'Du 01/03/2025 au 31/03/2025 (31 j) : 4\u202f900,0000\xa0€ réparti selon ST2B Quotité 50\xa0% (50,00\xa0%), PAYS Quotité 50\xa0% (50,00\xa0%) [avenant n° 1].',
        'Total exact 13\u202f300,0000\xa0€, arrondi à 13\u202f300,00\xa0€.',
        'ST2B : part exacte 5\u202f810,0000\xa0€ (83/190 = 43,68\xa0%), arrondie à 5\u202f810,00\xa0€.',
        'PAYS : part exacte 7\u202f490,0000\xa0€ (107/190 = 56,32\xa0%), arrondie à 7\u202f490,00\xa0€.',
    )),
    _line('materiel', 'Amortissement — Véhicule', '900.00', 'Kilométrage 1\u202f100/4\u202f000 km = 27,50\xa0%', '247.50', (
        "Valeur d'acquisition 18\u202f000,00\xa0€, mise en service le 01/07/2023, amortie sur 5 ans : 300,0000\xa0€ par mois jusqu'au 30/06/2028 (R6).",
        "90 j d'amortissement dans la période.",
        'Du 01/01/2025 au 31/03/2025 (90 j) : 900,0000\xa0€ réparti selon ST2B Kilométrage 1\u202f100/4\u202f000 km (27,50\xa0%), PAYS Kilométrage 2\u202f900/4\u202f000 km (72,50\xa0%).',
        'Total exact 900,0000\xa0€, arrondi à 900,00\xa0€.',
        'ST2B : part exacte 247,5000\xa0€ (11/40 = 27,50\xa0%), arrondie à 247,50\xa0€.',
        'PAYS : part exacte 652,5000\xa0€ (29/40 = 72,50\xa0%), arrondie à 652,50\xa0€.',
    )),
    _line('materiel', 'Assurance du véhicule (MAIF, 10/02/2025)', '180.00', 'Kilométrage 1\u202f100/4\u202f000 km = 27,50\xa0%', '49.50', (
        'Facture MAIF n° CT-2025-11873 du 10/02/2025 : 180,00\xa0€, imputée à sa date (R4).',
        'Du 10/02/2025 au 10/02/2025 (1 j) : 180,0000\xa0€ réparti selon ST2B Kilométrage 1\u202f100/4\u202f000 km (27,50\xa0%), PAYS Kilométrage 2\u202f900/4\u202f000 km (72,50\xa0%).',
        'Total exact 180,0000\xa0€, arrondi à 180,00\xa0€.',
        'ST2B : part exacte 49,5000\xa0€ (11/40 = 27,50\xa0%), arrondie à 49,50\xa0€.',
        'PAYS : part exacte 130,5000\xa0€ (29/40 = 72,50\xa0%), arrondie à 130,50\xa0€.',
    )),
    _line('materiel', 'Entretien du véhicule (Garage du Pays-Haut, 10/02/2025)', '240.00', 'Kilométrage 1\u202f100/4\u202f000 km = 27,50\xa0%', '66.00', (
        'Facture Garage du Pays-Haut n° FA-25-0214 du 10/02/2025 : 240,00\xa0€, imputée à sa date (R4).',
        'Du 10/02/2025 au 10/02/2025 (1 j) : 240,0000\xa0€ réparti selon ST2B Kilométrage 1\u202f100/4\u202f000 km (27,50\xa0%), PAYS Kilométrage 2\u202f900/4\u202f000 km (72,50\xa0%).',
        'Total exact 240,0000\xa0€, arrondi à 240,00\xa0€.',
        'ST2B : part exacte 66,0000\xa0€ (11/40 = 27,50\xa0%), arrondie à 66,00\xa0€.',
        'PAYS : part exacte 174,0000\xa0€ (29/40 = 72,50\xa0%), arrondie à 174,00\xa0€.',
    )),
    _line('materiel', 'Carburant (TotalEnergies Marketing France, 10/02/2025)', '310.00', 'Kilométrage 1\u202f100/4\u202f000 km = 27,50\xa0%', '85.25', (
        'Facture TotalEnergies Marketing France n° TC-0225-5521 du 10/02/2025 : 310,00\xa0€, imputée à sa date (R4).',
        'Du 10/02/2025 au 10/02/2025 (1 j) : 310,0000\xa0€ réparti selon ST2B Kilométrage 1\u202f100/4\u202f000 km (27,50\xa0%), PAYS Kilométrage 2\u202f900/4\u202f000 km (72,50\xa0%).',
        'Total exact 310,0000\xa0€, arrondi à 310,00\xa0€.',
        'ST2B : part exacte 85,2500\xa0€ (11/40 = 27,50\xa0%), arrondie à 85,25\xa0€.',
        'PAYS : part exacte 224,7500\xa0€ (29/40 = 72,50\xa0%), arrondie à 224,75\xa0€.',
    )),
    _line('locaux', 'Loyer', '6000.00', 'Surface 36/140 m² du 01/01 au 14/02 ; Surface 48/140 m² du 15/02 au 31/03 : 30,00\xa0% sur la période', '1800.00', (
        '2\u202f000,00\xa0€ par mois du 01/01/2024, soit 2\u202f000,0000\xa0€ par mois réparti sur les jours du mois (R3) ; 90 j dans la période.',
        'Du 01/01/2025 au 14/02/2025 (45 j) : 3\u202f000,0000\xa0€ réparti selon ST2B Surface 36/140 m² (25,71\xa0%), PAYS Surface 104/140 m² (74,29\xa0%).',
        'Du 15/02/2025 au 31/03/2025 (45 j) : 3\u202f000,0000\xa0€ réparti selon ST2B Surface 48/140 m² (34,29\xa0%), PAYS Surface 92/140 m² (65,71\xa0%) [avenant n° 1].',
        'Total exact 6\u202f000,0000\xa0€, arrondi à 6\u202f000,00\xa0€.',
        'ST2B : part exacte 1\u202f800,0000\xa0€ (3/10 = 30,00\xa0%), arrondie à 1\u202f800,00\xa0€.',
        'PAYS : part exacte 4\u202f200,0000\xa0€ (7/10 = 70,00\xa0%), arrondie à 4\u202f200,00\xa0€.',
    )),
    _line('locaux', 'Charges locatives', '1350.00', 'Surface 36/140 m² du 01/01 au 14/02 ; Surface 48/140 m² du 15/02 au 31/03 : 30,00\xa0% sur la période', '405.00', (
        '450,00\xa0€ par mois du 01/01/2024, soit 450,0000\xa0€ par mois réparti sur les jours du mois (R3) ; 90 j dans la période.',
        'Du 01/01/2025 au 14/02/2025 (45 j) : 675,0000\xa0€ réparti selon ST2B Surface 36/140 m² (25,71\xa0%), PAYS Surface 104/140 m² (74,29\xa0%).',
        'Du 15/02/2025 au 31/03/2025 (45 j) : 675,0000\xa0€ réparti selon ST2B Surface 48/140 m² (34,29\xa0%), PAYS Surface 92/140 m² (65,71\xa0%) [avenant n° 1].',
        'Total exact 1\u202f350,0000\xa0€, arrondi à 1\u202f350,00\xa0€.',
        'ST2B : part exacte 405,0000\xa0€ (3/10 = 30,00\xa0%), arrondie à 405,00\xa0€.',
        'PAYS : part exacte 945,0000\xa0€ (7/10 = 70,00\xa0%), arrondie à 945,00\xa0€.',
    )),
    _line('locaux', 'Ménage', '1620.00', 'Surface 36/140 m² du 01/01 au 14/02 ; Surface 48/140 m² du 15/02 au 31/03 : 30,00\xa0% sur la période', '486.00', (
        '540,00\xa0€ par mois du 01/01/2024, soit 540,0000\xa0€ par mois réparti sur les jours du mois (R3) ; 90 j dans la période.',
        'Du 01/01/2025 au 14/02/2025 (45 j) : 810,0000\xa0€ réparti selon ST2B Surface 36/140 m² (25,71\xa0%), PAYS Surface 104/140 m² (74,29\xa0%).',
        'Du 15/02/2025 au 31/03/2025 (45 j) : 810,0000\xa0€ réparti selon ST2B Surface 48/140 m² (34,29\xa0%), PAYS Surface 92/140 m² (65,71\xa0%) [avenant n° 1].',
        'Total exact 1\u202f620,0000\xa0€, arrondi à 1\u202f620,00\xa0€.',
        'ST2B : part exacte 486,0000\xa0€ (3/10 = 30,00\xa0%), arrondie à 486,00\xa0€.',
        'PAYS : part exacte 1\u202f134,0000\xa0€ (7/10 = 70,00\xa0%), arrondie à 1\u202f134,00\xa0€.',
    )),
    _line('locaux', 'Assurance des locaux (SMACL Assurances, 10/02/2025)', '300.00', 'Surface 36/140 m² du 01/01 au 14/02 ; Surface 48/140 m² du 15/02 au 31/03 : 30,00\xa0% sur la période', '90.00', (
        'Facture SMACL Assurances n° SM-2025-0042 du 10/02/2025 : 300,00\xa0€, pour la période du 01/01/2025 au 31/03/2025 (90 j), dont 90 j dans la période (R4).',
        'Du 01/01/2025 au 14/02/2025 (45 j) : 150,0000\xa0€ réparti selon ST2B Surface 36/140 m² (25,71\xa0%), PAYS Surface 104/140 m² (74,29\xa0%).',
        'Du 15/02/2025 au 31/03/2025 (45 j) : 150,0000\xa0€ réparti selon ST2B Surface 48/140 m² (34,29\xa0%), PAYS Surface 92/140 m² (65,71\xa0%) [avenant n° 1].',
        'Total exact 300,0000\xa0€, arrondi à 300,00\xa0€.',
        'ST2B : part exacte 90,0000\xa0€ (3/10 = 30,00\xa0%), arrondie à 90,00\xa0€.',
        'PAYS : part exacte 210,0000\xa0€ (7/10 = 70,00\xa0%), arrondie à 210,00\xa0€.',
    )),
    _line('depenses', 'Location du copieur', '450.00', 'Copies 3\u202f200/12\u202f800 copies = 25,00\xa0%', '112.50', (
        '150,00\xa0€ par mois du 01/01/2024, soit 150,0000\xa0€ par mois réparti sur les jours du mois (R3) ; 90 j dans la période.',
        'Du 01/01/2025 au 31/03/2025 (90 j) : 450,0000\xa0€ réparti selon ST2B Copies 3\u202f200/12\u202f800 copies (25,00\xa0%), PAYS Copies 9\u202f600/12\u202f800 copies (75,00\xa0%).',
        'Total exact 450,0000\xa0€, arrondi à 450,00\xa0€.',
        'ST2B : part exacte 112,5000\xa0€ (1/4 = 25,00\xa0%), arrondie à 112,50\xa0€.',
        'PAYS : part exacte 337,5000\xa0€ (3/4 = 75,00\xa0%), arrondie à 337,50\xa0€.',
    )),
    _line('depenses', 'Électricité (EDF Collectivités, 10/02/2025)', '1140.00', 'Effectifs 2,4/6 ETP du 01/01 au 28/02 ; Effectifs 2,5/6 ETP du 01/03 au 31/03 : 40,57\xa0% sur la période', '462.54', (
        'Facture EDF Collectivités n° 10056234789 du 10/02/2025 : 1\u202f140,00\xa0€, pour la période du 01/01/2025 au 31/03/2025 (90 j), dont 90 j dans la période (R4).',
        'Du 01/01/2025 au 28/02/2025 (59 j) : 747,3333\xa0€ réparti selon ST2B Effectifs 2,4/6 ETP (40,00\xa0%), PAYS Effectifs 3,6/6 ETP (60,00\xa0%).',
        'Du 01/03/2025 au 31/03/2025 (31 j) : 392,6667\xa0€ réparti selon ST2B Effectifs 2,5/6 ETP (41,67\xa0%), PAYS Effectifs 3,5/6 ETP (58,33\xa0%).',
        'Total exact 1\u202f140,0000\xa0€, arrondi à 1\u202f140,00\xa0€.',
        'ST2B : part exacte 462,5444\xa0€ (2191/5400 = 40,57\xa0%), arrondie à 462,54\xa0€.',
        'PAYS : part exacte 677,4556\xa0€ (3209/5400 = 59,43\xa0%), arrondie à 677,46\xa0€.',
    )),
    _line('depenses', 'Téléphone (<b>R&D & co, 05/02/2025)', '387.65', 'Effectifs 2,4/6 ETP = 40,00\xa0%', '155.06', (
        'Facture <b>R&D & co n° RD-2025-017 du 05/02/2025 : 387,65\xa0€, imputée à sa date (R4).',
        'Du 05/02/2025 au 05/02/2025 (1 j) : 387,6500\xa0€ réparti selon ST2B Effectifs 2,4/6 ETP (40,00\xa0%), PAYS Effectifs 3,6/6 ETP (60,00\xa0%).',
        'Total exact 387,6500\xa0€, arrondi à 387,65\xa0€.',
        'ST2B : part exacte 155,0600\xa0€ (2/5 = 40,00\xa0%), arrondie à 155,06\xa0€.',
        'PAYS : part exacte 232,5900\xa0€ (3/5 = 60,00\xa0%), arrondie à 232,59\xa0€.',
    )),
    _line('depenses', 'Frais de déplacement (SNCF Voyageurs, 10/02/2025)', '86.40', 'Affectation directe 100\xa0% = 100,00\xa0%', '86.40', (
        'Facture SNCF Voyageurs n° SNCF-8842-QX du 10/02/2025 : 86,40\xa0€, imputée à sa date (R4).',
        'Du 10/02/2025 au 10/02/2025 (1 j) : 86,4000\xa0€ réparti selon ST2B Affectation directe 100\xa0% (100,00\xa0%), PAYS Affectation directe 0\xa0% (0,00\xa0%).',
        'Total exact 86,4000\xa0€, arrondi à 86,40\xa0€.',
        'ST2B : part exacte 86,4000\xa0€ (1 = 100,00\xa0%), arrondie à 86,40\xa0€.',
        'PAYS : part exacte 0,0000\xa0€ (0 = 0,00\xa0%), arrondie à 0,00\xa0€.',
    )),
)

BILLS = (
    AnnexBill(D(2025, 2, 10), "MAIF", "CT-2025-11873", "Assurance du véhicule", Decimal("180.00"), "", Decimal("49.50")),
    AnnexBill(D(2025, 2, 10), "Garage du Pays-Haut", "FA-25-0214", "Entretien du véhicule", Decimal("240.00"), "", Decimal("66.00")),
    AnnexBill(D(2025, 2, 10), "TotalEnergies Marketing France", "TC-0225-5521", "Carburant", Decimal("310.00"), "", Decimal("85.25")),
    AnnexBill(D(2025, 2, 10), "SMACL Assurances", "SM-2025-0042", "Assurance des locaux", Decimal("300.00"),
              "du 01/01/2025 au 31/03/2025", Decimal("90.00")),
    AnnexBill(D(2025, 2, 10), "EDF Collectivités", "10056234789", "Électricité", Decimal("1140.00"),
              "du 01/01/2025 au 31/03/2025", Decimal("462.54")),
    AnnexBill(D(2025, 2, 5), MARKUP_SUPPLIER, "RD-2025-017", "Téléphone", Decimal("387.65"), "", Decimal("155.06")),
    AnnexBill(D(2025, 2, 10), "SNCF Voyageurs", "SNCF-8842-QX", "Frais de déplacement", Decimal("86.40"), "", Decimal("86.40")),
)  # fmt: skip


def sample_statement(**changes) -> StatementDocument:
    """ST2B's statement for T1 2025, number 2026-0007; ``changes`` replace any field."""
    doc = StatementDocument(
        kind="statement",
        number="2026-0007",
        issue_date=D(2025, 4, 15),
        due_date=D(2025, 5, 15),
        period=Period.quarter(2025, 1),
        header=DocumentHeader(
            issuer=dataclasses.replace(ISSUER, logo=logo_png()),
            recipient=RECIPIENT,
            convention_reference="CONV-2023-01",
            convention_title="Convention d'assistance et de moyens entre le Pays du bassin de Briey et le ST2b",
            convention_signature_date=D(2023, 12, 14),
            amendments=AMENDMENTS,
            service_code="FIN-COMPTA",
            engagement_number="EJ-2025-000142",
        ),
        figures=PartyStatement.of(LINES, None, "TVA non applicable, art. 261-7-1°-b du CGI"),
        payment_term_days=30,
        annex_bills=BILLS,
    )
    return replace_fields(doc, **changes) if changes else doc


HEADER_FIELDS = ("issuer", "recipient", "convention_reference", "convention_title",
                 "convention_signature_date", "amendments", "service_code", "engagement_number")  # fmt: skip


def replace_fields(doc, **changes):
    """``dataclasses.replace`` where ``lines``, ``vat_rate`` and ``vat_mention`` rebuild the
    document's figures, as a service would build them, and the header's fields its header."""
    header = {name: changes.pop(name) for name in HEADER_FIELDS if name in changes}
    if header:
        changes["header"] = dataclasses.replace(doc.header, **header)
    if {"lines", "vat_rate", "vat_mention"} & changes.keys():
        changes["figures"] = PartyStatement.of(
            changes.pop("lines", doc.lines),
            changes.pop("vat_rate", doc.totals.vat_rate),
            changes.pop("vat_mention", doc.totals.mention),
        )
    return dataclasses.replace(doc, **changes)


def long_statement(count: int = 200) -> StatementDocument:
    """The same with ``count`` lines (the worked example's lines repeated, numbered)."""
    lines = tuple(
        dataclasses.replace(line, label=f"{line.label} — n° {i + 1}")
        for i, line in zip(range(count), _cycle(LINES))
    )  # fmt: skip
    ordered = tuple(sorted(lines, key=lambda l: ("personnel", "materiel", "locaux", "depenses").index(l.section)))
    return sample_statement(lines=ordered, number="2026-0008")


def credit_note() -> StatementDocument:
    """A credit note correcting 2026-0007: the telephone bill was recorded twice."""
    phone = next(line for line in LINES if line.label.startswith("Téléphone"))
    electricity = next(line for line in LINES if line.label.startswith("Électricité"))
    lines = (
        dataclasses.replace(phone, amount=-phone.amount, basis=-phone.basis, explanation=()),
        dataclasses.replace(electricity, label="Électricité — facture rectifiée par EDF",
                            basis=Decimal("-30.00"), amount=Decimal("-12.17"), explanation=()),
    )  # fmt: skip
    return sample_statement(
        kind="credit_note", number="2026-0009", issue_date=D(2025, 6, 2), due_date=D(2025, 7, 2),
        corrects="2026-0007", lines=lines, annex_bills=(),
    )  # fmt: skip


def _cycle(items):
    while True:
        yield from items
