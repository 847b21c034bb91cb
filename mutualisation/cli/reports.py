"""``summary`` and ``convention``: the annual summary and the convention summary, as text or PDF."""

from __future__ import annotations

import argparse
import datetime as dt

from ..domain import french
from ..domain.periods import parse_date
from ..services.errors import ServiceError
from .common import USER_ERRORS, add_beneficiary_arguments, fail, on_beneficiary, write_pdf, year


def add_report_commands(commands, db_parent: argparse.ArgumentParser) -> None:
    summary = commands.add_parser(
        "summary", parents=[db_parent],
        help="bilan annuel d'un bénéficiaire : périodes, états, paiements, prévisionnel et réalisé",
    )  # fmt: skip
    summary.add_argument("--year", type=year, required=True, metavar="ANNÉE", help="année du bilan")
    add_beneficiary_arguments(summary)
    summary.add_argument("--date", metavar="DATE", help="date de situation des paiements (par défaut : aujourd'hui)")
    summary.add_argument("--pdf", metavar="FICHIER", help="enregistrer le bilan en PDF")
    summary.set_defaults(handler=run_summary)

    convention = commands.add_parser(
        "convention", parents=[db_parent],
        help="fiche convention : clauses, parties, dates clés, avenants, moyens et clés en vigueur",
    )  # fmt: skip
    convention.add_argument("--convention", metavar="RÉFÉRENCE", help="référence de la convention, s'il y en a plusieurs")
    convention.add_argument("--date", metavar="DATE", help="date de situation (par défaut : aujourd'hui)")
    convention.add_argument("--pdf", metavar="FICHIER", help="enregistrer la fiche en PDF")
    convention.add_argument("--articles", action="store_true", help="avec --pdf : joindre le texte des articles en annexe")
    convention.set_defaults(handler=run_convention)


def _day(text: str | None) -> dt.date | None:
    return parse_date(text) if text else None


def run_summary(database, args) -> int:
    from ..reporting.summary_pdf import render_summary
    from ..services.summaries import annual_summary

    def work(session, party, convention) -> int:
        summary = annual_summary(session, convention, party, args.year, _day(args.date))
        if args.pdf:
            write_pdf(render_summary(summary), args.pdf)
        return _summary_done(summary, args.pdf)

    return on_beneficiary(database, args, work)


def _summary_done(summary, pdf: str | None) -> int:
    if pdf:
        print(f"Bilan annuel {summary.year} de {summary.recipient.code} enregistré : {pdf}")
    else:
        print(format_summary(summary))
    return 0


def run_convention(database, args) -> int:
    from ..reporting.convention_pdf import render_convention
    from ..services.convention_summaries import convention_summary
    from ..services.costs import find_convention

    if args.articles and not args.pdf:
        return fail(ServiceError("--articles s'emploie avec --pdf (le texte des articles va en annexe du PDF)."))
    try:
        day = _day(args.date)
        with database.session() as session:
            convention = find_convention(session, None, args.convention)
            summary = convention_summary(session, convention, day)
        if args.pdf:
            write_pdf(render_convention(summary, full_text=args.articles), args.pdf)
    except USER_ERRORS as exc:
        return fail(exc)
    if args.pdf:
        print(f"Fiche de la convention {summary.reference} au {french.date(summary.on)} enregistrée : {args.pdf}")
        if summary.notice_alert:
            print(f"Attention : {summary.notice_alert}")
    else:
        print(format_convention(summary))
    return 0


# --- text views -----------------------------------------------------------------------------


TOTAL_LABEL = "Total de l'année"


def _rule(width: int = 100) -> str:
    return "─" * width


