"""The interface is finished: no placeholder wording in what the user reads."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "mutualisation" / "ui"
PLACEHOLDERS = re.compile(r"\b(TODO|FIXME|XXX|lorem ipsum)\b|à venir|bientôt disponible", re.IGNORECASE)


def test_no_placeholder_text_in_the_interface():
    offenders = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if PLACEHOLDERS.search(line)
    ]
    assert not offenders, "\n".join(offenders)

