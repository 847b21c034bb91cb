"""Before the window opens on Linux: are the system libraries of Qt's xcb platform there?

Without one of them (``libxcb-cursor0`` on a minimal Debian, typically) Qt aborts with « Could
not load the Qt platform plugin "xcb" » and a core dump, which tells a user nothing. This
check loads each library by its exact name, as the dynamic loader would for Qt, and on a
miss prints the one ``apt-get install`` line that brings them all, then exits with status 3.
It runs before Qt is imported (``make run``, and the bundled application's launcher), and
imports only the standard library.

``python -m mutualisation.linux_display [ARGUMENTS OF mutualisation]`` runs it alone: it checks
only when those arguments open the window (none, ``gui``, or just ``--db``).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# What Qt 6's xcb platform plugin (libqxcb.so, libQt6XcbQpa.so.6) and the GUI modules the app
# loads need from the system, by shared library, with the Debian/Ubuntu package that ships it.
# (PySide6's wheels bring Qt itself, not these.)
LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
# Not a library, but without a font with « € » and the narrow no-break space the window and
# the PDFs show empty boxes.
FONTS = "fonts-dejavu-core"

INSTALL_LINE = "sudo apt-get install " + " ".join([*dict.fromkeys(LIBRARIES.values()), FONTS])


def needs_xcb(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will start on its xcb platform: Linux, with no other platform asked for
    (offscreen for the tests, wayland) and not inside a Wayland session, where Qt picks wayland."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(":", 1)[0].split(";", 1)[0] == "xcb"
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland")


def missing_libraries(load: Callable[[str], object] = ctypes.CDLL) -> list[str]:
    """The libraries of LIBRARIES the dynamic loader cannot load, in the table's order."""
    missing = []
    for library in LIBRARIES:
        try:
            load(library)
        except OSError:
            missing.append(library)
    return missing


def message(missing: list[str]) -> str:
    packages = ", ".join(dict.fromkeys(LIBRARIES[library] for library in missing))
    return (
        f"Mutualisation ne peut pas ouvrir sa fenêtre : il manque des bibliothèques du système "
        f"({', '.join(missing)} ; paquets {packages}).\n"
        f"Sous Debian ou Ubuntu, installez tout ce dont la fenêtre a besoin avec :\n\n"
        f"    {INSTALL_LINE}\n\n"
        f"puis relancez. (Les commandes sans fenêtre, comme « mutualisation statement », "
        f"fonctionnent déjà.)"
    )


def check(
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    load: Callable[[str], object] = ctypes.CDLL,
    out=None,
) -> int:
    """0 when the window can start (or needs no xcb); else print the message and return 3."""
    if not needs_xcb(environ, platform):
        return 0
    missing = missing_libraries(load)
    if not missing:
        return 0
    print(message(missing), file=out or sys.stderr)
    return 3


def opens_window(argv: list[str]) -> bool:
    """Whether ``mutualisation ARGV`` opens the window rather than running a job headless."""
    rest, skip = [], False
    for argument in argv:
        if skip:
            skip = False
        elif argument == "--db":
            skip = True
        elif not argument.startswith("--db="):
            rest.append(argument)
    return not rest or rest[0] == "gui"


def main(argv: list[str] | None = None) -> int:
    return check() if opens_window(sys.argv[1:] if argv is None else argv) else 0


if __name__ == "__main__":
    sys.exit(main())
