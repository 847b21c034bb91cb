"""The XMP packet of an issued PDF is, byte for byte, the one the factur-x library writes.

``reporting/pdfa.py`` writes it with lxml alone (importing the library cost every issuing
command a quarter of a second); the library stays the reference it is compared with.
"""

from __future__ import annotations

import datetime as dt

from facturx.facturx import FACTURX_FILENAME, FACTURX_LEVEL2xmp, generate_xmp_object
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from mutualisation.reporting import pdfa

# Any text XML can carry: user names and titles go into the packet as they are typed.
_XML_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff",
                           min_codepoint=0x20) | st.sampled_from("\t\n&<>\"'«»\u202f\u00a0€é"),
    max_size=40,
)  # fmt: skip


def _library_packet(title: str, author: str, subject: str, created: dt.date) -> bytes:
    root = generate_xmp_object({
        "pdfa3_flavor": "B", "title": title, "author": author, "subject": subject,
        "producer": pdfa.PRODUCER, "creator_tool": pdfa.CREATOR,
        "timestamp": f"{created:%Y-%m-%d}T00:00:00+00:00", "version": "1.0", "documenttype": "INVOICE",
        "xml_filename": FACTURX_FILENAME, "xmp_level": FACTURX_LEVEL2xmp["en16931"], "urn": pdfa.FACTURX_URN,
    })  # fmt: skip
    body = etree.tostring(root, encoding="unicode")
    return f'<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n{body}\n<?xpacket end="w"?>'.encode()


def test_the_demo_statements_packet_is_the_librarys():
    args = ("État de refacturation n° 2025-0001", "Pays du bassin de Briey",
            "État de refacturation n° 2025-0001 — ST2B — T1 2025", dt.date(2025, 4, 15))  # fmt: skip
    packet = pdfa.xmp_packet(*args)
    assert packet == _library_packet(*args)
    assert b"<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>" in packet
    assert b'<rdf:li xml:lang="x-default">' in packet


@given(_XML_TEXT, _XML_TEXT, _XML_TEXT, st.dates(dt.date(1990, 1, 1), dt.date(2200, 12, 31)))
def test_any_title_author_subject_and_date_give_the_librarys_bytes(title, author, subject, created):
    assert pdfa.xmp_packet(title, author, subject, created) == _library_packet(title, author, subject, created)


def test_the_filename_is_the_one_factur_x_readers_look_for():
    assert pdfa.FACTURX_FILENAME == FACTURX_FILENAME == "factur-x.xml"


def test_issuing_loads_neither_the_factur_x_library_nor_postgresqls_dialect():
    # What a command that issues imports before it opens a SQLite file (start-up time).
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys, mutualisation.services.issuing, mutualisation.reporting.pdfa; "
            "print(sorted(n for n in ('facturx', 'sqlalchemy.dialects.postgresql') if n in sys.modules))")  # fmt: skip
    package_root = str(Path(pdfa.__file__).resolve().parents[2])  # this checkout's package, not another
    environment = {**os.environ, "PYTHONPATH": package_root}
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env=environment)  # fmt: skip
    assert loaded.stdout.strip() == "[]"