def format_summary(summary) -> str:
    """The annual summary for a terminal: one block per period, totals, forecast against actual."""
    from ..reporting.summary_pdf import signed_amount, signed_percent

    money = french.money
    out = [
        f"Bilan annuel {summary.year} — {summary.recipient.name} [{summary.recipient.code}]",
        f"Convention {summary.convention_reference} — {summary.convention_title}",
        f"Situation au {french.date(summary.made_on)}",
        "",
        f"{'Période':<24}{'Calcul à ce jour':>18}  {'Document':<42}{'Montant':>14}{'Payé':>14}{'Reste dû':>14}",
        _rule(126),
    ]
    for item in summary.periods:
        label = item.period.label
        if not item.documents:
            out.append(f"{label:<24}{french.number(item.computed, 2):>18}  {'non émis':<42}")
        for index, doc in enumerate(item.documents):
            head = f"{label:<24}{french.number(item.computed, 2):>18}" if index == 0 else " " * 42
            rest = french.number(item.outstanding, 2) if index == 0 else ""
            paid = french.number(doc.paid, 2) if doc.total > 0 else ""
            out.append(f"{head}  {(doc.title + ' n° ' + doc.number)[:41]:<42}{french.number(doc.total, 2):>14}"
                       f"{paid:>14}{rest:>14}")  # fmt: skip
        if item.drift and not summary.advance_mode:
            out.append(f"{'':<42}  écart à rectifier : {signed_amount(item.drift)} €")
        out.append(f"{'':<42}  statut : {item.status}"
                   + (f" ({item.problems} donnée(s) manquante(s))" if item.problems else ""))  # fmt: skip
    for doc in summary.other_documents:
        out.append(f"{doc.period.label[:23]:<24}{'':>18}  {(doc.title + ' n° ' + doc.number)[:41]:<42}"
                   f"{french.number(doc.total, 2):>14}{french.number(doc.paid, 2):>14}")  # fmt: skip
    out += [
        _rule(126),
        f"{TOTAL_LABEL:<24}{french.number(summary.computed_total, 2):>18}  {'':<42}{french.number(summary.issued_total, 2):>14}"
        f"{french.number(summary.paid_total, 2):>14}{french.number(summary.outstanding_total, 2):>14}",
        "",
        "Paiements reçus :" if summary.payments else "Aucun paiement enregistré.",
    ]
    for payment in summary.payments:
        reference = f" — {payment.reference}" if payment.reference else ""
        out.append(f"  {french.date(payment.date)}  n° {payment.number}  {money(payment.amount):>14}{reference}")
    out += ["", "Prévisionnel et réalisé :",
            f"  {'Section':<24}{'Prévisionnel':>16}{'Réalisé':>16}{'Écart':>16}{'Écart %':>10}"]  # fmt: skip
    for c in summary.comparison:
        out.append(f"  {c.title:<24}{french.number(c.forecast, 2):>16}{french.number(c.actual, 2):>16}"
                   f"{signed_amount(c.difference):>16}{signed_percent(c.ratio):>10}")  # fmt: skip
    diff = summary.actual_total - summary.forecast_total
    ratio = diff / summary.forecast_total if summary.forecast_total else None
    out.append(f"  {'Total':<24}{french.number(summary.forecast_total, 2):>16}"
               f"{french.number(summary.actual_total, 2):>16}{signed_amount(diff):>16}"
               f"{signed_percent(None if ratio is None else ratio):>10}")  # fmt: skip
    for title, problems in (("Prévisionnel incomplet", summary.forecast_problems),
                            ("Réalisé provisoire", summary.actual_problems)):  # fmt: skip
        if problems:
            out += ["", f"{title} ({len(problems)} donnée(s) manquante(s)) :"]
            out += [f"  • {message}" for message in problems]
    return "\n".join(line.rstrip() for line in out)


def format_convention(summary) -> str:
    """The convention summary for a terminal."""
    from ..domain.documents.convention import KEY_KIND_WORDS, key_dates, share_text, terms

    out = [f"Fiche convention {summary.reference} — situation au {french.date(summary.on)}", _rule()]
    if summary.notice_alert:
        out += [f"ATTENTION : {summary.notice_alert}", ""]
    out.append("Parties :")
    out.append(f"  prestataire      {summary.provider.name} [{summary.provider.code}]")
    for rank, party in enumerate(summary.beneficiaries, 1):
        out.append(f"  bénéficiaire {rank}   {party.name} [{party.code}]")
    out += ["", "Clauses :"]
    out += [f"  {label:<22}{value}" for label, value in terms(summary)]
    out += ["", "Dates clés :"]
    out += [f"  {label:<32}{value}" for label, value in key_dates(summary)]
    out += ["", "Avenants :" if summary.amendments else "Aucun avenant."]
    for a in summary.amendments:
        signed = f"signé le {french.date(a.signature_date)}, " if a.signature_date else ""
        future = " (à venir)" if not a.in_force else ""
        out.append(f"  n° {a.number} — {signed}effet le {french.date(a.effective_date)}{future} : {a.summary}")
    out += ["", f"Personnel mis à disposition au {french.date(summary.on)} :"]
    for person in summary.staff:
        time = french.short_percent(person.working_time) if person.working_time is not None else "—"
        shares = " ; ".join(
            f"{s.party_code} {share_text(s)}" + (f" ({s.since.amendment})" if s.since.amendment else "")
            for s in person.shares
        )
        out.append(f"  {person.name:<24} temps {time:<8} quotités : {shares} ; "
                   f"conservé {french.short_percent(person.provider_rest)}")  # fmt: skip
    out += ["", "Matériel :"]
    for item in summary.equipment:
        key = item.key_name or "aucune clé"
        origin = f" ({item.key_since.amendment})" if item.key_since.amendment else ""
        out.append(f"  {item.name[:60]:<60} clé : {key}{origin}")
    out += ["", "Locaux (surfaces exclusives) :"]
    for site in summary.sites:
        parts = " ; ".join(
            f"{p.party_code} {share_text(p, 'm²')}" + (f" ({p.since.amendment})" if p.since.amendment else "")
            for p in site.surfaces
        )
        out.append(f"  {site.name:<24} {parts}")
    out += ["", "Clés de répartition :"]
    for key in summary.keys:
        split = " ; ".join(f"{p.party_code} {share_text(p, key.unit)}" for p in key.parts) or key.note
        origin = f" ({', '.join(key.amendments)})" if key.amendments else ""
        out.append(f"  {key.name:<32} {KEY_KIND_WORDS.get(key.kind, key.kind):<20} {split}{origin}")
    out += ["", "Catégories de dépenses :"]
    for category in summary.categories:
        origin = f" ({category.since.amendment})" if category.since.amendment else ""
        out.append(f"  {category.name:<32} {category.key_name or 'aucune clé'}{origin}")
    if summary.headcount:
        out += ["", "Effectifs propres :"]
        out += [f"  {p.party_code:<8} {share_text(p, 'ETP')}" for p in summary.headcount]
    out += ["", "Articles :"]
    out += [f"  Article {a.number} — {a.title}" for a in summary.articles]
    return "\n".join(line.rstrip() for line in out)
