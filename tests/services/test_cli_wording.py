"""The command line agrees « émis » with the kind of document it reports (a régularisation is feminine)."""

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

from mutualisation.cli.common import report_draft, report_issued


def _issued(kind: str) -> SimpleNamespace:
    return SimpleNamespace(kind=kind, number="2026-0001", issue_date=dt.date(2026, 1, 15),
                           total=Decimal("1234.56"), due_date=dt.date(2026, 2, 14), pdf=b"")


def test_an_issued_settlement_is_emise_and_a_statement_emis(capsys):
    assert report_issued(_issued("settlement"), None) == 0
    assert report_issued(_issued("statement"), None) == 0
    assert report_issued(_issued("advance"), None) == 0
    lines = capsys.readouterr().out.replace("\u202f", " ").replace("\xa0", " ").splitlines()
    assert lines == [
        "Régularisation annuelle n° 2026-0001 émise le 15/01/2026 : 1 234,56 €, à régler au plus tard le 14/02/2026.",
        "État de refacturation n° 2026-0001 émis le 15/01/2026 : 1 234,56 €, à régler au plus tard le 14/02/2026.",
        "Appel de fonds n° 2026-0001 émis le 15/01/2026 : 1 234,56 €, à régler au plus tard le 14/02/2026.",
    ]


def test_a_draft_settlement_is_non_emise(capsys):
    draft = SimpleNamespace(kind="settlement", title="Régularisation annuelle 2025", total=Decimal("-10"),
                            recipient=SimpleNamespace(code="ST2B"), period=SimpleNamespace(label="Année 2025"),
                            due_date=dt.date(2026, 2, 14))
    assert report_draft(draft, b"", None) == 0
    out = capsys.readouterr().out.replace("\u202f", " ").replace("\xa0", " ")
    assert out.startswith("PROJET — non émise : Régularisation annuelle 2025 — ST2B — Année 2025 : 10,00 € à déduire")
