"""Advance mode: advance calls from the forecast, and the year-end settlement.

Each billing period the beneficiary is called for its forecast annual part divided by
the number of periods, section by section, the last period absorbing the rounding so
that the calls of a year add up exactly to the forecast. At year end the settlement is
the actual annual part (R13: the sum of the billing periods) minus everything already billed
for the year, whatever its kind: a settlement to pay, or a credit note.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import french
from ..domain.i18n import tr
from ..domain.documents import (
    KIND_TITLES,
    AdvanceBasis,
    DeductedDocument,
    SettlementBasis,
    advance_call_lines,
    annex_bills,
    settlement_lines,
)
from ..domain.money import ZERO
from ..domain.periods import Period, billing_periods
from ..storage import models as m
from .already_issued import already_issued
from .costs import forecast_preview
from .documents import build_document, convention_statement, figures_of
from .errors import ServiceError
from .issuing import Draft, IssueRefused, issue
from .reconciliation import billed_by_section, billed_total, require_advance_billing, year_documents, year_figures


def _require_advance_mode(convention: m.Convention) -> None:
    if not convention.advance_mode:
        raise ServiceError(tr(
            "Issue", "La convention {reference} n'est pas en mode appels de fonds : ses états se calculent sur "
            "les dépenses réelles de chaque période.", reference=convention.reference,
        ))


def issue_advance(
    session: Session, convention: m.Convention, recipient: m.Party, period: Period,
    issue_date: dt.date | None = None,
) -> m.Statement:  # fmt: skip
    """The advance call of one billing period, from the forecast of its year."""
    _require_advance_mode(convention)
    return issue(session, convention.provider_id, issue_date or dt.date.today(),
                 lambda: advance_draft(session, convention, recipient, period))  # fmt: skip


def advance_draft(session: Session, convention: m.Convention, recipient: m.Party, period: Period) -> Draft:
    """What the advance call of ``period`` would say: its share of the year's forecast, per section."""
    _require_advance_mode(convention)
    periods = billing_periods(period.start.year, convention.billing_frequency)
    if period not in periods:
        raise ServiceError(tr(
            "Issue", "{period} n'est pas une période de facturation de la convention ({periods}).",
            period=period.label, periods=", ".join(p.code for p in periods),
        ))
    index, count, year = periods.index(period), len(periods), period.start.year

    def prepare() -> Draft:
        require_advance_billing(session, convention, recipient, year)
        if number := already_issued(session, convention.id, recipient.id, period, ("advance",), exact=True):
            raise ServiceError(tr("Issue", "L'appel de fonds de {period} a déjà été émis (n° {number}).",
                                  period=period.label, number=number))
        for kind in ("settlement", "credit_note"):
            if number := already_issued(session, convention.id, recipient.id, Period.year(year), (kind,), exact=True):
                raise ServiceError(tr(
                    "Issue", "La régularisation {year} est déjà émise (n° {number}) : plus d'appel de fonds pour "
                    "cette année ; un changement se rectifie sur la régularisation.", year=year, number=number,
                ))
        forecast = forecast_preview(session, convention, year)
        if forecast.problems:
            raise IssueRefused(forecast.problems)
        planned = convention_statement(convention, forecast, recipient.id, explain=False)
        lines = advance_call_lines(planned, year, index, count)
        # The forecast behind the call, line by line, printed in its annex so the call can be checked.
        basis = AdvanceBasis(year, index + 1, count, planned.lines)
        if not lines:
            raise ServiceError(tr("Issue", "Le prévisionnel {year} de {name} est nul : aucun appel de fonds.",
                                  year=year, name=recipient.name))
        return Draft(
            make_document=lambda number, day: build_document(
                convention, recipient, period, "advance", number, day,
                figures_of(convention, lines, period.start),
                note=f"Appel de fonds {index + 1}/{count} calculé sur le prévisionnel {year}, section par "
                f"section : prévisionnel annuel ÷ {count}, arrondi au centime, le dernier appel de l'année "
                "absorbant les arrondis (annexe 1). Une régularisation sur les dépenses réelles suivra en fin "
                "d'année.",
                advance=basis,
            ),
            inputs={"forecast": forecast.as_dict(recipient.id), "index": index + 1, "count": count},
            convention=convention, recipient=recipient, period=period, kind="advance",
        )  # fmt: skip

    return prepare()


def issue_settlement(
    session: Session, convention: m.Convention, recipient: m.Party, year: int,
    issue_date: dt.date | None = None,
) -> m.Statement:  # fmt: skip
    """The year's amount by R13 minus *everything* already billed for the year, section by section."""
    _require_advance_mode(convention)
    return issue(
        session, convention.provider_id, issue_date or dt.date.today(),
        lambda: settlement_draft(session, convention, recipient, year),
    )  # fmt: skip


def settlement_draft(session: Session, convention: m.Convention, recipient: m.Party, year: int) -> Draft:
    """What the settlement of ``year`` would say: each period's actual figure, each document
    deducted (advance calls and whatever else was issued for the year), and the balance."""
    _require_advance_mode(convention)
    period = Period.year(year)
    for kind in ("settlement", "credit_note"):
        if number := already_issued(session, convention.id, recipient.id, period, (kind,), exact=True):
            raise ServiceError(tr("Issue", "La régularisation {year} a déjà été émise (n° {number}).", year=year,
                                  number=number))
    require_advance_billing(session, convention, recipient, year)
    actual = year_figures(session, convention, year)
    if actual.problems:
        raise IssueRefused(actual.problems)
    deducted = year_documents(session, convention.id, recipient.id, year)
    combined = actual.combined()
    statement = convention_statement(convention, combined, recipient.id, explain=False)
    figures = figures_of(
        convention, settlement_lines(statement, billed_by_section(deducted), year), period.start
    )
    kind = "settlement" if figures.totals.excl_vat >= 0 else "credit_note"
    periods = " ; ".join(
        f"{p.period.label} {french.money(p.total(recipient.id))}" for p in actual.previews
    )
    documents = " ; ".join(
        f"{KIND_TITLES[d.kind]} n° {d.number} ({french.money(billed_total([d]))})" for d in deducted
    ) or "aucun"
    note = (
        f"Réel {year} par période : {periods} ; total {french.money(actual.total(recipient.id))}. "
        f"Documents déduits : {documents}."
    )
    # What the balance rests on, printed in its annex: the actual figure of each period, every
    # document deducted, and the year's bills behind the actual figures.
    basis = SettlementBasis(
        year,
        tuple((p.period.label, p.total(recipient.id)) for p in actual.previews),
        tuple(
            DeductedDocument(KIND_TITLES[d.kind], d.number, d.issue_date,
                             Period(d.period_start, d.period_end).label, billed_total([d]))
            for d in deducted
        ),
    )  # fmt: skip
    annex = annex_bills(combined, recipient.id)
    return Draft(
        make_document=lambda number, day: build_document(
            convention, recipient, period, kind, number, day, figures, note=note, annex=annex,
            settlement=basis,
        ),
        inputs={
            "actual": {p.period.code: p.as_dict(recipient.id) for p in actual.previews},
            "deducted": [d.number for d in deducted],
            "advances": [d.number for d in deducted if d.kind == "advance"],
        },
        convention=convention, recipient=recipient, period=period, kind=kind,
    )  # fmt: skip
