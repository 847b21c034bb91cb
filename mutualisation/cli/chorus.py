"""``chorus-export``: the issued documents of a period, ready to deposit on Chorus Pro."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from ..domain.periods import parse_period
from .common import USER_ERRORS, fail


def add_chorus_commands(commands, db_parent: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "chorus-export", parents=[db_parent],
        help="écrire les PDF des documents émis d'une période et la liste de ce que Chorus Pro demandera",
    )  # fmt: skip
    export.add_argument("--period", metavar="PÉRIODE", help="2026-T1, 2026-S1, 2026-03 ou 2026")
    export.add_argument("--document", metavar="NUMÉRO", action="append", default=[],
                        help="un document émis (ex. 2026-0007) ; option répétable")  # fmt: skip
    export.add_argument("--to", metavar="DOSSIER", default=".", help="dossier où écrire (par défaut : le dossier courant)")
    export.set_defaults(handler=run_chorus_export)


def run_chorus_export(database, args) -> int:
    from ..services.chorus_export import ChorusExportRefused, chosen_statements, export_for_chorus

    if not args.period and not args.document:
        return fail("indiquez --period (ex. 2026-T1) ou --document NUMÉRO.")
    try:
        period = parse_period(args.period) if args.period else None
        with database.session() as session:
            statements = chosen_statements(session, period, tuple(args.document))
            result = export_for_chorus(session, args.to, statements, dt.date.today())
    except ChorusExportRefused as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 1
    except USER_ERRORS as exc:
        return fail(exc)
    for path in result.files:
        print(f"PDF pour Chorus Pro : {path}")
    print(f"Liste de ce que Chorus Pro demandera : {result.checklist}")
    if result.left_out:
        print(f"Non exportés (destinataire qui n'est pas une entité publique) : {', '.join(result.left_out)}")
    return 0
