"""The convention summary PDF (*fiche convention*, DESIGN §5): a convention as it stands on a date.

:func:`render_convention` prints a :class:`ConventionSummary`: the terms, the parties in
their order, the key dates (end of the current term, notice deadline, next renewal) with a
warning when the notice deadline is near, the amendments, then the resources made available
and the keys in force on the date, each value with the date and the amendment that set it,
and the list of articles (their full text in an annex on request).

The values here are filled from the database by :mod:`mutualisation.services.summaries`.
"""

from __future__ import annotations

import re
from fractions import Fraction

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ..domain import french
from ..domain.documents.convention import (
    KEY_KIND_WORDS,
    ConventionSummary,
    Since,
    key_dates,
    share_text,
    terms,
)
from .blocks import footer_text
from .layout import (
    BOLD,
    CONTENT_WIDTH,
    MUTED,
    article_body,
    block,
    data_table,
    header_row,
    label_value_table,
    long_date,
    para,
    rich,
    side_by_side,
    styles,
    warning_box,
)
from .pages import PageInfo, build_pdf

# --- the PDF --------------------------------------------------------------------------------

# A French postcode and its town (up to the next comma): « 54970 Landres » stays on one line.
_POSTCODE_TOWN = re.compile(r"\b\d{5} [^,\n]+")


def one_line_address(address: str) -> str:
    """An address on one line, its lines joined by commas, a postcode never parted from its town."""
    keep_together = _POSTCODE_TOWN.sub(lambda m: "\u00a0".join(m.group().split()), address)
    return keep_together.replace("\n", ", ")


def render_convention(summary: ConventionSummary, *, full_text: bool = False) -> bytes:
    """The convention summary as PDF bytes; ``full_text`` adds the articles' text in an annex."""
    story: list[Flowable] = _heading(summary)
    story += _parties(summary)
    story += _terms_and_dates(summary)
    story += _financial_clauses(summary)
    story += _amendments(summary)
    story += _resources(summary)
    story += _articles(summary, full_text)
    title = f"Fiche convention {summary.reference}"
    info = PageInfo(
        title=f"{title} au {french.date(summary.on)}",
        author=summary.provider.name,
        subject=f"{title} — {summary.title}",
        running_header=f"{title} — situation au {french.date(summary.on)}",
        footer=footer_text(summary.provider),
    )
    return build_pdf(story, info)


def _heading(summary: ConventionSummary) -> list[Flowable]:
    s = styles()
    left = [para("FICHE CONVENTION", s.caption), para(summary.title, s.title),
            para(f"Convention {summary.reference}", s.party_name)]  # fmt: skip
    # The date never breaks (« 2026 » alone on a line); the right cell holds the longest one,
    # « Situation au 30 septembre 2026 », on one line.
    on = long_date(summary.on).replace(" ", "\u00a0")
    right = [
        para(f"Situation au {on}", s.number_right),
        para(f"Établie le {french.date(summary.made_on)}", s.muted_right),
    ]
    story: list[Flowable] = [side_by_side(left, right, 94 * mm, 4 * mm), Spacer(1, 6 * mm)]
    if summary.notice_alert:
        story += [warning_box("Préavis à surveiller", [summary.notice_alert]), Spacer(1, 5 * mm)]
    return story


def _parties(summary: ConventionSummary) -> list[Flowable]:
    s = styles()
    rows: list[list] = [header_row(("Rang", "Partie", "Rôle", "SIRET", "Signataire"))]
    for rank, party in enumerate(summary.parties):
        role = "Prestataire" if rank == 0 else "Bénéficiaire"
        signatory = ", ".join(x for x in (party.signatory_name, party.signatory_title) if x)
        name = [rich([("b", party.name)], s.cell)]
        if party.address:
            name.append(para(one_line_address(party.address), s.cell_note))
        rows.append([
            "—" if rank == 0 else str(rank), name, para(role, s.cell), para(french.siret(party.siret) if party.siret else "—", s.cell),
            para(signatory or "—", s.cell),
        ])  # fmt: skip
    table = data_table(rows, (10 * mm, 72 * mm, 22 * mm, 34 * mm, 36 * mm))
    note = para("Le rang des bénéficiaires départage les arrondis (règle du plus fort reste).", s.muted)
    return [para("Parties", s.heading), table, Spacer(1, 1.5 * mm), note, Spacer(1, 6 * mm)]


