"""The checks of ``verify`` that look beyond the hash chain itself.

The triggers are there and enabled; each PDF prints its number, total and chain hashes;
payments are chained and never exceed their document; no two documents cover one period
unless one corrects the other; and the database agrees with the record of chain heads kept
outside it (``storage/chain_record.py``), which a rewrite of the database cannot change.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain import french
from ..storage import ledger
from ..storage import models as m
from ..storage.chain_record import ChainRecord

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_CHAIN = re.compile(r"Empreinte du document : ([0-9a-f]{16}) — document précédent : ([0-9a-f]{16}|aucun)")
_NUMBER = re.compile(r"n° (\d{4}-\d{4,})")
RESTORE_ADVICE = (
    "Comparez les états avec les PDF envoyés aux partenaires (« mutualisation verify --against FICHIER.pdf ») "
    "et restaurez la dernière sauvegarde vérifiée."
)


_TEXTS: dict[str, str] = {}  # SHA-256 of a PDF → its text: the same bytes are read once per run
_TEXTS_KEPT = 2000


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF, spaces normalised (pypdf); empty if it cannot be read.

    Reading a PDF's text takes a tenth of a second or more, and ``verify`` reads every stored
    PDF: the text of bytes already read is remembered (by their SHA-256, so a changed PDF is
    read again).
    """
    digest = hashlib.sha256(pdf).hexdigest()
    if digest not in _TEXTS:
        if len(_TEXTS) >= _TEXTS_KEPT:
            _TEXTS.pop(next(iter(_TEXTS)))
        _TEXTS[digest] = _read_text(pdf)
    return _TEXTS[digest]


