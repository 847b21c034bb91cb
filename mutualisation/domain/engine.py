"""The cost-sharing engine: DESIGN.md §4, rules R3 to R9.

:func:`compute` turns the recorded data and a period into a :class:`Preview`: one line per
source item (R8) — a person, an item's depreciation, a recurring charge, a bill — each with
its exact total, every party's exact part, the rounded total and the apportioned cents.

Every cost is first made a *stream*: runs of days with a constant exact daily amount
(R3 spreading, R4 service periods, R5 payroll over employed days, R6 depreciation). The
stream is then cut by the key's segments (R7) and each run's amount is split by the
weights in force. Nothing is rounded until the line's total (R9).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from decimal import Decimal
from functools import partial
from fractions import Fraction

from . import facts, french
from .i18n import tr, translate_marked
from .inputs import (
    Attachment,
    BillInput,
    ChargeInput,
    CostData,
    EquipmentInput,
    StaffInput,
)
from .absences import net_payroll, reimbursement_facts
from .clause_engine import compute_with_clauses, has_clauses
from .keys import KeyRef, KeyResolver, KeySegment
from .lines import Explanation, Line, Preview, Step
from .money import half_up_cents, largest_remainder, to_fraction
from .periods import ONE_DAY, Period, add_years, days_in_month, month_end
from .problems import MISSING_KEY, MISSING_PAYROLL, Problem
from .revaluation import charge_runs, has_series
from .vocabulary import ChargeFrequency, Section

FREQUENCY_MONTHS = {frequency: frequency.months for frequency in ChargeFrequency}
SECTION_OF_ATTACHMENT = {"site": Section.LOCAUX, "equipment": Section.MATERIEL, "category": Section.DEPENSES}
_KIND_ORDER = {"staff": 0, "depreciation": 1, "charge": 2, "budget": 3, "bill": 4}
_SECTION_ORDER = {section: rank for rank, section in enumerate(Section)}
_ZERO = Fraction(0)
_ZERO_EUROS = Decimal("0.00")

# A run of days [start, end] with a constant exact amount per day.
Run = tuple[dt.date, dt.date, Fraction]
# A run of days [start, end] with one key reference (None: no key in force) and the item it
# came from, for the message when it is missing.
KeyPiece = tuple[dt.date, dt.date, KeyRef | None]


def compute(data: CostData, period: Period) -> Preview:
    """Every line of ``period`` for every party, and the problems found (never raises on data).

    Pure: it changes no process-wide state. The computation allocates hundreds of thousands
    of short-lived Fractions and no reference cycles, so its callers in ``services`` pause
    the cyclic collector around it (:mod:`mutualisation.services.collector`).

    A convention's clauses that act on whole lines (R11 fee, R12 priced meters, R14 VAT,
    R17 free provision) are applied by :mod:`.clause_engine`; without them the lines are
    exactly the engine's.
    """
    if has_clauses(data):
        return compute_with_clauses(data, period, compute_lines)
    return compute_lines(data, period)


def compute_lines(data: CostData, period: Period) -> Preview:
    """The atomic lines of ``period`` (R3–R9, R15, R16), before the convention's clauses."""
    return _Engine(data, period).run()


