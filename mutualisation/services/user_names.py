"""The full name the operating system knows for a login, for the audit log's readers.

The log stores the login (``amartin``), which is stable and what the system uses; people read
« Anne Martin ». On Linux and macOS the name is the first field of the account's GECOS entry;
on Windows, the display name of the account running the application (another login of a
shared database is shown as stored). None when the system has no name for it.
"""

from __future__ import annotations

import sys
from functools import lru_cache


@lru_cache(maxsize=256)
def full_user_name(login: str) -> str | None:
    if sys.platform == "win32":
        return _windows_display_name(login)
    try:
        import pwd

        gecos = pwd.getpwnam(login).pw_gecos
    except (ImportError, KeyError):
        return None
    name = gecos.split(",", 1)[0].strip()
    return name or None


def _windows_display_name(login: str) -> str | None:
    import ctypes
    import getpass

    if login != getpass.getuser():
        return None
    size = ctypes.c_ulong(0)
    secur32 = ctypes.windll.secur32  # type: ignore[attr-defined]
    name_display = 3  # EXTENDED_NAME_FORMAT.NameDisplay
    secur32.GetUserNameExW(name_display, None, ctypes.byref(size))
    if not size.value:
        return None
    buffer = ctypes.create_unicode_buffer(size.value)
    if not secur32.GetUserNameExW(name_display, buffer, ctypes.byref(size)):
        return None
    return buffer.value.strip() or None
