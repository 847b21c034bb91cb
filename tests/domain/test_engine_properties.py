"""Property tests of the engine on random, valid data (hypothesis)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mutualisation.domain.engine import compute
from mutualisation.domain.inputs import (
    Attachment,
    BillInput,
    CategoryInput,
    ChargeInput,
    CostData,
    EquipmentInput,
    KeyInput,
    MeterInput,
    ReadingPeriod,
    SiteInput,
    StaffInput,
)
from mutualisation.domain.periods import Period, billing_periods
from mutualisation.domain.timeline import Dated, Timeline

from .builders import PAYS, SCOT, ST2B

FIRST, LAST = dt.date(2024, 1, 1), dt.date(2025, 12, 31)
days = st.dates(min_value=FIRST, max_value=LAST)
money = st.integers(min_value=-500_000, max_value=5_000_000).map(lambda c: Decimal(c).scaleb(-2))
positive_money = st.integers(min_value=1, max_value=5_000_000).map(lambda c: Decimal(c).scaleb(-2))
quantity = st.integers(min_value=0, max_value=5000).map(Fraction)


@st.composite
def shares_timeline(draw, parties):
    """Dated shares per party whose sum never exceeds 1."""
    dates = sorted(set(draw(st.lists(days, min_size=1, max_size=3))))
    per_party = {p: [] for p in parties}
    for day in dates:
        left = Fraction(1)
        for party in parties:
            share = Fraction(draw(st.integers(0, 100)), 100) * left
            left -= share
            per_party[party].append(Dated(day, share))
    return {p: Timeline(entries) for p, entries in per_party.items()}


@st.composite
def cost_data(draw):
    beneficiaries = draw(st.sampled_from([(ST2B,), (ST2B, SCOT)]))
    ids = [b.id for b in beneficiaries]
    all_ids = [*ids, PAYS.id]
    months = [(y, m) for y in (2024, 2025) for m in range(1, 13)]
    staff = []
    for ident in range(draw(st.integers(0, 3))):
        start = draw(days)
        end = draw(st.one_of(st.none(), st.dates(min_value=start, max_value=LAST)))
        payroll = {ym: draw(positive_money) for ym in months if draw(st.booleans()) or True}
        staff.append(
            StaffInput(
                ident, f"P{ident}", start, end,
                Timeline([Dated(FIRST, Fraction(draw(st.integers(1, 10)), 10))]),
                draw(shares_timeline(ids)), payroll,
            )
        )  # fmt: skip
    sites = {
        1: SiteInput(1, "Site", {p: Timeline([Dated(FIRST, draw(quantity) + 1)]) for p in all_ids})
    }
    quarters = [q for y in (2024, 2025) for q in billing_periods(y, "quarterly")]
    meter = MeterInput(
        1, "Copies", "copies",
        tuple(ReadingPeriod(q.start, q.end, {p: draw(quantity) + 1 for p in all_ids}) for q in quarters),
    )  # fmt: skip
    keys = {
        1: KeyInput(1, "Fixe", "fixed", fixed_shares=draw(shares_timeline(ids))),
        2: KeyInput(2, "Surface", "surface", site_id=1),
        3: KeyInput(3, "Copies", "metered", meter_id=1),
        4: KeyInput(4, "Direct", "direct", party_id=draw(st.sampled_from(all_ids))),
        5: KeyInput(5, "Effectifs", "headcount"),
    }
    categories = {
        c: CategoryInput(c, f"C{c}", Timeline([Dated(FIRST, draw(st.integers(1, 5)))]))
        for c in (1, 2)
    }
    attachments = st.one_of(
        st.just(Attachment("site", 1)),
        st.just(Attachment("equipment", 1)),
        st.sampled_from([Attachment("category", 1), Attachment("category", 2)]),
    )
    equipment = (
        EquipmentInput(1, "Véhicule", draw(positive_money), draw(days), draw(st.integers(1, 6)),
                       Timeline([Dated(FIRST, draw(st.integers(1, 5)))])),
    )  # fmt: skip
    charges = tuple(
        ChargeInput(i, f"Charge {i}", draw(money), draw(st.sampled_from(["month", "quarter", "year"])),
                    start, draw(st.one_of(st.none(), st.dates(min_value=start, max_value=LAST))),
                    draw(attachments))
        for i, start in enumerate(draw(st.lists(days, max_size=3)))
    )  # fmt: skip
    bills = []
    for i in range(draw(st.integers(0, 6))):
        day = draw(days)
        service = (None, None)
        if draw(st.booleans()):
            s = draw(days)
            service = (s, draw(st.dates(min_value=s, max_value=LAST)))
        override = draw(st.one_of(st.none(), st.integers(1, 5)))
        bills.append(BillInput(i, day, "F", "", f"B{i}", draw(money), *service, draw(attachments), override))
    return CostData(
        provider=PAYS, beneficiaries=beneficiaries, staff=tuple(staff), equipment=equipment,
        sites=sites, keys=keys, categories=categories, meters={1: meter}, charges=charges,
        bills=tuple(bills), own_headcount={ids[0]: Timeline([Dated(FIRST, Fraction(1))])},
    )  # fmt: skip


@st.composite
def periods(draw):
    start = draw(st.dates(min_value=dt.date(2024, 6, 1), max_value=dt.date(2025, 6, 30)))
    return Period(start, draw(st.dates(min_value=start, max_value=dt.date(2025, 12, 31))))


PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(cost_data(), periods())
def test_random_valid_data_never_raises_and_parts_sum_to_rounded_totals(data, period):
    result = compute(data, period)
    assert result.problems == ()
    for line in result.lines:
        assert sum(v for _, v in line.parts) == line.total
        assert sum(v for _, v in line.exact_parts) == line.exact_total
        for step in line.explanation.steps:
            assert sum(step.key.ratios().values()) == 1


@PROPERTY
@given(cost_data(), periods(), st.data())
def test_a_period_split_in_two_gives_exact_parts_summing_to_the_whole(data, period, draw):
    if period.days < 2:
        return
    cut = period.start + dt.timedelta(days=draw.draw(st.integers(1, period.days - 1)))
    first, second = period.split(cut)

    def exact(p):
        result = compute(data, p)
        return {party.id: sum((l.exact_part(party.id) for l in result.lines), Fraction(0))
                for party in data.parties}  # fmt: skip

    whole, a, b = exact(period), exact(first), exact(second)
    assert all(whole[p] == a[p] + b[p] for p in whole)


def _scaled(data: CostData, factor: int) -> CostData:
    staff = tuple(
        dataclasses.replace(s, payroll={k: v * factor for k, v in s.payroll.items()}) for s in data.staff
    )
    return dataclasses.replace(
        data, staff=staff,
        equipment=tuple(dataclasses.replace(e, value=e.value * factor) for e in data.equipment),
        charges=tuple(dataclasses.replace(c, amount=c.amount * factor) for c in data.charges),
        bills=tuple(dataclasses.replace(b, amount=b.amount * factor) for b in data.bills),
    )  # fmt: skip


@PROPERTY
@given(cost_data(), periods())
def test_scaling_every_amount_by_ten_scales_exact_parts_by_ten(data, period):
    base, scaled = compute(data, period), compute(_scaled(data, 10), period)
    assert len(base.lines) == len(scaled.lines)
    for a, b in zip(base.lines, scaled.lines):
        assert [v * 10 for _, v in a.exact_parts] == [v for _, v in b.exact_parts]