def _terms_and_dates(summary: ConventionSummary) -> list[Flowable]:
    s = styles()
    left = [para("CLAUSES", s.caption), label_value_table(terms(summary), 33 * mm, 100 * mm)]
    dates = label_value_table(key_dates(summary), 36 * mm, 62 * mm)
    right = [block([para("DATES CLÉS", s.caption), dates], 68 * mm, tinted=True)]
    return [para("Clauses et dates clés", s.heading),
            side_by_side(left, right, 100 * mm, gap=6 * mm), Spacer(1, 6 * mm)]  # fmt: skip


def _financial_clauses(summary: ConventionSummary) -> list[Flowable]:
    """The fee, VAT per section and absences kept, in words; nothing when the convention has none."""
    if not summary.financial_clauses:
        return []
    s = styles()
    return [CondPageBreak(25 * mm), para("Clauses financières", s.heading),
            *(para(sentence, s.body) for sentence in summary.financial_clauses), Spacer(1, 6 * mm)]  # fmt: skip


def _amendments(summary: ConventionSummary) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [CondPageBreak(30 * mm), para("Avenants", s.heading)]
    if not summary.amendments:
        return story + [para("Aucun avenant.", s.muted), Spacer(1, 6 * mm)]
    rows: list[list] = [header_row(("N°", "Signé le", "Effet", "Objet"))]
    for amendment in summary.amendments:
        effect = [para(french.date(amendment.effective_date), s.cell)]
        if not amendment.in_force:
            effect.append(para("à venir", s.cell_note))
        rows.append([
            str(amendment.number),
            para(french.date(amendment.signature_date) if amendment.signature_date else "—", s.cell),
            effect, para(amendment.summary, s.cell),
        ])  # fmt: skip
    return story + [data_table(rows, (10 * mm, 22 * mm, 22 * mm, CONTENT_WIDTH - 54 * mm)), Spacer(1, 6 * mm)]


# --- resources in force ---------------------------------------------------------------------


def _resources(summary: ConventionSummary) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        para(f"Moyens et clés en vigueur au {french.date(summary.on)}", s.heading),
        para(
            "Chaque valeur est celle en vigueur à cette date ; quand elle a changé depuis la prise d'effet "
            f"de la convention ({french.date(summary.start_date)}), la date et l'avenant qui l'ont fixée "
            "sont indiqués.",
            s.muted,
        ),
    ]
    story += _staff(summary)
    story += _equipment(summary)
    story += _sites(summary)
    story += _keys(summary)
    story += _categories(summary)
    story += _headcount(summary)
    return story


def _staff(summary: ConventionSummary) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = _subheading("Personnel mis à disposition")
    if not summary.staff:
        return story + [para("Aucun agent employé à cette date.", s.muted)]
    codes = [b.code for b in summary.beneficiaries]
    width = (CONTENT_WIDTH - 71 * mm) / (len(codes) + 1)
    right = tuple(range(1, len(codes) + 3))
    head = ("Agent", "Temps de travail", *(f"Quotité {c}" for c in codes), f"Conservé par {summary.provider.code}")
    rows: list[list] = [header_row(head, right)]
    for person in summary.staff:
        name = [para(person.name, s.cell)]
        if person.job_title:
            name.append(para(person.job_title, s.cell_note))
        time = "—" if person.working_time is None else french.short_percent(person.working_time)
        rows.append([
            name,
            _dated(time, _origin(summary, person.working_since)),
            *(_dated(share_text(share), _origin(summary, share.since)) for share in person.shares),
            french.short_percent(person.provider_rest),
        ])  # fmt: skip
    table = data_table(rows, (40 * mm, 31 * mm, *([width] * (len(codes) + 1))), right_columns=right)
    note = "Quotité : part du temps de travail de l'agent mise à disposition du bénéficiaire."
    return story + [table, Spacer(1, 1.5 * mm), para(note, s.muted)]


