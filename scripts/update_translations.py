"""Bring the translation catalogues up to date with the French source strings of the interface.

Runs ``pyside6-lupdate`` over ``mutualisation/ui/**/*.py`` into
``mutualisation/resources/translations/mutualisation_<lang>.ts`` (new strings are added as unfinished, the
strings gone are dropped), then ``pyside6-lrelease`` into the ``.qm`` the app loads.

The domain and the services mark their texts with ``tr(context, source, …)`` and
``tr_noop(context, source)`` of ``mutualisation/domain/i18n.py``, which lupdate does not know:
:func:`domain_messages` reads them with ``ast`` and hands them to lupdate as
``QT_TRANSLATE_NOOP`` lines of a generated file, so that one catalogue serves both.

    .venv/bin/python scripts/update_translations.py           # lupdate, then lrelease
    .venv/bin/python scripts/update_translations.py --release # lrelease only (after translating)

Translate the unfinished messages (``pyside6-linguist`` or a text editor) and run it again:
tests/ui/test_translations.py fails while a message is unfinished or the ``.qm`` is stale.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "mutualisation" / "ui"
#: Where texts are marked with domain/i18n.py's functions (documents and the command line are French).
MARKED = [ROOT / "mutualisation" / name for name in ("domain", "services", "storage")]
MARKERS = ("tr", "tr_noop")
TRANSLATIONS = ROOT / "mutualisation" / "resources" / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    """A Qt tool installed with PySide6, beside the running Python (the venv's bin)."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def sources() -> list[str]:
    return [str(path.relative_to(ROOT)) for path in sorted(SOURCES.rglob("*.py"))]


def domain_messages() -> list[tuple[str, str]]:
    """(context, source) of every ``tr``/``tr_noop`` call of the domain, services and storage.

    Both arguments must be string literals, or the text could not be translated: a call with
    anything else stops the extraction with its place.
    """
    found: list[tuple[str, str]] = []
    for folder in MARKED:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name not in MARKERS:
                    continue
                texts = [a.value for a in node.args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                if len(texts) != 2:
                    raise SystemExit(f"{path}:{node.lineno}: {name}() needs a literal context and source")
                if (texts[0], texts[1]) not in found:
                    found.append((texts[0], texts[1]))
    return found


def marked_stub(folder: Path) -> Path:
    """The domain's messages as a Python file lupdate reads (``QT_TRANSLATE_NOOP`` lines)."""
    def literal(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

    stub = folder / "domain_messages.py"
    lines = [f"QT_TRANSLATE_NOOP({literal(c)}, {literal(s)})" for c, s in domain_messages()]
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"mutualisation_{language}.ts"


def lupdate(ts: Path) -> None:
    # No source locations: line numbers would change the catalogue at every edit of the code.
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), str(marked_stub(Path(folder))), "-ts", str(ts.relative_to(ROOT)),
             "-no-obsolete", "-locations", "none", "-source-language", "fr_FR",
             "-target-language", ts.stem.split("_", 1)[1]],
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
