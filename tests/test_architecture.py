"""Layering (STYLE.md): ui → services → (domain, storage, reporting); storage, reporting → domain.

Imports are read with ``ast``, not executed, so every module is checked whether or not
its dependencies are installed, including imports hidden inside functions.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "mutualisation"

DOMAIN_FORBIDDEN = (
    "PySide6",
    "sqlalchemy",
    "alembic",
    "reportlab",
    "babel",
    "openpyxl",
    "num2words",
    "mutualisation.storage",
    "mutualisation.ui",
    "mutualisation.services",
    "mutualisation.reporting",
)


@dataclass(frozen=True)
class Import:
    file: Path
    line: int
    module: str  # absolute dotted name
    lazy: bool  # inside a function body

    def __str__(self) -> str:
        return f"{self.file.relative_to(ROOT)}:{self.line} imports {self.module}"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports_of_source(source: str, path: Path, module: str) -> Iterator[Import]:
    is_package = path.name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]

    def visit(node: ast.AST, lazy: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            child_lazy = lazy or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(path, child.lineno, alias.name, lazy)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - (child.level - 1)] if child.level > 1 else base
                    target = ".".join(base + ([child.module] if child.module else []))
                else:
                    target = child.module or ""
                yield Import(path, child.lineno, target, lazy)
                for alias in child.names:  # "from mutualisation import ui" imports a module too
                    if alias.name != "*":
                        yield Import(path, child.lineno, f"{target}.{alias.name}", lazy)
            yield from visit(child, child_lazy)

    yield from visit(ast.parse(source, filename=str(path)), False)


def imports_in(folder: Path) -> list[Import]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        found.extend(_imports_of_source(path.read_text(encoding="utf-8"), path, _module_name(path)))
    return found


def _is(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


# -- the checker checks what it should ------------------------------------------------------


def test_the_import_reader_resolves_relative_and_lazy_imports():
    source = (
        "import os\n"
        "from .. import storage\n"
        "from ..ui.app import run\n"
        "from . import money\n"
        "def f():\n"
        "    import PySide6.QtCore\n"
    )
    path = PACKAGE / "domain" / "example.py"
    found = {(i.module, i.lazy) for i in _imports_of_source(source, path, "mutualisation.domain.example")}
    assert ("os", False) in found
    assert ("mutualisation.storage", False) in found
    assert ("mutualisation.ui.app", False) in found
    assert ("mutualisation.domain.money", False) in found
    assert ("PySide6.QtCore", True) in found


def test_the_layers_exist():
    assert list((PACKAGE / "domain").rglob("*.py")), "no domain module found: the checks would pass vacuously"
    assert imports_in(PACKAGE / "storage"), "no import found in storage"


# -- the rules ------------------------------------------------------------------------------


def test_domain_imports_no_framework_and_no_other_layer():
    bad = [
        str(i)
        for i in imports_in(PACKAGE / "domain")
        if any(_is(i.module, forbidden) for forbidden in DOMAIN_FORBIDDEN)
    ]
    assert not bad, "\n".join(bad)


def test_domain_imports_only_the_standard_library_and_itself():
    bad = [
        str(i)
        for i in imports_in(PACKAGE / "domain")
        if not _is(i.module, "mutualisation.domain")
        and i.module.partition(".")[0] not in sys.stdlib_module_names
    ]
    assert not bad, "\n".join(bad)


def _is_ui_app(module: str) -> bool:
    # "from mutualisation.ui.app import run_app" also names mutualisation.ui.app.run_app;
    # importing mutualisation.ui.app always imports the mutualisation.ui package first.
    return module == "mutualisation.ui" or _is(module, "mutualisation.ui.app")


def _allowed_ui_import(imp: Import) -> bool:
    # The command line opens the window lazily, so headless commands never load Qt.
    return imp.file == PACKAGE / "cli" / "__init__.py" and imp.lazy and _is_ui_app(imp.module)


def test_nothing_outside_ui_imports_ui():
    ui = PACKAGE / "ui"
    offenders = [
        str(i)
        for i in imports_in(PACKAGE)
        if ui not in i.file.parents and _is(i.module, "mutualisation.ui") and not _allowed_ui_import(i)
    ]
    assert not offenders, "\n".join(offenders)


def test_cli_loads_the_ui_only_through_ui_app():
    ui_imports = [i for i in imports_in(PACKAGE) if i.file == PACKAGE / "cli" / "__init__.py" and _is(i.module, "mutualisation.ui")]
    for imp in ui_imports:
        assert imp.lazy, f"{imp} at module level: every headless command would load Qt"
        assert _is_ui_app(imp.module), str(imp)


@pytest.mark.parametrize("layer", ["storage", "reporting"])
def test_storage_and_reporting_do_not_import_services(layer):
    bad = [str(i) for i in imports_in(PACKAGE / layer) if _is(i.module, "mutualisation.services")]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("layer", ["domain", "storage"])
def test_the_core_has_no_qt(layer):
    bad = [str(i) for i in imports_in(PACKAGE / layer) if _is(i.module, "PySide6")]
    assert not bad, "\n".join(bad)
