"""Allocation keys (R7): for each day, each party's weight and the ratios they give.

A key over a period is a list of :class:`KeySegment`, each a run of days over which the
weights do not change. Weights are the key's own quantities (m², FTE, km, shares); a
party's ratio is its weight over their total, so ratios sum to 1. A segment whose total
is zero or whose data is missing is *undefined*: it carries a :class:`Problem`, and its
amounts stay with the provider so that parts still sum to the total while the preview
lists what to enter.
"""

from __future__ import annotations

import datetime as dt
import dataclasses
import math
from dataclasses import dataclass, field
from fractions import Fraction

from . import french
from .i18n import tr, tr_noop, translate_marked
from .inputs import CostData, KeyInput, StaffInput
from .periods import ONE_DAY, Period
from .problems import (
    MISSING_READINGS,
    SHARES_OVER_100,
    UNKNOWN_PARTY,
    ZERO_KEY_TOTAL,
    Problem,
)
from .vocabulary import KeyKind

ONE = Fraction(1)
ZERO = Fraction(0)

# Key references: ("key", key id), ("site", site id) for a site's own surface key,
# ("staff", staff id) for a person's shares (R5).
KeyRef = tuple[str, int]


@dataclass(frozen=True, slots=True)
class KeySegment:
    """Days ``start``–``end`` over which a key's weights are constant."""

    start: dt.date
    end: dt.date
    kind: str  # fixed, surface, headcount, metered, direct, share
    name: str  # the key's, site's or meter's name
    unit: str  # "m²", "ETP", "km", "%"…
    weights: tuple[tuple[int, Fraction], ...]  # party id → weight, in tie-break order
    amendments: tuple[str, ...] = ()
    problem: Problem | None = None
    # Derived once: every line using the segment reads them, often thousands of times. The
    # weights on their common denominator are integers: party p's ratio is _integers[p] /
    # _integer_sum, which the engine multiplies amounts by without building a Fraction.
    total: Fraction = field(init=False, compare=False, repr=False)
    _integers: dict[int, int] = field(init=False, compare=False, repr=False)
    _integer_sum: int = field(init=False, compare=False, repr=False)
    _aligned: tuple = field(init=False, compare=False, repr=False)
    _ratios: dict[int, Fraction] | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        weights = self.weights
        common = math.lcm(*(w.denominator for _, w in weights)) if weights else 1
        integers = [(p, w.numerator * (common // w.denominator)) for p, w in weights]
        integer_sum = sum(i for _, i in integers)
        object.__setattr__(self, "total", Fraction(integer_sum, common))
        object.__setattr__(self, "_integers", dict(integers))
        object.__setattr__(self, "_integer_sum", integer_sum)
        object.__setattr__(self, "_aligned", (None, (), 0))
        object.__setattr__(self, "_ratios", None)  # built when first read (explanations)

    def integer_ratios(self, party_ids: tuple[int, ...]) -> tuple[tuple[int, ...], int]:
        """Every party's ratio as integers ``(weights, their sum)``, in the order of ``party_ids``:
        ``ratio(p) == weights[i] / sum`` exactly, and the sum is 0 when every ratio is 0.

        The engine multiplies amounts by these integers instead of by Fractions (one division
        per line instead of one per party and step); kept for the last party order asked.
        """
        asked, weights, integer_sum = self._aligned
        if asked != party_ids:
            integer_sum = self._integer_sum
            weights = tuple(self._integers.get(p, 0) for p in party_ids) if integer_sum else (0,) * len(party_ids)
            object.__setattr__(self, "_aligned", (party_ids, weights, integer_sum))
        return weights, integer_sum

    def ratio(self, party_id: int) -> Fraction:
        return self._ratio_map().get(party_id, ZERO)

    def ratios(self) -> dict[int, Fraction]:
        return dict(self._ratio_map())

    def _ratio_map(self) -> dict[int, Fraction]:
        ratios = self._ratios
        if ratios is None:
            integer_sum = self._integer_sum
            ratios = {p: (Fraction(i, integer_sum) if integer_sum else ZERO) for p, i in self._integers.items()}
            object.__setattr__(self, "_ratios", ratios)
        return ratios

    def describe(self, party_id: int) -> str:
        """Wording for one party: « Surface 36/140 m² », « Quotité 40 % » (in the interface
        language; French in documents)."""
        if self.problem is not None:
            return tr("Key", "clé non définie (voir les problèmes)")
        if self.kind == "absence":  # R15: the name holds the absence in words
            return self.name
        weight = dict(self.weights).get(party_id, ZERO)
        if self.kind == "share":
            return tr("Key", "Quotité {percent}", percent=french.short_percent(weight))
        if self.kind == "fixed":
            return tr("Key", "Clé fixe « {name} » {percent}", name=self.name, percent=french.short_percent(weight))
        if self.kind == "direct":
            return tr("Key", "Affectation directe {percent}", percent=french.short_percent(self.ratio(party_id)))
        label = self.name if self.kind == KeyKind.METERED else translate_marked("Key", _KIND_WORDS.get(self.kind, KeyKind(self.kind).label))
        unit = translate_marked("Key", self.unit) if self.unit in _UNIT_WORDS else self.unit
        return f"{label} {french.quantity(weight)}/{french.quantity(self.total)} {unit}"


# Words of the descriptions marked for the screen's language (documents keep KeyKind's labels).
_KIND_WORDS = {KeyKind.SURFACE: tr_noop("Key", "Surface"), KeyKind.HEADCOUNT: tr_noop("Key", "Effectifs")}
_UNIT_WORDS = {tr_noop("Key", "ETP")}


def _segment_bounds(period: Period, change_dates) -> list[tuple[dt.date, dt.date]]:
    cuts = sorted({d for d in change_dates if period.start < d <= period.end})
    bounds, first = [], period.start
    for cut in cuts:
        bounds.append((first, cut - ONE_DAY))
        first = cut
    bounds.append((first, period.end))
    return bounds


def _amendments(*entries) -> tuple[str, ...]:
    return tuple(sorted({e.amendment for e in entries if e is not None and e.amendment}))


class KeyResolver:
    """Computes each key's segments over one period, once, for every line that uses it."""

    def __init__(self, data: CostData, period: Period) -> None:
        self.data = data
        self.period = period
        self.party_ids = tuple(p.id for p in data.parties)
        self.beneficiary_ids = tuple(p.id for p in data.beneficiaries)
        self.provider_id = data.provider.id
        self._cache: dict[KeyRef, list[KeySegment]] = {}
        self._staff = {s.id: s for s in data.staff}

    def segments(
        self, ref: KeyRef, start: dt.date, end: dt.date
    ) -> list[tuple[dt.date, dt.date, KeySegment]]:
        """The key's segments over ``[start, end]`` (inside the period), each with the days it covers there."""
        cached = self._cache.get(ref)
        if cached is None:
            cached = self._cache[ref] = self._build(ref)
        if len(cached) == 1 and cached[0].start <= start and end <= cached[0].end:
            return [(start, end, cached[0])]  # most keys: one segment over the whole period
        return [
            (max(seg.start, start), min(seg.end, end), seg)
            for seg in cached
            if seg.end >= start and seg.start <= end
        ]

    # -- building ------------------------------------------------------------------------

    def _build(self, ref: KeyRef) -> list[KeySegment]:
        kind, ident = ref
        if kind == "staff":
            return self._share_segments(self._staff[ident])
        if kind == "site":
            return self._surface_segments(ident, self.data.sites[ident].name)
        key = self.data.keys[ident]
        builder = {
            KeyKind.FIXED: self._fixed_segments,
            KeyKind.SURFACE: lambda k: self._surface_segments(k.site_id, k.name),
            KeyKind.HEADCOUNT: self._headcount_segments,
            KeyKind.METERED: self._metered_segments,
            KeyKind.DIRECT: self._direct_segments,
        }[key.kind]
        return builder(key)

    def _with_provider_rest(
        self, start, end, kind, name, shares: dict[int, Fraction], amendments, item
    ) -> KeySegment:
        """Beneficiaries' ratios as given, the provider keeps the rest (fixed keys, R5 shares)."""
        total = sum(shares.values(), ZERO)
        problem = None
        if total > ONE:
            item_kind, item_id, what = item
            problem = Problem(
                SHARES_OVER_100, item_kind, item_id, start,
                tr("Problem", "Les quotités de {what} dépassent 100 % ({total}) à partir du {day} : "
                   "corrigez-les pour que leur somme ne dépasse pas 100 %.",
                   what=what, total=french.percent(total), day=french.date(start)),
            )  # fmt: skip
        weights = [(p, shares.get(p, ZERO)) for p in self.beneficiary_ids]
        weights.append((self.provider_id, max(ONE - total, ZERO)))
        seg = KeySegment(start, end, kind, name, "%", tuple(weights), amendments, problem)
        return self._undefined(seg, problem) if problem else seg

    def _undefined(self, seg: KeySegment, problem: Problem) -> KeySegment:
        weights = tuple((p, ONE if p == self.provider_id else ZERO) for p in self.party_ids)
        return dataclasses.replace(seg, weights=weights, problem=problem)

    def _share_segments(self, person: StaffInput) -> list[KeySegment]:
        item = ("staff", person.id, person.name)
        segments = self._beneficiary_share_segments("share", person.name, person.shares, item)
        if not person.absences:
            return segments
        # Imported here: absences.py builds KeySegments, so it imports this module.
        from .absences import cut_shares

        return cut_shares(segments, person, self.data.clauses, self.provider_id)

    def _fixed_segments(self, key: KeyInput) -> list[KeySegment]:
        item = ("key", key.id, tr("Problem", "la clé « {name} »", name=key.name))
        return self._beneficiary_share_segments("fixed", key.name, key.fixed_shares, item)

    def _beneficiary_share_segments(self, kind, name, shares_by_party, item) -> list[KeySegment]:
        """Dated percentages per beneficiary, the provider keeping the rest (fixed keys, R5 shares)."""
        timelines = [shares_by_party.get(b) for b in self.beneficiary_ids]
        changes = [d for t in timelines if t for d in t.changes_within(*self._span())]
        segments = []
        for start, end in _segment_bounds(self.period, changes):
            entries = [t.at(start) if t else None for t in timelines]
            shares = {b: (e.value if e else ZERO) for b, e in zip(self.beneficiary_ids, entries)}
            segments.append(
                self._with_provider_rest(start, end, kind, name, shares, _amendments(*entries), item)
            )
        return segments

    def _surface_segments(self, site_id: int, name: str) -> list[KeySegment]:
        site = self.data.sites[site_id]
        timelines = [site.surfaces.get(p) for p in self.party_ids]
        changes = [d for t in timelines if t for d in t.changes_within(*self._span())]
        segments = []
        for start, end in _segment_bounds(self.period, changes):
            entries = [t.at(start) if t else None for t in timelines]
            weights = tuple(
                (p, e.value if e else ZERO) for p, e in zip(self.party_ids, entries)
            )
            seg = KeySegment(start, end, "surface", name, "m²", weights, _amendments(*entries))
            if seg.total == 0:
                seg = self._undefined(
                    seg,
                    Problem(
                        ZERO_KEY_TOTAL, "site", site_id, start,
                        tr("Problem", "Aucune surface exclusive n'est saisie pour le site « {site} » au {day} : "
                           "saisissez la surface de chaque partie.", site=site.name, day=french.date(start)),
                    ),
                )  # fmt: skip
            segments.append(seg)
        return segments

    def _headcount_segments(self, key: KeyInput) -> list[KeySegment]:
        span = self._span()
        changes: list[dt.date] = []
        for person in self.data.staff:
            changes.append(person.employment_start)
            if person.employment_end is not None:
                changes.append(person.employment_end + ONE_DAY)
            changes.extend(person.working_time.changes_within(*span))
            for timeline in person.shares.values():
                changes.extend(timeline.changes_within(*span))
        for timeline in self.data.own_headcount.values():
            changes.extend(timeline.changes_within(*span))
        segments = []
        for start, end in _segment_bounds(self.period, changes):
            fte = self._fte_on(start)
            weights = tuple((p, fte[p]) for p in self.party_ids)
            seg = KeySegment(start, end, "headcount", key.name, "ETP", weights)
            if seg.total == 0:
                seg = self._undefined(
                    seg,
                    Problem(
                        ZERO_KEY_TOTAL, "key", key.id, start,
                        tr("Problem", "Aucun effectif (ETP) au {day} pour la clé « {key} » : saisissez le temps "
                           "de travail du personnel ou l'effectif propre des parties.",
                           day=french.date(start), key=key.name),
                    ),
                )  # fmt: skip
            segments.append(seg)
        return segments

    def _fte_on(self, day: dt.date) -> dict[int, Fraction]:
        """Each party's FTE on a day (R7 headcount): own FTE plus its part of the register.

        Each FTE is a sum of hundreds of products (working time × share); the products are
        kept as integer pairs and added up on one common denominator per party, one Fraction
        each at the end: the same exact values as Fraction sums, without a gcd per person.
        """
        terms: dict[int, list[tuple[int, int]]] = {p: [] for p in self.party_ids}
        for party, timeline in self.data.own_headcount.items():
            if party in terms:
                own = timeline.value_at(day, ZERO)
                terms[party].append((own.numerator, own.denominator))
        provider = terms[self.provider_id]
        for person in self.data.staff:
            if not person.employed_on(day):
                continue
            time = person.working_time.value_at(day, ZERO)
            time_n, time_d = time.numerator, time.denominator
            given: list[tuple[int, int]] = []
            for b in self.beneficiary_ids:
                timeline = person.shares.get(b)
                share = timeline.value_at(day, ZERO) if timeline else ZERO
                share_n, share_d = share.numerator, share.denominator
                terms[b].append((time_n * share_n, time_d * share_d))
                given.append((share_n, share_d))
            given_n, given_d = _integer_sum(given)
            if given_n < given_d:  # the provider keeps 1 − Σ shares, never less than nothing
                provider.append((time_n * (given_d - given_n), time_d * given_d))
        fte = {}
        for party, products in terms.items():
            numerator, denominator = _integer_sum(products)
            fte[party] = Fraction(numerator, denominator)
        return fte

    def _metered_segments(self, key: KeyInput) -> list[KeySegment]:
        meter = self.data.meters[key.meter_id]
        segments: list[KeySegment] = []
        day = self.period.start
        periods = [p for p in meter.periods if p.end >= self.period.start and p.start <= self.period.end]
        for reading in periods + [None]:
            gap_end = (reading.start - ONE_DAY) if reading else self.period.end
            if day <= gap_end:
                seg = KeySegment(day, min(gap_end, self.period.end), "metered", meter.name, meter.unit, ())
                segments.append(
                    self._undefined(
                        seg,
                        Problem(
                            MISSING_READINGS, "meter", meter.id, day,
                            tr("Problem", "Relevés manquants pour le compteur « {meter} » sur la période "
                               "contenant le {day} : saisissez les relevés ({unit}) de chaque partie pour "
                               "cette période.", meter=meter.name, day=french.date(day), unit=meter.unit),
                        ),
                    )
                )  # fmt: skip
            if reading is None:
                break
            start, end = max(reading.start, day), min(reading.end, self.period.end)
            weights = tuple((p, reading.quantities.get(p, ZERO)) for p in self.party_ids)
            seg = KeySegment(start, end, "metered", meter.name, meter.unit, weights)
            if seg.total == 0:
                seg = self._undefined(
                    seg,
                    Problem(
                        ZERO_KEY_TOTAL, "meter", meter.id, start,
                        tr("Problem", "Les relevés du compteur « {meter} » du {start} au {end} sont tous nuls : "
                           "saisissez les quantités de chaque partie.",
                           meter=meter.name, start=french.date(reading.start), end=french.date(reading.end)),
                    ),
                )  # fmt: skip
            segments.append(seg)
            day = end + ONE_DAY
        return segments

    def _direct_segments(self, key: KeyInput) -> list[KeySegment]:
        seg = KeySegment(
            self.period.start, self.period.end, "direct", key.name, "",
            tuple((p, ONE if p == key.party_id else ZERO) for p in self.party_ids),
        )  # fmt: skip
        if key.party_id not in self.party_ids:
            seg = self._undefined(
                seg,
                Problem(
                    UNKNOWN_PARTY, "key", key.id, self.period.start,
                    tr("Problem", "La clé « {key} » affecte tout à une partie qui n'est pas dans la "
                       "convention : choisissez une partie de la convention.", key=key.name),
                ),
            )  # fmt: skip
        return [seg]

    def _span(self) -> tuple[dt.date, dt.date]:
        # changes_within excludes its start: a change on the first day is no cut.
        return self.period.start, self.period.end


def _integer_sum(terms: list[tuple[int, int]]) -> tuple[int, int]:
    """Σ numerator / denominator over positive denominators, as one (numerator, denominator)."""
    if not terms:
        return 0, 1
    common = math.lcm(*(d for _, d in terms))
    return sum(n * (common // d) for n, d in terms), common