def _read_text(pdf: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(pdf))
        text = " ".join(page.extract_text() or "" for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return ""
    return _SPACES.sub(" ", text)


def printed_money(amount: Decimal) -> str:
    return _SPACES.sub(" ", french.money(abs(amount)))


# -- triggers -----------------------------------------------------------------------------------


def check_triggers(session: Session, problems: list[str]) -> None:
    """The triggers that freeze documents, payments and the counter exist, unaltered and enabled."""
    connection = session.connection()
    dialect = connection.dialect.name
    if dialect not in ("sqlite", "postgresql"):
        return
    present = ledger.present_triggers(connection)
    repair = (
        " Les documents ne sont plus protégés contre une modification directe de la base : "
        + RESTORE_ADVICE + " Puis recréez les protections : « mutualisation verify --recreate-triggers »."
    )
    if dialect == "postgresql":
        for name, body in ledger.POSTGRESQL_FUNCTIONS.items():
            if present.get(f"function:{name}") != body:
                problems.append(f"La fonction de protection {name} a été supprimée ou modifiée.{repair}")
        for name, (table, _timing, _function) in ledger.POSTGRESQL_TRIGGERS.items():
            if name not in present:
                problems.append(f"Le déclencheur {name} qui protège la table {table} a été supprimé.{repair}")
            elif present[name] != "O":
                problems.append(
                    f"Le déclencheur {name} qui protège la table {table} est désactivé "
                    f"(ALTER TABLE … DISABLE TRIGGER).{repair}"
                )
        return
    for name, sql in ledger.SQLITE_TRIGGERS.items():
        if name not in present:
            problems.append(f"Le déclencheur {name} a été supprimé.{repair}")
        elif " ".join(present[name].split()) != " ".join(sql.split()):
            problems.append(f"Le déclencheur {name} a été remplacé par un autre.{repair}")


# -- what each PDF prints ---------------------------------------------------------------------------


def check_printed(statement: m.Statement, problems: list[str]) -> None:
    """The stored PDF prints the document's number, total and (sealed documents) chain hashes."""
    if not statement.pdf:
        return
    text = pdf_text(statement.pdf)
    name = f"L'état n° {statement.number}"
    if not text:
        problems.append(f"{name} : son PDF enregistré est illisible. {RESTORE_ADVICE}")
        return
    if f"n° {statement.number}" not in text:
        problems.append(f"{name} : son PDF porte un autre numéro que l'état enregistré. {RESTORE_ADVICE}")
    if printed_money(statement.total) not in text:
        problems.append(
            f"{name} : son PDF n'imprime pas le total enregistré ({printed_money(statement.total)}). {RESTORE_ADVICE}"
        )
    if statement.seal is not None:
        found = _CHAIN.search(text)
        expected = (ledger.short(statement.seal), ledger.short(statement.previous_hash) or "aucun")
        if found is None or found.groups() != expected:
            problems.append(
                f"{name} : les empreintes imprimées sur son PDF ne sont pas celles de l'état enregistré. {RESTORE_ADVICE}"
            )
    check_einvoice(statement, problems)


def check_einvoice(statement: m.Statement, problems: list[str]) -> None:
    """A Factur-X file's XML names the document's number and total (positive on a credit note,
    as EN 16931 wants it). A plain PDF, issued before documents were Factur-X, has no XML."""
    from ..reporting.facturx import read_figures

    name = f"L'état n° {statement.number}"
    try:
        figures = read_figures(statement.pdf)
    except ValueError:
        problems.append(f"{name} : la facture électronique (factur-x.xml) de son PDF est illisible. {RESTORE_ADVICE}")
        return
    if figures is None:
        return
    number, grand_total = figures
    if number != statement.number or grand_total != abs(statement.total):
        problems.append(
            f"{name} : sa facture électronique (factur-x.xml) porte le n° {number} pour {printed_money(grand_total)}, "
            f"pas le numéro et le total enregistrés. {RESTORE_ADVICE}"
        )


# -- payments -------------------------------------------------------------------------------------


def check_payments(statements: list[m.Statement], problems: list[str]) -> None:
    """Each payment chains to the previous one of its document and is what was hashed; the
    payments of a document never exceed its total."""
    for statement in statements:
        previous = statement.content_hash
        paid = Decimal(0)
        for payment in sorted(statement.payments, key=lambda p: p.id):
            name = f"Le paiement n° {payment.id} de l'état n° {statement.number}"
            if payment.previous_hash != previous:
                problems.append(
                    f"{name} n'est pas chaîné au paiement qui le précède : un paiement a été supprimé ou inséré "
                    f"hors de l'application. {RESTORE_ADVICE}"
                )
            if payment.content_hash != ledger.payment_hash(payment):
                problems.append(
                    f"{name} a été modifié après son enregistrement (date, montant, référence ou état concerné). "
                    f"{RESTORE_ADVICE}"
                )
            previous = payment.content_hash
            paid += payment.amount
        if statement.total > 0 and paid > statement.total or statement.total <= 0 and paid:
            problems.append(
                f"L'état n° {statement.number} a reçu {french.money(paid)} pour un total de "
                f"{french.money(statement.total)} : des paiements ont été ajoutés hors de l'application. {RESTORE_ADVICE}"
            )


# -- scanned bills cited by documents ---------------------------------------------------------------


def check_attachments(session: Session, statements: list[m.Statement], problems: list[str]) -> None:
    """The scanned pieces of the bills a document cites are those frozen with it."""
    import json

    from sqlalchemy import select

    frozen: dict[str, list[tuple[m.Statement, str]]] = defaultdict(list)
    for statement in statements:
        try:
            inputs = json.loads(statement.inputs_json or "{}")
        except ValueError:
            continue  # a rewritten column: the seal check names it
        pieces = inputs.get("pieces_jointes") if isinstance(inputs, dict) else None
        for bill_id, digest in (pieces or {}).items():
            frozen[bill_id].append((statement, digest))
    if not frozen:
        return
    current = {
        str(row.bill_id): ledger.attachment_hash(row)
        for row in session.scalars(select(m.BillAttachment).where(m.BillAttachment.bill_id.in_([int(b) for b in frozen])))
    }
    for bill_id, cited in frozen.items():
        for statement, digest in cited:
            if current.get(bill_id) != digest:
                problems.append(
                    f"La pièce jointe de la facture n° {bill_id}, citée par l'état n° {statement.number}, a été "
                    f"{'supprimée' if bill_id not in current else 'remplacée'} depuis l'émission de l'état, hors de "
                    "l'application. " + RESTORE_ADVICE
                )


# -- one document per period ----------------------------------------------------------------------

_FAMILY = {"statement": "period", "advance": "period", "settlement": "settlement"}


def check_periods(statements: list[m.Statement], problems: list[str]) -> None:
    """No two documents cover the same period for one beneficiary unless one corrects the other."""
    groups: dict[tuple, list[m.Statement]] = defaultdict(list)
    for statement in statements:
        if statement.corrects_id is None and statement.kind in _FAMILY:
            groups[(statement.convention_id, statement.beneficiary_id, _FAMILY[statement.kind])].append(statement)
    for documents in groups.values():
        documents.sort(key=lambda s: (s.period_start, s.id))
        for earlier, later in zip(documents, documents[1:]):
            if later.period_start <= earlier.period_end:
                problems.append(
                    f"Les états n° {earlier.number} et n° {later.number} couvrent tous deux tout ou partie de la "
                    f"période du {later.period_start:%d/%m/%Y} au {min(earlier.period_end, later.period_end):%d/%m/%Y} "
                    "sans que l'un corrige l'autre : l'un d'eux a été inséré ou modifié hors de l'application. "
                    + RESTORE_ADVICE
                )


# -- the record of chain heads outside the database -------------------------------------------------


def check_record(
    statements: list[m.Statement], record: ChainRecord, complete: bool, problems: list[str],
    vanished: list[tuple] | None = None,
) -> None:
    """The database against the record. ``complete``: the record holds every issue (a SQLite
    file's record); a workstation's record of a server database holds only its own."""
    where = f"le registre des empreintes ({record.path})"
    for line in record.damaged_lines:
        problems.append(
            f"La ligne {line} du registre des empreintes {record.path} est illisible : le registre a été modifié "
            "à la main. Comparez-le avec la copie jointe à la dernière sauvegarde."
            if line else f"Le registre des empreintes {record.path} est illisible."
        )
    if not record.exists:
        if complete and statements:
            problems.append(
                f"Le registre des empreintes {record.path} est absent alors que la base contient "
                f"{len(statements)} état(s) émis : si la base a été déplacée, copiez son registre à côté d'elle ; "
                "sinon, il a été effacé. " + RESTORE_ADVICE
            )
        return
    issued = record.issued()
    voided = record.voided()
    in_database = {(s.issuer_id, s.number): s for s in statements}
    for statement in statements:
        entry = issued.get((statement.issuer_id, statement.number))
        if entry is None:
            if complete:
                problems.append(
                    f"L'état n° {statement.number} n'est pas inscrit dans {where} : il a été ajouté à la base hors "
                    "de l'application. " + RESTORE_ADVICE
                )
        elif entry.get("empreinte") != statement.content_hash:
            problems.append(
                f"L'état n° {statement.number} n'a plus l'empreinte inscrite dans {where} lors de son émission "
                f"(le {entry.get('le', '?')}) : la base a été réécrite. " + RESTORE_ADVICE
            )
    for (issuer, number), entry in issued.items():
        if entry.get("etat") == "fait" and (issuer, number) not in in_database and (issuer, number) not in voided:
            if vanished is not None:
                vanished.append(("emission", issuer, number))
            problems.append(
                f"L'état n° {number}, émis le {entry.get('le', '?')} d'après {where}, a disparu de la base. "
                + RESTORE_ADVICE
            )
    payments = record.payments()
    voided_payments = record.voided_payments()
    stored = {p.content_hash for s in statements for p in s.payments}
    for statement in statements:
        for payment in statement.payments:
            if payment.content_hash not in payments and complete:
                problems.append(
                    f"Le paiement n° {payment.id} de l'état n° {statement.number} n'est pas inscrit dans {where} : "
                    "il a été ajouté hors de l'application. " + RESTORE_ADVICE
                )
    for digest, entry in payments.items():
        if entry.get("etat") == "fait" and digest not in stored and digest not in voided_payments:
            if vanished is not None:
                vanished.append(("paiement", entry.get("emetteur"), digest))
            problems.append(
                f"Le paiement de {entry.get('montant', '?')} € du {entry.get('date', '?')} sur l'état n° "
                f"{entry.get('numero', '?')}, inscrit dans {where}, a disparu de la base. " + RESTORE_ADVICE
            )


# -- a PDF a partner holds --------------------------------------------------------------------------


def check_against(session: Session, file: Path, problems: list[str]) -> str | None:
    """Check a PDF held by a partner against the chain; returns its number when found."""
    from sqlalchemy import select

    try:
        data = file.read_bytes()
    except OSError as exc:
        problems.append(f"Le fichier {file} ne peut pas être lu ({exc.strerror}).")
        return None
    text = pdf_text(data)
    chain = _CHAIN.search(text)
    number = _NUMBER.search(text)
    if chain is None or number is None:
        problems.append(
            f"Le fichier {file} n'est pas un état émis par Mutualisation portant ses empreintes "
            "(numéro et « Empreinte du document » introuvables) : il ne peut pas être comparé."
        )
        return None
    printed_seal, printed_previous = chain.groups()
    statement = session.scalar(select(m.Statement).where(m.Statement.number == number.group(1)))
    name = f"L'état n° {number.group(1)} du fichier {file.name}"
    if statement is None:
        problems.append(f"{name} n'existe plus dans la base : il en a été supprimé. {RESTORE_ADVICE}")
        return number.group(1)
    recomputed = ledger.short(ledger.statement_seal(statement)) if statement.seal is not None else ""
    if printed_seal != recomputed or printed_seal != ledger.short(statement.seal):
        problems.append(
            f"{name} ne correspond plus à la base : l'empreinte imprimée {printed_seal} diffère de celle de l'état "
            f"enregistré ({recomputed or 'absente'}). La base a été modifiée depuis l'émission. {RESTORE_ADVICE}"
        )
    if printed_previous != (ledger.short(statement.previous_hash) or "aucun"):
        problems.append(
            f"{name} : l'empreinte du document précédent imprimée ({printed_previous}) diffère de la chaîne "
            f"enregistrée : un état antérieur a été modifié, supprimé ou inséré. {RESTORE_ADVICE}"
        )
    if printed_money(statement.total) not in text:
        problems.append(f"{name} : le total imprimé diffère du total enregistré ({printed_money(statement.total)}).")
    if statement.pdf is not None and data != statement.pdf:
        problems.append(
            f"{name} n'est pas identique, octet pour octet, au PDF enregistré dans la base : l'un des deux a été "
            "modifié après l'émission."
        )
    return number.group(1)
