"""Bring the translation catalogues up to date with the French source strings of the interface.

Runs ``pyside6-lupdate`` over ``mutualisation/ui/**/*.py`` into
``resources/translations/mutualisation_<lang>.ts`` (new strings are added as unfinished, the
strings gone are dropped), then ``pyside6-lrelease`` into the ``.qm`` the app loads.

    .venv/bin/python scripts/update_translations.py           # lupdate, then lrelease
    .venv/bin/python scripts/update_translations.py --release # lrelease only (after translating)

Translate the unfinished messages (``pyside6-linguist`` or a text editor) and run it again:
tests/ui/test_translations.py fails while a message is unfinished or the ``.qm`` is stale.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "mutualisation" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    """A Qt tool installed with PySide6, beside the running Python (the venv's bin)."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def sources() -> list[str]:
    return [str(path.relative_to(ROOT)) for path in sorted(SOURCES.rglob("*.py"))]


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"mutualisation_{language}.ts"


def lupdate(ts: Path) -> None:
    # No source locations: line numbers would change the catalogue at every edit of the code.
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-ts", str(ts.relative_to(ROOT)), "-no-obsolete",
         "-locations", "none", "-source-language", "fr_FR", "-target-language", ts.stem.split("_", 1)[1]],
        cwd=ROOT, check=True,
    )  # fmt: skip


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts into .qm")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = catalogue(language)
        if not args.release:
            lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
