"""The annual summary PDF on a hand-built summary: periods, documents, payments, chart."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from mutualisation.domain.periods import Period
from mutualisation.domain.documents import DocumentHeader
from mutualisation.domain.documents.annual import (
    AnnualSummary,
    IssuedDocument,
    PaymentRow,
    PeriodSummary,
    SectionComparison,
)
from mutualisation.reporting.summary_pdf import render_summary, signed_amount, signed_percent

from .report_data import font_names, pages_text, pdf_text
from .sample import AMENDMENTS, ISSUER, RECIPIENT, replace_fields

D = dt.date
Q = Period.quarter


def summary(**changes) -> AnnualSummary:
    t1 = (
        IssuedDocument("2025-0001", "statement", Q(2025, 1), D(2025, 4, 10), D(2025, 5, 10),
                       Decimal("9855.75"), Decimal("9855.75"), "payé"),
        IssuedDocument("2025-0009", "corrective", Q(2025, 1), D(2025, 9, 1), D(2025, 10, 1),
                       Decimal("120.00"), Decimal(0), "en retard", corrects="2025-0001"),
    )  # fmt: skip
    t2 = (IssuedDocument("2025-0004", "statement", Q(2025, 2), D(2025, 7, 10), D(2025, 8, 9),
                         Decimal("10120.40"), Decimal("5000.00"), "en retard"),)  # fmt: skip
    value = AnnualSummary(
        year=2025,
        made_on=D(2026, 1, 20),
        header=DocumentHeader(ISSUER, RECIPIENT, "CAM-2024-01", "Convention d'assistance et de moyens",
                              D(2024, 12, 12), AMENDMENTS, service_code="FIN-COMPTA"),
        billing_frequency="quarterly",
        advance_mode=False,
        periods=(
            PeriodSummary(Q(2025, 1), Decimal("9975.75"), 0, t1, "payé en partie"),
            PeriodSummary(Q(2025, 2), Decimal("10120.40"), 0, t2, "en retard"),
            PeriodSummary(Q(2025, 3), Decimal("11000.00"), 0, (), "à émettre"),
            PeriodSummary(Q(2025, 4), Decimal("8000.00"), 2, (), "données incomplètes"),
        ),
        other_documents=(),
        payments=(
            PaymentRow(D(2025, 5, 2), "2025-0001", Decimal("9855.75"), "VIR TRESOR 118"),
            PaymentRow(D(2025, 8, 20), "2025-0004", Decimal("5000.00"), "<b>Mandat & co"),
        ),
        comparison=(
            SectionComparison("personnel", "Personnel", Decimal("26000.00"), Decimal("27250.50")),
            SectionComparison("materiel", "Matériel", Decimal("1200.00"), Decimal("1100.00")),
            SectionComparison("locaux", "Locaux", Decimal("8000.00"), Decimal("8000.00")),
            SectionComparison("depenses", "Dépenses partagées", Decimal(0), Decimal("2745.65")),
        ),
    )
    return replace_fields(value, **changes)


@pytest.fixture(scope="module")
def text() -> str:
    return pdf_text(render_summary(summary()))


def test_the_value_adds_up():
    value = summary()
    t1 = value.periods[0]
    assert t1.issued == Decimal("9975.75") and t1.paid == Decimal("9855.75") and t1.outstanding == Decimal("120.00")
    assert t1.drift == 0 and value.periods[2].drift == 0
    assert value.computed_total == Decimal("39096.15")
    assert value.issued_total == Decimal("20096.15")
    assert value.paid_total == Decimal("14855.75")
    assert value.outstanding_total == Decimal("5240.40")
    assert value.forecast_total == Decimal("35200.00") and value.actual_total == Decimal("39096.15")
    assert value.comparison[1].ratio == Fraction(-1, 12)
    assert value.comparison[3].ratio is None


def test_signed_figures():
    assert signed_amount(Decimal("1250.5")) == "+1\u202f250,50"
    assert signed_amount(Decimal("-100")) == "−100,00"
    assert signed_amount(Decimal(0)) == "0,00"
    assert signed_percent(Fraction(-1, 12)) == "−8,3\u00a0%"
    assert signed_percent(Fraction(1, 20)) == "+5,0\u00a0%"
    assert signed_percent(None) == "—"


@pytest.mark.parametrize(
    "expected",
    [
        "Bilan annuel 2025",
        "Convention CAM-2024-01",
        "Établi le 20/01/2026",
        "CALCULÉ À CE JOUR 39 096,15 € ÉMIS 20 096,15 € ENCAISSÉ 14 855,75 € RESTE DÛ 5 240,40 €",
        "Périodes de facturation",
        "1er trimestre 2025 9 975,75 État de refacturation n° 2025-0001 du 10/04/2025, échéance 10/05/2025 9 855,75 9 855,75 120,00",
        "État rectificatif n° 2025-0009 du 01/09/2025, échéance 01/10/2025 ; rectifie le n° 2025-0001 120,00 0,00",
        "2e trimestre 2025 10 120,40 État de refacturation n° 2025-0004",
        "3e trimestre 2025 11 000,00 non émis",
        "4e trimestre 2025 2 donnée(s) manquante(s) 8 000,00 non émis",
        "données incomplètes",
        "Total de l'année 39 096,15 20 096,15 14 855,75 5 240,40",
        "Paiements reçus",
        "02/05/2025 n° 2025-0001 VIR TRESOR 118 9 855,75",
        "20/08/2025 n° 2025-0004 <b>Mandat & co 5 000,00",
        "Total encaissé 14 855,75",
        "Prévisionnel et réalisé",
        "Personnel 26 000,00 27 250,50 +1 250,50 +4,8 %",
        "Matériel 1 200,00 1 100,00 −100,00 −8,3 %",
        "Locaux 8 000,00 8 000,00 0,00 0,0 %",
        "Dépenses partagées 0,00 2 745,65 +2 745,65 —",
        "Total 35 200,00 39 096,15 +3 896,15 +11,1 %",
        "Prévisionnel et réalisé 2025 par section — ST2B",
    ],
)
def test_the_summary_says(text: str, expected: str) -> None:
    assert expected in text


def test_the_chart_is_drawn_with_its_labels(text: str) -> None:
    after = text[text.index("par section — ST2B"):]
    for label in ("Montants en euros", "Prévisionnel", "Réalisé", "Personnel", "Matériel", "Locaux",
                  "Dépenses partagées", "27 251", "26 000"):  # fmt: skip
        assert label in after, label


def test_a_drift_is_shown_and_problems_are_listed():
    value = summary()
    t2 = dataclasses.replace(value.periods[1], computed=Decimal("10150.40"), status="en retard ; écart à rectifier")
    problems = tuple(f"Paie manquante pour l'agent {i}." for i in range(10))
    text = pdf_text(render_summary(dataclasses.replace(
        value, periods=(value.periods[0], t2, *value.periods[2:]), actual_problems=problems,
        forecast_problems=("Coût prévisionnel 2025 manquant pour Bruno Lambert.",),
    )))  # fmt: skip
    assert "Écart à rectifier : +30,00 €" in text
    assert "écart à rectifier" in text
    # The summary goes to the partner: what is missing is counted, never worded as a work note.
    assert "Réalisé provisoire. 10 donnée(s) de l'année restent à enregistrer" in text
    assert "Paie manquante" not in text and "Bruno Lambert" not in text and "saisissez" not in text
    assert "Prévisionnel incomplet. 1 donnée(s) prévue(s) manquent" in text
    assert "Total 35 200,00 39 096,15 — —" in text  # no gap against an incomplete forecast


def test_a_year_without_documents_nor_payments():
    value = summary(
        periods=tuple(dataclasses.replace(p, documents=(), status="à émettre") for p in summary().periods),
        payments=(), comparison=(),
    )  # fmt: skip
    text = pdf_text(render_summary(value))
    assert "Aucun paiement enregistré pour les documents de l'année." in text
    assert "par section" not in text  # no chart without figures


def test_user_text_prints_literally_and_fonts_are_embedded():
    pdf = render_summary(summary(recipient=dataclasses.replace(RECIPIENT, name="<b>X & Y", code="X&Y")))
    text = pdf_text(pdf)
    assert "<b>X & Y" in text and "par section — X&Y" in text
    assert all("DejaVu" in name for name in font_names(pdf))
    assert b"Helvetica" not in pdf
    pages = pages_text(pdf)
    assert all(f"page {n}/{len(pages)}" in page for n, page in enumerate(pages, 1))
