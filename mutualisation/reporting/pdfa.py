"""An issued document as a Factur-X file: the PDF made PDF/A-3b, carrying ``factur-x.xml``.

ReportLab draws the pages (fonts embedded, no transparency on an issued document: the draft's
watermark is the only translucent drawing and a draft is never embedded); this module adds
what PDF/A-3 and Factur-X ask of the file in one pass of qpdf (pikepdf):

- the XMP metadata, written by the ``factur-x`` library (``pdfaid:part`` 3, conformance B, the
  Factur-X extension schema and its ``fx:`` properties), agreeing with the document
  information dictionary ReportLab wrote (title, author, subject, creator, producer, dates);
- an sRGB output intent (the ICC v2 profile pikepdf ships), so that ReportLab's RGB colours
  have a defined meaning;
- ``factur-x.xml`` as an embedded file with ``/AFRelationship /Data``, listed in the
  catalogue's ``/AF``.

The same document and XML give the same bytes (dates are the document's issue date, the file
identifier is derived from the content): issued PDFs are chained by their SHA-256.
"""

from __future__ import annotations

import datetime as dt
import io
from functools import cache
from importlib import resources

import pikepdf
from facturx.facturx import FACTURX_FILENAME, FACTURX_LEVEL2xmp, generate_xmp_object
from lxml import etree

from ..domain.documents import StatementDocument
from .facturx import invoice_xml
from .statement_pdf import render_statement

PRODUCER = "Mutualisation (ReportLab)"  # as pages.build_pdf writes it in the information dictionary
CREATOR = "Mutualisation"
XML_DESCRIPTION = "Factur-X XML file"  # the wording readers (and the factur-x library) look for


def issued_pdf(doc: StatementDocument, chain: tuple[str, str]) -> bytes:
    """The issued document as stored and sent: its pages (``chain``: seal and previous hash,
    printed on the last page) as a PDF/A-3b carrying its Factur-X XML."""
    return facturx_pdf(render_statement(doc, chain), invoice_xml(doc), doc.issue_date)


@cache
def srgb_profile() -> bytes:
    """The sRGB ICC profile (version 2, valid for every PDF/A part), read once."""
    return (resources.files("pikepdf") / "pdfa" / "data" / "sRGB.icc").read_bytes()


def xmp_packet(title: str, author: str, subject: str, created: dt.date) -> bytes:
    """The XMP metadata of a Factur-X EN 16931 invoice, dated ``created``."""
    root = generate_xmp_object({
        "pdfa3_flavor": "B",
        "title": title,
        "author": author,
        "subject": subject,
        "producer": PRODUCER,
        "creator_tool": CREATOR,
        "timestamp": f"{created:%Y-%m-%d}T00:00:00+00:00",
        "version": "1.0",
        "documenttype": "INVOICE",
        "xml_filename": FACTURX_FILENAME,
        "xmp_level": FACTURX_LEVEL2xmp["en16931"],
        "urn": "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#",
    })  # fmt: skip
    body = etree.tostring(root, encoding="unicode")
    return f'<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n{body}\n<?xpacket end="w"?>'.encode()


def facturx_pdf(pdf: bytes, xml: bytes, created: dt.date) -> bytes:
    """``pdf`` (as ReportLab wrote it) as a PDF/A-3b Factur-X file carrying ``xml``."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        info = document.docinfo
        title, author, subject = (str(info.get(key, "")) for key in ("/Title", "/Author", "/Subject"))
        stamp = f"D:{created:%Y%m%d}000000+00'00'"
        for key in list(info.keys()):
            if key not in ("/Title", "/Author", "/Subject"):
                del info[key]
        info.Creator, info.Producer = CREATOR, PRODUCER
        info.CreationDate, info.ModDate = stamp, stamp
        for page in document.pages:
            # ReportLab writes an empty page transition: a presentation setting PDF/A has no use for.
            if pikepdf.Name.Trans in page.obj:
                del page.obj[pikepdf.Name.Trans]
        root = document.Root
        root.Metadata = document.make_stream(
            xmp_packet(title, author, subject, created), Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML
        )
        root.OutputIntents = pikepdf.Array([_output_intent(document)])
        attached = pikepdf.AttachedFileSpec(
            document, xml, description=XML_DESCRIPTION, filename=FACTURX_FILENAME, mime_type="text/xml",
            creation_date=stamp, mod_date=stamp, relationship=pikepdf.Name.Data,
        )  # fmt: skip
        document.attachments[FACTURX_FILENAME] = attached
        root.AF = pikepdf.Array([attached.obj])
        out = io.BytesIO()
        document.save(out, deterministic_id=True, min_version="1.7")
        return out.getvalue()


def _output_intent(document: pikepdf.Pdf) -> pikepdf.Dictionary:
    profile = document.make_stream(srgb_profile(), N=3)
    return document.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String("sRGB"), Info=pikepdf.String("sRGB IEC61966-2.1"),
            RegistryName=pikepdf.String("http://www.color.org"), DestOutputProfile=profile,
        )  # fmt: skip
    )


def embedded_xml(pdf: bytes) -> bytes | None:
    """The ``factur-x.xml`` a PDF carries, None for a plain PDF (documents issued before)."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        attached = document.attachments.get(FACTURX_FILENAME)
        return None if attached is None else attached.get_file().read_bytes()
