"""The forecast PDF (DESIGN §5): a beneficiary's expected amounts for a year, for its budget vote.

:func:`render_forecast` prints a :class:`ForecastDocument` on A4 pages with the statement's
look: the same parties block, the same table of lines by section (base, key, rate, amount)
with subtotals, then the forecast total and its words, the planned inputs it rests on and the
signature. A forecast missing data (a planned cost, planned meter quantities…) says so in a
warning box at the top and across every page: its amounts are then too low to be voted.

The values here are filled from the database by :mod:`mutualisation.services.summaries`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from ..domain import french
from ..domain.documents import AmendmentInfo, PartyDetails
from ..domain.money import regular_instalment
from ..domain.party_statement import DocumentLine, PartyStatement, Section, Totals
from ..domain.periods import FREQUENCY_MONTHS, Period
from .convention_summary import FREQUENCY_ADJECTIVES
from .layout import (
    CONTENT_WIDTH,
    PageInfo,
    block,
    build_pdf,
    data_table,
    header_row,
    para,
    plain_table,
    rich,
    side_by_side,
    styles,
    warning_box,
)
from .statement_pdf import (
    footer_text,
    lines_flowables,
    logo_image,
    party_lines,
    signature_block,
    totals_box,
)
from .words import amount_in_words

BUDGET_DEADLINE = "15 avril"  # vote of a local public body's budget (CGCT, art. L1612-2)

_LEFT_WIDTH = 90 * mm
_GAP = 8 * mm
_RIGHT_WIDTH = CONTENT_WIDTH - _LEFT_WIDTH - _GAP


@dataclass(frozen=True, slots=True)
class PlannedStaff:
    """A person's planned cost for the year, as the forecast uses it."""

    name: str
    job_title: str
    annual_cost: Decimal
    share: str  # the recipient's share in words, « Quotité 50 % »


@dataclass(frozen=True, slots=True)
class PlannedBudget:
    """An expense category's budget for the year and the key that shares it."""

    category: str
    amount: Decimal
    key: str


@dataclass(frozen=True, slots=True)
class PlannedMeter:
    """The quantities each party is expected to use over the year (metered keys)."""

    meter: str
    unit: str
    quantities: tuple[tuple[str, Decimal], ...]  # (party code, quantity), convention order
    recipient_code: str

    @property
    def total(self) -> Decimal:
        return sum((q for _code, q in self.quantities), Decimal(0))

    @property
    def share(self) -> Fraction:
        """The recipient's part of the total (0 when nothing is planned)."""
        own = sum((q for code, q in self.quantities if code == self.recipient_code), Decimal(0))
        return Fraction(own) / Fraction(self.total) if self.total else Fraction(0)


@dataclass(frozen=True, slots=True)
class ForecastDocument:
    """Everything the forecast of one beneficiary for one year says."""

    kind: ClassVar[str] = "forecast"

    year: int
    issue_date: dt.date
    issuer: PartyDetails
    recipient: PartyDetails
    convention_reference: str
    convention_title: str
    convention_signature_date: dt.date | None
    amendments: tuple[AmendmentInfo, ...]
    figures: PartyStatement  # the forecast's lines, sections, totals and VAT
    billing_frequency: str  # monthly, quarterly, half_yearly, yearly
    advance_mode: bool = False
    planned_staff: tuple[PlannedStaff, ...] = ()
    planned_budgets: tuple[PlannedBudget, ...] = ()
    planned_meters: tuple[PlannedMeter, ...] = ()
    problems: tuple[str, ...] = ()  # what is missing; the forecast is then incomplete

    @property
    def period(self) -> Period:
        return Period.year(self.year)

    @property
    def lines(self) -> tuple[DocumentLine, ...]:
        return self.figures.lines

    @property
    def totals(self) -> Totals:
        return self.figures.totals

    @property
    def vat_rate(self) -> Decimal | None:
        """None when the forecast is not subject to VAT."""
        return self.figures.totals.vat_rate

    @property
    def vat_mention(self) -> str:
        return self.figures.totals.mention

    @property
    def total_excl_vat(self) -> Decimal:
        return self.figures.totals.excl_vat

    @property
    def vat(self) -> Decimal:
        return self.figures.totals.vat

    @property
    def total(self) -> Decimal:
        return self.figures.totals.total

    @property
    def periods_per_year(self) -> int:
        return 12 // FREQUENCY_MONTHS[self.billing_frequency]

    @property
    def per_period(self) -> Decimal:
        """What each billing period but the last is called, VAT included: each section's annual
        part in equal instalments (:func:`~mutualisation.domain.money.instalments`), exactly
        as the advance calls are computed."""
        count = self.periods_per_year
        excl_vat = regular_instalment([section.subtotal for section in self.figures.sections], count)
        return Totals.single_rate(excl_vat, self.totals.vat_rate).total

    def sections(self) -> tuple[Section, ...]:
        """The sections that have lines, in order, with their subtotals."""
        return self.figures.sections


