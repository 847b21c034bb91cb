"""The forecast PDF on hand-built documents: what it says, its warning when incomplete."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from mutualisation.domain.party_statement import PartyStatement
from mutualisation.domain.documents import DocumentHeader
from mutualisation.domain.documents.forecast import ForecastDocument, PlannedBudget, PlannedMeter, PlannedStaff
from mutualisation.reporting.forecast_pdf import render_forecast

from .report_data import font_names, pages_text, pdf_text
from .sample import AMENDMENTS, ISSUER, LINES, RECIPIENT, TOTAL, replace_fields

WORDS = "neuf mille huit cent cinquante-cinq euros et soixante-quinze centimes"


def forecast(**changes) -> ForecastDocument:
    document = ForecastDocument(
        year=2027,
        issue_date=dt.date(2026, 11, 2),
        header=DocumentHeader(ISSUER, RECIPIENT, "CAM-2024-01", "Convention d'assistance et de moyens",
                              dt.date(2024, 12, 12), AMENDMENTS, service_code="FIN-COMPTA"),
        figures=PartyStatement.of(LINES, None, "TVA non applicable, art. 261-7-1°-b du CGI"),
        billing_frequency="quarterly",
        planned_staff=(PlannedStaff("Alice Moreau", "Chargée de mission mobilité", Decimal("53200.00"),
                                    "Quotité 50\u00a0% = 50,00\u00a0%"),),
        planned_budgets=(PlannedBudget("Télécommunications", Decimal("6300.00"), "Effectifs (ETP)"),),
        planned_meters=(PlannedMeter("Kilométrage véhicule", "km",
                                     (("ST2B", Decimal("5600")), ("PAYS", Decimal("11500"))), "ST2B"),),
    )  # fmt: skip
    return replace_fields(document, **changes)


@pytest.fixture(scope="module")
def text() -> str:
    return pdf_text(render_forecast(forecast()))


def test_the_total_is_the_sum_of_the_lines():
    document = forecast()
    assert document.total == document.total_excl_vat == TOTAL == sum(line.amount for line in LINES)
    assert document.per_period == Decimal("2463.94")  # 9 855,75 / 4, half-up
    assert document.kind == "forecast"


@pytest.mark.parametrize(
    "expected",
    [
        "Prévisionnel 2027",
        "Pour le vote du budget 2027",
        "Établi le 02/11/2026",
        "du 01/01/2027 au 31/12/2027",
        "Facturation trimestrielle",
        "Pays du bassin de Briey",
        "SIRET 448 901 234 00027",
        "DESTINATAIRE ST2b — Syndicat mixte des transports",
        "Code service : FIN-COMPTA",
        "Convention CAM-2024-01",
        "avenant n° 1 du 01/03/2025",
        "à voter avant le 15 avril 2027",
        "Il n'appelle aucun paiement : les sommes dues seront arrêtées par 4 états trimestriels",
        "PERSONNEL",
        "Sous-total Personnel",
        "Quotité 50 % = 50,00 %",
        "Total prévisionnel hors taxes 9 855,75 €",
        "TVA non applicable, art. 261-7-1°-b du CGI",
        "Montant prévisionnel 9 855,75 €",
        f"Montant prévisionnel : {WORDS}.",
        "Soit 2 463,94 € par trimestre (à titre indicatif, sur 4 périodes de facturation).",
        "Hypothèses retenues",
        "Alice Moreau Chargée de mission mobilité 53 200,00",
        "Télécommunications 6 300,00 Effectifs (ETP)",
        "Kilométrage véhicule (km) 5 600 17 100 32,75 %",
        "Fait à Briey, le 2 novembre 2026",
        "Jean-Marc Duval",
    ],
)
def test_the_forecast_says(text: str, expected: str) -> None:
    assert expected in text


def test_another_beneficiarys_planned_use_stays_its_own(text: str) -> None:
    assert "11 500" not in text  # the Pays's kilometres: only the total and ST2B's show


def test_a_complete_forecast_has_no_warning(text: str) -> None:
    assert "incomplet" not in text.casefold()
    assert "Net à payer" not in text and "Échéance" not in text


def test_an_incomplete_forecast_says_so_first():
    problems = ("Coût prévisionnel 2027 manquant pour Bruno Lambert : saisissez son coût annuel prévu.",)
    pages = pages_text(render_forecast(forecast(problems=problems)))
    first = pages[0]
    assert "Prévisionnel incomplet" in first
    assert problems[0] in first
    assert first.index("Prévisionnel incomplet") < first.index("Libellé")
    assert all("INCOMPLET" in page for page in pages)  # across every page


def test_advance_mode_and_vat():
    text = pdf_text(render_forecast(forecast(advance_mode=True, vat_rate=Decimal("0.2"), vat_mention="")))
    assert "Il sert de base aux appels de fonds (4 par an)" in text
    assert "TVA à 20 % 1 971,15 €" in text
    assert "Montant prévisionnel TTC 11 826,90 €" in text
    assert "(appel de fonds, sur 4 périodes de facturation)" in text


def test_user_text_prints_literally():
    recipient = dataclasses.replace(RECIPIENT, name="<b>X & Y")
    staff = (PlannedStaff("<i>Zoé</i> & co", "", Decimal("1.00"), "Quotité 10 %"),)
    text = pdf_text(render_forecast(forecast(recipient=recipient, planned_staff=staff)))
    assert "<b>X & Y" in text
    assert "<i>Zoé</i> & co" in text


def test_every_page_says_page_n_of_total_and_fonts_are_embedded():
    pdf = render_forecast(forecast())
    pages = pages_text(pdf)
    for number, page in enumerate(pages, 1):
        assert f"page {number}/{len(pages)}" in page
    assert all("DejaVu" in name for name in font_names(pdf))
    assert b"Helvetica" not in pdf


def test_the_same_forecast_gives_the_same_bytes():
    assert render_forecast(forecast()) == render_forecast(forecast())


def test_what_the_year_will_provide_free_is_valued_pour_memoire_and_not_in_the_total():
    free = dataclasses.replace(LINES[0], label="Location de 2 places de stationnement", amount=Decimal("720.00"))
    document = forecast(figures=dataclasses.replace(forecast().figures, free=(free,)))
    text = pdf_text(render_forecast(document))
    assert "Mise à disposition à titre gratuit (pour mémoire)" in text
    assert "Location de 2 places de stationnement" in text and "Valeur totale, non facturée 720,00" in text
    assert "Montant prévisionnel 9 855,75 €" in text  # the total is unchanged


def test_a_priced_meter_shows_its_unit_price_and_the_planned_units_not_a_share():
    """R12: the line is ST2B's own units × the unit price; the assumptions say both, with a
    change of price during the year, and no part of a total that the line does not use."""
    vehicle = PlannedMeter("Kilométrage véhicule", "km", (("ST2B", Decimal("5600")), ("PAYS", Decimal("11500"))),
                           "ST2B", prices=((dt.date(2026, 1, 1), Decimal("0.39")), (dt.date(2027, 7, 1), Decimal("0.415"))))
    copies = PlannedMeter("Copies copieur", "copies", (("ST2B", Decimal("15500")), ("PAYS", Decimal("45200"))), "ST2B")
    text = pdf_text(render_forecast(forecast(planned_meters=(copies, vehicle))))
    assert "Copies copieur (copies) 15 500 60 700 25,54 %" in text  # a metered key keeps its share
    assert "Compteurs facturés au prix unitaire — unités prévues sur l'année" in text
    assert ("Kilométrage véhicule 5 600 km 0,39 € par km, puis 0,415 € par km à partir du 01/07/2027"
            in text)  # fmt: skip
    assert "32,75 %" not in text and "17 100" not in text and "11 500" not in text
    priced_from_july = dataclasses.replace(vehicle, prices=((dt.date(2027, 7, 1), Decimal("0.40")),))
    text = pdf_text(render_forecast(forecast(planned_meters=(priced_from_july,))))
    assert "Kilométrage véhicule 5 600 km 0,40 € par km à partir du 01/07/2027" in text
    assert "Compteurs — quantités prévues" not in text
