"""Editing a convention: its terms, its beneficiaries in order, its articles and amendments.

Every function takes an open session and plain values, checks them and raises
:class:`~mutualisation.services.errors.ServiceError` with a French message the user can act
on; nothing is committed here: the caller owns the transaction (``with session.begin():``),
so a refused change never half-writes. The session itself writes every change to the audit
log (:mod:`mutualisation.storage.audit`).

:func:`term_problems` checks the terms without the database, field by field, so that a form
can show each message next to its field as the user types; the save functions run the same
checks, then those that need the database (a reference already used, a beneficiary who was
already billed…).

Article texts are kept as plain text, or as Markdown when the user formatted them (bold,
italic, lists): both read well as they are in a PDF, an export or a search.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import french
from ..domain.documents.legal_mentions import NOT_SUBJECT
from ..domain.i18n import tr, tr_noop, translate_marked
from ..domain.periods import add_months
from ..domain.vocabulary import BillingFrequency, stored_words
from ..storage import models as m
from .concurrency import ConcurrentEditError, concurrent_edits
from .errors import ServiceError
from .editing.common import fetch
from .reconciliation import mode_change_refusal

BILLING_FREQUENCIES = stored_words(BillingFrequency)
VAT_REGIMES = ("not_subject", "subject")


@dataclass(frozen=True, slots=True)
class ConventionValues:
    """The terms of a convention as a form gives them; ``beneficiary_ids`` in convention order."""

    reference: str
    title: str
    provider_id: int | None
    beneficiary_ids: tuple[int, ...]
    start_date: dt.date | None
    signature_date: dt.date | None = None
    end_date: dt.date | None = None
    duration_months: int | None = None
    tacit_renewal: bool = False
    renewal_months: int | None = None
    notice_months: int = 3
    billing_frequency: str = "quarterly"
    payment_term_days: int = 30
    vat_regime: str = "not_subject"
    vat_mention: str = NOT_SUBJECT
    vat_rate: Decimal = Decimal(0)
    advance_mode: bool = False
    # Each beneficiary's documents show the other beneficiaries' parts (off: only its own).
    transparency: bool = False


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """A message about one field of the form (its attribute name in :class:`ConventionValues`)."""

    field: str
    message: str


@dataclass(frozen=True, slots=True)
class ArticleValues:
    number: str
    title: str
    body: str = ""


@dataclass(frozen=True, slots=True)
class AmendmentValues:
    number: int | None
    effective_date: dt.date | None
    signature_date: dt.date | None = None
    summary: str = ""


def _day(value: dt.date) -> str:
    return french.date(value)


# --- terms ----------------------------------------------------------------------------------


def term_problems(values: ConventionValues) -> list[FieldProblem]:
    """What is wrong with the terms, field by field, without the database (empty when valid)."""
    problems: list[FieldProblem] = []

    def refuse(field: str, message: str) -> None:
        problems.append(FieldProblem(field, message))

    if not values.reference.strip():
        refuse("reference", tr("Convention", "La référence est obligatoire (par exemple CAM-2025-01)."))
    elif len(values.reference.strip()) > 100:
        refuse("reference", tr("Convention", "La référence compte 100 caractères au plus."))
    if not values.title.strip():
        refuse("title", tr("Convention", "L'intitulé est obligatoire."))
    elif len(values.title.strip()) > 300:
        refuse("title", tr("Convention", "L'intitulé compte 300 caractères au plus."))
    if values.provider_id is None:
        refuse("provider_id", tr("Convention", "Choisissez le prestataire, qui met ses moyens à disposition."))
    if not values.beneficiary_ids:
        refuse("beneficiary_ids", tr("Convention", "Ajoutez au moins un bénéficiaire."))
    elif len(set(values.beneficiary_ids)) != len(values.beneficiary_ids):
        refuse("beneficiary_ids", tr("Convention", "Un bénéficiaire figure deux fois dans la liste."))
    elif values.provider_id in values.beneficiary_ids:
        refuse("beneficiary_ids", tr("Convention", "Le prestataire ne peut pas être aussi bénéficiaire."))

    start = values.start_date
    if start is None:
        refuse("start_date", tr("Convention", "La date de prise d'effet est obligatoire."))
    if values.end_date is not None and start is not None and values.end_date < start:
        refuse(
            "end_date",
            tr("Convention", "La fin ({end}) ne peut pas précéder la prise d'effet ({start}).",
               end=_day(values.end_date), start=_day(start)),
        )
    if values.duration_months is not None:
        if not 1 <= values.duration_months <= 600:
            refuse("duration_months", tr("Convention", "La durée se compte en mois, de 1 à 600."))
        elif values.end_date is not None and start is not None and values.end_date >= start:
            expected = add_months(start, values.duration_months) - dt.timedelta(days=1)
            if expected != values.end_date:
                refuse(
                    "duration_months",
                    tr("Convention", "Une durée de {months} mois à partir du {start} finit le {expected}, pas le "
                       "{end} : corrigez l'une des deux ou n'indiquez que la date de fin.",
                       months=values.duration_months, start=_day(start), expected=_day(expected),
                       end=_day(values.end_date)),
                )
    if values.tacit_renewal:
        if values.end_date is None and values.duration_months is None:
            refuse("tacit_renewal", tr("Convention", "La reconduction tacite suppose une date de fin ou une durée."))
        if values.renewal_months is not None and not 1 <= values.renewal_months <= 120:
            refuse("renewal_months", tr("Convention", "La période de reconduction se compte en mois, de 1 à 120."))
    if not 0 <= values.notice_months <= 60:
        refuse("notice_months", tr("Convention", "Le préavis se compte en mois, de 0 à 60."))
    if values.billing_frequency not in BILLING_FREQUENCIES:
        refuse("billing_frequency", tr("Convention", "Choisissez une périodicité de facturation."))
    if not 0 <= values.payment_term_days <= 365:
        refuse("payment_term_days", tr("Convention", "Le délai de paiement se compte en jours, de 0 à 365."))
    if values.vat_regime not in VAT_REGIMES:
        refuse("vat_regime", tr("Convention", "Choisissez le régime de TVA."))
    elif values.vat_regime == "subject":
        if not Decimal(0) < values.vat_rate <= Decimal(1):
            refuse("vat_rate", tr("Convention", "Indiquez le taux de TVA, par exemple 20 %."))
    elif not values.vat_mention.strip():
        refuse(
            "vat_mention",
            tr("Convention", "Sans TVA, la mention légale est obligatoire (par exemple « {mention} », ou « TVA non "
               "applicable, art. 293 B du CGI » pour une franchise).", mention=NOT_SUBJECT),
        )
    elif len(values.vat_mention.strip()) > 300:
        refuse("vat_mention", tr("Convention", "La mention compte 300 caractères au plus."))
    return problems


def load_convention(session: Session, convention_id: int) -> tuple[ConventionValues, int]:
    """The terms of a convention as a form shows them, and the version to save against."""
    convention = fetch(session, m.Convention, convention_id, tr("Edit", "la convention"))
    values = {f.name: getattr(convention, f.name) for f in fields(ConventionValues) if f.name != "beneficiary_ids"}
    values["beneficiary_ids"] = tuple(b.party_id for b in convention.beneficiaries)
    return ConventionValues(**values), convention.version


def billing_mode_refusal(session: Session, convention_id: int) -> str | None:
    """Why the convention's billing mode (per period / advances) cannot be switched now, if so."""
    convention = fetch(session, m.Convention, convention_id, tr("Edit", "la convention"))
    return mode_change_refusal(session, convention, not convention.advance_mode)


