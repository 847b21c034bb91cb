"""The display check of `make run` and the bundle: a missing system library of Qt's xcb
platform gives the apt-get line instead of Qt's abort (simulated by a loader that fails)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from mutualisation import linux_display
from mutualisation.linux_display import INSTALL_LINE, LIBRARIES, check, opens_window

ROOT = Path(__file__).resolve().parents[2]
X11 = {"DISPLAY": ":0"}


def loader_without(*absent: str):
    loaded = []

    def load(name: str) -> None:
        if name in absent:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        loaded.append(name)

    load.loaded = loaded
    return load


def test_a_missing_xcb_library_prints_the_apt_line_and_stops():
    out = io.StringIO()
    status = check(X11, "linux", loader_without("libxcb-cursor.so.0"), out)
    assert status == 3
    text = out.getvalue()
    assert "il manque des bibliothèques du système (libxcb-cursor.so.0 ; paquets libxcb-cursor0)" in text
    assert f"    {INSTALL_LINE}\n" in text
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libegl1"):
        assert f" {package} " in f"{INSTALL_LINE} "


def test_every_missing_library_is_named_once_with_its_package():
    out = io.StringIO()
    assert check(X11, "linux", loader_without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"), out) == 3
    assert "(libxcb-icccm.so.4, libxcb-keysyms.so.1 ; paquets libxcb-icccm4, libxcb-keysyms1)" in out.getvalue()


def test_nothing_is_printed_when_every_library_loads():
    out = io.StringIO()
    load = loader_without()
    assert check(X11, "linux", load, out) == 0
    assert out.getvalue() == ""
    assert load.loaded == list(LIBRARIES)


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),  # the tests, the screenshots
        ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux"),
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_no_check_where_qt_does_not_use_xcb(environ, platform):
    def load(name):
        raise AssertionError(f"{name} loaded")

    assert check(environ, platform, load, io.StringIO()) == 0


def test_xcb_asked_for_explicitly_is_checked():
    assert check({"QT_QPA_PLATFORM": "xcb"}, "linux", loader_without("libxcb.so.1"), io.StringIO()) == 3


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["gui"], True),
        (["--db", "essai.sqlite"], True),
        (["--db=essai.sqlite", "gui"], True),
        (["--db", "essai.sqlite", "demo"], False),
        (["statement", "--period", "2025-T1", "--beneficiary", "ST2B"], False),
        (["verify"], False),
    ],
)
def test_only_the_window_is_checked_not_the_headless_jobs(argv, window, monkeypatch):
    assert opens_window(argv) is window
    monkeypatch.setattr(linux_display, "check", lambda: 3)
    assert linux_display.main(argv) == (3 if window else 0)


def test_the_check_runs_alone_before_qt(tmp_path):
    """`make run`'s first step: a module of the standard library only, it never imports Qt."""
    code = (
        "import sys; from mutualisation import linux_display; "
        "linux_display.main(['statement']); assert not any(m.startswith('PySide6') for m in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_readme_gives_the_same_apt_line():
    assert INSTALL_LINE in (ROOT / "README.md").read_text(encoding="utf-8")
