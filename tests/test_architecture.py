"""Layering (STYLE.md): ui → services → (domain, storage, reporting); storage, reporting → domain.

Imports are read with ``ast``, not executed, so every module is checked whether or not
its dependencies are installed, including imports hidden inside functions.
"""

from __future__ import annotations

import ast
import re
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


def _forbidden_imports(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return [str(i) for i in imports_in(PACKAGE / layer) if any(_is(i.module, f) for f in forbidden)]


def test_domain_imports_no_framework_and_no_other_layer():
    bad = _forbidden_imports("domain", DOMAIN_FORBIDDEN)
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


# -- the interface talks to services only -------------------------------------------------------

#: What the interface must not import: it holds a services.workspace.Workspace, never a
#: storage Database nor a SQLAlchemy Session (type hints and TYPE_CHECKING blocks included).
UI_FORBIDDEN = ("mutualisation.storage", "sqlalchemy", "alembic")
#: Names that, in a type hint of the interface, mean it holds storage objects.
UI_FORBIDDEN_HINTS = ("Session", "sessionmaker", "Database", "Engine", "sqlalchemy", "storage")


def _annotations_of_source(source: str, path: Path) -> Iterator[tuple[int, str]]:
    """Every type hint of a module (parameters, returns, annotated names), as written; a
    hint written as a string is read as the expression it holds."""
    for node in ast.walk(ast.parse(source, filename=str(path))):
        hints = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            arguments = node.args
            every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                     *filter(None, (arguments.vararg, arguments.kwarg))]  # fmt: skip
            hints.extend(a.annotation for a in every if a.annotation is not None)
            if not isinstance(node, ast.Lambda) and node.returns is not None:
                hints.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            hints.append(node.annotation)
        for hint in hints:
            text = ast.unparse(hint)
            if isinstance(hint, ast.Constant) and isinstance(hint.value, str):
                text = hint.value
            yield hint.lineno, text


def _hint_names(text: str) -> set[str]:
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names |= _hint_names(node.value)
    return names


def test_the_import_reader_sees_type_checking_blocks_and_string_hints():
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from sqlalchemy.orm import Session\n"
        "def load(self, run: 'Session', other: 'list[storage.Database]') -> None:\n"
        "    x: Optional[Engine] = None\n"
    )
    path = PACKAGE / "ui" / "example.py"
    modules = {i.module for i in _imports_of_source(source, path, "mutualisation.ui.example")}
    assert "sqlalchemy.orm.Session" in modules
    names = set().union(*(_hint_names(text) for _line, text in _annotations_of_source(source, path)))
    assert {"Session", "Database", "storage", "Engine"} <= names


def test_ui_imports_neither_storage_nor_sqlalchemy():
    bad = _forbidden_imports("ui", UI_FORBIDDEN)
    assert not bad, "\n".join(bad)


def test_ui_type_hints_name_no_session_or_database():
    bad = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for line, text in _annotations_of_source(path.read_text(encoding="utf-8"), path):
            if _hint_names(text) & set(UI_FORBIDDEN_HINTS):
                bad.append(f"{path.relative_to(ROOT)}:{line} hints {text}")
    assert not bad, "\n".join(bad)


# -- one owner switches the garbage collector ---------------------------------------------------

COLLECTOR_OWNER = PACKAGE / "services" / "collector.py"
GC_SWITCHES = {"disable", "enable", "freeze", "unfreeze", "set_threshold"}


def _gc_switches_of_source(source: str, path: Path) -> Iterator[int]:
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Attribute) and node.attr in GC_SWITCHES:
            if isinstance(node.value, ast.Name) and node.value.id == "gc":
                yield node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module == "gc":
            if any(alias.name in GC_SWITCHES for alias in node.names):
                yield node.lineno


def test_the_gc_reader_finds_switches():
    source = "import gc\ngc.disable()\nfrom gc import enable\ngc.isenabled()\n"
    assert sorted(_gc_switches_of_source(source, PACKAGE / "x.py")) == [2, 3]


