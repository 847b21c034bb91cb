"""The convention summary on a hand-built value: terms, key dates and their warning, resources."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from decimal import Decimal
from fractions import Fraction

import pytest

from mutualisation.domain.documents.convention import (
    AmendmentEntry,
    ArticleEntry,
    CategoryResource,
    ConventionSummary,
    EquipmentResource,
    KeyResource,
    ShareInForce,
    Since,
    SiteResource,
    StaffResource,
)
from mutualisation.reporting.convention_pdf import render_convention

from .report_data import font_names, normalise, pages_text, pdf_text
from .sample import ISSUER, RECIPIENT

D = dt.date
AMENDMENT_1 = Since(D(2025, 3, 1), "avenant n° 1")


def fiche(**changes) -> ConventionSummary:
    value = ConventionSummary(
        on=D(2025, 4, 1),
        made_on=D(2025, 4, 2),
        reference="CAM-2024-01",
        title="Convention d'assistance et de moyens",
        provider=ISSUER,
        beneficiaries=(RECIPIENT,),
        signature_date=D(2024, 12, 12),
        start_date=D(2025, 1, 1),
        end_date=D(2027, 12, 31),
        duration_months=36,
        tacit_renewal=True,
        renewal_months=12,
        notice_months=3,
        billing_frequency="quarterly",
        payment_term_days=30,
        vat_regime="not_subject",
        vat_rate=Decimal(0),
        vat_mention="TVA non applicable, art. 261-7-1°-b du CGI",
        advance_mode=False,
        term_end=D(2027, 12, 31),
        notice_deadline=D(2027, 9, 30),
        renewals=0,
        amendments=(
            AmendmentEntry(1, D(2025, 2, 24), D(2025, 3, 1), "Quotité d'Alice Moreau portée à 50 %.", True),
            AmendmentEntry(2, D(2025, 12, 8), D(2026, 1, 1), "Bureau supplémentaire pour le ST2b.", False),
        ),
        staff=(StaffResource("Alice Moreau", "Chargée de mission mobilité", Fraction(1), Since(D(2019, 9, 2)),
                             (ShareInForce("ST2B", RECIPIENT.name, Fraction(1, 2), since=AMENDMENT_1),),
                             Fraction(1, 2)),),  # fmt: skip
        equipment=(EquipmentResource("Renault Kangoo (GE-218-KB)", Decimal("18000.00"), D(2023, 7, 1), 5,
                                     "Kilomètres du véhicule", Since(D(2025, 1, 1))),),  # fmt: skip
        sites=(SiteResource("Bureaux de Briey", "12 avenue Albert de Briey\n54150 Val de Briey", Decimal("42.3"), (
            ShareInForce("PAYS", ISSUER.name, Fraction(104), Fraction(104, 140), Since(D(2025, 1, 1))),
            ShareInForce("ST2B", RECIPIENT.name, Fraction(36), Fraction(36, 140), Since(D(2025, 1, 1))),
        )),),  # fmt: skip
        keys=(KeyResource("Forfait informatique", "fixed", "", (
            ShareInForce("ST2B", RECIPIENT.name, Fraction(1, 5), Fraction(1, 5)),
            ShareInForce("PAYS", ISSUER.name, Fraction(4, 5), Fraction(4, 5)),
        ), "%"),),  # fmt: skip
        categories=(CategoryResource("Télécommunications", "Effectifs (ETP)", Since(D(2025, 1, 1))),),
        headcount=(ShareInForce("ST2B", RECIPIENT.name, Fraction(2), since=Since(D(2025, 1, 1))),),
        articles=(ArticleEntry("1", "Objet", "La présente convention a pour objet…"),
                  ArticleEntry("8", "Durée et renouvellement", "Elle prend effet le 1er janvier 2025.")),  # fmt: skip
    )
    return dataclasses.replace(value, **changes)


@pytest.fixture(scope="module")
def text() -> str:
    return pdf_text(render_convention(fiche()))


@pytest.mark.parametrize(
    "expected",
    [
        "FICHE CONVENTION Convention d'assistance et de moyens Convention CAM-2024-01",
        "Situation au 1er avril 2025",
        "— Pays du bassin de Briey",
        "Prestataire 448 901 234 00027 Jean-Marc Duval, Le Président",
        "1 ST2b — Syndicat mixte des transports",
        "Durée 36 mois, jusqu'au 31/12/2027",
        "Reconduction tacite, par périodes de 12 mois",
        "Préavis 3 mois avant l'échéance",
        "Facturation trimestrielle",
        "Délai de paiement 30 jours",
        "TVA non assujettie — TVA non applicable, art. 261-7-1°-b du CGI",
        "Mode de facturation états établis sur les dépenses réelles de chaque période",
        "Échéance 31/12/2027",
        "Date limite de préavis 30/09/2027",
        "Prochaine reconduction 01/01/2028",
        "1 24/02/2025 01/03/2025 Quotité d'Alice Moreau portée à 50 %.",
        "2 08/12/2025 01/01/2026 à venir Bureau supplémentaire pour le ST2b.",
        "Moyens et clés en vigueur au 01/04/2025",
        "Alice Moreau Chargée de mission mobilité 100 % 50 % depuis le 01/03/2025 (avenant n° 1) 50 %",
        "Renault Kangoo (GE-218-KB) 18 000,00 5 ans depuis le 01/07/2023, jusqu'au 30/06/2028 (en cours)",
        "Bureaux de Briey",
        "PAYS 104 m² 74,29 % d'origine",
        "Total 140 m²",
        "Parties communes : 42,3 m² (pour information)",
        "Forfait informatique Pourcentage fixe ST2B 20 % ; PAYS 80 %",
        "Télécommunications Effectifs (ETP) d'origine",
        "Article 1 Objet Article 8 Durée et renouvellement",
    ],
)
def test_the_fiche_says(text: str, expected: str) -> None:
    assert expected in text


def test_no_warning_far_from_the_deadline(text: str) -> None:
    assert "Préavis à surveiller" not in text
    assert "Annexe" not in text  # articles' text only on request


def test_notice_warning_within_90_days():
    assert fiche(on=D(2027, 7, 2)).notice_alert.startswith("Date limite de préavis dans 90 jours")
    assert fiche(on=D(2027, 7, 1)).notice_alert == ""
    assert "aujourd'hui" in fiche(on=D(2027, 9, 30)).notice_alert
    assert fiche(on=D(2027, 10, 1)).notice_alert == ""
    ended = fiche(on=D(2028, 2, 1), tacit_renewal=False)
    assert ended.ended and ended.notice_alert == "" and ended.next_renewal is None
    no_renewal = fiche(on=D(2027, 9, 1), tacit_renewal=False).notice_alert
    assert "prend fin le 31/12/2027" in no_renewal
    text = pages_text(render_convention(fiche(on=D(2027, 8, 15))))[0]
    assert "Préavis à surveiller Date limite de préavis dans 46 jours" in text
    assert "reconduite tacitement le 01/01/2028 pour 12 mois" in text


def test_open_ended_and_subject_to_vat():
    value = fiche(end_date=None, duration_months=None, term_end=None, notice_deadline=None, tacit_renewal=False,
                  vat_regime="subject", vat_rate=Decimal("0.2"), advance_mode=True)  # fmt: skip
    text = pdf_text(render_convention(value))
    assert "Durée durée indéterminée" in text and "Échéance aucune (durée indéterminée)" in text
    assert "TVA assujettie, TVA au taux de 20 %" in text
    assert "appels de fonds sur le prévisionnel, puis régularisation annuelle" in text
    assert value.notice_alert == ""


def test_the_articles_text_goes_in_an_annex_on_request():
    text = pdf_text(render_convention(fiche(), full_text=True))
    assert "Annexe — Texte des articles Article 1 — Objet La présente convention a pour objet…" in text
    assert "Article 8 — Durée et renouvellement Elle prend effet le 1er janvier 2025." in text


def test_user_text_prints_literally_and_fonts_are_embedded():
    provider = dataclasses.replace(ISSUER, name="<b>X & Y")
    value = fiche(provider=provider, title="<i>Titre</i> & co",
                  articles=(ArticleEntry("1", "<u>Objet</u>", "a < b & c"),))  # fmt: skip
    pdf = render_convention(value, full_text=True)
    text = pdf_text(pdf)
    assert "<b>X & Y" in text and "<i>Titre</i> & co" in text and "<u>Objet</u>" in text and "a < b & c" in text
    assert all("DejaVu" in name for name in font_names(pdf))
    assert b"Helvetica" not in pdf
    pages = pages_text(pdf)
    assert all(f"page {n}/{len(pages)}" in page for n, page in enumerate(pages, 1))


def test_an_article_formatted_in_the_app_prints_without_its_markdown_markers():
    from mutualisation.reporting.layout import article_body, styles

    body = "Le Pays met à disposition :\n\n- **deux agents** à temps partiel ;\n- un *véhicule*.\n\nFin."
    flowables = article_body(body, styles().body)
    texts = [f.text.replace("\u00a0", " ") for f in flowables]  # French spaces kept unbreakable
    assert texts[0] == "Le Pays met à disposition :"
    assert texts[1] == "<b>deux agents</b> à temps partiel ;" and flowables[1].bulletText == "•"
    assert texts[2] == "un <i>véhicule</i>."
    assert texts[3] == "Fin."
    assert not any("**" in t for t in texts)


def test_a_plain_article_keeps_its_paragraphs_and_its_characters():
    from mutualisation.reporting.layout import article_body, styles

    flowables = article_body("Premier 5 * 3 <b>\nsuite.\n\nSecond.", styles().body)
    assert [f.text for f in flowables] == ["Premier 5 * 3 &lt;b&gt;<br/>suite.", "Second."]


def _lines(pdf: bytes) -> list[str]:
    """The text lines of the pages as drawn (pypdf keeps the line breaks), spaces normalised."""
    from pypdf import PdfReader

    lines = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines += [normalise(line) for line in page.extract_text().splitlines()]
    return lines


def test_the_date_of_the_heading_and_a_postcode_with_its_town_stay_on_one_line():
    # « 2026 » alone on a line, « 54970 » at the end of one and « Landres » on the next, before.
    beneficiary = dataclasses.replace(RECIPIENT, name="Syndicat mixte du SCoT Nord Meurthe-et-Mosellan",
                                      address="Antenne de Landres\n3 place de la Mairie\n54970 Landres")  # fmt: skip
    lines = _lines(render_convention(fiche(on=D(2026, 9, 30), beneficiaries=(beneficiary,))))
    assert any(line.endswith("Situation au 30 septembre 2026") for line in lines), lines[:8]
    assert any(line.endswith("54970 Landres") for line in lines)
    assert not any(line.endswith("54970") for line in lines)


def test_an_address_is_printed_on_one_line_a_postcode_bound_to_its_town():
    from mutualisation.reporting.convention_pdf import one_line_address

    assert one_line_address("Antenne de Landres\n3 place de la Mairie\n54970 Landres") == (
        "Antenne de Landres, 3 place de la Mairie, 54970\u00a0Landres"
    )
    assert one_line_address("BP 12345\n54000  Nancy Cedex") == "BP 12345, 54000\u00a0Nancy\u00a0Cedex"


def test_without_financial_clauses_no_section_is_printed(text: str) -> None:
    assert "Clauses financières" not in text
    clauses = ("À partir du 01/01/2026 : frais de gestion de 5\u00a0% sur Personnel.",)
    assert "Clauses financières À partir du 01/01/2026 : frais de gestion de 5 % sur Personnel." in pdf_text(
        render_convention(fiche(financial_clauses=clauses))
    )
