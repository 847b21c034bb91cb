"""Preparing issued documents for their deposit on Chorus Pro.

For each chosen document of a public beneficiary: its stored PDF (the file that was issued,
sealed and chained, byte for byte), named by its number, and one checklist, in French, of
what the Chorus Pro deposit form asks for each (recipient SIRET, service code, engagement
number, amounts). The references are those frozen in the document's header; a document
issued before they were entered takes those now recorded for its budget year, and the
checklist says they must be typed in the form since the file does not carry them.

Everything is checked before anything is written: when a public beneficiary lacks its SIRET,
service code or engagement number for a document's year, the refusal names each one and where
to enter it, and no file is written.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import french
from ..domain.chorus import ChorusYear, budget_year, missing_for_deposit, references_for
from ..domain.documents import document_from_dict
from ..domain.periods import Period
from ..domain.vocabulary import DocumentKind
from ..domain.i18n import tr
from ..paths import write_private
from ..storage import models as m
from .errors import ServiceError

#: The checklist written next to the PDFs.
CHECKLIST_NAME = "chorus-pro-a-saisir.txt"
#: Where the user records what is missing (the same words as the screens).
WHERE_TO_ENTER = "Paramètres → Parties → {code} → Chorus Pro"


class ChorusExportRefused(ServiceError):
    """Some chosen documents cannot be deposited; ``missing`` holds (number, party code, year, what)."""

    def __init__(self, missing: list[tuple[str, str, int, tuple[str, ...]]]) -> None:
        self.missing = missing
        lines = []
        for number, code, year, what in missing:
            places = []
            if "SIRET" in what:
                places.append(f"le SIRET dans Paramètres → Parties → {code}")
            if set(what) - {"SIRET"}:
                places.append(f"les références dans {WHERE_TO_ENTER.format(code=code)}, année {year}")
            plural = "s" if len(what) > 1 else ""
            lines.append(f"  • n° {number} ({code}, {year}) : {_words(what)} manquant{plural} — à saisir : "
                         f"{' ; '.join(places)}.")  # fmt: skip
        super().__init__("Export pour Chorus Pro refusé, aucun fichier écrit :\n" + "\n".join(lines))


def _words(what: tuple[str, ...]) -> str:
    return what[0] if len(what) == 1 else ", ".join(what[:-1]) + " et " + what[-1]


@dataclass(frozen=True, slots=True)
class Deposit:
    """One document as Chorus Pro will ask for it."""

    number: str
    kind: str
    issue_date: dt.date
    due_date: dt.date
    period: Period
    recipient_code: str
    recipient_name: str
    siret: str
    service_code: str
    engagement_number: str
    #: The references are not in the issued file (issued before they were entered).
    typed_in_form: bool
    total_excl_vat: Decimal
    vat: Decimal
    total: Decimal
    pdf: bytes

    @property
    def file_name(self) -> str:
        return f"{self.number}.pdf"


@dataclass(frozen=True, slots=True)
class ChorusExport:
    """What was written: the PDFs and the checklist, and the documents left out (not public)."""

    files: tuple[Path, ...]
    checklist: Path
    left_out: tuple[str, ...]


def chosen_statements(session: Session, period: Period | None = None, numbers: tuple[str, ...] = ()) -> list[m.Statement]:
    """The issued documents whose period meets ``period`` and those numbered ``numbers``, by number."""
    found: dict[int, m.Statement] = {}
    if period is not None:
        query = select(m.Statement).where(m.Statement.period_start <= period.end, m.Statement.period_end >= period.start)
        found.update((s.id, s) for s in session.scalars(query))
    for number in numbers:
        statement = session.scalar(select(m.Statement).where(m.Statement.number == number.strip()))
        if statement is None:
            raise ServiceError(f"Aucun document émis ne porte le numéro « {number.strip()} ».")
        found[statement.id] = statement
    return sorted(found.values(), key=lambda s: (s.year, s.sequence, s.issuer_id))


def deposit_of(statement: m.Statement) -> tuple[Deposit, tuple[str, ...]]:
    """The deposit of ``statement`` and what its beneficiary still lacks for it (empty when complete)."""
    document = document_from_dict(json.loads(statement.document_json))
    party = statement.beneficiary
    year = budget_year(document.period)
    recorded = references_for(
        (ChorusYear(r.year, r.service_code, r.engagement_number) for r in party.chorus_references), year
    )
    frozen = document.header
    service_code = frozen.service_code or (recorded.service_code if recorded else "")
    engagement = frozen.engagement_number or (recorded.engagement_number if recorded else "")
    siret = document.recipient.siret or party.siret
    deposit = Deposit(
        number=statement.number, kind=statement.kind, issue_date=statement.issue_date, due_date=statement.due_date,
        period=document.period, recipient_code=party.code, recipient_name=document.recipient.name, siret=siret,
        service_code=service_code, engagement_number=engagement,
        typed_in_form=(service_code, engagement) != (frozen.service_code, frozen.engagement_number),
        total_excl_vat=statement.total_excl_vat, vat=statement.vat, total=statement.total, pdf=statement.pdf or b"",
    )  # fmt: skip
    return deposit, missing_for_deposit(siret, ChorusYear(year, service_code, engagement))


def prepare_deposits(statements: list[m.Statement]) -> tuple[list[Deposit], tuple[str, ...]]:
    """The deposits of the public beneficiaries' documents and the numbers of the others;
    refused, naming every gap, when one of them lacks what Chorus Pro asks."""
    deposits, left_out, missing = [], [], []
    for statement in statements:
        if not statement.beneficiary.is_public_body:
            left_out.append(statement.number)
            continue
        deposit, lacking = deposit_of(statement)
        if lacking:
            missing.append((statement.number, deposit.recipient_code, budget_year(deposit.period), lacking))
        deposits.append(deposit)
    if missing:
        raise ChorusExportRefused(missing)
    return deposits, tuple(left_out)


def export_for_chorus(session: Session, folder: Path, statements: list[m.Statement], today: dt.date) -> ChorusExport:
    """Write the PDFs and the checklist of ``statements`` into ``folder`` (created if needed);
    nothing is written when one is refused, or when none goes to Chorus Pro."""
    if not statements:
        raise ServiceError(tr("Edit", "Aucun document émis ne correspond à ce choix : rien à exporter."))
    deposits, left_out = prepare_deposits(statements)
    if not deposits:
        raise ServiceError(
            "Aucun de ces documents n'est adressé à une entité publique (case « Entité publique » de la "
            "fiche de la partie) : rien à déposer sur Chorus Pro."
        )
    folder = Path(folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        files = []
        for deposit in deposits:
            write_private(folder / deposit.file_name, deposit.pdf)
            files.append(folder / deposit.file_name)
        checklist = folder / CHECKLIST_NAME
        write_private(checklist, checklist_text(deposits, left_out, today))
    except OSError as exc:
        raise ServiceError(f"Impossible d'écrire dans {folder} : {exc.strerror or exc}.") from exc
    return ChorusExport(tuple(files), checklist, left_out)


def checklist_text(deposits: list[Deposit], left_out: tuple[str, ...], today: dt.date) -> str:
    """What to type or check in the Chorus Pro deposit form, document by document."""
    lines = [
        f"Dépôt sur Chorus Pro — {len(deposits)} document(s) préparé(s) le {french.date(today)}",
        "Sur chorus-pro.gouv.fr : Factures émises → Déposer une facture, cadre de facturation A1 (dépôt par "
        "un fournisseur), puis joindre le fichier PDF ci-dessous et vérifier ou saisir :",
        "",
    ]
    for d in deposits:
        credit = d.kind == DocumentKind.CREDIT_NOTE
        lines += [
            f"{d.file_name} — {DocumentKind(d.kind).heading} n° {d.number} du {french.date(d.issue_date)}",
            f"  Type de document : {'avoir' if credit else 'facture'}",
            f"  Destinataire : {d.recipient_name} ({d.recipient_code})",
            f"  SIRET du destinataire : {french.siret(d.siret)}",
            f"  Code service : {d.service_code}",
            f"  N° d'engagement : {d.engagement_number}",
            f"  Période : {d.period.label}",
            f"  Montant HT : {french.money(abs(d.total_excl_vat) if credit else d.total_excl_vat)}",
            f"  TVA : {french.money(abs(d.vat) if credit else d.vat)}",
            f"  Montant TTC : {french.money(abs(d.total) if credit else d.total)}",
        ]
        if not credit:
            lines.append(f"  Échéance : {french.date(d.due_date)}")
        if d.typed_in_form:
            lines.append("  Attention : code service ou n° d'engagement absent du document émis ; à saisir dans le "
                         "formulaire de dépôt.")  # fmt: skip
        lines.append("")
    if left_out:
        lines.append("Non exportés (destinataire qui n'est pas une entité publique) : " + ", ".join(left_out) + ".")
    return "\n".join(lines).rstrip("\n") + "\n"


def export_documents(session: Session, folder: Path, numbers: tuple[str, ...], today: dt.date) -> ChorusExport:
    """:func:`export_for_chorus` of the documents numbered ``numbers`` (the screens' action)."""
    return export_for_chorus(session, folder, chosen_statements(session, numbers=numbers), today)
