"""Issuing: gapless numbers, frozen content, PDF and a hash chained to the previous document.

Everything happens in one transaction whose first statement takes the issuer's number
(``UPDATE statement_sequence … RETURNING``): on SQLite that write takes the database's
write lock, on PostgreSQL the sequence row's lock, so two issuers at the same moment
queue up; a refusal or a crash rolls the number back with the rest, leaving no gap.

The document is sealed (``storage/ledger.py``: every column of its row and lines), the seal
printed on the PDF's last page, and the issue written to the record of chain heads outside
the database (``storage/chain_record.py``) before the commit, then confirmed after it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain.documents import StatementDocument, annex_bills, document_to_dict
from ..domain.i18n import french, tr
from ..domain.lines import Preview
from ..domain.periods import Period
from ..domain.problems import Problem
from ..domain.wording import Wording
from ..storage import chain_record, ledger
from ..storage import models as m
from .backup import backup_before
from . import collector
from .already_issued import already_issued
from .costs import preview
from .dates import check_issue_date, check_period_ended
from .documents import build_document, convention_statement
from .errors import ServiceError
from .reconciliation import require_period_billing


class IssueRefused(ServiceError):
    """Issuing is refused while the preview has problems; ``problems`` lists them."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        reasons = "\n".join(f"  • {p.message}" for p in problems)
        super().__init__(f"L'état ne peut pas être émis tant que ces points ne sont pas réglés :\n{reasons}")


def format_number(year: int, sequence: int) -> str:
    return f"{year}-{sequence:04d}"


def take_number(session: Session, issuer_id: int, year: int) -> int:
    """The next number of the issuer for the year; must be the transaction's first write."""
    # Only the dialect in use is loaded: PostgreSQL's (arrays, JSON, ranges) cost a command
    # working on a SQLite file 50 ms of start-up.
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(
        insert(m.StatementSequence)
        .values(issuer_id=issuer_id, year=year, last_number=0)
        .on_conflict_do_nothing()
    )
    return session.execute(
        update(m.StatementSequence)
        .where(m.StatementSequence.issuer_id == issuer_id, m.StatementSequence.year == year)
        .values(last_number=m.StatementSequence.last_number + 1)
        .returning(m.StatementSequence.last_number)
    ).scalar_one()


def content_hash(previous_hash: str, document_json: str, pdf: bytes) -> str:
    """The hash of the documents issued before the seal (kept to verify them)."""
    return ledger.legacy_content_hash(previous_hash, document_json, pdf)


def canonical_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def last_hash(session: Session, issuer_id: int) -> str:
    return session.scalar(
        select(m.Statement.content_hash)
        .where(m.Statement.issuer_id == issuer_id)
        .order_by(m.Statement.id.desc())
        .limit(1)
    ) or ""


@dataclass(frozen=True, slots=True)
class Draft:
    """What to issue once the number is known: the document maker and the frozen inputs."""

    make_document: Callable[[str, dt.date], StatementDocument]  # (number, issue date)
    inputs: dict
    convention: m.Convention
    recipient: m.Party
    period: Period
    kind: str
    corrects_id: int | None = None


def issue(session: Session, issuer_id: int, issue_date: dt.date, prepare: Callable[[], Draft]) -> m.Statement:
    """Number, prepare, render, hash and insert a document in one transaction.

    The number is taken first, so that the checks and the computation in ``prepare`` run
    under the issuer's lock; if ``prepare`` refuses, the number goes back with the rollback.
    The session must not be in a transaction. The PDF is a Factur-X file (PDF/A-3b carrying
    the document's CII XML), so the XML is sealed with the pages. (The PDF libraries are loaded
    here, at the first issue, rather than when the app starts.)
    """
    # An issue allocates tens of thousands of short-lived values (the preview, the document, the
    # PDF's flowables) and only about two thousand in reference cycles: the collector would walk
    # them and all that the session and the loaded libraries hold (young collections ≈ 5 ms per
    # issue, now and then a full one ≈ 50 ms). Its cycles are collected after it; the app's worker
    # threads, which issue there, already hold the collector off.
    with collector.paused():
        return _issue(session, issuer_id, issue_date, prepare)