def _origin(summary: ConventionSummary, since: Since) -> str:
    """When and by which amendment a value took effect; "" for a value set from the start."""
    if since.amendment or (since.effective is not None and since.effective > summary.start_date):
        return since.text
    return ""


def _subheading(text: str) -> list[Flowable]:
    """A resource's title, never alone at the bottom of a page."""
    return [CondPageBreak(35 * mm), para(text, styles().subheading)]


def _dated(text: str, origin: str) -> list[Flowable]:
    """A right-aligned value with, below it, when it took effect and by which amendment."""
    s = styles()
    cell = [para(text, s.cell_right)]
    if origin:
        cell.append(para(origin, s.cell_note_right))
    return cell


def _equipment(summary: ConventionSummary) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = _subheading("Matériel")
    if not summary.equipment:
        return story + [para("Aucun matériel en service à cette date.", s.muted)]
    right = (1,)
    rows: list[list] = [header_row(("Matériel", "Valeur (€)", "Amortissement", "Clé en vigueur"), right)]
    for item in summary.equipment:
        if item.value:
            state = "amorti" if item.depreciated_until < summary.on else "en cours"
            depreciation = (f"{item.life_years} ans depuis le {french.date(item.in_service)}, "
                            f"jusqu'au {french.date(item.depreciated_until)} ({state})")  # fmt: skip
        else:
            depreciation = f"sans amortissement (en service depuis le {french.date(item.in_service)})"
        key = [para(item.key_name or "aucune clé", s.cell)]
        if _origin(summary, item.key_since):
            key.append(para(_origin(summary, item.key_since), s.cell_note))
        value = french.number(item.value, 2) if item.value else "—"
        rows.append([para(item.name, s.cell), value, para(depreciation, s.cell_note), key])
    return story + [data_table(rows, (62 * mm, 20 * mm, 46 * mm, 46 * mm), right_columns=right)]


def _sites(summary: ConventionSummary) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = _subheading("Locaux — surfaces exclusives")
    if not summary.sites:
        return story + [para("Aucun site.", s.muted)]
    right = (2, 3)
    rows: list[list] = [header_row(("Site", "Partie", "Surface exclusive", "Part", "En vigueur"), right)]
    extra: list[tuple] = []
    for site in summary.sites:
        first = len(rows)
        description = [rich([("b", site.name)], s.cell)]
        if site.address:
            description.append(para(one_line_address(site.address), s.cell_note))
        description.append(para(f"Parties communes : {french.quantity(site.common_area)}\u00a0m² (pour information)",
                                s.cell_note))  # fmt: skip
        for index, part in enumerate(site.surfaces):
            rows.append([
                description if index == 0 else "",
                para(part.party_code, s.cell),
                share_text(part, "m²"),
                french.percent(part.ratio) if part.ratio is not None else "—",
                para(_origin(summary, part.since) or "d'origine", s.cell_note),
            ])  # fmt: skip
        if not site.surfaces:
            rows.append([description, para("aucune surface saisie", s.cell_note), "", "", ""])
        last = len(rows) - 1
        rows.append(["", rich([("b", "Total")], s.cell), f"{french.quantity(site.exclusive_area)}\u00a0m²", "", ""])
        extra += [
            ("SPAN", (0, first), (0, last + 1)),
            ("LINEABOVE", (1, last + 1), (3, last + 1), 0.5, MUTED),
            ("FONTNAME", (2, last + 1), (2, last + 1), BOLD),
            ("NOSPLIT", (0, first), (-1, last + 1)),
        ]
        if first > 1:
            extra.append(("LINEABOVE", (0, first), (-1, first), 0.6, MUTED))
    table = data_table(rows, (54 * mm, 18 * mm, 24 * mm, 18 * mm, 60 * mm), right_columns=right,
                       extra_style=extra, hairlines=False)  # fmt: skip
    return story + [table]


