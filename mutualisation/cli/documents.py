"""Sub-commands for issued documents: corrections, payments, advances, listing, checking."""

from __future__ import annotations

import argparse
import datetime as dt

from ..domain import french
from ..domain.parsing import parse_amount
from ..domain.periods import parse_date, parse_period
from .common import (
    USER_ERRORS, add_beneficiary_arguments, fail, on_beneficiary, report_draft, report_issued, write_pdf, year,
)


def add_document_commands(commands, db_parent: argparse.ArgumentParser) -> None:
    correct = commands.add_parser(
        "correct", parents=[db_parent],
        help="comparer un état émis au recalcul et émettre l'état rectificatif ou l'avoir",
    )  # fmt: skip
    correct.add_argument("number", metavar="NUMÉRO", help="numéro de l'état (ex. 2026-0007)")
    correct.add_argument("--issue", action="store_true", help="émettre la rectification")
    correct.add_argument("--date", metavar="DATE", help="date d'émission")
    correct.add_argument("--pdf", metavar="FICHIER", help="enregistrer le PDF (sans --issue : le projet, non émis)")
    correct.set_defaults(handler=run_correct)

    pay = commands.add_parser("pay", parents=[db_parent], help="enregistrer un paiement reçu")
    pay.add_argument("number", metavar="NUMÉRO", help="numéro de l'état payé")
    pay.add_argument("--amount", required=True, metavar="MONTANT", help="montant reçu (1234,56)")
    pay.add_argument("--date", required=True, metavar="DATE", help="date du paiement")
    pay.add_argument("--reference", default="", metavar="RÉF", help="référence du virement")
    pay.set_defaults(handler=run_pay)

    listing = commands.add_parser("statements", parents=[db_parent], help="lister les états émis et leur paiement")
    listing.set_defaults(handler=run_list)

    advance = commands.add_parser("advance", parents=[db_parent], help="émettre l'appel de fonds d'une période")
    advance.add_argument("--period", required=True, metavar="PÉRIODE")
    add_beneficiary_arguments(advance)
    advance.add_argument("--date", metavar="DATE")
    advance.add_argument("--issue", action="store_true", help="émettre (numéroté, définitif) ; sans : le projet")
    advance.add_argument("--pdf", metavar="FICHIER", help="enregistrer le PDF (sans --issue : le projet, non émis)")
    advance.set_defaults(handler=run_advance)

    settle = commands.add_parser("settle", parents=[db_parent], help="émettre la régularisation annuelle")
    settle.add_argument("--year", required=True, type=year, metavar="ANNÉE")
    add_beneficiary_arguments(settle)
    settle.add_argument("--date", metavar="DATE")
    settle.add_argument("--issue", action="store_true", help="émettre (numéroté, définitif) ; sans : le projet")
    settle.add_argument("--pdf", metavar="FICHIER", help="enregistrer le PDF (sans --issue : le projet, non émis)")
    settle.set_defaults(handler=run_settle)

    pdf = commands.add_parser("pdf", parents=[db_parent], help="enregistrer le PDF d'un état émis")
    pdf.add_argument("number", metavar="NUMÉRO")
    pdf.add_argument("output", metavar="FICHIER")
    pdf.set_defaults(handler=run_pdf)

    verify = commands.add_parser(
        "verify", parents=[db_parent], help="vérifier la base, la numérotation et l'empreinte des états"
    )
    verify.add_argument(
        "--against", metavar="FICHIER.pdf", action="append", default=[],
        help="comparer aussi un PDF détenu par un partenaire avec la chaîne (option répétable)",
    )
    verify.add_argument(
        "--recreate-triggers", action="store_true",
        help="recréer les protections de la base (déclencheurs) supprimées ou désactivées, après vérification",
    )
    verify.set_defaults(handler=run_verify)