def render_forecast(doc: ForecastDocument) -> bytes:
    """The forecast as PDF bytes (A4, French, fonts embedded, « page n/N »)."""
    title = f"Prévisionnel {doc.year}"
    story: list[Flowable] = heading(
        doc.issuer, doc.recipient, title, f"Pour le vote du budget {doc.year}",
        [("Établi le", french.date(doc.issue_date)),
         ("Exercice", f"du {french.date(doc.period.start)} au {french.date(doc.period.end)}"),
         ("Facturation", FREQUENCY_ADJECTIVES[doc.billing_frequency][0])],
        doc.convention_reference, doc.convention_title, doc.convention_signature_date, doc.amendments,
    )  # fmt: skip
    if doc.problems:
        story += [_incomplete(doc), Spacer(1, 5 * mm)]
    story += [_purpose(doc), Spacer(1, 5 * mm)]
    story += lines_flowables(doc)
    story += _totals(doc)
    story += _inputs(doc)
    # The signature never stands alone on the last page: it keeps the end of the inputs with it.
    story += [KeepTogether([_recorded_inputs_note(doc), Spacer(1, 8 * mm), signature_block(doc)])]
    info = PageInfo(
        title=f"{title} — {doc.recipient.name}",
        author=doc.issuer.name,
        subject=f"{title} — {doc.recipient.name} — convention {doc.convention_reference}",
        running_header=f"{title} — {doc.recipient.name}",
        footer=footer_text(doc.issuer),
        watermark="INCOMPLET" if doc.problems else "",
    )
    return build_pdf(story, info)


# --- first page, shared with the annual summary ---------------------------------------------


def heading(
    issuer: PartyDetails,
    recipient: PartyDetails,
    title: str,
    subtitle: str,
    date_rows: Sequence[tuple[str, str]],
    convention_reference: str,
    convention_title: str,
    signature_date: dt.date | None,
    amendments: Sequence[AmendmentInfo],
) -> list[Flowable]:
    """The statement's first-page layout: issuer and convention on the left; title, dates
    and the recipient's box on the right."""
    s = styles()
    left: list[Flowable] = []
    logo = logo_image(issuer.logo)
    if logo is not None:
        left += [logo, Spacer(1, 2.5 * mm)]
    left.append(para(issuer.name, s.party_name))
    left += party_lines(issuer, s.small)

    right: list[Flowable] = [para(title, s.title_right)]
    if subtitle:
        right.append(para(subtitle, s.number_right))
    right.append(Spacer(1, 3 * mm))
    right.append(plain_table(
        [[para(label, s.muted_right), para(value, s.small_right)] for label, value in date_rows],
        [_RIGHT_WIDTH - 50 * mm, 50 * mm],
        [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)],
    ))  # fmt: skip

    to: list[Flowable] = [para("DESTINATAIRE", s.caption), para(recipient.name, s.party_name)]
    to += party_lines(recipient, s.small, contact=False)
    if recipient.code_service:
        to += [Spacer(1, 1.5 * mm), rich([("", "Code service : "), ("b", recipient.code_service)], s.small)]

    convention: list[Flowable] = [para("CONVENTION", s.caption)]
    convention.append(rich([("b", f"Convention {convention_reference}")], s.small))
    if convention_title:
        convention.append(para(convention_title, s.small))
    if signature_date:
        convention.append(para(f"signée le {french.date(signature_date)}", s.muted))
    convention += [Spacer(1, 2 * mm), para("AVENANTS EN VIGUEUR", s.caption)]
    if amendments:
        for amendment in amendments:
            pieces = [("", amendment.label)]
            if amendment.summary:
                pieces.append(("", f" — {amendment.summary}"))
            convention.append(rich(pieces, s.small))
    else:
        convention.append(para("aucun", s.muted))
    return [
        side_by_side(left, right, _LEFT_WIDTH, _GAP),
        Spacer(1, 7 * mm),
        side_by_side(convention, block(to, _RIGHT_WIDTH, boxed=True), _LEFT_WIDTH, _GAP),
        Spacer(1, 6 * mm),
    ]


# --- what the document is for, and when it is incomplete ------------------------------------


def _incomplete(doc: ForecastDocument) -> Table:
    return warning_box(
        "Prévisionnel incomplet",
        doc.problems,
        intro="Des données prévisionnelles manquent : les montants ci-dessous sont sous-estimés. "
        "Complétez-les avant de transmettre ce document.",
    )


