"""The reconciliation invariant as a property (DESIGN §5 « A year's documents reconcile »).

Random sequences of issue, data change, correction, advance call, mode change and settlement
run against one database per backend; after every step, each period or year that is billed
and corrected since its last data change bills exactly its amount by R13. Each example gets
a convention and a year of its own, so that the examples share the database but not their
documents, and issue dates only move forward (issue dates are chronological per issuer).
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import fields, replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from mutualisation.domain.periods import Period
from mutualisation.services.advances import issue_advance, issue_settlement
from mutualisation.services.conventions import load_convention, update_convention
from mutualisation.services.corrections import drift, issue_correction
from mutualisation.services.costs import preview
from mutualisation.services.errors import ServiceError
from mutualisation.services.issuing import issue_statement
from mutualisation.services.reconciliation import billed_total, year_documents, year_figures
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

FIRST_YEAR = 1990
QUARTERS = st.integers(1, 4)
AMOUNTS = st.decimals(min_value=Decimal("-500.00"), max_value=Decimal("3000.00"), places=2)
STEPS = st.one_of(
    st.tuples(st.just("issue"), QUARTERS),
    st.tuples(st.just("advance"), QUARTERS),
    st.tuples(st.just("bill"), QUARTERS, AMOUNTS),
    st.tuples(st.just("correct"), QUARTERS),
    st.tuples(st.just("mode"), st.booleans()),
    st.tuples(st.just("settle"), st.just(0)),
    st.tuples(st.just("correct_settlement"), st.just(0)),
)


@pytest.fixture
def world(database_url):
    """Two parties, a site shared by surface with a monthly rent, a category keyed 30 % to ST2B."""
    database = open_database(database_url)
    with database.session() as session, session.begin():
        pays = m.Party(code="PAYS", name="Pays du bassin de Briey", is_own_organisation=True)
        st2b = m.Party(code="ST2B", name="ST2b")
        site = m.Site(name="Bureaux")
        site.surfaces += [m.SiteSurface(party=pays, effective_date=dt.date(1980, 1, 1), area=Decimal(104)),
                          m.SiteSurface(party=st2b, effective_date=dt.date(1980, 1, 1), area=Decimal(36))]
        fixed = m.AllocationKey(name="Fixe 30 %", kind="fixed")
        category = m.ExpenseCategory(code="DIV", name="Divers")
        session.add_all([pays, st2b, site, fixed, category])
        session.flush()
        session.add(m.FixedKeyShare(key_id=fixed.id, party_id=st2b.id, effective_date=dt.date(1980, 1, 1),
                                    share=Decimal("0.3")))
        category.keys.append(m.CategoryKey(effective_date=dt.date(1980, 1, 1), key=fixed))
        session.add(m.RecurringCharge(label="Loyer", amount=Decimal("1000.00"), frequency="month",
                                      start_date=dt.date(1980, 1, 1), site=site))
        ids = {"pays": pays.id, "st2b": st2b.id, "category": category.id}
    Run.clock, Run.years = dt.date(FIRST_YEAR, 1, 1), itertools.count(FIRST_YEAR)  # a new issuer's ledger
    yield database, ids
    database.dispose()


class Run:
    """One example: its convention, its year, and which periods changed since last billed."""

    clock: dt.date  # the last issue date, shared by every example (one issuer); set by ``world``
    years: itertools.count

    def __init__(self, database, ids) -> None:
        self.database, self.ids = database, ids
        self.year = next(Run.years)
        self.dirty: set[int] = set()  # quarters whose data changed since their last document
        self.year_dirty = False  # data changed since the settlement (or its last correction)
        self.refusals: list[str] = []
        with database.session() as session, session.begin():
            convention = m.Convention(reference=f"C-{self.year}", title="Convention", provider_id=ids["pays"],
                                      start_date=dt.date(1980, 1, 1), vat_mention="TVA non applicable")
            convention.beneficiaries.append(m.ConventionBeneficiary(party_id=ids["st2b"], position=1))
            session.add(convention)
            session.flush()
            self.convention_id = convention.id

    def day(self, earliest: dt.date) -> dt.date:
        Run.clock = max(Run.clock, earliest)
        return Run.clock

    def quarter(self, q: int) -> Period:
        return Period.quarter(self.year, q)

    def step(self, action: tuple) -> None:
        with self.database.session() as session:
            convention = session.get(m.Convention, self.convention_id)
            st2b = session.get(m.Party, self.ids["st2b"])
            kind = action[0]
            try:
                if kind == "bill":
                    session.commit()  # end the reads above: the bill is one transaction of its own
                    with session.begin():
                        period = self.quarter(action[1])
                        session.add(m.Bill(date=period.start + dt.timedelta(days=10), supplier="Fournisseur",
                                           label="Facture", amount=action[2], category_id=self.ids["category"]))
                    self.dirty.add(action[1])
                    self.year_dirty = True
                elif kind == "issue":
                    period = self.quarter(action[1])
                    issue_statement(session, convention, st2b, period, self.day(period.end + dt.timedelta(days=1)))
                    self.dirty.discard(action[1])
                elif kind == "advance":
                    period = self.quarter(action[1])
                    issue_advance(session, convention, st2b, period, self.day(period.start))
                elif kind == "correct":
                    period = self.quarter(action[1])
                    original = session.scalar(select(m.Statement).where(
                        m.Statement.convention_id == self.convention_id, m.Statement.kind == "statement",
                        m.Statement.period_start == period.start))
                    if original is not None:
                        if drift(session, original).changed:
                            issue_correction(session, original.number, self.day(period.end + dt.timedelta(days=1)))
                        self.dirty.discard(action[1])
                elif kind == "settle":
                    issue_settlement(session, convention, st2b, self.year, self.day(dt.date(self.year + 1, 1, 1)))
                    self.year_dirty = False
                elif kind == "correct_settlement":
                    settlement = self._settlement(session)
                    if settlement is not None:
                        if drift(session, settlement).changed:
                            issue_correction(session, settlement.number, self.day(dt.date(self.year + 1, 1, 1)))
                        self.year_dirty = False
                elif kind == "mode":
                    session.commit()
                    with session.begin():
                        values, version = load_convention(session, self.convention_id)
                        update_convention(session, self.convention_id, replace(values, advance_mode=action[1]),
                                          version)
            except ServiceError as exc:
                self.refusals.append(str(exc))
                session.rollback()  # a refusal changes nothing; the invariant still holds

    def _settlement(self, session):
        return session.scalar(select(m.Statement).where(
            m.Statement.convention_id == self.convention_id, m.Statement.corrects_id.is_(None),
            m.Statement.kind.in_(("settlement", "credit_note"))))

    def check(self) -> None:
        with self.database.session() as session:
            convention = session.get(m.Convention, self.convention_id)
            party = self.ids["st2b"]
            documents = year_documents(session, self.convention_id, party, self.year)
            kinds = {d.kind for d in documents if d.corrects_id is None}
            assert not (kinds & {"advance", "settlement"} and "statement" in kinds), kinds  # never both ways
            if self._settlement(session) is not None and not self.year_dirty:
                assert billed_total(documents) == year_figures(session, convention, self.year).total(party)
            for q in range(1, 5):
                period = self.quarter(q)
                chain = [d for d in documents if d.period_start == period.start and d.period_end == period.end
                         and d.kind != "advance"]  # fmt: skip
                if chain and "statement" in kinds and q not in self.dirty:
                    assert billed_total(chain) == preview(session, convention, period).total(party), (q, chain)
            if "statement" in kinds and not self.dirty and len({d.period_start for d in documents}) == 4:
                assert billed_total(documents) == year_figures(session, convention, self.year).total(party)


@settings(max_examples=12, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(STEPS, min_size=1, max_size=8))
def test_a_year_always_reconciles_to_its_billing_periods(world, steps):
    database, ids = world
    run = Run(database, ids)
    for action in steps:
        run.step(action)
        run.check()
