"""Conventions, their key dates, articles and amendments."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.periods import add_months
from ...storage.models import Amendment, Article, Convention, ConventionBeneficiary, Party
from .common import on_or_today


@dataclass(frozen=True, slots=True)
class ConventionRow:
    id: int
    reference: str
    title: str
    provider_code: str
    provider_name: str
    #: Beneficiary names in convention order (rounding tie-breaks follow it).
    beneficiaries: tuple[str, ...]
    signature_date: dt.date | None
    start_date: dt.date
    end_date: dt.date | None
    duration_months: int | None
    tacit_renewal: bool
    renewal_months: int | None
    notice_months: int
    billing_frequency: str
    payment_term_days: int
    vat_regime: str
    vat_mention: str
    vat_rate: Decimal
    advance_mode: bool
    transparency: bool = False  # each beneficiary sees the others' parts

    @property
    def term_end(self) -> dt.date | None:
        """The last day of the initial term: the end date, or the day before start + duration."""
        if self.end_date is not None:
            return self.end_date
        if self.duration_months:
            return add_months(self.start_date, self.duration_months) - dt.timedelta(days=1)
        return None


@dataclass(frozen=True, slots=True)
class ConventionKeyDates:
    """The dates to watch on a convention, as of a given day."""

    #: Last day of the term running on that day (after tacit renewals), None if open-ended.
    current_term_end: dt.date | None
    #: Last day to give notice so that the convention ends at ``current_term_end``.
    notice_deadline: dt.date | None
    #: How many tacit renewals have already taken place.
    renewals: int


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    convention_id: int
    position: int
    number: str
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class AmendmentRow:
    id: int
    convention_id: int
    number: int
    signature_date: dt.date | None
    effective_date: dt.date
    summary: str


def conventions(session: Session) -> list[ConventionRow]:
    """Every convention with its provider and beneficiaries, by start date."""
    beneficiaries: dict[int, list[str]] = defaultdict(list)
    for convention_id, name in session.execute(
        select(ConventionBeneficiary.convention_id, Party.name)
        .join(Party, Party.id == ConventionBeneficiary.party_id)
        .order_by(ConventionBeneficiary.convention_id, ConventionBeneficiary.position)
    ):
        beneficiaries[convention_id].append(name)
    rows = session.execute(
        select(
            Convention.id,
            Convention.reference,
            Convention.title,
            Party.code,
            Party.name,
            Convention.signature_date,
            Convention.start_date,
            Convention.end_date,
            Convention.duration_months,
            Convention.tacit_renewal,
            Convention.renewal_months,
            Convention.notice_months,
            Convention.billing_frequency,
            Convention.payment_term_days,
            Convention.vat_regime,
            Convention.vat_mention,
            Convention.vat_rate,
            Convention.advance_mode,
            Convention.transparency,
        )
        .join(Party, Party.id == Convention.provider_id)
        .order_by(Convention.start_date, Convention.reference)
    ).all()
    return [
        ConventionRow(
            id=row[0],
            reference=row[1],
            title=row[2],
            provider_code=row[3],
            provider_name=row[4],
            beneficiaries=tuple(beneficiaries[row[0]]),
            signature_date=row[5],
            start_date=row[6],
            end_date=row[7],
            duration_months=row[8],
            tacit_renewal=bool(row[9]),
            renewal_months=row[10],
            notice_months=row[11],
            billing_frequency=row[12],
            payment_term_days=row[13],
            vat_regime=row[14],
            vat_mention=row[15],
            vat_rate=row[16],
            advance_mode=bool(row[17]),
            transparency=bool(row[18]),
        )
        for row in rows
    ]


def convention_key_dates(convention: ConventionRow, on: dt.date | None = None) -> ConventionKeyDates:
    """The end of the term running on ``on`` and the last day to give notice for it.

    With tacit renewal, a term that ended before ``on`` is renewed by ``renewal_months``
    (or by the initial duration when no renewal period is set) until it covers ``on``.
    The notice deadline is the term end minus ``notice_months``.
    """
    on = on_or_today(on)
    end = convention.term_end
    if end is None:
        return ConventionKeyDates(None, None, 0)
    renewals = 0
    period = convention.renewal_months or convention.duration_months
    if convention.tacit_renewal and period:
        term_start = end + dt.timedelta(days=1)
        while end < on:
            renewals += 1
            end = add_months(term_start, period * renewals) - dt.timedelta(days=1)
    # Notice reaching the other party by this day leaves the full notice period before the end.
    deadline = add_months(end + dt.timedelta(days=1), -convention.notice_months) - dt.timedelta(
        days=1
    )
    return ConventionKeyDates(end, deadline, renewals)


def articles(session: Session, convention_id: int | None = None) -> list[ArticleRow]:
    """The articles of one convention (or of all), in their order."""
    query = select(
        Article.id, Article.convention_id, Article.position, Article.number, Article.title,
        Article.body,
    ).order_by(Article.convention_id, Article.position)
    if convention_id is not None:
        query = query.where(Article.convention_id == convention_id)
    return [ArticleRow(*row) for row in session.execute(query)]


def amendments(session: Session, convention_id: int | None = None) -> list[AmendmentRow]:
    """The amendments of one convention (or of all), by number."""
    query = select(
        Amendment.id, Amendment.convention_id, Amendment.number, Amendment.signature_date,
        Amendment.effective_date, Amendment.summary,
    ).order_by(Amendment.convention_id, Amendment.number)
    if convention_id is not None:
        query = query.where(Amendment.convention_id == convention_id)
    return [AmendmentRow(*row) for row in session.execute(query)]
