"""docs/architecture.md stays true to the tree: every file it names exists, every rule of the
calculation is placed in a module, and each "how to add" recipe counts the steps it lists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
TEXT = DOC.read_text(encoding="utf-8")
#: A path written in backquotes, from the repository's root.
PATH = re.compile(r"`((?:mutualisation|tests|scripts|resources|docs)/[\w/.-]*)`")


def test_every_file_and_folder_named_exists():
    named = set(PATH.findall(TEXT))
    assert len(named) > 30, "the paths are no longer written from the repository's root"
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert not missing, missing


def test_every_rule_of_the_calculation_is_placed_in_a_domain_module():
    table = TEXT.split("## Où vit chaque règle de calcul", 1)[1].split("\n## ", 1)[0]
    rows = [row for row in table.splitlines() if re.match(r"\| R\d", row)]
    placed = {int(n) for row in rows for n in re.findall(r"\bR(\d+)\b", row.split(" | ")[0])}
    assert placed == set(range(1, 18))
    for row in rows:
        assert "`mutualisation/domain/" in row, row


def test_each_recipe_lists_as_many_files_as_its_title_says():
    recipes = re.findall(r"\n## Ajouter [^\n]*\((\d+) fichiers\)\n(.*?)(?=\n## |\Z)", TEXT, re.S)
    assert len(recipes) == 2
    for count, body in recipes:
        steps = re.findall(r"^(\d+)\. (`[^`]+`)", body, re.M)
        assert [int(n) for n, _path in steps] == list(range(1, int(count) + 1))
        assert all(PATH.fullmatch(path) for _n, path in steps)