def _purpose(doc: ForecastDocument) -> Table:
    s = styles()
    adjective, plural, _per = FREQUENCY_ADJECTIVES[doc.billing_frequency]
    count = doc.periods_per_year
    statements = f"{count} états {plural}" if count > 1 else "un état annuel"
    if doc.advance_mode:
        payment = (
            f"Il sert de base aux appels de fonds ({count} par an), régularisés en fin d'année "
            "sur les dépenses réelles."
        )
    else:
        payment = (
            f"Il n'appelle aucun paiement : les sommes dues seront arrêtées par {statements}, "
            "établis sur les dépenses réelles de chaque période."
        )
    text = [
        ("b", "Document prévisionnel. "),
        ("", f"Estimation établie pour l'inscription des crédits au budget {doc.year} du "
             f"destinataire, à voter avant le {BUDGET_DEADLINE} {doc.year}. Elle applique aux "
             "dépenses prévues pour l'année les quotités et les clés de répartition de la convention "
             f"en vigueur en {doc.year}. {payment}"),
    ]  # fmt: skip
    return block([rich(text, s.small)], CONTENT_WIDTH, tinted=True)


# --- totals and words -----------------------------------------------------------------------


def _totals(doc: ForecastDocument) -> list[Flowable]:
    s = styles()
    final = "Montant prévisionnel TTC" if doc.totals.subject_to_vat else "Montant prévisionnel"
    table = totals_box(doc.totals, "Total prévisionnel hors taxes", final, 66 * mm)
    words = rich([("", "Montant prévisionnel : "), ("b", amount_in_words(doc.total)), ("", ".")], s.body)
    together: list[Flowable] = [table, Spacer(1, 5 * mm), words]
    count = doc.periods_per_year
    if count > 1 and doc.total > 0:
        per = FREQUENCY_ADJECTIVES[doc.billing_frequency][2]
        call = "appel de fonds" if doc.advance_mode else "à titre indicatif"
        together.append(Spacer(1, 1.5 * mm))
        together.append(para(
            f"Soit {french.money(doc.per_period)} {per} ({call}, sur {count} périodes de facturation).",
            s.muted,
        ))  # fmt: skip
    return [KeepTogether(together), Spacer(1, 7 * mm)]


# --- the planned inputs ---------------------------------------------------------------------


def _inputs(doc: ForecastDocument) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [CondPageBreak(45 * mm), para("Hypothèses retenues", s.heading)]
    if doc.planned_staff:
        right = (2,)
        rows: list[list] = [header_row(("Agent", "Emploi", "Coût annuel prévu (€)", "Part de " + doc.recipient.code), right)]
        for person in doc.planned_staff:
            rows.append([para(person.name, s.cell), para(person.job_title, s.cell_note),
                         french.number(person.annual_cost, 2), para(person.share, s.cell_note)])  # fmt: skip
        story.append(KeepTogether([
            para("Personnel — coût annuel prévu par agent", s.subheading),
            data_table(rows, (44 * mm, 46 * mm, 38 * mm, 46 * mm), right_columns=right),
            Spacer(1, 1.5 * mm),
            para("Salaires, cotisations patronales et autres éléments de paie, sur les mois d'emploi de l'année.",
                 s.muted),
        ]))  # fmt: skip
    if doc.planned_budgets:
        right = (1,)
        rows = [header_row(("Catégorie de dépenses", "Budget annuel (€)", "Clé de répartition"), right)]
        for budget in doc.planned_budgets:
            rows.append([para(budget.category, s.cell), french.number(budget.amount, 2), para(budget.key, s.cell_note)])
        story.append(KeepTogether([
            para("Dépenses partagées — budget annuel par catégorie", s.subheading),
            data_table(rows, (70 * mm, 32 * mm, 72 * mm), right_columns=right),
        ]))
    if doc.planned_meters:
        codes = list(dict.fromkeys(code for meter in doc.planned_meters for code, _q in meter.quantities))
        right = tuple(range(1, len(codes) + 3))
        width = (CONTENT_WIDTH - 56 * mm) / (len(codes) + 2)
        rows = [header_row(("Compteur", *codes, "Total", "Part de " + doc.recipient.code), right)]
        for meter in doc.planned_meters:
            quantities = dict(meter.quantities)
            rows.append([
                para(f"{meter.meter} ({meter.unit})", s.cell),
                *(french.quantity(quantities[c]) if c in quantities else "—" for c in codes),
                french.quantity(meter.total),
                french.percent(meter.share),
            ])  # fmt: skip
        story.append(KeepTogether([
            para("Compteurs — quantités prévues sur l'année", s.subheading),
            data_table(rows, (56 * mm, *([width] * (len(codes) + 2))), right_columns=right),
        ]))
    return story + [Spacer(1, 3 * mm)]


def _recorded_inputs_note(doc: ForecastDocument) -> Flowable:
    return para(
        "Amortissements et charges récurrentes (loyers, abonnements, locations) : montants "
        "enregistrés, reconduits sur l'année. Quotités, surfaces et clés : celles en vigueur "
        f"en {doc.year}, avenants compris.",
        styles().small,
    )
