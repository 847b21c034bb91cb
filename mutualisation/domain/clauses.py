"""The financial clauses of a convention (DESIGN.md §3, R11–R17) as engine inputs.

A convention that records none of them computes exactly as before: every field here
defaults to "no clause". Clauses held by a resource (a meter's prices, a charge's amount
series, a person's absences and reimbursements) live on that resource's input; those of
the convention itself (fee, VAT per section, absence kinds kept by the provider, free
provision) are gathered in :class:`ConventionClauses`.

Fee rates, VAT treatments and free provision change only on the first day of a billing
period (:func:`check_clause_date`), so that a statement never mixes two of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from typing import TYPE_CHECKING

from . import french
from .i18n import tr, tr_noop, translate_marked
from .periods import FREQUENCY_MONTHS, month_end, month_name
from .timeline import Timeline
from .vocabulary import AbsenceKind, VatKind

if TYPE_CHECKING:  # inputs.py imports this module: the name is only an annotation here
    from .inputs import Attachment

# Absence kinds (R15), with their French words (domain/vocabulary.py lists them).
ABSENCE_KINDS = {kind: kind.word for kind in AbsenceKind}
# Unless the convention says otherwise the lending employer keeps sick leave and work
# accidents (the usual term of a *mise à disposition*).
DEFAULT_KEPT_KINDS = frozenset(kind for kind in AbsenceKind if kind.kept_by_default)

# VAT treatments of a section (R14).
OUTSIDE_SCOPE, EXEMPT, TAXABLE = VatKind.OUTSIDE_SCOPE, VatKind.EXEMPT, VatKind.TAXABLE
VAT_KINDS = tuple(VatKind)
# VatKind.mention marked for the screen's language (documents, built in French, print VatKind's).
_MENTIONS = {
    VatKind.OUTSIDE_SCOPE: tr_noop("Clause", "Hors champ de la TVA"),
    VatKind.EXEMPT: tr_noop("Clause", "Exonération de TVA"),
}


class ClauseError(ValueError):
    """A clause that cannot be recorded as given; the message is for the user."""


@dataclass(frozen=True, slots=True)
class FeeTerms:
    """A management fee (R11): ``rate`` (0.05 for 5 %) on the beneficiary's subtotal of each section."""

    rate: Fraction
    sections: frozenset[str]


@dataclass(frozen=True, slots=True)
class VatTreatment:
    """How a section is taxed (R14).

    *outside_scope* and *exempt* carry the legal basis printed on the statement
    (« art. 261 D 2° du CGI ») and, for an exemption, the EN 16931 code (VATEX-EU-…).
    """

    kind: str
    rate: Fraction = Fraction(0)
    legal_basis: str = ""
    exemption_code: str = ""
    # The whole mention as the convention words it, for its single regime (R10):
    # « TVA non applicable, art. 293 B du CGI ».
    wording: str = ""

    def __post_init__(self) -> None:
        if self.kind not in VAT_KINDS:
            raise ClauseError(tr("Clause", "Traitement de TVA inconnu « {kind} ».", kind=self.kind))

    @property
    def mention(self) -> str:
        """The words printed for an untaxed amount (empty for a taxable one)."""
        if self.kind == TAXABLE:
            return ""
        if self.wording:
            return self.wording
        words = translate_marked("Clause", _MENTIONS[self.kind])
        return f"{words}, {self.legal_basis}" if self.legal_basis else words

    def describe(self) -> str:
        if self.kind == TAXABLE:
            return tr("Clause", "TVA {rate}", rate=french.short_percent(self.rate))
        return self.mention


@dataclass(frozen=True, slots=True)
class Absence:
    """A person's absence, both days included; ``kind`` is a key of ABSENCE_KINDS."""

    start: dt.date
    end: dt.date
    kind: str


@dataclass(frozen=True, slots=True)
class Revaluation:
    """A yearly revaluation (R16): ``rate`` on each anniversary of ``reference``."""

    rate: Fraction
    reference: dt.date


