"""Helpers for the forecast, annual summary and convention summary tests.

:func:`documents_database` builds the demonstration database with a year of documents on
it: three statements for ST2b in 2025, payments (one full, one partial), then a refund bill
recorded after the first quarter was issued and the credit note that corrects it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from mutualisation.domain.periods import Period
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.corrections import issue_correction
from mutualisation.services.demo import load_demo
from mutualisation.services.issuing import issue_statement
from mutualisation.services.payments import record_payment
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

REFUND = Decimal("-120.00")  # telephone refund recorded after T1 2025 was issued
REFUND_SUPPLIER = "<b>Orange & Cie"  # prints literally, never as markup


def normalise(text: str) -> str:
    """pypdf's spacing is not the PDF's: compare with single ASCII spaces."""
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " ")).strip()


def pages_text(pdf: bytes) -> list[str]:
    return [normalise(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def font_names(pdf: bytes) -> set[str]:
    """Every /BaseFont the pages use."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def demo_database(path: Path) -> Path:
    database = open_database(path)
    with database.session() as session, session.begin():
        load_demo(session)
    database.dispose()
    return path


def documents_database(path: Path) -> Path:
    """The demonstration data plus 2025 documents for ST2b (see the module docstring)."""
    demo_database(path)
    database = open_database(path)
    try:
        with database.session() as session:
            st2b = find_party(session, "ST2B")
            convention = find_convention(session, "ST2B")
            issue_statement(session, convention, st2b, Period.quarter(2025, 1), dt.date(2025, 4, 10))
            issue_statement(session, convention, st2b, Period.quarter(2025, 2), dt.date(2025, 7, 10))
            issue_statement(session, convention, st2b, Period.quarter(2025, 3), dt.date(2025, 10, 10))
        with database.session() as session, session.begin():
            record_payment(session, "2025-0001", dt.date(2025, 5, 2), Decimal("15845.42"), "VIR 2025-118")
            record_payment(session, "2025-0002", dt.date(2025, 8, 5), Decimal("10000.00"), "Mandat 2025-0456")
            category = session.query(m.ExpenseCategory).filter_by(code="TELECOM").one()
            session.add(m.Bill(date=dt.date(2025, 2, 10), supplier=REFUND_SUPPLIER, reference="AV-1",
                               label="Remboursement téléphonie", amount=REFUND, category_id=category.id))  # fmt: skip
        with database.session() as session:
            issue_correction(session, "2025-0001", dt.date(2025, 11, 5))
    finally:
        database.dispose()
    return path
