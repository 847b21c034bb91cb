"""What every sub-command shares: the one-line error, the beneficiary lookup, writing a PDF."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from ..paths import write_private
from ..domain import french
from ..domain.vocabulary import DocumentKind
from ..domain.parsing import ParseError
from ..domain.periods import PeriodError
from ..services.errors import ServiceError

# A request the data or the arguments cannot answer: the user reads one French line, exit code 2.
USER_ERRORS = (ServiceError, PeriodError, ParseError)


def year(text: str) -> int:
    """An ``--year`` value: four ASCII digits within the years the app computes (1900–2200)."""
    import argparse

    text = text.strip()
    if not (text.isascii() and text.isdigit() and 1900 <= int(text) <= 2200):
        raise argparse.ArgumentTypeError(f"année « {text} » refusée : écrivez une année entre 1900 et 2200, ex. 2025")
    return int(text)


def fail(exc: Exception | str) -> int:
    print(f"Erreur : {exc}", file=sys.stderr)
    return 2


def add_beneficiary_arguments(parser) -> None:
    """``--beneficiary CODE`` (required) and ``--convention RÉFÉRENCE``, read by :func:`on_beneficiary`."""
    parser.add_argument("--beneficiary", required=True, metavar="CODE", help="code du bénéficiaire (ex. ST2B)")
    parser.add_argument("--convention", metavar="RÉFÉRENCE", help="référence de la convention, s'il y en a plusieurs")


def on_beneficiary(database, args, work: Callable[..., int]) -> int:
    """Run ``work(session, party, convention)`` on the beneficiary named by ``--beneficiary``
    and its convention (``--convention`` when it has several) and return its exit code; an
    unknown code, a period or an amount that cannot be read is reported, exit code 2."""
    from ..services.costs import find_convention, find_party

    try:
        with database.session() as session:
            party = find_party(session, args.beneficiary)
            convention = find_convention(session, party.code, args.convention)
            return work(session, party, convention)
    except USER_ERRORS as exc:
        return fail(exc)


def write_pdf(content: bytes, output: str) -> None:
    path = Path(output).expanduser()
    try:
        write_private(path, content)
    except OSError as exc:
        raise ServiceError(f"Impossible d'écrire {path} : {exc.strerror}.") from exc


def report_issued(statement, pdf: str | None) -> int:
    try:
        if pdf:
            write_pdf(statement.pdf, pdf)
    except ServiceError as exc:
        return fail(exc)
    kind = DocumentKind(statement.kind)
    print(f"{kind.heading} n° {statement.number} {kind.issued} le {french.date(statement.issue_date)} : "
          f"{what_is_due(statement.kind, statement.total, statement.due_date)}."
          + (f" PDF : {pdf}" if pdf else ""))  # fmt: skip
    return 0


def what_is_due(kind: str, total, due_date) -> str:
    """« 1 234,56 €, à régler au plus tard le … », or for a credit note what it is: never « à régler »."""
    if kind == "credit_note" or total < 0:
        return (f"{french.money(abs(total))} à déduire des sommes dues, ou à rembourser si elles sont "
                "déjà réglées")
    if total == 0:
        return f"{french.money(total)}, aucun paiement dû"
    return f"{french.money(total)}, à régler au plus tard le {french.date(due_date)}"


def report_draft(document, pdf_bytes: bytes, pdf: str | None) -> int:
    """A draft: what the document would say, and its PDF marked « PROJET — non émis » if asked."""
    try:
        if pdf:
            write_pdf(pdf_bytes, pdf)
    except ServiceError as exc:
        return fail(exc)
    print(f"PROJET — non {DocumentKind(document.kind).issued} : {document.title} — {document.recipient.code} — {document.period.label} : "
          f"{what_is_due(document.kind, document.total, document.due_date)}."
          + (f" PDF (projet) : {pdf}" if pdf else " Ajoutez --issue pour l'émettre."))  # fmt: skip
    return 0