def create_convention(session: Session, values: ConventionValues) -> int:
    """A new convention with its terms and beneficiaries; returns its id."""
    _check(session, values, None)
    convention = m.Convention(**_columns(values))
    session.add(convention)
    session.flush()
    _set_beneficiaries(session, convention, values.beneficiary_ids)
    return convention.id


def update_convention(session: Session, convention_id: int, values: ConventionValues,
                      expected_version: int | None = None) -> None:  # fmt: skip
    """Change the terms and the beneficiaries' list and order of a convention.

    Refused, besides invalid terms, when it would contradict an issued statement: another
    provider, or a beneficiary removed after being billed.
    """
    convention = fetch(session, m.Convention, convention_id, tr("Edit", "la convention"))
    _check_version(convention, expected_version, values)
    _check(session, values, convention)
    _write(session, convention, _columns(values))
    _set_beneficiaries(session, convention, values.beneficiary_ids)


def _columns(values: ConventionValues) -> dict:
    data = {f.name: getattr(values, f.name) for f in fields(ConventionValues) if f.name != "beneficiary_ids"}
    data["reference"] = values.reference.strip()
    data["title"] = values.title.strip()
    data["vat_mention"] = values.vat_mention.strip()
    if not values.tacit_renewal:
        data["renewal_months"] = None
    if values.vat_regime != "subject":
        data["vat_rate"] = Decimal(0)
    return data


