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


RULES = DOC.parent / "regles-de-calcul.md"


def test_the_calculation_rules_ship_with_both_worked_examples_and_the_readme_links_them():
    readme = (DOC.parents[1] / "README.md").read_text(encoding="utf-8")
    assert "(docs/regles-de-calcul.md)" in readme
    assert "DESIGN.md" not in readme  # a file the repository does not hold
    text = RULES.read_text(encoding="utf-8")
    for number in range(1, 18):
        assert f"**R{number} — " in text, number
    # The totals of the two worked examples, as the engine computes them (tests/domain).
    for total in ("**9 855,75**", "**8 720,54**", "**9 945,99**", "| 242,28 |"):
        assert total in text, total
