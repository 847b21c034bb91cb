"""``statement`` and ``forecast``: a beneficiary's preview, as JSON or a terminal table."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from typing import TYPE_CHECKING

from ..domain import french
from ..domain.periods import Period, PeriodError, parse_date, parse_period
from .common import add_beneficiary_arguments, on_beneficiary, report_draft, report_issued, write_pdf, year

if TYPE_CHECKING:
    from ..domain.lines import Preview


def add_statement_commands(commands, db_parent: argparse.ArgumentParser) -> None:
    statement = commands.add_parser(
        "statement", parents=[db_parent], help="aperçu de l'état d'un bénéficiaire pour une période"
    )
    statement.add_argument("--period", metavar="PÉRIODE", help="2025-T1, 2025-Q1, 2025-S1, 2025-03 ou 2025")
    statement.add_argument("--from", dest="date_from", metavar="DATE", help="premier jour (15/01/2025 ou 2025-01-15)")
    statement.add_argument("--to", dest="date_to", metavar="DATE", help="dernier jour")
    statement.add_argument("--issue", action="store_true", help="émettre l'état (numéroté, définitif)")
    statement.add_argument("--date", metavar="DATE", help="date d'émission (par défaut : aujourd'hui)")
    statement.add_argument("--pdf", metavar="FICHIER", help="enregistrer le PDF (sans --issue : le projet, non émis)")
    _common(statement)
    statement.set_defaults(handler=run_statement)

    forecast = commands.add_parser(
        "forecast", parents=[db_parent], help="prévisionnel annuel d'un bénéficiaire"
    )
    forecast.add_argument("--year", type=year, required=True, metavar="ANNÉE", help="année du prévisionnel")
    forecast.add_argument("--pdf", metavar="FICHIER", help="enregistrer le prévisionnel en PDF (pour le vote du budget)")
    _common(forecast)
    forecast.set_defaults(handler=run_forecast)


def _common(parser: argparse.ArgumentParser) -> None:
    add_beneficiary_arguments(parser)
    parser.add_argument("--format", choices=("table", "json"), default="table")


def _period(args) -> Period:
    if args.period and (args.date_from or args.date_to):
        raise PeriodError("Donnez soit --period, soit --from et --to, pas les deux.")
    if args.period:
        return parse_period(args.period)
    if args.date_from and args.date_to:
        return Period(parse_date(args.date_from), parse_date(args.date_to))
    raise PeriodError("Indiquez la période : --period 2025-T1, ou --from et --to.")


def run_statement(database, args) -> int:
    if args.issue:
        return _issue(database, args)
    if args.pdf:
        return _draft(database, args)
    from ..services.reconciliation import period_preview

    return _run(database, args, lambda session, convention: period_preview(session, convention, _period(args)),
                describe=True)


def _draft(database, args) -> int:
    """``--pdf`` without ``--issue``: the statement as it would be issued, marked « PROJET — non émis »."""
    import datetime as dt

    from ..services.issuing import draft_pdf, statement_draft

    def work(session, party, convention) -> int:
        day = parse_date(args.date) if args.date else dt.date.today()
        period = _period(args)
        document, pdf = draft_pdf(session, day, lambda: statement_draft(session, convention, party, period))
        return report_draft(document, pdf, args.pdf)

    return on_beneficiary(database, args, work)


def _issue(database, args) -> int:
    from ..services.issuing import issue_statement

    def work(session, party, convention) -> int:
        day = parse_date(args.date) if args.date else None
        return report_issued(issue_statement(session, convention, party, _period(args), day), args.pdf)

    return on_beneficiary(database, args, work)


def run_forecast(database, args) -> int:
    if args.pdf:
        return _forecast_pdf(database, args)
    from ..services.costs import forecast_preview

    return _run(database, args, lambda session, convention: forecast_preview(session, convention, args.year))


def _forecast_pdf(database, args) -> int:
    from ..reporting.forecast_pdf import render_forecast
    from ..services.summaries import forecast_document

    def work(session, party, convention) -> int:
        document = forecast_document(session, convention, party, args.year)
        write_pdf(render_forecast(document), args.pdf)
        return _forecast_written(document, args.pdf)

    return on_beneficiary(database, args, work)


def _forecast_written(document, pdf: str) -> int:
    print(f"Prévisionnel {document.year} de {document.recipient.code} : {french.money(document.total)}. "
          f"PDF : {pdf}")  # fmt: skip
    if document.problems:
        print(f"Attention : prévisionnel incomplet, {len(document.problems)} donnée(s) manquante(s) "
              "(listées dans le PDF).", file=sys.stderr)  # fmt: skip
    return 0


def _run(database, args, compute, describe: bool = False) -> int:
    def work(session, party, convention) -> int:
        result = compute(session, convention)
        header = {"reference": convention.reference, "title": convention.title}
        if describe:  # a statement preview says whether it is a billing period, a year or a free range
            from ..services.reconciliation import preview_kind

            header["computation"] = preview_kind(convention, result.period)
        from ..services.documents import vat_terms

        return _show(args, result, party, header, vat_terms(convention))

    return on_beneficiary(database, args, work)


def _show(args, result: Preview, party, header: dict, vat: tuple = (None, "")) -> int:
    """Print the preview as JSON or as a table, with the VAT of the convention (``vat``: its R10
    rate or None, and its mention) so that both show the totals the statement would bill."""
    if args.format == "json":
        data = {"convention": header, **result.as_dict(party.id, *vat)}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(format_table(result, party.id, header, vat))
    return 0


#: What a preview that is not one billing period is, said above its table.
COMPUTATION_NOTES = {
    "year": "Année : somme des périodes de facturation, chacune calculée et arrondie comme son état.",
    "one_shot": "Aperçu ponctuel sur une période libre, calculé d'un seul tenant : il ne correspond à "
                "aucun état et peut différer de quelques centimes de la somme des périodes de facturation.",
}


def format_table(result: Preview, party_id: int, convention: dict, vat: tuple = (None, "")) -> str:
    """A readable terminal view: one row per line, section subtotals, total, problems."""
    from ..domain.party_statement import party_statement

    party = next(p for p in result.parties if p.id == party_id)
    width = max(100, min(shutil.get_terminal_size((120, 40)).columns, 160))
    label_w = width - 12 - 12 - 10 - 6
    out = [
        f"{convention['reference']} — {convention['title']}",
        f"Bénéficiaire : {party.name} [{party.code}] — {result.period.label}",
        *([COMPUTATION_NOTES[convention["computation"]]] if convention.get("computation") in COMPUTATION_NOTES else []),
        "",
        f"{'Ligne':<{label_w}}  {'Base':>12} {'Taux':>10} {'Montant':>12}",
        "─" * width,
    ]
    statement = party_statement(result, party_id, *vat, explain=False)
    for section in statement.sections:
        out.append(section.title.upper())
        for line in section.lines:
            label = line.label if len(line.label) <= label_w else line.label[: label_w - 1] + "…"
            out.append(
                f"{label:<{label_w}}  {french.number(line.basis, 2):>12} "
                f"{line.ratio:>10} {french.number(line.amount, 2):>12}"
            )
            out.append(f"    {line.key_description}")
        subtotal = french.number(section.subtotal, 2)
        out.append(f"{'Sous-total ' + section.title:>{label_w + 36}}{subtotal:>12}")
        out.append("")
    out.append("─" * width)
    totals = statement.totals
    if totals.vat_lines:
        # The VAT lines of the statement itself, one per rate (R14): the terminal shows what the PDF bills.
        out.append(f"{'Total HT':>{label_w + 36}}{french.money(totals.excl_vat):>12}")
        for vat in totals.vat_lines:
            out.append(f"{f'{vat.label} sur {french.money(vat.basis)}':>{label_w + 36}}{french.money(vat.amount):>12}")
        out.append(f"{'TOTAL TTC ' + party.code:>{label_w + 36}}{french.money(totals.total):>12}")
    else:
        out.append(f"{'TOTAL ' + party.code:>{label_w + 36}}{french.money(totals.excl_vat):>12}")
    out.extend(f"    {mention}" for mention in totals.mentions)
    if statement.free:
        out.append("")
        out.append("MISE À DISPOSITION À TITRE GRATUIT (POUR MÉMOIRE, NON FACTURÉE)")
        for line in statement.free:
            out.append(f"{line.label[:label_w]:<{label_w}}  {'':>12} {line.ratio:>10} {french.number(line.amount, 2):>12}")
        out.append(f"{'Valeur totale':>{label_w + 36}}{french.number(statement.free_total, 2):>12}")
    if result.problems:
        out.append("")
        out.append(f"{len(result.problems)} problème(s) à corriger avant d'émettre l'état :")
        out.extend(f"  • {problem.message}" for problem in result.problems)
    return "\n".join(out)
