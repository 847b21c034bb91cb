"""The wheel ships the whole package: every module, the migrations and the resources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = "icons/_wheel_probe.svg"  # a nested file added to the copy: sub-folders must ship too


def _files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A snapshot of the project. Building from a copy keeps build/ and *.egg-info out of the
    shared working tree, and comparing the wheel with the snapshot (not the live tree) keeps
    files that others create meanwhile from failing the test."""
    source = tmp_path_factory.mktemp("source") / "project"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "__pycache__", "*.pyc", "build", "dist", "*.egg-info", ".pytest_cache",
            ".hypothesis", "tests", "*.sqlite*",
        ),
    )
    probe = source / "mutualisation" / "resources" / PROBE
    probe.parent.mkdir(parents=True, exist_ok=True)
    probe.write_text("<svg/>")
    return source


@pytest.fixture(scope="module")
def build(source, tmp_path_factory) -> tuple[Path, str]:
    """The wheel built from the snapshot, and the build's log (verbose: setuptools' warnings)."""
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-cache-dir",
         "-v", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("mutualisation-*.whl")
    return built, result.stdout + result.stderr


@pytest.fixture(scope="module")
def wheel(build) -> zipfile.ZipFile:
    with zipfile.ZipFile(build[0]) as archive:
        yield archive


@pytest.mark.slow
def test_the_build_gives_no_setuptools_warning(build):
    """An undeclared data folder (or a deprecated option) makes setuptools print a warning
    framed by « !! » at every install."""
    log = build[1]
    assert "absent from the `packages` configuration" not in log
    assert "!!" not in log, log[log.index("!!") - 2000 : log.index("!!") + 2000]


@pytest.mark.slow
def test_the_editable_install_gives_no_setuptools_warning(source, tmp_path):
    """`make` installs the project in editable mode. With a package mapped to another folder,
    setuptools installs it through an import hook and prints a warning framed by « !! » (« be
    careful with folders … with the same name as your package »); a plain layout is a plain
    ``.pth`` entry and says nothing. PEP 660's hook is called as pip calls it."""
    result = subprocess.run(
        [sys.executable, "-W", "default", "-c",
         "import sys, setuptools.build_meta as backend; print(backend.build_editable(sys.argv[1]))",
         str(tmp_path)],
        cwd=source, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    log = result.stdout + result.stderr
    assert "!!" not in log and "Warning" not in log, log
    (built,) = tmp_path.glob("mutualisation-*.whl")
    with zipfile.ZipFile(built) as archive:
        (pth,) = [n for n in archive.namelist() if n.endswith(".pth")]
        assert archive.read(pth).decode().strip() == str(source.resolve())


@pytest.mark.slow
def test_the_wheel_ships_resources(wheel, source):
    names = set(wheel.namelist())
    resources = {n for n in names if n.startswith("mutualisation/resources/")}
    assert "mutualisation/resources/__init__.py" in resources
    assert f"mutualisation/resources/{PROBE}" in resources
    for path in _files(source / "mutualisation" / "resources"):
        assert f"mutualisation/resources/{path.relative_to(source / 'mutualisation' / 'resources').as_posix()}" in names


@pytest.mark.slow
def test_the_wheel_ships_the_migrations(wheel, source):
    names = set(wheel.namelist())
    migrations = source / "mutualisation" / "storage" / "migrations"
    assert "mutualisation/storage/migrations/script.py.mako" in names
    assert "mutualisation/storage/migrations/env.py" in names
    assert "mutualisation/storage/migrations/versions/0001_initial_schema.py" in names
    for path in (migrations / "versions").glob("*.py"):
        assert f"mutualisation/storage/migrations/versions/{path.name}" in names


@pytest.mark.slow
def test_the_wheel_ships_every_module(wheel, source):
    """Packages are discovered (setup.py): a new sub-package with an __init__.py ships."""
    names = set(wheel.namelist())
    missing = [
        path.relative_to(source).as_posix()
        for path in _files(source / "mutualisation")
        if path.suffix == ".py" and path.relative_to(source).as_posix() not in names
    ]
    assert not missing, f"not in the wheel (a package without __init__.py?): {missing}"


@pytest.mark.slow
def test_the_wheel_declares_the_command(wheel):
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    assert "mutualisation = mutualisation.cli:main" in wheel.read(entry_points).decode()
