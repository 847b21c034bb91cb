"""``template``, ``import``, ``export``, ``export-statement`` and ``import-payroll``: spreadsheets in and out.

Exit codes: 0 done; 1 rows refused (nothing written, unless --valid-only wrote the valid
ones); 2 the file or the request cannot be used at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import fail


def add_io_commands(commands, db_parent: argparse.ArgumentParser) -> None:
    template = commands.add_parser(
        "template", parents=[db_parent], help="écrire le classeur modèle à remplir (XLSX annoté)"
    )
    template.add_argument("file", metavar="FICHIER.xlsx")
    template.set_defaults(handler=run_template)

    importing = commands.add_parser(
        "import", parents=[db_parent], help="importer un classeur XLSX, un CSV ou un dossier de CSV"
    )
    importing.add_argument("file", metavar="FICHIER")
    _import_options(importing)
    importing.set_defaults(handler=run_import)

    export = commands.add_parser(
        "export", parents=[db_parent], help="exporter toute la base au format d'import (XLSX ou CSV)"
    )
    export.add_argument("file", nargs="?", metavar="FICHIER.xlsx")
    export.add_argument("--csv", metavar="DOSSIER", help="un fichier CSV par registre dans ce dossier")
    export.set_defaults(handler=run_export)

    statement = commands.add_parser(
        "export-statement", parents=[db_parent],
        help="exporter les lignes d'un état émis et leurs explications (XLSX)",
    )
    statement.add_argument("number", metavar="NUMÉRO", help="numéro de l'état (ex. 2026-0007)")
    statement.add_argument("file", metavar="FICHIER.xlsx")
    statement.set_defaults(handler=run_export_statement)

    payroll = commands.add_parser(
        "import-payroll", parents=[db_parent], help="importer un export de paie (une ligne par agent et par mois)"
    )
    payroll.add_argument("file", metavar="FICHIER")
    payroll.add_argument(
        "--map", action="append", default=[], metavar="COLONNE=CHAMP",
        help="correspondance d'une colonne (ex. \"Brut=gross_salary\"), retenue pour les imports suivants ; "
             "champs : last_name, first_name, full_name, employment_start, month, gross_salary, "
             "employer_charges, other_costs, reimbursement_ijss, reimbursement_subrogation, reimbursement_aide, "
             "reimbursement_autre, ignore",
    )  # fmt: skip
    payroll.add_argument("--sheet", metavar="FEUILLE", help="feuille du classeur (par défaut : la première remplie)")
    _import_options(payroll)
    payroll.set_defaults(handler=run_import_payroll)


def _import_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true", help="vérifier et montrer l'aperçu sans rien écrire")
    parser.add_argument(
        "--valid-only", action="store_true",
        help="importer les lignes valides (en une transaction) et laisser de côté les lignes refusées",
    )  # fmt: skip


def _report(report) -> int:
    print("\n".join(report.lines()))
    return 0 if report.valid else 1


def run_template(_database, args) -> int:
    from ..services.exporting import write_template

    try:
        write_template(args.file)
    except OSError as exc:
        return fail(f"impossible d'écrire {args.file} : {exc.strerror or exc}")
    print(f"Modèle écrit : {args.file}")
    return 0


def run_import(database, args) -> int:
    from ..services.importing import ImportFileError, import_file

    try:
        with database.session() as session, session.begin():
            report = import_file(session, args.file, dry_run=args.dry_run, valid_only=args.valid_only)
    except ImportFileError as exc:
        return fail(str(exc))
    return _report(report)


def run_export(database, args) -> int:
    from ..reporting.xlsx import CellTextError
    from ..services.exporting import export_csv, export_workbook

    if bool(args.file) == bool(args.csv):
        return fail("donnez soit un fichier .xlsx, soit --csv DOSSIER.")
    try:
        with database.session() as session:
            if args.csv:
                files = export_csv(session, args.csv)
                print(f"{len(files)} fichiers CSV écrits dans {args.csv}")
            else:
                counts = export_workbook(session, args.file)
                print(f"Base exportée dans {args.file} : {sum(counts.values())} lignes, "
                      f"{len(counts)} feuilles.")  # fmt: skip
    except CellTextError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"impossible d'écrire {args.csv or args.file} : {exc.strerror or exc}")
    return 0


def run_export_statement(database, args) -> int:
    from ..services.errors import ServiceError
    from ..services.exporting import export_statement

    try:
        with database.session() as session:
            count = export_statement(session, args.number, args.file)
    except ServiceError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"impossible d'écrire {args.file} : {exc.strerror or exc}")
    print(f"État {args.number} exporté dans {args.file} ({count} lignes).")
    return 0


def run_import_payroll(database, args) -> int:
    from ..services.importing import ImportFileError
    from ..services.importing.payroll import MappingError, import_payroll, parse_map_options

    try:
        mapping = parse_map_options(args.map)
        with database.session() as session, session.begin():
            report = import_payroll(session, Path(args.file), mapping=mapping, sheet=args.sheet,
                                    dry_run=args.dry_run, valid_only=args.valid_only)  # fmt: skip
    except (ImportFileError, MappingError) as exc:
        return fail(str(exc))
    return _report(report)