def _check(session: Session, values: ConventionValues, convention: m.Convention | None) -> None:
    problems = term_problems(values)
    if problems:
        raise ServiceError(problems[0].message)
    taken = select(m.Convention.id).where(func.lower(m.Convention.reference) == values.reference.strip().lower())
    if convention is not None:
        taken = taken.where(m.Convention.id != convention.id)
    if session.scalar(taken.limit(1)) is not None:
        raise ServiceError(tr("Convention", "La référence {reference} est déjà celle d'une autre convention.",
                              reference=values.reference.strip()))
    for party_id in (values.provider_id, *values.beneficiary_ids):
        if session.get(m.Party, party_id) is None:
            raise ServiceError(tr("Convention", "Une des parties choisies a été supprimée entre-temps : rouvrez le formulaire."))
    if convention is None:
        return
    issued = select(m.Statement).where(m.Statement.convention_id == convention.id)
    if values.provider_id != convention.provider_id:
        first = session.scalar(issued.order_by(m.Statement.id).limit(1))
        if first is not None:
            raise ServiceError(tr(
                "Convention", "Le prestataire ne peut plus changer : l'état n° {number} a déjà été émis sous cette "
                "convention. Enregistrez une nouvelle convention pour un autre prestataire.", number=first.number,
            ))
    if reason := mode_change_refusal(session, convention, values.advance_mode):
        raise ServiceError(reason)
    removed = {b.party_id for b in convention.beneficiaries} - set(values.beneficiary_ids)
    if removed:
        billed = session.scalar(
            issued.where(m.Statement.beneficiary_id.in_(removed)).order_by(m.Statement.id).limit(1)
        )
        if billed is not None:
            raise ServiceError(tr(
                "Convention", "{name} ne peut pas être retiré de la convention : l'état n° {number} lui a été "
                "adressé. Vous pouvez en revanche changer l'ordre.", name=billed.beneficiary.name,
                number=billed.number,
            ))


def _set_beneficiaries(session: Session, convention: m.Convention, party_ids: tuple[int, ...]) -> None:
    """Beneficiaries in the given order; positions are unique, so they move out of the way first."""
    current = {b.party_id: b for b in convention.beneficiaries}
    for offset, row in enumerate(current.values(), start=1):
        row.position = 1000 + offset
    session.flush()
    for party_id in set(current) - set(party_ids):
        convention.beneficiaries.remove(current[party_id])
    session.flush()
    for position, party_id in enumerate(party_ids, start=1):
        row = current.get(party_id)
        if row is None:
            convention.beneficiaries.append(
                m.ConventionBeneficiary(party_id=party_id, position=position)
            )
        else:
            row.position = position
    session.flush()
    convention.beneficiaries.sort(key=lambda b: b.position)


# --- articles -------------------------------------------------------------------------------


