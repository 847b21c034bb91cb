"""A convention as it stands on a date: the values of its summary, and their wording.

Filled from the database by :mod:`mutualisation.services.convention_summaries`; printed by
:mod:`mutualisation.reporting.convention_pdf`, shown by the Convention page and the command
line. Nothing here draws, so the app reads a summary without loading the PDF library.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .. import french
from ..vocabulary import BillingFrequency, KeyKind
from .header import PartyDetails

# « facturation trimestrielle », « 4 états trimestriels »
FREQUENCY_ADJECTIVES = {f: (f.adjective, f.plural_adjective, f.per) for f in BillingFrequency}

NOTICE_WARNING_DAYS = 90

KEY_KIND_WORDS = {kind: kind.label for kind in KeyKind}


@dataclass(frozen=True, slots=True)
class Since:
    """When a value in force took effect, and the amendment that set it (if any)."""

    effective: dt.date | None
    amendment: str | None = None  # « avenant n° 1 »

    @property
    def text(self) -> str:
        """« depuis le 01/03/2025 (avenant n° 1) », « depuis le 01/01/2025 », or ""."""
        if self.effective is None:
            return ""
        text = f"depuis le {french.date(self.effective)}"
        return f"{text} ({self.amendment})" if self.amendment else text


@dataclass(frozen=True, slots=True)
class ShareInForce:
    """One party's value in a row: a share, an area, a percentage, with its ratio and origin."""

    party_code: str
    party_name: str
    value: Fraction  # exact, as the engine reads it
    ratio: Fraction | None = None  # of the row's total, when it makes sense
    since: Since = Since(None)


@dataclass(frozen=True, slots=True)
class StaffResource:
    name: str
    job_title: str
    working_time: Fraction | None
    working_since: Since
    shares: tuple[ShareInForce, ...]  # one per beneficiary, in convention order
    provider_rest: Fraction  # what the provider keeps of the person's time


@dataclass(frozen=True, slots=True)
class EquipmentResource:
    name: str
    value: Decimal
    in_service: dt.date
    life_years: int
    key_name: str | None
    key_since: Since

    @property
    def depreciated_until(self) -> dt.date:
        """The last day of depreciation (R6)."""
        try:
            end = self.in_service.replace(year=self.in_service.year + self.life_years)
        except ValueError:  # 29 February
            end = dt.date(self.in_service.year + self.life_years, 3, 1)
        return end - dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class SiteResource:
    name: str
    address: str
    common_area: Decimal
    surfaces: tuple[ShareInForce, ...]  # exclusive m² per party, with their ratio

    @property
    def exclusive_area(self) -> Fraction:
        return sum((Fraction(s.value) for s in self.surfaces), Fraction(0))


@dataclass(frozen=True, slots=True)
class KeyResource:
    """An allocation key as it splits costs on the date."""

    name: str
    kind: str  # fixed, surface, headcount, metered, direct
    basis: str  # what it rests on: a site, a meter, a party, or ""
    parts: tuple[ShareInForce, ...]  # value in the key's unit and ratio, per party
    unit: str  # « % », « m² », « ETP », « km »…
    amendments: tuple[str, ...] = ()
    note: str = ""  # « relevés du 01/01/2025 au 31/03/2025 », or why it is undefined


@dataclass(frozen=True, slots=True)
class CategoryResource:
    name: str
    key_name: str | None
    since: Since


@dataclass(frozen=True, slots=True)
class AmendmentEntry:
    number: int
    signature_date: dt.date | None
    effective_date: dt.date
    summary: str
    in_force: bool  # effective on the summary's date


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    number: str
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class ConventionSummary:
    """A convention's terms, parties, key dates, amendments and resources in force on ``on``."""

    on: dt.date
    made_on: dt.date
    reference: str
    title: str
    provider: PartyDetails
    beneficiaries: tuple[PartyDetails, ...]  # in convention order
    signature_date: dt.date | None
    start_date: dt.date
    end_date: dt.date | None
    duration_months: int | None
    tacit_renewal: bool
    renewal_months: int | None
    notice_months: int
    billing_frequency: str
    payment_term_days: int
    vat_regime: str  # not_subject, subject
    vat_rate: Decimal
    vat_mention: str
    advance_mode: bool
    term_end: dt.date | None  # end of the term running on ``on`` (after renewals)
    notice_deadline: dt.date | None
    renewals: int  # tacit renewals before ``on``
    amendments: tuple[AmendmentEntry, ...] = ()
    staff: tuple[StaffResource, ...] = ()
    equipment: tuple[EquipmentResource, ...] = ()
    sites: tuple[SiteResource, ...] = ()
    keys: tuple[KeyResource, ...] = ()
    categories: tuple[CategoryResource, ...] = ()
    headcount: tuple[ShareInForce, ...] = ()  # own FTE of each party, outside the staff register
    articles: tuple[ArticleEntry, ...] = ()
    # The financial clauses (fee, VAT per section, absences kept), one sentence each.
    financial_clauses: tuple[str, ...] = ()
    # Each beneficiary's documents show the other beneficiaries' parts (default: only its own).
    transparency: bool = False
    # The first day a section has its own VAT treatment (R14), None when none ever has: from
    # then on the single regime above no longer says how a document is taxed.
    section_vat_from: dt.date | None = None

    @property
    def next_renewal(self) -> dt.date | None:
        """The day the next term starts by tacit renewal, None without renewal."""
        if not self.tacit_renewal or self.term_end is None:
            return None
        return self.term_end + dt.timedelta(days=1)

    @property
    def ended(self) -> bool:
        return self.term_end is not None and self.term_end < self.on

    @property
    def notice_alert(self) -> str:
        """A warning when the notice deadline falls within 90 days of ``on``; else ""."""
        if self.notice_deadline is None or self.ended:
            return ""
        days = (self.notice_deadline - self.on).days
        if not 0 <= days <= NOTICE_WARNING_DAYS:
            return ""
        when = "aujourd'hui" if days == 0 else f"dans {days} jour{'s' if days > 1 else ''}"
        if self.tacit_renewal:
            period = self.renewal_months or self.duration_months
            length = f" pour {period} mois" if period else ""
            outcome = (
                f"faute de dénonciation notifiée au plus tard le {french.date(self.notice_deadline)}, "
                f"la convention sera reconduite tacitement le {french.date(self.next_renewal)}{length}"
            )
        else:
            outcome = (
                f"la convention prend fin le {french.date(self.term_end)} ; une dénonciation "
                f"anticipée ou une négociation de renouvellement doit être notifiée au plus tard "
                f"le {french.date(self.notice_deadline)}"
            )
        return f"Date limite de préavis {when} : {outcome}."

    @property
    def parties(self) -> tuple[PartyDetails, ...]:
        return (self.provider, *self.beneficiaries)


