"""The one-folder application (`make bundle`): built once per test session with PyInstaller,
then run as the manager would, with no Python, no virtual environment and no source tree.

MUTUALISATION_TEST_BUNDLE=dist/Mutualisation tests a bundle already built (by `make bundle`)
instead of building one.
"""

from __future__ import annotations

import configparser
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "mutualisation.spec"
EXE = "mutualisation"  # the Linux bundle (the Windows one is built by .github/workflows/windows.yml)

# Building the bundle alone takes minutes on a busy 2-core machine (PyInstaller is given 20).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("MUTUALISATION_TEST_BUNDLE")
    if given:
        yield Path(given).resolve()
        return
    build = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(build / "dist"), "--workpath", str(build / "work"), str(SPEC)],
        capture_output=True, text=True, timeout=1200, cwd=build,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    yield build / "dist" / "Mutualisation"
    shutil.rmtree(build, ignore_errors=True)  # some 300 MB


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """The environment of a user with nothing installed: no Python on the PATH, no virtual
    environment, home and XDG folders of the test's own."""
    folders = {name: tmp_path / name.lower() for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME")}
    for folder in folders.values():
        folder.mkdir()
    return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **{k: str(v) for k, v in folders.items()}}


def run(bundle: Path, env: dict[str, str], *args: str, cwd: Path, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(bundle / EXE), *args], env={**env, **extra}, cwd=cwd, capture_output=True, text=True, timeout=180
    )


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " ")).strip()


def test_the_bundle_holds_what_the_app_reads_at_run_time(bundle):
    inside = bundle / "_internal"
    assert list(inside.glob("libpython3*")) or list(inside.glob("python3*.dll")), "no Python of its own"
    for path in (
        "mutualisation/resources/fonts/DejaVuSans.ttf",
        "mutualisation/resources/icons/dashboard.svg",
        "mutualisation/resources/translations/mutualisation_en.qm",
        "mutualisation/storage/migrations/env.py",
        "mutualisation/storage/migrations/versions/0001_initial_schema.py",
        "share/mutualisation.png",
        "pikepdf/pdfa/data/sRGB.icc",  # the output intent of every issued (Factur-X) document
    ):
        assert (inside / path).is_file(), path
    plugins = inside / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/*qoffscreen*", "platforms/*qxcb*", "imageformats/*qsvg*", "iconengines/*qsvgicon*"):
        assert list(plugins.glob(plugin)), plugin
    for module in ("Pdf", "PdfWidgets", "Charts", "Svg"):
        assert list(inside.rglob(f"*Qt6{module}.*")) or list(inside.rglob(f"*Qt6{module}*.so*")), module


def test_the_bundled_app_issues_verifies_and_opens_on_a_fresh_database(bundle, home, tmp_path):
    work = tmp_path / "dossier"
    work.mkdir()

    demo = run(bundle, home, "demo", cwd=work)
    assert demo.returncode == 0, demo.stderr
    assert "Données de démonstration chargées : 3 parties" in demo.stdout
    # The user's database where platformdirs puts it on Linux (README, « Où sont les données »).
    data = Path(home["XDG_DATA_HOME"]) / "Mutualisation"
    assert (data / "mutualisation.sqlite").is_file()

    issued = run(bundle, home, "statement", "--period", "2025-T1", "--beneficiary", "ST2B", "--issue",
                 "--date", "15/04/2025", "--pdf", "etat.pdf", cwd=work)  # fmt: skip
    assert issued.returncode == 0, issued.stderr
    assert normalise(issued.stdout).startswith("État de refacturation n° 2025-0001 émis le 15/04/2025 : 15 845,42 €")
    text = normalise(" ".join(page.extract_text() for page in PdfReader(io.BytesIO((work / "etat.pdf").read_bytes())).pages))
    assert "N° 2025-0001" in text and "15 845,42 €" in text and "1er trimestre 2025" in text
    assert "la somme de quinze mille huit cent quarante-cinq euros et quarante-deux centimes" in text  # num2words
    assert list((data / "sauvegardes").iterdir()), "the backup before issuing"

    verified = run(bundle, home, "verify", cwd=work)
    assert verified.returncode == 0, verified.stderr
    assert "Vérification réussie" in verified.stdout and "1 état(s) émis" in verified.stdout

    window = run(bundle, home, cwd=work, QT_QPA_PLATFORM="offscreen", MUTUALISATION_CHECK_WINDOW="1")
    assert window.returncode == 0, window.stdout + window.stderr
    assert "Fenêtre ouverte : Mutualisation" in window.stdout
    assert "Traceback" not in window.stderr


def test_the_linux_bundle_installs_a_menu_entry_and_an_icon_for_the_user(bundle, home, tmp_path):
    prefix = tmp_path / "opt" / "Mutualisation"
    env = {**home, "MUTUALISATION_PREFIX": str(prefix)}
    installed = subprocess.run([str(bundle / "install.sh")], env=env, capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr

    applications = Path(home["XDG_DATA_HOME"]) / "applications"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(applications / "mutualisation.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Mutualisation"
    assert desktop["Exec"] == f'"{prefix}/mutualisation"'
    assert (prefix / "mutualisation").is_file() and os.access(prefix / "mutualisation", os.X_OK)
    icons = Path(home["XDG_DATA_HOME"]) / "icons" / "hicolor"
    assert desktop["Icon"] == "mutualisation"
    assert (icons / "scalable" / "apps" / "mutualisation.svg").is_file()
    assert (icons / "256x256" / "apps" / "mutualisation.png").is_file()
    assert (Path(home["HOME"]) / ".local" / "bin" / "mutualisation").resolve() == prefix / "mutualisation"

    removed = subprocess.run([str(bundle / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True)
    assert removed.returncode == 0, removed.stderr
    assert not prefix.exists() and not (applications / "mutualisation.desktop").exists()
    assert not (icons / "scalable" / "apps" / "mutualisation.svg").exists()
