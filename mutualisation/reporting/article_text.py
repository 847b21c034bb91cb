"""The text of a convention's articles: plain, or a little Markdown once the user formats it.

``**gras**``, ``*italique*``, lists (``- `` or ``1. ``) and paragraphs separated by a blank
line. Pure text handling, without the PDF library: the app's article view and the convention
PDF read articles the same way.
"""

from __future__ import annotations

import re

_MARKERS = re.compile(
    r"\*\*[^*\n]+\*\*"  # bold
    r"|(?<![*\w])\*[^*\s][^*\n]*\*(?![*\w])"  # italic
    r"|(?m:^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+\S)"  # list items
    r"|(?m:^#{1,6}\s)"  # headings
)
_LIST_ITEM = re.compile(r"^\s{0,3}([-*+]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"^#{1,6}\s+")
_BOLD = re.compile(r"\*\*([^*\n]+)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*([^*\s][^*\n]*)\*(?![*\w])")


def looks_like_markdown(text: str) -> bool:
    """Whether a stored text carries Markdown formatting (else it is shown as typed)."""
    return bool(_MARKERS.search(text or ""))


def unwrap_markdown(text: str) -> str:
    """Qt writes Markdown wrapped at 80 columns: join the lines of each paragraph and list item."""
    result = []
    for block in paragraphs(text):
        lines = block.splitlines()
        if any(_LIST_ITEM.match(line) for line in lines):
            items: list[str] = []
            for line in lines:
                if _LIST_ITEM.match(line) or not items:
                    items.append(line.rstrip())
                else:
                    items[-1] += " " + line.strip()
            result.append("\n".join(items))
        else:
            result.append(" ".join(line.strip() for line in lines))
    return "\n\n".join(result)


def paragraphs(text: str) -> list[str]:
    """The blocks of ``text`` separated by blank lines."""
    return [block for block in re.split(r"\n\s*\n", (text or "").strip()) if block.strip()]


def list_item(line: str) -> tuple[str, str] | None:
    """``("•" or "2.", text)`` for a list item line, else None."""
    match = _LIST_ITEM.match(line)
    if match is None:
        return None
    marker = match.group(1)
    return ("•" if marker in "-*+" else marker.rstrip(")") + "."), line[match.end():].strip()


def strip_heading(line: str) -> str:
    return _HEADING.sub("", line)


def inline_tags(escaped: str) -> str:
    """Bold and italic as ``<b>``/``<i>`` in text already escaped for markup."""
    return _ITALIC.sub(r"<i>\1</i>", _BOLD.sub(r"<b>\1</b>", escaped))