def _article_checked(session: Session, convention_id: int, values: ArticleValues,
                     article_id: int | None) -> dict:  # fmt: skip
    number = values.number.strip()
    title = values.title.strip()
    if not number:
        raise ServiceError(tr("Convention", "Le numéro de l'article est obligatoire (par exemple 4 ou 4 bis)."))
    if len(number) > 20:
        raise ServiceError(tr("Convention", "Le numéro de l'article compte 20 caractères au plus."))
    if not title:
        raise ServiceError(tr("Convention", "Le titre de l'article est obligatoire."))
    if len(title) > 300:
        raise ServiceError(tr("Convention", "Le titre de l'article compte 300 caractères au plus."))
    same = select(m.Article.id).where(
        m.Article.convention_id == convention_id, func.lower(m.Article.number) == number.lower()
    )
    if article_id is not None:
        same = same.where(m.Article.id != article_id)
    if session.scalar(same.limit(1)) is not None:
        raise ServiceError(tr("Convention", "L'article {number} existe déjà dans cette convention : choisissez un "
                              "autre numéro.", number=number))
    return {"number": number, "title": title, "body": values.body.strip()}


def add_article(session: Session, convention_id: int, values: ArticleValues) -> int:
    """A new article, placed after the last one; returns its id."""
    fetch(session, m.Convention, convention_id, tr("Edit", "la convention"))
    checked = _article_checked(session, convention_id, values, None)
    last = session.scalar(
        select(func.max(m.Article.position)).where(m.Article.convention_id == convention_id)
    )
    article = m.Article(convention_id=convention_id, position=(last or 0) + 1, **checked)
    session.add(article)
    session.flush()
    return article.id


def load_article(session: Session, article_id: int) -> tuple[ArticleValues, int]:
    article = fetch(session, m.Article, article_id, tr("Edit", "l'article"))
    return ArticleValues(article.number, article.title, article.body), article.version


def update_article(session: Session, article_id: int, values: ArticleValues,
                   expected_version: int | None = None) -> None:  # fmt: skip
    article = fetch(session, m.Article, article_id, tr("Edit", "l'article"))
    _check_version(article, expected_version, values)
    _write(session, article, _article_checked(session, article.convention_id, values, article.id))


def delete_article(session: Session, article_id: int) -> None:
    article = fetch(session, m.Article, article_id, tr("Edit", "l'article"))
    session.delete(article)
    session.flush()


def move_article(session: Session, article_id: int, offset: int) -> bool:
    """Move an article ``offset`` places (−1 up, +1 down); False when it is already at the end."""
    article = fetch(session, m.Article, article_id, tr("Edit", "l'article"))
    siblings = list(
        session.scalars(
            select(m.Article).where(m.Article.convention_id == article.convention_id)
            .order_by(m.Article.position)
        )
    )  # fmt: skip
    index = siblings.index(article)
    target = index + offset
    if not 0 <= target < len(siblings):
        return False
    other = siblings[target]
    mine, theirs = article.position, other.position
    # (convention, position) is unique: park one article out of the way during the swap.
    article.position = max(s.position for s in siblings) + 1
    session.flush()
    other.position = mine
    session.flush()
    article.position = theirs
    session.flush()
    return True


# --- amendments -----------------------------------------------------------------------------

#: Dated values that may cite an amendment, and how to name them in a refusal.
_CITING = (
    (m.WorkingTime, tr_noop("Convention", "{count} temps de travail")),
    (m.StaffShare, tr_noop("Convention", "{count} quotité(s) de personnel")),
    (m.SiteSurface, tr_noop("Convention", "{count} surface(s)")),
    (m.EquipmentKey, tr_noop("Convention", "{count} clé(s) de matériel")),
    (m.CategoryKey, tr_noop("Convention", "{count} clé(s) de catégorie")),
    (m.FixedKeyShare, tr_noop("Convention", "{count} pourcentage(s) de clé fixe")),
    (m.OwnHeadcount, tr_noop("Convention", "{count} effectif(s) propre(s)")),
)


def next_amendment_number(session: Session, convention_id: int) -> int:
    last = session.scalar(
        select(func.max(m.Amendment.number)).where(m.Amendment.convention_id == convention_id)
    )
    return (last or 0) + 1


