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
from lxml import etree

from ..domain.documents import StatementDocument
from .facturx import invoice_xml
from .statement_pdf import render_statement

PRODUCER = "Mutualisation (ReportLab)"  # as pages.build_pdf writes it in the information dictionary
CREATOR = "Mutualisation"
XML_DESCRIPTION = "Factur-X XML file"  # the wording readers (and the factur-x library) look for
FACTURX_FILENAME = "factur-x.xml"  # the name Factur-X readers look for
FACTURX_URN = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"

# The XMP packet is the one the ``factur-x`` library writes (``generate_xmp_object``, same
# elements, order and namespace declarations: ``tests/reporting/test_facturx.py`` compares the
# bytes), written here with lxml alone: importing that library (pypdf, requests, iso4217) took
# a quarter of a second of every command that issues, for one small XML tree.
_XMP_NAMESPACES = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdfaExtension": "http://www.aiim.org/pdfa/ns/extension/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
    "pdfaProperty": "http://www.aiim.org/pdfa/ns/property#",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "fx": FACTURX_URN,
}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The Factur-X extension schema's properties, as the standard describes them.
_FX_PROPERTIES = (
    ("DocumentFileName", "The name of the embedded XML document"),
    ("DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER"),
    ("Version", "The actual version of the standard applying to the embedded XML document"),
    ("ConformanceLevel", "The conformance level of the embedded XML document"),
)


def issued_pdf(doc: StatementDocument, chain: tuple[str, str]) -> bytes:
    """The issued document as stored and sent: its pages (``chain``: seal and previous hash,
    printed on the last page) as a PDF/A-3b carrying its Factur-X XML."""
    return facturx_pdf(render_statement(doc, chain), invoice_xml(doc), doc.issue_date)


@cache
def srgb_profile() -> bytes:
    """The sRGB ICC profile (version 2, valid for every PDF/A part), read once."""
    return (resources.files("pikepdf") / "pdfa" / "data" / "sRGB.icc").read_bytes()


def xmp_packet(title: str, author: str, subject: str, created: dt.date) -> bytes:
    """The XMP metadata of a Factur-X EN 16931 invoice, dated ``created``: PDF/A-3 part and
    conformance B, title, author and subject, producer and dates, the Factur-X extension schema
    and its ``fx:`` properties."""
    stamp = f"{created:%Y-%m-%d}T00:00:00+00:00"
    root = etree.Element(_xmp("x", "xmpmeta"), nsmap=_XMP_NAMESPACES)
    rdf = _child(root, "rdf", "RDF")
    _leaves(_child(rdf, "rdf", "Description"), "pdfaid", (("part", "3"), ("conformance", "B")))
    described = _child(rdf, "rdf", "Description")
    for name, value, container in (("title", title, "Alt"), ("creator", author, "Seq"),
                                   ("description", subject, "Alt")):  # fmt: skip
        item = _child(_child(_child(described, "dc", name), "rdf", container), "rdf", "li", value)
        if container == "Alt":
            item.set(_XML_LANG, "x-default")
    _leaves(_child(rdf, "rdf", "Description"), "pdf", (("Producer", PRODUCER),))
    _leaves(_child(rdf, "rdf", "Description"), "xmp",
            (("CreatorTool", CREATOR), ("CreateDate", stamp), ("ModifyDate", stamp)))  # fmt: skip
    schemas = _child(_child(_child(rdf, "rdf", "Description"), "pdfaExtension", "schemas"), "rdf", "Bag")
    schema = _resource(schemas)
    _leaves(schema, "pdfaSchema", (("schema", "Factur-X PDFA Extension Schema"), ("namespaceURI", FACTURX_URN),
                                   ("prefix", "fx")))  # fmt: skip
    properties = _child(_child(schema, "pdfaSchema", "property"), "rdf", "Seq")
    for name, description in _FX_PROPERTIES:
        _leaves(_resource(properties), "pdfaProperty",
                (("name", name), ("valueType", "Text"), ("category", "external"), ("description", description)))  # fmt: skip
    _leaves(_child(rdf, "rdf", "Description"), "fx",
            (("DocumentType", "INVOICE"), ("DocumentFileName", FACTURX_FILENAME), ("Version", "1.0"),
             ("ConformanceLevel", "EN 16931")))  # fmt: skip
    body = etree.tostring(root, encoding="unicode")
    return f'<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n{body}\n<?xpacket end="w"?>'.encode()


def _xmp(prefix: str, name: str) -> str:
    return f"{{{_XMP_NAMESPACES[prefix]}}}{name}"


def _child(parent, prefix: str, name: str, text: str | None = None):
    element = etree.SubElement(parent, _xmp(prefix, name))
    element.text = text
    return element


def _leaves(parent, prefix: str, pairs) -> None:
    for name, text in pairs:
        _child(parent, prefix, name, text)


def _resource(parent):
    """An ``rdf:li`` whose children are the properties of one resource."""
    item = _child(parent, "rdf", "li")
    item.set(_xmp("rdf", "parseType"), "Resource")
    return item


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