@dataclass(frozen=True, slots=True)
class FreeProvision:
    """A site, equipment item or category provided free to a beneficiary (R17), ends included."""

    attachment: Attachment
    beneficiary_id: int
    start: dt.date
    end: dt.date | None = None
    amendment: str | None = None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ConventionClauses:
    """The convention's own clauses; all empty means "none", i.e. today's computation."""

    convention_id: int = 0
    fee: Timeline[FeeTerms] = field(default_factory=Timeline)
    vat: Mapping[str, Timeline[VatTreatment]] = field(default_factory=dict)  # section → dated
    kept_absence_kinds: Timeline[frozenset[str]] = field(default_factory=Timeline)
    free_provisions: tuple[FreeProvision, ...] = ()

    def kept_kinds_on(self, day: dt.date) -> frozenset[str]:
        return self.kept_absence_kinds.value_at(day, DEFAULT_KEPT_KINDS)

    def change_dates(self) -> set[dt.date]:
        """Days on which a fee, VAT treatment or free provision starts or stops."""
        days = {e.effective for e in self.fee.entries}
        days.update(e.effective for t in self.vat.values() for e in t.entries)
        for free in self.free_provisions:
            days.add(free.start)
            if free.end is not None:
                days.add(free.end + dt.timedelta(days=1))
        return days

    @property
    def per_period(self) -> bool:
        """Whether any clause acts after the lines are computed (fee, VAT, free provision)."""
        return bool(self.fee or self.vat or self.free_provisions)


def is_billing_period_start(day: dt.date, frequency: str) -> bool:
    """Whether ``day`` opens a billing period of a convention billed at ``frequency``."""
    step = FREQUENCY_MONTHS[frequency]
    return day.day == 1 and (day.month - 1) % step == 0


def check_clause_date(day: dt.date, frequency: str, what: str) -> None:
    """Refuse a fee, VAT or free-provision change that does not open a billing period.

    A statement covers one billing period; a clause changing inside it would make one
    statement apply two rates to one subtotal, which no reader can check.
    """
    if not is_billing_period_start(day, frequency):
        step = FREQUENCY_MONTHS[frequency]
        months = [month_name(m) for m in range(1, 13, step)]
        if step == 1:
            starts = tr("Clause", "d'un mois")
        elif len(months) == 1:
            starts = months[0]
        else:
            starts = tr("Clause", "{months} ou {last}", months=", ".join(months[:-1]), last=months[-1])
        raise ClauseError(tr(
            "Clause", "{what} ne peut changer que le premier jour d'une période de facturation : le {day} tombe "
            "à l'intérieur de la période qui se termine le {end}. Choisissez le 1er {starts}.",
            what=what, day=french.date(day), end=french.date(_period_end(day, step)), starts=starts,
        ))


def _period_end(day: dt.date, step: int) -> dt.date:
    last_month = ((day.month - 1) // step + 1) * step
    return month_end(dt.date(day.year, last_month, 1))


def check_rate(rate: Fraction, what: str, *, maximum: Fraction = Fraction(1)) -> None:
    """A rate between 0 and ``maximum`` (100 % unless told), else a French message."""
    if not 0 <= rate <= maximum:
        raise ClauseError(tr(
            "Clause", "{what} doit être compris entre {zero} et {maximum} (saisi : {rate}).", what=what,
            zero=f"0{french.NBSP}%", maximum=french.short_percent(maximum), rate=french.short_percent(rate),
        ))


def check_absences(absences, employment_start: dt.date, employment_end: dt.date | None, name: str) -> None:
    """Absences within employment, ends in order, none overlapping another (R15)."""
    ordered = sorted(absences, key=lambda a: a.start)
    for absence in ordered:
        if absence.kind not in ABSENCE_KINDS:
            raise ClauseError(tr("Clause", "Nature d'absence inconnue « {kind} ».", kind=absence.kind))
        if absence.end < absence.start:
            raise ClauseError(tr(
                "Clause", "L'absence de {name} se termine le {end}, avant de commencer le {start}.", name=name,
                end=french.date(absence.end), start=french.date(absence.start),
            ))
        if absence.start < employment_start or (
            employment_end is not None and absence.end > employment_end
        ):
            until = tr("Clause", " au {day}", day=french.date(employment_end)) if employment_end else ""
            raise ClauseError(tr(
                "Clause", "L'absence de {name} du {start} au {end} sort de sa période d'emploi (du {hired}{until}).",
                name=name, start=french.date(absence.start), end=french.date(absence.end),
                hired=french.date(employment_start), until=until,
            ))
    for before, after in zip(ordered, ordered[1:]):
        if after.start <= before.end:
            raise ClauseError(tr(
                "Clause", "Deux absences de {name} se chevauchent : du {start} au {end} et du {next_start} au "
                "{next_end}.", name=name, start=french.date(before.start), end=french.date(before.end),
                next_start=french.date(after.start), next_end=french.date(after.end),
            ))