def _amendment_checked(session: Session, convention: m.Convention, values: AmendmentValues,
                       amendment_id: int | None) -> dict:  # fmt: skip
    if values.number is None or values.number < 1:
        raise ServiceError(tr("Convention", "Le numéro de l'avenant est un entier à partir de 1."))
    if values.effective_date is None:
        raise ServiceError(tr("Convention", "La date d'entrée en vigueur de l'avenant est obligatoire."))
    if values.effective_date < convention.start_date:
        raise ServiceError(tr(
            "Convention", "L'avenant ne peut pas entrer en vigueur ({day}) avant la convention elle-même ({start}).",
            day=_day(values.effective_date), start=_day(convention.start_date),
        ))
    if values.signature_date is not None and convention.signature_date is not None \
            and values.signature_date < convention.signature_date:  # fmt: skip
        raise ServiceError(tr(
            "Convention", "L'avenant ne peut pas être signé ({day}) avant la convention ({signed}).",
            day=_day(values.signature_date), signed=_day(convention.signature_date),
        ))
    same = select(m.Amendment.id).where(
        m.Amendment.convention_id == convention.id, m.Amendment.number == values.number
    )
    if amendment_id is not None:
        same = same.where(m.Amendment.id != amendment_id)
    if session.scalar(same.limit(1)) is not None:
        raise ServiceError(tr("Convention", "L'avenant n° {number} existe déjà : choisissez un autre numéro.",
                              number=values.number))
    return {
        "number": values.number,
        "signature_date": values.signature_date,
        "effective_date": values.effective_date,
        "summary": values.summary.strip(),
    }


def add_amendment(session: Session, convention_id: int, values: AmendmentValues) -> int:
    convention = fetch(session, m.Convention, convention_id, tr("Edit", "la convention"))
    checked = _amendment_checked(session, convention, values, None)
    amendment = m.Amendment(convention_id=convention_id, **checked)
    session.add(amendment)
    session.flush()
    return amendment.id


def load_amendment(session: Session, amendment_id: int) -> tuple[AmendmentValues, int]:
    a = fetch(session, m.Amendment, amendment_id, tr("Edit", "l'avenant"))
    return AmendmentValues(a.number, a.effective_date, a.signature_date, a.summary), a.version


def update_amendment(session: Session, amendment_id: int, values: AmendmentValues,
                     expected_version: int | None = None) -> None:  # fmt: skip
    amendment = fetch(session, m.Amendment, amendment_id, tr("Edit", "l'avenant"))
    _check_version(amendment, expected_version, values)
    _write(session, amendment, _amendment_checked(session, amendment.convention, values, amendment.id))


def delete_amendment(session: Session, amendment_id: int) -> None:
    """Refused while dated values cite the amendment, or once a statement printed it."""
    amendment = fetch(session, m.Amendment, amendment_id, tr("Edit", "l'avenant"))
    uses = []
    for model, what in _CITING:
        count = session.scalar(
            select(func.count()).select_from(model).where(model.amendment_id == amendment.id)
        )
        if count:
            uses.append(translate_marked("Convention", what).format(count=count))
    if uses:
        raise ServiceError(tr(
            "Convention", "Suppression impossible : l'avenant n° {number} est cité par {uses}. Retirez d'abord ces "
            "références dans les registres concernés.", number=amendment.number, uses=", ".join(uses),
        ))
    printed = session.scalar(
        select(m.Statement.number)
        .where(m.Statement.convention_id == amendment.convention_id,
               m.Statement.period_end >= amendment.effective_date)
        .order_by(m.Statement.id).limit(1)
    )  # fmt: skip
    if printed is not None:
        raise ServiceError(tr(
            "Convention", "Suppression refusée : l'avenant n° {number} était en vigueur pour l'état n° {printed}, "
            "déjà émis, qui le mentionne.", number=amendment.number, printed=printed,
        ))
    session.delete(amendment)
    session.flush()


# --- helpers --------------------------------------------------------------------------------


def _write(session: Session, record, checked: dict) -> None:
    """Store the checked values in ``record``; a save that someone else's overtook between the
    version check and the write is refused too (the UPDATE matches no row)."""
    for key, value in checked.items():
        setattr(record, key, value)
    with concurrent_edits():
        session.flush()


def _check_version(record, expected_version: int | None, values) -> None:
    """Refuse a save based on an outdated copy (someone else saved the record meanwhile)."""
    if expected_version is not None and record.version != expected_version:
        changes = {f.name: getattr(values, f.name) for f in fields(values)}
        raise ConcurrentEditError(type(record), record.id, expected_version, record.version, changes)
