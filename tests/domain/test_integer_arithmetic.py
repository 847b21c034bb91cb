"""The engine's integer arithmetic against the Fraction arithmetic it replaced (R7–R9).

The engine adds up a line's exact parts as integer numerators over one common denominator,
rounds its total from that numerator and denominator, apportions by largest remainder on
those numerators, builds the headcount key's FTE from integer products and reads each key
segment's ratios as integers. The first versions did all of it with Fraction products per
party and step; they are kept here, unchanged, as the oracle: on any input the figures must
be the same, to the cent and to the exact fraction, ties included.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from fractions import Fraction

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mutualisation.domain.engine import _exact_parts, compute
from mutualisation.domain.keys import KeyResolver, KeySegment
from mutualisation.domain.lines import Step
from mutualisation.domain.money import CENT, D, apportion, largest_remainder, round_half_up
from mutualisation.domain.periods import Period

from .test_engine_properties import cost_data, periods

ONE, ZERO = Fraction(1), Fraction(0)
PARTIES = (2, 3, 4, 1)  # three beneficiaries, then the provider: the tie-break order


# --- the oracle: the Fraction arithmetic as it was --------------------------------------------


def old_round_half_up(value) -> Decimal:
    value = Fraction(value)
    cents = abs(value) * 100
    whole, rest = divmod(cents.numerator, cents.denominator)
    if 2 * rest >= cents.denominator:
        whole += 1
    result = Decimal(whole).scaleb(-2)
    return -result if value < 0 else result


def old_apportion(total: Decimal, weights) -> dict:
    sign = -1 if total < 0 else 1
    total_cents = abs(int(D(total) * 100))
    fractions = [(key, Fraction(w)) for key, w in weights]
    common = math.lcm(*(w.denominator for _, w in fractions))
    scaled = [(key, abs(w.numerator) * (common // w.denominator)) for key, w in fractions]
    weight_sum = sum(w for _, w in scaled)
    if weight_sum == 0:
        parts = {key: 0 for key, _ in scaled}
        parts[scaled[-1][0]] = total_cents
    else:
        parts, remainders = {}, []
        for key, w in scaled:
            parts[key], rest = divmod(total_cents * w, weight_sum)
            remainders.append((key, rest))
        left = total_cents - sum(parts.values())
        if left:
            for key, _ in sorted(remainders, key=lambda kr: -kr[1])[:left]:
                parts[key] += 1
    return {key: (Decimal(sign * value).scaleb(-2).quantize(CENT)) for key, value in parts.items()}


def old_ratio(segment: KeySegment, party: int) -> Fraction:
    total = sum((w for _, w in segment.weights), ZERO)
    return {p: (w / total if total else ZERO) for p, w in segment.weights}.get(party, ZERO)


def old_line_figures(steps, party_ids):
    """A line's exact total, exact parts, rounded total and parts, as the engine computed them."""
    exact_total = sum((s.amount for s in steps), ZERO)
    exact_parts = tuple(
        (p, sum((s.amount * r for s in steps if (r := old_ratio(s.key, p))), ZERO)) for p in party_ids
    )
    total = old_round_half_up(exact_total)
    parts = old_apportion(total, exact_parts)
    return exact_total, exact_parts, total, tuple((p, parts[p]) for p in party_ids)


def old_fte_on(data, day: dt.date) -> dict:
    party_ids = tuple(p.id for p in data.parties)
    beneficiaries = tuple(p.id for p in data.beneficiaries)
    fte = {p: ZERO for p in party_ids}
    for party, timeline in data.own_headcount.items():
        if party in fte:
            fte[party] += timeline.value_at(day, ZERO)
    for person in data.staff:
        if not person.employed_on(day):
            continue
        time = person.working_time.value_at(day, ZERO)
        given = ZERO
        for b in beneficiaries:
            timeline = person.shares.get(b)
            share = timeline.value_at(day, ZERO) if timeline else ZERO
            fte[b] += time * share
            given += share
        fte[data.provider.id] += time * max(ONE - given, ZERO)
    return fte


# --- strategies ---------------------------------------------------------------------------------

# Amounts in half-cents and thirds of cents: many exact totals fall on a tie (x.xx5).
amounts = st.builds(
    lambda n, d: Fraction(n, d),
    st.integers(min_value=-2_000_000, max_value=2_000_000),
    st.sampled_from([1, 2, 3, 7, 100, 200, 300, 3100, 20000]),
)
# Weights from a small set, so that equal remainders (ties between parties) are frequent.
small_weights = st.sampled_from([ZERO, ZERO, ONE, Fraction(1, 2), Fraction(1, 3), Fraction(2, 5), Fraction(36),
                                 Fraction(104), Fraction(5, 2), Fraction(1100), Fraction(2900)])  # fmt: skip
