"""An advance call shows the forecast it comes from, section by section, and the rule that
turns it into the year's calls, with figures that add up on the page (issue 12, item 4).
Read back from the issued PDF by text extraction (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from mutualisation.domain import french
from mutualisation.domain.documents import document_from_dict, document_to_dict
from mutualisation.domain.money import instalments
from mutualisation.domain.periods import billing_periods
from mutualisation.services.advances import issue_advance
from mutualisation.services.costs import find_convention, find_party, forecast_preview

from ..reporting.report_data import pages_text
from .test_advances import db  # noqa: F401  (the worked example in advance mode, all 2025)


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_last_call_of_the_year_prints_its_forecast_and_the_calls_adding_up(db):  # noqa: F811
    with db.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        forecast = forecast_preview(session, convention, 2025)
        planned = {line.label: line.part(st2b.id) for line in forecast.lines_for(st2b.id)}
        sections = {}
        for line in forecast.lines_for(st2b.id):
            sections[line.section] = sections.get(line.section, Decimal(0)) + line.part(st2b.id)
        calls = [issue_advance(session, convention, st2b, q, dt.date(2025, 3 * i + 1, 5))
                 for i, q in enumerate(billing_periods(2025, "quarterly"))]  # fmt: skip
        last = calls[-1]
        pages = [_words(page) for page in pages_text(last.pdf)]
        stored = document_from_dict(json.loads(last.document_json))
    text = " ".join(pages)
    annex = text[text.index("Annexe 1 — Prévisionnel 2025 et appels de fonds"):]
    assert "Factures" not in annex.split("Annexe 2")[0]  # no bill behind a forecast
    for label in planned:  # every line of the forecast, with the beneficiary's part
        assert _words(label) in annex, label
    total = sum(planned.values(), Decimal(0))
    assert _words(f"Total du prévisionnel 2025 (hors taxes) : {french.money(total)}") in annex
    # Per section: annual forecast, each regular call, the last call (the balance), this call.
    for section, annual in sections.items():
        regular, balance = instalments(annual, 4)[0], instalments(annual, 4)[-1]
        assert regular * 3 + balance == annual
    regular_total = sum((instalments(a, 4)[0] for a in sections.values()), Decimal(0))
    balance_total = sum((instalments(a, 4)[-1] for a in sections.values()), Decimal(0))
    assert _words(f"Total {french.number(total, 2)} {french.number(regular_total, 2)} "
                  f"{french.number(balance_total, 2)} {french.number(balance_total, 2)}") in annex  # fmt: skip
    assert balance_total == last.total_excl_vat and regular_total == calls[0].total_excl_vat
    assert "l'appel 4/4 est le solde, prévisionnel annuel − 3 appels" in annex
    assert "Le présent document est l'appel 4/4." in annex
    # The call's own lines say the rule: the last one is the balance of the three others.
    first = next(line for line in last.lines if line.section == "personnel")
    regular_personnel = french.number(instalments(sections["personnel"], 4)[0], 2)
    assert first.key_description == f"Solde : prévisionnel annuel − 3 × {regular_personnel}"
    assert stored.advance is not None and stored.advance.index == 4 and stored.advance.total == total
    assert document_from_dict(document_to_dict(stored)) == stored