def _issue(session: Session, issuer_id: int, issue_date: dt.date, prepare: Callable[[], Draft]) -> m.Statement:
    from ..reporting.pdfa import issued_pdf

    if session.new or session.dirty or session.deleted:
        raise RuntimeError("issuing needs a session without pending changes")
    if session.in_transaction():
        session.commit()  # only reads so far: end them, so the number is the first write
    backup_before("issue", session.get_bind())  # a SQLite file is copied first; a server is not
    record = chain_record.record_path(session.get_bind().engine.url)
    with session.begin():
        sequence = take_number(session, issuer_id, issue_date.year)
        check_issue_date(session, issuer_id, issue_date)
        draft = prepared_in_french(prepare)
        check_period_ended(draft.kind, draft.period, issue_date)
        number = format_number(issue_date.year, sequence)
        with french():
            document = draft.make_document(number, issue_date)
        document_json = canonical_json(document_to_dict(document))
        previous = last_hash(session, issuer_id)
        inputs = {**draft.inputs, "pieces_jointes": attachment_hashes(session, document)}
        statement = m.Statement(
            number=number, issuer_id=issuer_id, year=issue_date.year, sequence=sequence,
            kind=draft.kind, convention_id=draft.convention.id, beneficiary_id=draft.recipient.id,
            period_start=draft.period.start, period_end=draft.period.end, issue_date=issue_date,
            due_date=document.due_date, corrects_id=draft.corrects_id,
            total_excl_vat=document.total_excl_vat, vat_rate=document.vat_rate or 0,
            vat=document.vat, total=document.total, inputs_json=canonical_json(inputs),
            document_json=document_json, previous_hash=previous,
        )  # fmt: skip
        for position, line in enumerate(document.lines, 1):
            statement.lines.append(
                m.StatementLine(
                    position=position, section=line.section, label=line.label, basis=line.basis,
                    key_description=line.key_description, ratio=line.ratio, amount=line.amount,
                    explanation_json=canonical_json(list(line.explanation)),
                    source_kind=line.source_kind, source_id=line.source_id,
                )
            )  # fmt: skip
        for row in (statement, *statement.lines):
            ledger.apply_defaults(row)
        statement.seal = ledger.statement_seal(statement)
        with french():
            statement.pdf = issued_pdf(document, (ledger.short(statement.seal), ledger.short(previous)))
        statement.content_hash = ledger.sealed_hash(statement.seal, statement.pdf)
        session.add(statement)
        session.flush()
        entry = {
            "type": "emission", "emetteur": issuer_id, "annee": issue_date.year, "rang": sequence,
            "numero": number, "total": str(statement.total), "sceau": statement.seal,
            "empreinte": statement.content_hash, "precedente": previous,
        }  # fmt: skip
        chain_record.plan(record, entry)
    chain_record.confirm(record, entry)
    return statement


def attachment_hashes(session: Session, document: StatementDocument) -> dict[str, str]:
    """Bill id → fingerprint of its scanned piece, for the bills the document cites: the
    pieces a partner may ask for are frozen with the document (``verify`` compares them)."""
    bills = {line.source_id for line in document.lines if line.source_kind == "bill"}
    if not bills:
        return {}
    rows = session.scalars(select(m.BillAttachment).where(m.BillAttachment.bill_id.in_(bills)))
    return {str(row.bill_id): ledger.attachment_hash(row) for row in rows}


def draft_pdf(session: Session, issue_date: dt.date, prepare: Callable[[], Draft]) -> tuple[StatementDocument, bytes]:
    """The document ``prepare`` would issue, without a number, as a PDF marked « PROJET — non
    émis »: identical otherwise, so its layout is seen before the irreversible issue. Nothing is
    written: the session's reads are rolled back."""
    from ..reporting.statement_pdf import render_statement

    try:
        draft = prepared_in_french(prepare)
        with french():
            document = draft.make_document("", issue_date)
            return document, render_statement(document)
    finally:
        session.rollback()


def prepared_in_french(prepare: Callable[[], Draft]) -> Draft:
    """``prepare()`` with its texts in French, since what it computes is frozen and printed
    (explanations, inputs); a refusal is for the person at the screen, so it is computed again
    in the interface language (it only reads, and refusals are rare)."""
    try:
        with french():
            return prepare()
    except ServiceError as refusal:
        try:
            prepare()
        except ServiceError as told:
            raise told from None
        raise refusal from None


def issue_statement(
    session: Session,
    convention: m.Convention,
    recipient: m.Party,
    period: Period,
    issue_date: dt.date | None = None,
) -> m.Statement:
    """Freeze the preview of ``period`` for ``recipient`` as a numbered statement.

    Refused, with the reasons, while the preview has problems, when nothing is due, or
    when a statement already covers the period.
    """
    return issue(
        session, convention.provider_id, issue_date or dt.date.today(),
        lambda: statement_draft(session, convention, recipient, period),
    )  # fmt: skip


def statement_draft(
    session: Session, convention: m.Convention, recipient: m.Party, period: Period
) -> Draft:
    if recipient.id not in {b.party_id for b in convention.beneficiaries}:
        raise ServiceError(tr("Issue", "{name} n'est pas bénéficiaire de la convention {reference}.",
                              name=recipient.name, reference=convention.reference))
    already = already_issued(session, convention.id, recipient.id, period)
    require_period_billing(session, convention, recipient, period)
    if already:
        raise ServiceError(tr(
            "Issue", "L'état n° {number} couvre déjà tout ou partie de la période ({period}) : pour prendre en "
            "compte un changement, émettez un état rectificatif ou un avoir.", number=already, period=period.label,
        ))
    result: Preview = preview(session, convention, period)
    if result.problems:
        raise IssueRefused(result.problems)
    # The frozen inputs and the document word the same lines (all parties for the one, the
    # parties the recipient may see for the other): one wording serves both.
    words = Wording()
    figures = convention_statement(convention, result, recipient.id, words=words)
    annex = annex_bills(result, recipient.id)
    if not figures.lines:
        raise ServiceError(tr("Issue", "Rien n'est dû par {name} pour {period} : aucun état à émettre.",
                              name=recipient.name, period=period.label))
    return Draft(
        make_document=lambda number, day: build_document(
            convention, recipient, period, "statement", number, day, figures, annex=annex
        ),
        inputs=result.as_dict(recipient.id, words=words),
        convention=convention, recipient=recipient, period=period, kind="statement",
    )  # fmt: skip
