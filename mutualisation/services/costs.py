"""Feeding the engine from the database: a convention's data over a period, then compute.

Only what the period can use is loaded (bills, charges, payroll and readings overlapping
it), with column queries rather than ORM objects (one loader per input, in
:mod:`.cost_inputs`), so a quarter of a large database stays fast to preview.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.engine import compute
from ..domain.forecast import forecast
from ..domain.inputs import CostData
from ..domain.lines import Preview
from ..domain.periods import Period
from ..storage import models as m
from . import collector
from .clause_loading import load_clauses
from .cost_inputs import (
    amendment_labels,
    load_bills,
    load_categories,
    load_charges,
    load_equipment,
    load_keys,
    load_meters,
    load_own_headcount,
    load_planned,
    load_sites,
    load_staff,
    party_info,
)
from .errors import ServiceError


def find_convention(session: Session, beneficiary_code: str | None = None,
                    reference: str | None = None) -> m.Convention:  # fmt: skip
    """The convention named by ``reference``, else the only one serving the beneficiary."""
    query = select(m.Convention).order_by(m.Convention.start_date)
    if reference:
        convention = session.scalar(query.where(m.Convention.reference == reference))
        if convention is None:
            raise ServiceError(f"Aucune convention de référence « {reference} ».")
        return convention
    conventions = list(session.scalars(query))
    if beneficiary_code:
        party = find_party(session, beneficiary_code)
        conventions = [c for c in conventions if any(b.party_id == party.id for b in c.beneficiaries)]
    if not conventions:
        raise ServiceError(
            "Aucune convention ne lie ce bénéficiaire : enregistrez d'abord la convention."
        )
    if len(conventions) > 1:
        refs = ", ".join(c.reference for c in conventions)
        raise ServiceError(f"Plusieurs conventions possibles ({refs}) : précisez --convention.")
    return conventions[0]


def find_party(session: Session, code: str) -> m.Party:
    party = session.scalar(select(m.Party).where(m.Party.code == code.strip().upper()))
    if party is None:
        party = next(
            (p for p in session.scalars(select(m.Party)) if p.code.casefold() == code.strip().casefold()),
            None,
        )
    if party is None:
        codes = ", ".join(session.scalars(select(m.Party.code).order_by(m.Party.code)))
        raise ServiceError(f"Aucune partie de code « {code} » (codes connus : {codes or 'aucun'}).")
    return party


#: Where :func:`previews_shared` keeps, in the session, the previews computed in its block.
_SHARED = "mutualisation.previews"


@contextmanager
def previews_shared(session: Session) -> Iterator[None]:
    """Within the block, a period asked again of the same convention is not computed again.

    For a reader that asks the same periods through several services in one read (the
    dashboard: its chart and its alerts both need the running and the last billing period);
    the block must not write, which would make a kept preview stale.
    """
    outer = _SHARED in session.info
    session.info.setdefault(_SHARED, {})
    try:
        yield
    finally:
        if not outer:
            session.info.pop(_SHARED, None)


def preview(session: Session, convention: m.Convention, period: Period) -> Preview:
    """The live computation of a period for every party of the convention."""
    shared = session.info.get(_SHARED)
    key = (convention.id, period)
    if shared is not None and key in shared:
        return shared[key]
    # The read and the engine allocate tens of thousands of values and no reference cycles:
    # the collector would only rescan them (a third of the engine's time, and the loading's
    # rows and inputs set off collections of everything the session holds).
    with collector.paused():
        data = load_cost_data(session, convention, period)
        result = compute(data, period)
    if shared is not None:
        shared[key] = result
    return result


def forecast_preview(session: Session, convention: m.Convention, year: int) -> Preview:
    """Next year's expected amounts from the planned inputs recorded for ``year``."""
    with collector.paused():  # as for preview(): the read and the engine make no reference cycles
        data = load_cost_data(session, convention, Period.year(year), actuals=False)
        planned = load_planned(session, year)
        return forecast(data, year, planned.staff_costs, planned.budgets, planned.meter_use)


def load_cost_data(
    session: Session, convention: m.Convention, period: Period, *, actuals: bool = True
) -> CostData:
    """Everything the engine needs for ``period``, clauses included (:mod:`.clause_loading`);
    without ``actuals``, no payroll, bills, readings, absences nor reimbursements."""
    labels = amendment_labels(session)
    data = CostData(
        provider=party_info(convention.provider),
        beneficiaries=tuple(party_info(b.party) for b in convention.beneficiaries),
        staff=load_staff(session, period, labels, actuals),
        equipment=load_equipment(session, labels),
        sites=load_sites(session, labels),
        keys=load_keys(session, labels),
        categories=load_categories(session, labels),
        meters=load_meters(session, period, actuals),
        charges=load_charges(session, period),
        bills=load_bills(session, period) if actuals else (),
        own_headcount=load_own_headcount(session, labels),
    )
    return load_clauses(session, convention, period, data, labels, actuals=actuals)
