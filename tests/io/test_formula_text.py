"""Text that looks like a formula is written as text: shown as typed, never run."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from mutualisation.services.exporting import export_csv, export_table, export_workbook
from mutualisation.services.importing.catalog import Catalog
from mutualisation.storage.models import ExpenseCategory

from .helpers import run

DANGEROUS = [
    "=HYPERLINK(\"http://example.invalid\",\"cliquez\")",
    "=1+1",
    "+33 3 53 48 12 40",
    "-remise exceptionnelle",
    "@SUM(A1:A2)",
    "\t=cmd|' /C calc'!A0",
    "\r=1+2",
]


def as_read_back(text: str) -> str:
    # XML turns a carriage return into a line feed: still text, never a formula.
    return text.replace("\r", "\n")


@pytest.fixture
def risky(db):
    with db.session() as session, session.begin():
        session.add_all(ExpenseCategory(code=f"C{i}", name=text) for i, text in enumerate(DANGEROUS))
    return db


def test_formula_like_text_is_exported_as_text(risky, tmp_path):
    path = tmp_path / "out.xlsx"
    with risky.session() as session:
        export_workbook(session, path)
    ws = load_workbook(path)["Catégories"]
    cells = {row[0].value: row[1] for row in ws.iter_rows(min_row=3)}
    for i, text in enumerate(DANGEROUS):
        cell = cells[f"C{i}"]
        assert cell.value == as_read_back(text)
        assert cell.data_type == "s", text  # a string, not "f" (formula)
        assert cell.quotePrefix, text  # Excel keeps it text when the cell is edited


def test_formula_like_text_comes_back_unchanged_through_csv(risky, db, tmp_path):
    folder = tmp_path / "csv"
    with risky.session() as session:
        export_csv(session, folder)
    text = (folder / "categories.csv").read_text(encoding="utf-8-sig")
    assert "C1;'=1+1" in text and "C3;'-remise exceptionnelle" in text
    report = run(risky, folder)
    assert report.totals().unchanged == len(DANGEROUS) and report.totals().updated == 0
    with risky.session() as session:
        names = {r.values["name"] for r in Catalog.load(session)["category"].stored}
    assert names == set(DANGEROUS)


def test_a_table_export_keeps_formula_like_text_as_text(tmp_path):
    path = tmp_path / "table.xlsx"
    export_table(path, ["Libellé"], [[t] for t in DANGEROUS], [[t] for t in DANGEROUS])
    ws = load_workbook(path).active
    values = [(c.value, c.data_type) for (c,) in ws.iter_rows(min_row=2)]
    assert values == [(as_read_back(t), "s") for t in DANGEROUS]
