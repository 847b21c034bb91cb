"""The forecast PDF (DESIGN §5): a beneficiary's expected amounts for a year, for its budget vote.

:func:`render_forecast` prints a :class:`ForecastDocument` on A4 pages with the statement's
look: the same parties block, the same table of lines by section (base, key, rate, amount)
with subtotals, then the forecast total and its words, the planned inputs it rests on and the
signature. A forecast missing data (a planned cost, planned meter quantities…) says so in a
warning box at the top and across every page: its amounts are then too low to be voted.

The values (:mod:`mutualisation.domain.documents.forecast`) are filled from the database by
:mod:`mutualisation.services.summaries`.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from ..domain import french
from ..domain.documents.convention import FREQUENCY_ADJECTIVES
from ..domain.documents.forecast import ForecastDocument, PlannedMeter
from ..domain.priced_meters import unit_price_text
from .blocks import footer_text, heading, lines_flowables, signature_block, totals_box
from .free_block import free_block
from .layout import (
    CONTENT_WIDTH,
    block,
    data_table,
    header_row,
    para,
    rich,
    styles,
    warning_box,
)
from .pages import PageInfo, build_pdf
from .words import amount_in_words

BUDGET_DEADLINE = "15 avril"  # vote of a local public body's budget (CGCT, art. L1612-2)


def render_forecast(doc: ForecastDocument) -> bytes:
    """The forecast as PDF bytes (A4, French, fonts embedded, « page n/N »)."""
    title = f"Prévisionnel {doc.year}"
    story: list[Flowable] = heading(
        doc.header, title, f"Pour le vote du budget {doc.year}",
        [("Établi le", french.date(doc.issue_date)),
         ("Exercice", f"du {french.date(doc.period.start)} au {french.date(doc.period.end)}"),
         ("Facturation", FREQUENCY_ADJECTIVES[doc.billing_frequency][0])],
    )  # fmt: skip
    if doc.problems:
        story += [_incomplete(doc), Spacer(1, 5 * mm)]
    story += [_purpose(doc), Spacer(1, 5 * mm)]
    story += lines_flowables(doc)
    story += _totals(doc)
    story += free_block(doc.figures)  # what the forecast values pour mémoire, as the statements will
    inputs = _inputs(doc)
    # The signature never stands alone on the last page: it keeps the end of the inputs with it,
    # the last table of assumptions included.
    last = [inputs.pop()] if len(inputs) > 2 else []
    story += inputs
    story += [KeepTogether([*last, Spacer(1, 3 * mm), _recorded_inputs_note(doc), Spacer(1, 8 * mm),
                            signature_block(doc)])]  # fmt: skip
    info = PageInfo(
        title=f"{title} — {doc.recipient.name}",
        author=doc.issuer.name,
        subject=f"{title} — {doc.recipient.name} — convention {doc.convention_reference}",
        running_header=f"{title} — {doc.recipient.name}",
        footer=footer_text(doc.issuer),
        watermark="INCOMPLET" if doc.problems else "",
    )
    return build_pdf(story, info)


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
    keys = [meter for meter in doc.planned_meters if not meter.priced]
    if keys:
        # The recipient's own quantity, the total and its part: enough to check the ratio, and
        # nothing of what the other beneficiaries plan to use (their figures stay theirs).
        codes = [doc.recipient.code]
        right = tuple(range(1, len(codes) + 3))
        width = (CONTENT_WIDTH - 56 * mm) / (len(codes) + 2)
        rows = [header_row(("Compteur", *codes, "Total", "Part de " + doc.recipient.code), right)]
        for meter in keys:
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
    priced = [meter for meter in doc.planned_meters if meter.priced]
    if priced:
        # A priced meter bills the recipient's own units at the unit price (R12): no share of a
        # total, so the reader is given what the line multiplies.
        right = (1, 2)
        rows = [header_row(("Compteur", f"Unités prévues ({doc.recipient.code})", "Prix unitaire"), right)]
        for meter in priced:
            rows.append([
                para(meter.meter, s.cell),
                f"{french.quantity(meter.own)} {meter.unit}",
                para(_prices(meter, doc.year), s.cell_right),
            ])  # fmt: skip
        story.append(KeepTogether([
            para("Compteurs facturés au prix unitaire — unités prévues sur l'année", s.subheading),
            data_table(rows, (70 * mm, 40 * mm, CONTENT_WIDTH - 110 * mm), right_columns=right),
        ]))
    return story


def _prices(meter: PlannedMeter, year: int) -> str:
    """« 0,39 € par km », then « puis 0,41 € à partir du 01/07/2027 » for a change in the year."""
    words = []
    for effective, price in meter.prices:
        text = f"{unit_price_text(price)} par {meter.unit}"
        in_force = effective <= dt.date(year, 1, 1)  # already on the year's first day
        words.append(text if in_force else f"{text} à partir du {french.date(effective)}")
    return ", puis ".join(words)


def _recorded_inputs_note(doc: ForecastDocument) -> Flowable:
    return para(
        "Amortissements et charges récurrentes (loyers, abonnements, locations) : montants "
        "enregistrés, reconduits sur l'année. Quotités, surfaces et clés : celles en vigueur "
        f"en {doc.year}, avenants compris.",
        styles().small,
    )