any_weights = st.one_of(small_weights, st.fractions(min_value=0, max_value=10**4, max_denominator=10**6))


@st.composite
def segments(draw):
    parties = draw(st.permutations(PARTIES))  # the segment's own order need not be the line's
    count = draw(st.integers(0, len(parties)))
    weights = tuple((p, draw(any_weights)) for p in parties[:count])
    return KeySegment(dt.date(2025, 1, 1), dt.date(2025, 1, 31), "fixed", "Clé", "%", weights)


@st.composite
def line_steps(draw):
    return [
        Step(dt.date(2025, 1, 1), dt.date(2025, 1, 31), draw(amounts), draw(segments()))
        for _ in range(draw(st.integers(1, 4)))
    ]


PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- the properties -------------------------------------------------------------------------------


@PROPERTY
@given(st.one_of(amounts, st.fractions(), st.decimals(allow_nan=False, allow_infinity=False, places=4)))
@example(Fraction(1, 200))
@example(Fraction(-1, 200))
@example(Fraction(-1, 1000))  # rounds to -0.00, as before
@example(Decimal("-2.675"))
def test_r9_half_up_rounding_is_the_fraction_rounding(value):
    new, old = round_half_up(value), old_round_half_up(value)
    assert (new, str(new)) == (old, str(old))


@PROPERTY
@given(
    st.integers(min_value=-10**7, max_value=10**7).map(lambda c: Decimal(c).scaleb(-2)),
    st.lists(small_weights, min_size=1, max_size=5).map(lambda ws: [w if i % 2 else -w for i, w in enumerate(ws)]),
)
@example(Decimal("100.01"), [Fraction(1, 2), Fraction(1, 2)])
@example(Decimal("0.02"), [ONE, ONE, ONE])
@example(Decimal("-100.00"), [Fraction(-1, 3), Fraction(-2, 3)])
@example(Decimal("5.00"), [ZERO, ZERO])
def test_r9_apportion_is_the_fraction_apportion_ties_included(total, weights):
    keyed = list(enumerate(weights))
    new, old = apportion(total, keyed), old_apportion(total, keyed)
    assert [(k, v, str(v)) for k, v in new.items()] == [(k, v, str(v)) for k, v in old.items()]


@PROPERTY
@given(st.integers(0, 10**6), st.lists(st.integers(0, 50), min_size=1, max_size=5), st.integers(1, 10**4))
def test_largest_remainder_does_not_depend_on_the_common_denominator(total_cents, weights, factor):
    assert largest_remainder(total_cents, weights) == largest_remainder(total_cents, [w * factor for w in weights])
    assert sum(largest_remainder(total_cents, weights)) == total_cents


@PROPERTY
@given(segments())
def test_r7_a_segments_integer_ratios_are_its_fraction_ratios(segment):
    weights, weight_sum = segment.integer_ratios(PARTIES)
    for party, weight in zip(PARTIES, weights):
        expected = old_ratio(segment, party)
        assert (Fraction(weight, weight_sum) if weight_sum else ZERO) == expected == segment.ratio(party)
    assert segment.total == sum((w for _, w in segment.weights), ZERO)


@PROPERTY
@given(line_steps())
def test_r8_r9_a_lines_figures_are_the_fraction_figures(steps):
    numerators, denominator = _exact_parts(steps, PARTIES)
    exact_total, exact_parts, total, parts = old_line_figures(steps, PARTIES)
    assert denominator > 0
    assert tuple((p, Fraction(n, denominator)) for p, n in zip(PARTIES, numerators)) == exact_parts
    total_cents = abs(int(total * 100))
    sign = -1 if total < 0 else 1
    cents = largest_remainder(total_cents, [abs(n) for n in numerators])
    assert tuple((p, Decimal(sign * c).scaleb(-2)) for p, c in zip(PARTIES, cents)) == parts


ENGINE = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ENGINE
@given(cost_data(), periods())
def test_every_line_of_the_engine_has_the_fraction_figures(data, period):
    party_ids = tuple(p.id for p in data.parties)
    for line in compute(data, period).lines:
        exact_total, exact_parts, total, parts = old_line_figures(line.explanation.steps, party_ids)
        assert line.exact_total == exact_total
        assert line.exact_parts == exact_parts
        assert (line.total, str(line.total)) == (total, str(total))
        assert [(p, v, str(v)) for p, v in line.parts] == [(p, v, str(v)) for p, v in parts]


@ENGINE
@given(cost_data(), periods(), st.data())
def test_r7_headcount_fte_is_the_fraction_sum(data, period, draw):
    day = period.start + dt.timedelta(days=draw.draw(st.integers(0, period.days - 1)))
    assert KeyResolver(data, Period(day, day))._fte_on(day) == old_fte_on(data, day)
