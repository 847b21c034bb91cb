"""The Convention page's « TVA » row: once the sections have their own VAT treatment (R14), each
section's treatment in force instead of the convention's single regime (R10), which would be
wrong for every section taxed otherwise — in French and in English, on the demonstration data
(staff taxed at 20 % from 01/01/2026, the other sections exempt under art. 261 B du CGI)."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_english_texts import english  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("no_thread_left")


def vat_row(window, today: dt.date) -> str:
    window.show_page("convention")
    page = window.pages["convention"]
    page.today = today
    page.on_convention_combo_changed(0)
    return page.terms_box.values["vat"].text()


def test_each_section_s_vat_in_french(window):
    assert vat_row(window, dt.date(2026, 6, 30)).splitlines() == [
        "par section depuis le 01/01/2026 :",
        "Personnel : taxable à 20\u00a0%",
        "Matériel, Locaux, Dépenses partagées : exonérée (art. 261 B du CGI)",
    ]


def test_each_section_s_vat_in_english(english, window):
    assert vat_row(window, dt.date(2026, 6, 30)).splitlines() == [
        "by section since 01/01/2026:",
        "Staff: taxable at 20\u00a0%",
        "Equipment, Premises, Shared expenses: exempt (art. 261 B du CGI)",
    ]


def test_before_the_sections_have_their_own_the_single_regime_and_when_they_will(window):
    assert vat_row(window, dt.date(2025, 6, 30)) == (
        "non assujettie — TVA non applicable : association non assujettie à la TVA ; par section à partir du "
        "01/01/2026"
    )


def test_the_same_in_english(english, window):
    assert vat_row(window, dt.date(2025, 6, 30)) == (
        "not subject to VAT — TVA non applicable : association non assujettie à la TVA; by section from 01/01/2026"
    )
