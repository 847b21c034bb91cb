"""A settlement's Annexe 1 says what its balance rests on: the actual figure of each period,
every document deducted with its number and date, their difference, and the year's bills
(DESIGN §5, « a settlement shows the actual figure of each period and every document
deducted »). Read back from the issued PDF by text extraction (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json

from mutualisation.domain import french
from mutualisation.domain.documents import document_from_dict, document_to_dict
from mutualisation.domain.periods import billing_periods
from mutualisation.reporting.statement_pdf import render_statement
from mutualisation.services.advances import issue_advance, issue_settlement
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.reconciliation import year_figures

from ..reporting.report_data import pages_text
from .test_advances import db  # noqa: F401  (the worked example in advance mode, all 2025)


def _words(text: str) -> str:
    return " ".join(text.split())


def _settle(db):  # noqa: F811
    with db.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        calls = [issue_advance(session, convention, st2b, q, dt.date(2025, 3 * i + 1, 5))
                 for i, q in enumerate(billing_periods(2025, "quarterly"))]  # fmt: skip
        actual = year_figures(session, convention, 2025)
        periods = [(p.period.label, p.total(st2b.id)) for p in actual.previews]
        settlement = issue_settlement(session, convention, st2b, 2025, dt.date(2026, 1, 15))
        return calls, periods, settlement, json.loads(settlement.document_json)


def test_the_settlement_annex_lists_the_actual_periods_the_documents_deducted_and_the_bills(db):  # noqa: F811
    calls, periods, settlement, stored = _settle(db)
    text = _words(" ".join(pages_text(settlement.pdf)))
    annex = text[text.index("Annexe 1 — Régularisation 2025 : réel et documents déduits"):text.index("Annexe 2")]
    assert "Aucune facture n'entre dans le présent document" not in text
    for label, amount in periods:
        assert _words(f"{label} {french.number(amount, 2)}") in annex
    actual = sum((amount for _label, amount in periods), 0)
    assert _words(f"Réel 2025 {french.number(actual, 2)}") in annex
    for call, (label, _amount) in zip(calls, periods):
        row = f"Appel de fonds {call.number} {french.date(call.issue_date)} {label} {french.number(call.total_excl_vat, 2)}"
        assert _words(row) in annex
    billed = sum((call.total_excl_vat for call in calls), 0)
    assert _words(f"Total déjà facturé {french.number(billed, 2)}") in annex
    assert actual - billed == settlement.total_excl_vat
    assert _words(f"Solde : réel {french.money(actual)} − déjà facturé {french.money(billed)} = "
                  f"{french.money(actual - billed)} hors taxes") in annex  # fmt: skip
    # The year's bills behind the actual figures, with ST2b's part: the worked example's telephone bill.
    assert "Factures de l'année 2025" in annex
    assert "Téléphone 387,65 155,06" in annex
    assert "Frais de déplacement 86,40 86,40" in annex
    # Frozen with the document, read back the same.
    assert [d["number"] for d in stored["settlement"]["deducted"]] == [c.number for c in calls]
    document = document_from_dict(stored)
    assert document.settlement.balance == settlement.total_excl_vat
    assert document_to_dict(document) == stored
    again = _words(" ".join(pages_text(render_statement(document))))
    assert again[again.index("Annexe 1"):again.index("Annexe 2")] == annex


def test_a_settlement_stored_before_its_annex_keeps_its_keys_and_its_old_annex(db):  # noqa: F811
    _calls, _periods, _settlement, stored = _settle(db)
    older = {key: value for key, value in stored.items() if key not in ("settlement", "annex_bills")}
    older["annex_bills"] = []
    document = document_from_dict(older)
    assert document.settlement is None
    assert document_to_dict(document) == older  # no key added to a frozen document
    text = _words(" ".join(pages_text(render_statement(document))))
    assert "Annexe 1 — Factures" in text and "Documents déduits" not in text.split("Annexe 1")[1]