class _Engine:
    def __init__(self, data: CostData, period: Period) -> None:
        self.data = data
        self.period = period
        self.keys = KeyResolver(data, period)
        self.problems: set[Problem] = set()
        self.parties = data.parties
        self.party_ids = tuple(p.id for p in self.parties)
        self.beneficiary_ids = tuple(p.id for p in data.beneficiaries)
        self.equipment = {item.id: item for item in data.equipment}

    def run(self) -> Preview:
        lines: list[Line] = []
        for person in self.data.staff:
            lines.extend(self._staff_line(person))
        for item in self.data.equipment:
            lines.extend(self._depreciation_line(item))
        for charge in self.data.charges:
            lines.extend(self._charge_line(charge))
        for bill in self.data.bills:
            lines.extend(self._bill_line(bill))
        lines.sort(key=_line_order)
        # The bills travel with the result so that a document's annex needs no second read.
        return Preview(
            self.period, self.parties, tuple(lines), tuple(sorted(self.problems)), self.data.bills
        )

    # -- streams ----------------------------------------------------------------------------

    def _staff_line(self, person: StaffInput) -> Iterable[Line]:
        employed = self.period.overlap(person.employment_start, person.employment_end or dt.date.max)
        if employed is None:
            return
        runs: list[Run] = []
        months = []
        for month in employed.months():
            month_employed = Period(month.start.replace(day=1), month_end(month.start)).overlap(
                person.employment_start, person.employment_end or dt.date.max
            )
            cost = net_payroll(person, month.start.year, month.start.month)
            if cost is None:
                if person.is_shared(month.start, month.end, self.beneficiary_ids):
                    self.problems.add(
                        Problem(
                            MISSING_PAYROLL, "staff", person.id, month.start,
                            tr("Problem", "Paie manquante pour {name} en {month} : saisissez son coût "
                               "salarial (salaire brut, charges patronales) de ce mois.",
                               name=person.name, month=facts.month_name(month.start)),
                        )
                    )  # fmt: skip
                continue
            runs.append((month.start, month.end, to_fraction(cost) / month_employed.days))
            months.append((month.start, cost, month_employed.days, month.days))
        pieces = [(self.period.start, self.period.end, ("staff", person.id))]
        # Shares above 100 % are wrong whether or not that month's payroll is in yet.
        for _, _, seg in self.keys.segments(pieces[0][2], employed.start, employed.end):
            if seg.problem is not None:
                self.problems.add(seg.problem)
        if not runs:
            return
        inputs = partial(_staff_facts, person, tuple(months))
        yield self._line(Section.PERSONNEL, "staff", person.id, person.name, runs, pieces, inputs, person)

    def _depreciation_line(self, item: EquipmentInput) -> Iterable[Line]:
        last_day = add_years(item.in_service, item.life_years) - ONE_DAY
        active = self.period.overlap(item.in_service, last_day)
        if active is None or item.value == 0:
            return
        monthly = to_fraction(item.value) / (12 * item.life_years)
        runs = [(m.start, m.end, monthly / days_in_month(m.start.year, m.start.month)) for m in active.months()]
        inputs = partial(facts.depreciation, item, monthly, last_day, active)
        pieces = self._dated_key_pieces(item.key)
        label = tr("Explanation", "Amortissement — {name}", name=item.name)
        yield self._line(Section.MATERIEL, "depreciation", item.id, label, runs, pieces, inputs, item)

    def _charge_line(self, charge: ChargeInput) -> Iterable[Line]:
        active = self.period.overlap(charge.start, charge.end or dt.date.max)
        if active is None:
            return
        if has_series(charge):  # R16: amounts entered from later dates or revalued yearly
            runs, words = charge_runs(charge, active)
            if not runs:
                return
            inputs = partial(_series_facts, charge, words, active)
        else:
            if charge.amount == 0:
                return
            per_month = to_fraction(charge.amount) / FREQUENCY_MONTHS[charge.frequency]
            runs = [(m.start, m.end, per_month / days_in_month(m.start.year, m.start.month)) for m in active.months()]
            inputs = partial(facts.charge, charge, per_month, active)
        pieces = self._attachment_pieces(charge.attachment, None)
        section = SECTION_OF_ATTACHMENT[charge.attachment.kind]
        yield self._line(section, charge.source_kind, charge.id, charge.label, runs, pieces, inputs, charge)

    def _bill_line(self, bill: BillInput) -> Iterable[Line]:
        amount = to_fraction(bill.amount)
        if bill.service_start is not None and bill.service_end is not None:
            active = self.period.overlap(bill.service_start, bill.service_end)
            if active is None or amount == 0:
                return
            service_days = (bill.service_end - bill.service_start).days + 1
            runs = [(active.start, active.end, amount / service_days)]
        else:
            if bill.date not in self.period or amount == 0:
                return
            runs = [(bill.date, bill.date, amount)]
            active = None
        pieces = self._attachment_pieces(bill.attachment, bill.key_override)
        section = SECTION_OF_ATTACHMENT[bill.attachment.kind]
        label = f"{bill.label} ({bill.supplier}, {french.date(bill.date)})"
        inputs = partial(facts.bill, bill, active)
        yield self._line(section, "bill", bill.id, label, runs, pieces, inputs, bill)

    # -- keys -------------------------------------------------------------------------------

    def _attachment_pieces(self, attachment: Attachment, override: int | None) -> list[KeyPiece]:
        """Which key applies (R7): the bill's override, else the site's, item's or category's."""
        whole = (self.period.start, self.period.end)
        if override is not None:
            return [(*whole, ("key", override))]
        if attachment.kind == "site":
            return [(*whole, ("site", attachment.id))]
        if attachment.kind == "equipment":
            return self._dated_key_pieces(self.equipment[attachment.id].key)
        return self._dated_key_pieces(self.data.categories[attachment.id].key)

    def _dated_key_pieces(self, timeline) -> list[KeyPiece]:
        pieces = []
        for start, end, entry in timeline.pieces(self.period.start, self.period.end):
            pieces.append((start, end, ("key", entry.value) if entry else None))
        return pieces

    def _missing_key_segment(self, start: dt.date, end: dt.date, source) -> KeySegment:
        kind, ident, name = _source_item(source, self.equipment, self.data)
        if kind == "equipment":
            message = tr("Problem", "Aucune clé de répartition n'est en vigueur le {day} pour le matériel "
                         "« {name} » : choisissez sa clé à partir de cette date.", day=french.date(start), name=name)
        else:
            message = tr("Problem", "Aucune clé de répartition n'est en vigueur le {day} pour la catégorie de "
                         "dépense « {name} » : choisissez sa clé à partir de cette date.",
                         day=french.date(start), name=name)
        problem = Problem(MISSING_KEY, kind, ident, start, message)
        weights = tuple((p, Fraction(p == self.data.provider.id)) for p in self.party_ids)
        return KeySegment(start, end, "direct", "", "", weights, (), problem)

    # -- lines ------------------------------------------------------------------------------

    def _line(self, section, kind, ident, label, runs, pieces, inputs, source) -> Line:
        steps: list[Step] = []
        for run_start, run_end, daily in runs:
            for piece_start, piece_end, ref in pieces:
                start, end = max(run_start, piece_start), min(run_end, piece_end)
                if start > end:
                    continue
                if ref is None:
                    segments = [(start, end, self._missing_key_segment(start, end, source))]
                else:
                    segments = self.keys.segments(ref, start, end)
                for first, last, seg in segments:
                    days = (last - first).days + 1
                    # A bill dated one day is a one-day run: its amount needs no product.
                    steps.append(Step(first, last, daily * days if days != 1 else daily, seg))
        steps = _merge(steps)
        for step in steps:
            if step.key.problem is not None and step.amount:
                self.problems.add(step.key.problem)
        exact_total = _sum(s.amount for s in steps)
        numerators, denominator = _exact_parts(steps, self.party_ids)
        exact_parts = tuple(
            (p, Fraction(n, denominator) if n else _ZERO) for p, n in zip(self.party_ids, numerators)
        )
        # R9 on integers: T* rounded half-up, then apportioned by the exact parts' numerators
        # over their common denominator (the same quotients and remainders as the Fractions).
        numerator = exact_total.numerator
        total_cents = half_up_cents(abs(numerator), exact_total.denominator)
        total = Decimal(total_cents).scaleb(-2)
        sign = 1
        if numerator < 0:
            total = -total
            sign = -1
        cents = largest_remainder(total_cents, [abs(n) for n in numerators])
        return Line(
            section, kind, ident, label, exact_total, exact_parts, total,
            tuple((p, _euros(sign * c)) for p, c in zip(self.party_ids, cents)),
            Explanation(inputs, tuple(steps)),
        )  # fmt: skip


