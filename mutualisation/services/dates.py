"""The dates of the ledger: when a document may be issued and a payment recorded (DESIGN §5).

One place for these rules, whatever the kind of document: issue dates follow the numbers
(never before the issuer's last issued document), nothing is dated in the future, a document
billing a period's recorded costs is not issued before that period's last day (an advance
call, computed from the forecast, is issued ahead), and a payment falls between its
document's issue date and today.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.i18n import tr, tr_noop, translate_marked
from ..domain.periods import Period
from ..domain.vocabulary import DocumentKind
from ..storage import models as m
from .errors import ServiceError


def check_issue_date(session: Session, issuer_id: int, day: dt.date, today: dt.date | None = None) -> None:
    """Refuse an issue date in the future or before the issuer's last issued document.

    Called under the issuer's numbering lock, so that the last date read is still the last.
    """
    today = today or dt.date.today()
    if day > today:
        raise ServiceError(tr(
            "Dates", "La date d'émission {day} est dans le futur : un document est daté du jour où il est émis "
            "(au plus tard aujourd'hui, {today}).", day=f"{day:%d/%m/%Y}", today=f"{today:%d/%m/%Y}",
        ))
    last = session.execute(
        select(m.Statement.number, m.Statement.issue_date)
        .where(m.Statement.issuer_id == issuer_id)
        .order_by(m.Statement.issue_date.desc(), m.Statement.id.desc())
        .limit(1)
    ).first()
    if last is not None and day < last.issue_date:
        raise ServiceError(tr(
            "Dates", "La date d'émission {day} précède celle du dernier document émis (n° {number}, le {last}) : "
            "les dates d'émission suivent l'ordre des numéros. Choisissez une date entre le {last} et aujourd'hui.",
            day=f"{day:%d/%m/%Y}", number=last.number, last=f"{last.issue_date:%d/%m/%Y}",
        ))


def earliest_issue_date(kind: str, period: Period) -> dt.date | None:
    """The first day a document of ``kind`` for ``period`` may be dated: the period's last day for
    what bills recorded costs (its costs are all known then), None for an advance call."""
    return period.end if DocumentKind(kind).actual else None


def period_issue_problem(kind: str, period: Period, day: dt.date) -> str:
    """Why a document of ``kind`` for ``period`` cannot be dated ``day`` because the period is
    still running, or "" when it can."""
    earliest = earliest_issue_date(kind, period)
    if earliest is None or day >= earliest:
        return ""
    document = DocumentKind(kind)
    return tr(
        "Dates", "{document} pour {period} ne peut être {issued} qu'à partir du {earliest}, dernier jour de la "
        "période, quand toutes ses dépenses sont connues (date d'émission demandée : {day}). D'ici là, seul un "
        "projet non émis est possible ; seuls les appels de fonds s'émettent d'avance.",
        document=translate_marked("Dates", _A_DOCUMENT[document]), period=period_words(period),
        issued=translate_marked("Dates", document.issued), earliest=f"{earliest:%d/%m/%Y}", day=f"{day:%d/%m/%Y}",
    )


#: « Un état de refacturation »…: each kind with its article (a régularisation is feminine).
_A_DOCUMENT = {
    DocumentKind.STATEMENT: tr_noop("Dates", "Un état de refacturation"),
    DocumentKind.CORRECTIVE: tr_noop("Dates", "Un état rectificatif"),
    DocumentKind.CREDIT_NOTE: tr_noop("Dates", "Un avoir"),
    DocumentKind.ADVANCE: tr_noop("Dates", "Un appel de fonds"),
    DocumentKind.SETTLEMENT: tr_noop("Dates", "Une régularisation annuelle"),
}
# The agreement DocumentKind.issued writes, marked for the screen's language.
_ISSUED = (tr_noop("Dates", "émis"), tr_noop("Dates", "émise"))


def check_period_ended(kind: str, period: Period, day: dt.date) -> None:
    """Refuse to issue a document billing ``period``'s recorded costs before its last day."""
    if problem := period_issue_problem(kind, period, day):
        raise ServiceError(problem)


def period_words(period: Period) -> str:
    """« le 1er trimestre 2025 », « mars 2025 », « l'année 2025 », « la période du … au … » (in the
    interface language: « Q1 2025 », « the period from … to … »)."""
    label, code = period.label, period.code
    if "/" in code:
        return tr("Dates", "la période {label}", label=label)
    if "-T" in code or "-S" in code:
        return tr("Dates", "le {label}", label=label)
    if "-" not in code:
        return tr("Dates", "l'{label}", label=label)
    return label


def check_payment_date(statement: m.Statement, day: dt.date, today: dt.date | None = None) -> None:
    """Refuse a payment dated before its document's issue or after today."""
    today = today or dt.date.today()
    if day < statement.issue_date:
        raise ServiceError(tr(
            "Dates", "Le paiement ne peut pas précéder l'émission de l'état ({day}).",
            day=f"{statement.issue_date:%d/%m/%Y}",
        ))
    if day > today:
        raise ServiceError(tr(
            "Dates", "Le paiement est daté du {day}, dans le futur : enregistrez-le une fois reçu (date au plus "
            "tard aujourd'hui, {today}).", day=f"{day:%d/%m/%Y}", today=f"{today:%d/%m/%Y}",
        ))


def latest_issue_date(session: Session, issuer_id: int) -> dt.date | None:
    """The issue date of the issuer's last document (the earliest date a new one may take)."""
    return session.scalar(select(func.max(m.Statement.issue_date)).where(m.Statement.issuer_id == issuer_id))