# --- words shared by the PDF and the command line -------------------------------------------


def duration_text(summary: ConventionSummary) -> str:
    if summary.end_date and summary.duration_months:
        return f"{summary.duration_months} mois, jusqu'au {french.date(summary.end_date)}"
    if summary.end_date:
        return f"jusqu'au {french.date(summary.end_date)}"
    if summary.duration_months:
        return f"{summary.duration_months} mois"
    return "durée indéterminée"


def renewal_text(summary: ConventionSummary) -> str:
    if not summary.tacit_renewal:
        return "pas de reconduction tacite"
    period = summary.renewal_months or summary.duration_months
    return f"tacite, par périodes de {period} mois" if period else "tacite"


def vat_text(summary: ConventionSummary) -> str:
    """The convention's single regime (R10), unless VAT per section (R14) replaces it: then no
    single rate is printed, which would be wrong for every section taxed otherwise."""
    per_section = "par section (voir les clauses financières)"
    since = summary.section_vat_from
    if since is not None and since <= summary.on:
        return f"{per_section} depuis le {french.date(since)}"
    if summary.vat_regime == "subject":
        text = f"assujettie, TVA au taux de {french.short_percent(summary.vat_rate)}"
    else:
        text = f"non assujettie — {summary.vat_mention or 'TVA non applicable'}"
    return text if since is None else f"{text} ; {per_section} à partir du {french.date(since)}"


def advance_text(summary: ConventionSummary) -> str:
    if summary.advance_mode:
        return "appels de fonds sur le prévisionnel, puis régularisation annuelle"
    return "états établis sur les dépenses réelles de chaque période"


def transparency_text(summary: ConventionSummary) -> str:
    if summary.transparency:
        return "oui : les documents de chaque bénéficiaire montrent aussi les parts des autres bénéficiaires"
    return "non : les documents de chaque bénéficiaire ne montrent que ses propres parts"


def terms(summary: ConventionSummary) -> list[tuple[str, str]]:
    """The terms as (label, value) rows."""
    rows = [
        ("Référence", summary.reference),
        ("Intitulé", summary.title),
        ("Signature", french.date(summary.signature_date) if summary.signature_date else "non renseignée"),
        ("Prise d'effet", french.date(summary.start_date)),
        ("Durée", duration_text(summary)),
        ("Reconduction", renewal_text(summary)),
        ("Préavis", f"{summary.notice_months} mois avant l'échéance"),
        ("Facturation", FREQUENCY_ADJECTIVES[summary.billing_frequency][0]),
        ("Délai de paiement", f"{summary.payment_term_days} jours"),
        ("TVA", vat_text(summary)),
        ("Mode de facturation", advance_text(summary)),
        ("Transparence entre bénéficiaires", transparency_text(summary)),
    ]
    return rows


def key_dates(summary: ConventionSummary) -> list[tuple[str, str]]:
    """End of the current term, notice deadline, next renewal, as (label, value) rows."""
    if summary.term_end is None:
        return [("Échéance", "aucune (durée indéterminée)")]
    term = "Fin de la période en cours" if summary.renewals else "Échéance"
    rows = [(term, french.date(summary.term_end))]
    if summary.renewals:
        rows.append(("Reconductions déjà intervenues", str(summary.renewals)))
    if summary.ended:
        rows.append(("Situation", f"convention échue le {french.date(summary.term_end)}"))
        return rows
    rows.append(("Date limite de préavis", french.date(summary.notice_deadline)))
    if summary.next_renewal:
        rows.append(("Prochaine reconduction", french.date(summary.next_renewal)))
    else:
        rows.append(("Prochaine reconduction", "aucune : la convention prend fin à l'échéance"))
    return rows


def share_text(part: ShareInForce, unit: str = "%") -> str:
    """« 40 % », « 36 m² », « 2,5 ETP »: a party's value in a key or a table cell."""
    if unit == "%":
        return french.short_percent(Fraction(part.value))
    return f"{french.quantity(Fraction(part.value))}\u00a0{unit}" if unit else french.quantity(Fraction(part.value))
