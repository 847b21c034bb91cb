"""The « Chorus Pro » sheet follows the party form's rule (services/editing/chorus): a refused row
names the column the refusal concerns — the year, the service code or the engagement number —
whatever the language of its message, and says why in full, in French and in English."""

from __future__ import annotations

from ..ui.test_english_texts import english  # noqa: F401  (the fixture)
from .helpers import reasons, run, workbook

HEADER = ["Partie", "Année", "Code service", "N° d'engagement"]


def refused_rows(database, tmp_path) -> list[tuple[str, int, str, str]]:
    path = workbook(tmp_path / "chorus.xlsx", {"Chorus Pro": [
        HEADER,
        ["ST2B", 1999, "FINANCES", "EJ-1999"],
        ["ST2B", 2027, None, None],
        ["ST2B", 2028, "S" * 101, "EJ-2028"],
        ["ST2B", 2029, "FINANCES", "EJ-2029"],
    ]})  # fmt: skip
    report = run(database, path, dry_run=True)
    return [r for r in reasons(report) if r[1] in (2, 3, 4)]


def test_refused_references_name_their_column_and_say_why_in_french(demo_db, tmp_path):
    assert refused_rows(demo_db, tmp_path) == [
        ("Chorus Pro", 2, "Année", "Année des références Chorus Pro : entre 2000 et 2100 (par exemple 2026)."),
        ("Chorus Pro", 3, "N° d'engagement",
         "Références Chorus Pro 2027 : indiquez le code service, le numéro d'engagement ou les deux."),
        ("Chorus Pro", 4, "Code service", "Texte trop long : 101 caractères, 100 au plus."),
        ("Chorus Pro", 4, "Code service", "Code service 2028 : 100 caractères au plus."),
    ]


def test_the_same_refusals_in_english(english, demo_db, tmp_path):
    assert refused_rows(demo_db, tmp_path) == [
        ("Chorus Pro", 2, "Année", "Year of the Chorus Pro references: between 2000 and 2100 (for example 2026)."),
        ("Chorus Pro", 3, "N° d'engagement",
         "Chorus Pro references 2027: give the service code, the commitment number or both."),
        ("Chorus Pro", 4, "Code service", "Text too long: 101 characters, 100 at most."),
        ("Chorus Pro", 4, "Code service", "Service code 2028: 100 characters at most."),
    ]
