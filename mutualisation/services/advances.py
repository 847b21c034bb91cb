"""Advance mode: advance calls from the forecast, and the year-end settlement.

Each billing period the beneficiary is called for its forecast annual part divided by
the number of periods, section by section, the last period absorbing the rounding so
that the calls of a year add up exactly to the forecast. At year end the settlement is
the actual annual part minus the calls: a settlement to pay, or a credit note.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.documents import advance_call_lines, settlement_lines
from ..domain.money import ZERO
from ..domain.periods import Period, billing_periods
from ..storage import models as m
from .already_issued import already_issued
from .costs import forecast_preview, preview
from .documents import build_document, convention_statement, figures_of
from .errors import ServiceError
from .issuing import Draft, IssueRefused, issue


def _require_advance_mode(convention: m.Convention) -> None:
    if not convention.advance_mode:
        raise ServiceError(
            f"La convention {convention.reference} n'est pas en mode appels de fonds : "
            "ses états se calculent sur les dépenses réelles de chaque période."
        )


def issue_advance(
    session: Session, convention: m.Convention, recipient: m.Party, period: Period,
    issue_date: dt.date | None = None,
) -> m.Statement:  # fmt: skip
    """The advance call of one billing period, from the forecast of its year."""
    _require_advance_mode(convention)
    periods = billing_periods(period.start.year, convention.billing_frequency)
    if period not in periods:
        raise ServiceError(
            f"{period.label} n'est pas une période de facturation de la convention "
            f"({', '.join(p.code for p in periods)})."
        )
    index, count, year = periods.index(period), len(periods), period.start.year

    def prepare() -> Draft:
        if number := already_issued(session, convention.id, recipient.id, period, ("advance",), exact=True):
            raise ServiceError(f"L'appel de fonds de {period.label} a déjà été émis (n° {number}).")
        forecast = forecast_preview(session, convention, year)
        if forecast.problems:
            raise IssueRefused(forecast.problems)
        lines = advance_call_lines(convention_statement(convention, forecast, recipient.id), year, index, count)
        if not lines:
            raise ServiceError(f"Le prévisionnel {year} de {recipient.name} est nul : aucun appel de fonds.")
        return Draft(
            make_document=lambda number, day: build_document(
                convention, recipient, period, "advance", number, day, figures_of(convention, lines),
                note=f"Appel de fonds calculé sur le prévisionnel {year} ; une régularisation "
                "sur les dépenses réelles suivra en fin d'année.",
            ),
            inputs={"forecast": forecast.as_dict(recipient.id), "index": index + 1, "count": count},
            convention=convention, recipient=recipient, period=period, kind="advance",
        )  # fmt: skip

    return issue(session, convention.provider_id, issue_date or dt.date.today(), prepare)


def issue_settlement(
    session: Session, convention: m.Convention, recipient: m.Party, year: int,
    issue_date: dt.date | None = None,
) -> m.Statement:  # fmt: skip
    """Actual annual part minus the advance calls of the year, section by section."""
    _require_advance_mode(convention)
    period = Period.year(year)

    def prepare() -> Draft:
        for kind in ("settlement", "credit_note"):
            if number := already_issued(session, convention.id, recipient.id, period, (kind,), exact=True):
                raise ServiceError(f"La régularisation {year} a déjà été émise (n° {number}).")
        actual = preview(session, convention, period)
        if actual.problems:
            raise IssueRefused(actual.problems)
        called: dict[str, Decimal] = {}
        advances = session.scalars(
            select(m.Statement).where(
                m.Statement.convention_id == convention.id, m.Statement.beneficiary_id == recipient.id,
                m.Statement.kind == "advance", m.Statement.period_start >= period.start,
                m.Statement.period_end <= period.end,
            )
        ).all()  # fmt: skip
        for advance in advances:
            for line in advance.lines:
                called[line.section] = called.get(line.section, ZERO) + line.amount
        figures = figures_of(convention, settlement_lines(
            convention_statement(convention, actual, recipient.id), called, year
        ))  # fmt: skip
        kind = "settlement" if figures.totals.excl_vat >= 0 else "credit_note"
        numbers = ", ".join(a.number for a in advances) or "aucun"
        return Draft(
            make_document=lambda number, day: build_document(
                convention, recipient, period, kind, number, day, figures,
                note=f"Appels de fonds déduits : {numbers}.",
            ),
            inputs={"actual": actual.as_dict(recipient.id), "advances": [a.number for a in advances]},
            convention=convention, recipient=recipient, period=period, kind=kind,
        )  # fmt: skip

    return issue(session, convention.provider_id, issue_date or dt.date.today(), prepare)