def _keys(summary: ConventionSummary) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = _subheading("Clés de répartition")
    if not summary.keys:
        return story + [para("Aucune clé de répartition.", s.muted)]
    rows: list[list] = [header_row(("Clé", "Nature", f"Répartition au {french.date(summary.on)}"))]
    for key in summary.keys:
        kind = [para(KEY_KIND_WORDS.get(key.kind, key.kind), s.cell)]
        if key.basis:
            kind.append(para(key.basis, s.cell_note))
        split = []
        if key.parts:
            text = " ; ".join(
                f"{p.party_code} {share_text(p, key.unit)}"
                + (f" ({french.percent(p.ratio)})" if p.ratio is not None and key.unit != "%" else "")
                for p in key.parts
            )
            split.append(para(text, s.cell))
        notes = [key.note] if key.note else []
        if key.amendments:
            notes.append(", ".join(key.amendments))
        if notes:
            split.append(para(" — ".join(notes), s.cell_note))
        rows.append([para(key.name, s.cell_bold), kind, split or para("—", s.cell)])
    return story + [data_table(rows, (48 * mm, 36 * mm, CONTENT_WIDTH - 84 * mm))]


def _categories(summary: ConventionSummary) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = _subheading("Catégories de dépenses")
    if not summary.categories:
        return story + [para("Aucune catégorie de dépenses.", s.muted)]
    rows: list[list] = [header_row(("Catégorie", "Clé en vigueur", "En vigueur"))]
    for category in summary.categories:
        rows.append([para(category.name, s.cell), para(category.key_name or "aucune clé", s.cell),
                     para(_origin(summary, category.since) or "d'origine", s.cell_note)])  # fmt: skip
    return story + [data_table(rows, (62 * mm, 62 * mm, CONTENT_WIDTH - 124 * mm))]


def _headcount(summary: ConventionSummary) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = _subheading("Effectifs propres (hors personnel mis à disposition)")
    if not summary.headcount:
        return story + [para("Aucun effectif propre saisi.", s.muted)]
    right = (1,)
    rows: list[list] = [header_row(("Partie", "Effectif (ETP)", "En vigueur"), right)]
    for part in summary.headcount:
        rows.append([para(f"{part.party_name} ({part.party_code})", s.cell), french.quantity(Fraction(part.value)),
                     para(_origin(summary, part.since) or "d'origine", s.cell_note)])  # fmt: skip
    table = data_table(rows, (100 * mm, 28 * mm, CONTENT_WIDTH - 128 * mm), right_columns=right)
    note = "Ils s'ajoutent aux quotités du personnel mis à disposition dans les clés « effectifs »."
    return story + [KeepTogether([table, Spacer(1, 1.5 * mm), para(note, s.muted)])]


# --- articles -------------------------------------------------------------------------------


def _articles(summary: ConventionSummary, full_text: bool) -> list[Flowable]:
    s = styles()
    title = para("Articles de la convention", s.heading)
    if not summary.articles:
        return [Spacer(1, 4 * mm), title, para("Aucun article enregistré.", s.muted)]
    listing = label_value_table([(f"Article {a.number}", a.title) for a in summary.articles], 24 * mm)
    story: list[Flowable] = [Spacer(1, 4 * mm), KeepTogether([title, listing])]
    if full_text:
        story += [Spacer(1, 8 * mm), CondPageBreak(70 * mm), para("Annexe — Texte des articles", s.heading)]
        for article in summary.articles:
            body = article_body(article.body, s.body) or [para("(texte non saisi)", s.muted)]
            story.append(KeepTogether([para(f"Article {article.number} — {article.title}", s.subheading), *body]))
            story.append(Spacer(1, 2 * mm))
    return story

