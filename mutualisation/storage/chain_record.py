"""The record of chain heads kept outside the database (*registre des empreintes*).

A database rewritten by someone who can write to it (hashes recomputed, a document deleted
or inserted) still holds a consistent chain; this file, which only the app appends to, tells
what was really issued. One JSON object per line, never rewritten:

- ``{"type": "emission", "etat": "prevu" | "fait", …}`` — an issue, written before its
  transaction commits (``prevu``) and again after (``fait``): a crash between the two leaves
  a ``prevu`` line that matches the database either way;
- ``{"type": "paiement", …}`` — a payment, the same way;
- ``{"type": "annulation", …}`` — numbers given up by a forced restore of an older backup.

Each line carries the issuer, year, sequence, number and hashes. Where it lives: beside a
SQLite file (``compta.sqlite`` → ``compta.sqlite.empreintes``); for a server database, in the
user's data folder (``empreintes/<serveur>-<port>-<base>.jsonl``) of each workstation that
issues. It is created readable by its owner only, and copied beside each backup.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from .. import paths
from .database import StorageError

SUFFIX = ".empreintes"


class ChainRecordError(StorageError):
    """The record cannot be written: the issue or payment is refused, nothing is stored."""


def record_path(url: str | URL) -> Path | None:
    """Where the record of this database lives; None for an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            return None
        return sidecar(Path(parsed.database))
    name = f"{parsed.host or 'local'}-{parsed.port or 'defaut'}-{parsed.database or ''}"
    name = re.sub(r"[^A-Za-z0-9._-]", "_", name)
    return paths.user_data_dir() / "empreintes" / f"{name}.jsonl"


def sidecar(database_file: Path) -> Path:
    """The record that goes with a SQLite file (the live database or a backup)."""
    return database_file.with_name(database_file.name + SUFFIX)


def append(path: Path, entry: dict) -> None:
    """Add one line, durably, to the record (created private if absent)."""
    line = json.dumps({"le": dt.datetime.now().isoformat(timespec="seconds"), **entry}, ensure_ascii=False)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, (line + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise ChainRecordError(
            f"Impossible d'écrire le registre des empreintes {path} ({exc.strerror}) : rien n'a été enregistré. "
            "Vérifiez les droits de ce fichier et de son dossier."
        ) from exc


@dataclass
class ChainRecord:
    """What the record says, read back."""

    path: Path
    exists: bool = False
    entries: list[dict] = field(default_factory=list)
    damaged_lines: list[int] = field(default_factory=list)

    def issued(self) -> dict[tuple[int, str], dict]:
        """The last entry of each issued document, by (issuer, number)."""
        found: dict[tuple[int, str], dict] = {}
        for entry in self.entries:
            if entry.get("type") == "emission":
                key = (entry.get("emetteur"), entry.get("numero"))
                if entry.get("etat") == "fait" or found.get(key, {}).get("etat") != "fait":
                    found[key] = entry
        return found

    def payments(self) -> dict[str, dict]:
        """The last entry of each payment, by its hash."""
        found: dict[str, dict] = {}
        for entry in self.entries:
            if entry.get("type") == "paiement":
                key = entry.get("empreinte")
                if entry.get("etat") == "fait" or found.get(key, {}).get("etat") != "fait":
                    found[key] = entry
        return found

    def voided(self) -> set[tuple[int, str]]:
        """Documents given up by a forced restore (issuer, number)."""
        return {
            (entry.get("emetteur"), number)
            for entry in self.entries if entry.get("type") == "annulation"
            for number in entry.get("numeros", [])
        }  # fmt: skip

    def voided_payments(self) -> set[str]:
        return {h for e in self.entries if e.get("type") == "annulation" for h in e.get("paiements", [])}

    def highest(self) -> dict[tuple[int, int], int]:
        """The highest sequence each issuer ever reached in each year (a restore never goes below)."""
        top: dict[tuple[int, int], int] = {}
        for entry in self.entries:
            if entry.get("type") == "emission" and entry.get("etat") == "fait":
                key = (entry.get("emetteur"), entry.get("annee"))
                top[key] = max(top.get(key, 0), int(entry.get("rang", 0)))
        return top


def read(path: Path) -> ChainRecord:
    """The record at ``path``; a missing file gives an empty one (``exists`` False).

    A last line cut short by a crash is ignored; any other unreadable line is reported.
    """
    result = ChainRecord(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return result
    except (OSError, UnicodeDecodeError):
        result.exists = True
        result.damaged_lines.append(0)  # unreadable as a whole
        return result
    result.exists = True
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            if not isinstance(entry, dict):
                raise ValueError
        except ValueError:
            if number == len(lines) and not text.endswith("\n"):
                continue  # the write a crash interrupted
            result.damaged_lines.append(number)
            continue
        result.entries.append(entry)
    return result


def plan(path: Path | None, entry: dict) -> None:
    """Write ``entry`` as planned, inside the transaction that stores it, before it commits:
    a record that cannot be written refuses the operation."""
    if path is not None:
        append(path, {**entry, "etat": "prevu"})


def confirm(path: Path | None, entry: dict) -> None:
    """Write ``entry`` as done, once its transaction has committed."""
    if path is None:
        return
    try:
        append(path, {**entry, "etat": "fait"})
    except ChainRecordError:  # committed already: the planned line still matches the database
        pass


def confirm_on_commit(session, path: Path | None, entry: dict) -> None:
    """Confirm ``entry`` when the session's transaction commits (forgotten if it rolls back)."""
    from sqlalchemy import event

    if path is None:
        return
    pending = session.info.setdefault("chain_record_pending", [])
    pending.append((path, entry))
    if not event.contains(session, "after_commit", _confirm_pending):
        event.listen(session, "after_commit", _confirm_pending)
        event.listen(session, "after_soft_rollback", _forget_pending)


def _confirm_pending(session) -> None:
    for path, entry in session.info.pop("chain_record_pending", []):
        confirm(path, entry)


def _forget_pending(session, _previous_transaction) -> None:
    if not session.in_transaction():
        session.info.pop("chain_record_pending", None)


def copy_beside(database: Path, backup: Path) -> None:
    """The record of chain heads goes beside the backup (``…sqlite.empreintes``), private: a
    restore on another computer still knows what was issued."""
    source = sidecar(database)
    if not source.exists():
        return
    target = sidecar(backup)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out)
            os.fsync(out.fileno())
    except OSError as exc:
        raise StorageError(
            f"La sauvegarde {backup} est faite, mais le registre des empreintes n'a pas pu être copié à côté "
            f"({exc.strerror})."
        ) from exc