def _staff_facts(person: StaffInput, months) -> tuple[str, ...]:
    return (*facts.staff(person.name, months), *reimbursement_facts(person, months))


def _series_facts(charge: ChargeInput, words: tuple[str, ...], active: Period) -> tuple[str, ...]:
    return (
        *(f"{text}." for text in words),
        tr("Explanation", "{frequency}, réparti sur les jours du mois ; {days} j dans la période.",
           frequency=translate_marked("Explanation", facts.FREQUENCY_WORDS[charge.frequency]).capitalize(),
           days=active.days),
    )


def _exact_parts(steps: list[Step], party_ids: tuple[int, ...]) -> tuple[list[int], int]:
    """Every party's exact part S*p = Σ step amount × ratio (R8), as integer numerators over
    one common positive denominator, in the order of ``party_ids``.

    Exact like the Fraction products it replaces (a hypothesis property compares them), with
    one denominator per step (amount's × the key's integer weight sum) and no gcd per party.
    """
    terms = []
    denominator = 1
    for step in steps:
        weights, weight_sum = step.key.integer_ratios(party_ids)
        amount = step.amount
        if not weight_sum or not amount:
            continue
        step_denominator = amount.denominator * weight_sum
        if step_denominator < 0:  # negative weights: keep the common denominator positive
            terms.append((-amount.numerator, -step_denominator, weights))
            step_denominator = -step_denominator
        else:
            terms.append((amount.numerator, step_denominator, weights))
        denominator = math.lcm(denominator, step_denominator)
    numerators = [0] * len(party_ids)
    for numerator, step_denominator, weights in terms:
        factor = numerator * (denominator // step_denominator)
        for index, weight in enumerate(weights):
            numerators[index] += factor * weight
    return numerators, denominator


def _euros(cents: int) -> Decimal:
    """:func:`~.money.from_cents` for the engine's parts: ``Decimal(cents).scaleb(-2)`` already
    has two places, and most parts of a line are zero (a key giving a party nothing)."""
    return Decimal(cents).scaleb(-2) if cents else _ZERO_EUROS


def _sum(values) -> Fraction:
    """Sum of Fractions without the extra addition to a starting zero (a hot path)."""
    total = None
    for value in values:
        total = value if total is None else total + value
    return Fraction(0) if total is None else total


def _merge(steps: list[Step]) -> list[Step]:
    """Join consecutive steps under the same key values (a month cut is no change of key)."""
    if len(steps) < 2:
        return steps
    merged: list[Step] = []
    for step in sorted(steps, key=lambda s: s.start):
        if merged:
            last = merged[-1]
            a, b = last.key, step.key
            if step.start == last.end + ONE_DAY and (
                a is b
                or (a.kind, a.name, a.unit, a.weights, a.amendments, a.problem)
                == (b.kind, b.name, b.unit, b.weights, b.amendments, b.problem)
            ):
                merged[-1] = Step(last.start, step.end, last.amount + step.amount, a)
                continue
        merged.append(step)
    return merged


def _source_item(source, equipment, data: CostData) -> tuple[str, int, str]:
    """The record to fix when a line has no key: the item or category it depends on."""
    if isinstance(source, EquipmentInput):
        return "equipment", source.id, source.name
    attachment = source.attachment
    if attachment.kind == "equipment":
        item = equipment[attachment.id]
        return "equipment", item.id, item.name
    category = data.categories[attachment.id]
    return "category", category.id, category.name


def _line_order(line: Line):
    # Stable sort: within a section and kind, lines keep the order of the data (bills by date).
    return (_SECTION_ORDER[line.section], _KIND_ORDER[line.source_kind])
