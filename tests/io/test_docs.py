"""docs/import-format.md describes every sheet and every column of the format."""

import re
from pathlib import Path

from mutualisation.services.importing.sheets import SHEETS

DOC = Path(__file__).resolve().parents[2] / "docs" / "import-format.md"


def test_every_sheet_and_column_is_documented_in_order():
    text = DOC.read_text(encoding="utf-8")
    positions = [text.index(f"### {i}. {sheet.name}\n") for i, sheet in enumerate(SHEETS, 1)]
    assert positions == sorted(positions)
    sections = re.split(r"\n### \d+\. ", text)[1:]
    for sheet, section in zip(SHEETS, sections, strict=True):
        for column in sheet.columns:
            assert f"| {column.header} |" in section, (sheet.name, column.header)
        assert "Exemple :" in section and "Clé naturelle" in section