def run_correct(database, args) -> int:
    from ..services.corrections import changed_inputs, correction_draft, drift, issue_correction, original_of
    from ..services.issuing import draft_pdf
    from ..services.payments import find_statement

    try:
        with database.session() as session:
            statement = find_statement(session, args.number)
            found = drift(session, statement)
            print(f"État n° {found.original.number} — {found.period.label}")
            for line in found.changed:
                print(f" ≠ {line.label[:70]:<70} émis {french.number(line.issued, 2):>12}"
                      f"  recalculé {french.number(line.recomputed, 2):>12}"
                      f"  écart {french.number(line.difference, 2):>10}")  # fmt: skip
                for text in changed_inputs(line):
                    print(f"     {text}")
            unchanged = [line for line in found.lines if not line.difference]
            if unchanged:
                print(f"   {len(unchanged)} ligne(s) inchangée(s), pour "
                      f"{french.money(sum(line.issued for line in unchanged))} déjà facturés.")  # fmt: skip
            print(f"   Écart total : {french.money(found.difference)}")
            for problem in found.problems:
                print(f"   • {problem.message}")
            day = parse_date(args.date) if args.date else None
            if not args.issue:
                if not args.pdf:
                    return 0
                original = original_of(session, statement)
                document, pdf = draft_pdf(session, day or dt.date.today(), lambda: correction_draft(session, original))
                return report_draft(document, pdf, args.pdf)
            issued = issue_correction(session, args.number, day)
    except USER_ERRORS as exc:
        return fail(exc)
    return report_issued(issued, args.pdf)


def run_pay(database, args) -> int:
    from ..services.payments import record_payment

    try:
        amount = parse_amount(args.amount)
        with database.session() as session, session.begin():
            record_payment(session, args.number, parse_date(args.date), amount, args.reference)
    except USER_ERRORS as exc:
        return fail(exc)
    print(f"Paiement de {french.money(amount)} enregistré sur l'état n° {args.number}.")
    return 0


def run_list(database, args) -> int:
    from ..domain.documents import KIND_TITLES
    from ..services.payments import STATUS_LABELS, list_statements

    with database.session() as session:
        rows = list_statements(session)
    if not rows:
        print("Aucun état émis.")
        return 0
    for row in rows:
        print(f"{row.number}  {KIND_TITLES[row.kind]:<22} {row.beneficiary:<6} {row.period_start:%d/%m/%Y}–"
              f"{row.period_end:%d/%m/%Y}  {french.number(row.total, 2):>12} €  payé "
              f"{french.number(row.paid, 2):>12} €  {STATUS_LABELS[row.status]}"
              + (f"  (rectifie {row.corrects})" if row.corrects else ""))  # fmt: skip
    return 0


def run_advance(database, args) -> int:
    from ..services.advances import advance_draft, issue_advance
    from ..services.issuing import draft_pdf

    def work(session, party, convention) -> int:
        day = parse_date(args.date) if args.date else None
        period = parse_period(args.period)
        if not args.issue:
            document, pdf = draft_pdf(session, day or dt.date.today(),
                                      lambda: advance_draft(session, convention, party, period))
            return report_draft(document, pdf, args.pdf)
        return report_issued(issue_advance(session, convention, party, period, day), args.pdf)

    return on_beneficiary(database, args, work)


def run_settle(database, args) -> int:
    from ..services.advances import issue_settlement, settlement_draft
    from ..services.issuing import draft_pdf

    def work(session, party, convention) -> int:
        day = parse_date(args.date) if args.date else None
        if not args.issue:
            document, pdf = draft_pdf(session, day or dt.date.today(),
                                      lambda: settlement_draft(session, convention, party, args.year))
            return report_draft(document, pdf, args.pdf)
        return report_issued(issue_settlement(session, convention, party, args.year, day), args.pdf)

    return on_beneficiary(database, args, work)


def run_pdf(database, args) -> int:
    from ..services.payments import find_statement

    try:
        with database.session() as session:
            write_pdf(find_statement(session, args.number).pdf, args.output)
    except USER_ERRORS as exc:
        return fail(exc)
    print(f"PDF de l'état n° {args.number} enregistré : {args.output}")
    return 0


def run_verify(database, args) -> int:
    from pathlib import Path

    from ..services.verification import recreate_triggers, verify

    with database.session() as session:
        report = verify(session, against=tuple(Path(f) for f in args.against))
    if args.recreate_triggers:
        for sql in recreate_triggers(database):
            print(f"Protection recréée : {sql.split(' BEGIN ')[0].split(' AS ')[0]}")
    if report.ok:
        print(f"Vérification réussie : base intègre, {report.checked} état(s) émis, numérotation "
              "continue, chaîne d'empreintes et PDF intacts.")  # fmt: skip
        for file in args.against:
            print(f"Le PDF {file} correspond à l'état enregistré et à la chaîne.")
        return 0
    print(f"Vérification : {len(report.problems)} anomalie(s) sur {report.checked} état(s) :")
    for problem in report.problems:
        print(f"  • {problem}")
    return 1