def test_only_the_collector_module_switches_the_garbage_collector():
    bad = [
        f"{path.relative_to(ROOT)}:{line} switches the garbage collector (use services.collector)"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != COLLECTOR_OWNER
        for line in _gc_switches_of_source(path.read_text(encoding="utf-8"), path)
    ]
    assert not bad, "\n".join(bad)
    assert list(_gc_switches_of_source(COLLECTOR_OWNER.read_text(encoding="utf-8"), COLLECTOR_OWNER))


# -- small rooms -------------------------------------------------------------------------------

# STYLE.md: split a module that passes ~500 lines. The bound leaves a module a few lines past
# 500 to wait for a natural cut; it catches what grows into a 900-line grab-bag.
MODULE_LINES = 550
MIGRATIONS = PACKAGE / "storage" / "migrations"


def test_no_module_outside_the_migrations_is_large():
    large = [
        f"{path.relative_to(ROOT)}: {lines} lines"
        for path in sorted(PACKAGE.rglob("*.py"))
        if MIGRATIONS not in path.parents
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > MODULE_LINES
    ]
    assert not large, "split by what each part is about:\n" + "\n".join(large)


# -- one vocabulary ------------------------------------------------------------------------------

VOCABULARY_WORDS = {
    "KeyKind": ("fixed", "surface", "headcount", "metered", "direct"),
    "DocumentKind": ("statement", "corrective", "credit_note", "advance", "settlement"),
    "ChargeFrequency": ("month", "quarter", "year"),
    "BillingFrequency": ("monthly", "quarterly", "half_yearly", "yearly"),
    "Section": ("personnel", "materiel", "locaux", "depenses"),
    "VatKind": ("outside_scope", "exempt", "taxable"),
    "AbsenceKind": ("maladie", "accident_travail", "formation", "conge", "autre"),
    "ReimbursementKind": ("ijss", "subrogation", "aide", "autre"),
}
_SQL_LIST = re.compile(r"\bIN \(((?:'[^']*'(?:, )?){3,})\)")


def _strings(nodes) -> tuple[str, ...] | None:
    if len(nodes) >= 3 and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in nodes):
        return tuple(e.value for e in nodes)
    return None


def _listed_words(source: str, path: Path) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Closed lists copied by hand: tuples, lists and sets of string literals, the string keys of a
    dict, and the words of an SQL ``IN ('a', 'b', …)`` written in a string."""
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            words = _strings(node.elts)
        elif isinstance(node, ast.Dict):
            words = _strings(node.keys) if None not in node.keys else None
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and (match := _SQL_LIST.search(node.value)):
            words = tuple(re.findall(r"'([^']*)'", match.group(1)))
        else:
            words = None
        if words:
            yield node.lineno, words


def test_the_word_reader_finds_a_hand_written_list():
    source = 'KINDS = ("fixed", "surface", "headcount", "metered", "direct")\nx = ("a", 1, "b")\n'
    assert list(_listed_words(source, PACKAGE / "x.py")) == [(1, VOCABULARY_WORDS["KeyKind"])]


def test_the_word_reader_finds_dict_keys_and_sql_lists():
    source = ('WORDS = {"ijss": "IJSS", "subrogation": "s", "aide": "a", "autre": "o"}\n'
              'CHECK = "kind IN (\'maladie\', \'accident_travail\', \'formation\', \'conge\', \'autre\')"\n')
    assert list(_listed_words(source, PACKAGE / "x.py")) == [
        (1, VOCABULARY_WORDS["ReimbursementKind"]), (2, VOCABULARY_WORDS["AbsenceKind"])]


def test_the_closed_lists_are_written_once_in_domain_vocabulary():
    copies = [
        f"{path.relative_to(ROOT)}:{line} lists the words of {name} (use domain/vocabulary.py)"
        for path in sorted(PACKAGE.rglob("*.py"))
        if MIGRATIONS not in path.parents
        for line, words in _listed_words(path.read_text(encoding="utf-8"), path)
        for name, known in VOCABULARY_WORDS.items()
        if set(words) == set(known)
    ]
    assert not copies, "\n".join(copies)
