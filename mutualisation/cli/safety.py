"""Sub-commands that keep the data safe: back up, list the backups, restore."""

from __future__ import annotations

import argparse


def add_safety_commands(commands, db_parent: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", parents=[db_parent], help="sauvegarder la base SQLite (copie cohérente, même en cours d'utilisation)"
    )
    backup.add_argument("--to", metavar="FICHIER", help="écrire la copie dans ce fichier (sinon : dossier sauvegardes)")
    backup.add_argument("--list", action="store_true", help="lister les sauvegardes existantes, sans en faire")
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser(
        "restore", parents=[db_parent],
        help="remplacer la base par une sauvegarde (vérifiée d'abord ; la base actuelle est sauvegardée avant)",
    )  # fmt: skip
    restore.add_argument("file", metavar="FICHIER", help="la sauvegarde à restaurer")
    restore.add_argument(
        "--force", action="store_true",
        help="restaurer une sauvegarde plus ancienne que le registre des empreintes (les numéros émis depuis "
             "restent abandonnés, jamais réémis)",
    )
    # The database is not opened first: restoring is how a damaged or unreadable one is replaced.
    restore.set_defaults(handler=run_restore, without_database=True)


def _target(database, args):
    """The open Database, or the path/URL given (or the default one) when the command runs
    without opening it."""
    if database is not None:
        return database
    from ..storage.database import database_url

    return database_url(getattr(args, "db", None))


def run_backup(database, args) -> int:
    from ..services import backup

    target = _target(database, args)
    if args.list:
        backups = backup.list_backups(target)
        if not backups:
            print("Aucune sauvegarde.")
            return 0
        for info in backups:
            print(f"{info.taken_at:%d/%m/%Y %H:%M:%S}  {_size(info.size):>10}  {info.reason_label:<36}  {info.path}")
        return 0
    path = backup.backup_now(target, "manuelle", to=args.to)
    print(f"Sauvegarde enregistrée : {path}")
    return 0


def run_restore(database, args) -> int:
    from ..services import backup

    result = backup.restore(args.file, _target(database, args), force=args.force)  # a refusal is a StorageError: main says it
    print(f"Base restaurée depuis {result.restored_from} (schéma {result.revision}).")
    if result.previous_backup:
        print(f"La base remplacée a été sauvegardée dans {result.previous_backup}.")
    return 0


def _size(size: int) -> str:
    for unit in ("octets", "Ko", "Mo", "Go"):
        if size < 1024 or unit == "Go":
            return f"{size} {unit}" if unit == "octets" else f"{size:.1f} {unit}".replace(".", ",")
        size /= 1024
    return str(size)  # pragma: no cover
