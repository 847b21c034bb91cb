"""The ``mutualisation`` command: opens the app, or runs a job headless.

Every sub-command takes ``--db PATH_OR_URL`` (before or after its name) and shares the
services the desktop app uses. The services, the database layer and the PDF library are
imported by the command that needs them: opening the app or asking for help loads none.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback

from .chorus import add_chorus_commands
from .documents import add_document_commands
from .io import add_io_commands
from .reports import add_report_commands
from .safety import add_safety_commands
from .statements import add_statement_commands

# argparse words its own messages through gettext with no French catalogue shipped;
# its module-level ``_`` is looked up at call time, so a small table gives French help.
_ARGPARSE_FR = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "expected one argument": "une valeur est attendue",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
}
argparse._ = lambda text: _ARGPARSE_FR.get(text, text)


def _db_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    # SUPPRESS keeps a --db given before the sub-command from being reset by the sub-parser.
    parent.add_argument(
        "--db",
        metavar="CHEMIN_OU_URL",
        default=argparse.SUPPRESS,
        help="fichier SQLite ou URL SQLAlchemy (par défaut : la base de l'utilisateur)",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    db = _db_parent()
    parser = argparse.ArgumentParser(
        prog="mutualisation",
        description="Partage des moyens et refacturation entre organismes (conventions de mise à disposition).",
        parents=[db],
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE")
    commands.add_parser("gui", parents=[db], help="ouvrir l'application (par défaut)")
    demo = commands.add_parser(
        "demo", parents=[db], help="remplir la base avec les données de démonstration"
    )
    demo.set_defaults(handler=_run_demo, creates_database=True)
    init = commands.add_parser("init", parents=[db], help="créer une base neuve et vide (refusé si elle existe)")
    init.set_defaults(handler=_run_init, creates_database=True, without_database=True)
    add_statement_commands(commands, db)
    add_document_commands(commands, db)
    add_chorus_commands(commands, db)
    add_report_commands(commands, db)
    add_io_commands(commands, db)
    add_safety_commands(commands, db)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command of ``argv`` (``sys.argv[1:]`` if None) and return its exit status.

    Called without ``argv`` — the installed ``mutualisation`` command, ``python -m
    mutualisation.cli`` — a command other than ``gui`` is the whole process: it starts with
    the cyclic garbage collector paused and ends the process itself once its outputs are
    flushed and closed (:mod:`.process`), which saves a tenth of a short command's work.
    Called with a list (tests, the bundle's launcher), it returns like any function.
    """
    whole_process = argv is None
    parser = build_parser()
    args = parser.parse_args(argv)
    db_arg = getattr(args, "db", None)
    command = args.command or "gui"
    if command == "gui":
        from ..ui.app import run_app

        return run_app(db_arg)
    if whole_process:
        from .process import start_up

        start_up()
    code = _run_command(args, db_arg, collector_paused=whole_process)
    if whole_process:
        from .process import end_process

        end_process(code)
    return code


def _run_command(args, db_arg, collector_paused: bool) -> int:
    from ..storage.database import StorageError, open_database

    try:
        # Only demo and init create a database: elsewhere a mistyped --db is an error, not a new file.
        database = None if getattr(args, "without_database", False) else open_database(
            db_arg, create=getattr(args, "creates_database", False)
        )
    except StorageError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 2
    finally:
        if collector_paused:  # start-up is over: its modules and mapped classes are kept for good
            from .process import start_up_done

            start_up_done()
    for notice in getattr(database, "notices", ()):
        print(f"Note : {notice}", file=sys.stderr)
    try:
        return args.handler(database, args)
    except BrokenPipeError:  # the reader went away (« … | head »): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's own flush at exit would fail again
        return 1
    except StorageError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # the user gets one line; MUTUALISATION_DEBUG=1 shows the trace
        if os.environ.get("MUTUALISATION_DEBUG"):
            traceback.print_exc()
        print(f"Erreur inattendue ({type(exc).__name__}) : {exc}", file=sys.stderr)
        return 3
    finally:
        if database is not None:
            database.dispose()


def _run_init(_database, args) -> int:
    from ..storage.database import database_url, open_database, sqlite_file

    url = database_url(getattr(args, "db", None))
    path = sqlite_file(url)
    if path is not None and path.exists():
        print(f"Erreur : la base {path} existe déjà : rien n'a été modifié.", file=sys.stderr)
        return 1
    open_database(url, create=True).dispose()
    print(f"Base créée : {path or url}")
    return 0


def _run_demo(database, _args) -> int:
    from ..services.demo import DemoNotEmptyError, load_demo

    try:
        with database.session() as session, session.begin():
            summary = load_demo(session)
    except DemoNotEmptyError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 1
    print(f"Données de démonstration chargées : {summary}")
    return 0

