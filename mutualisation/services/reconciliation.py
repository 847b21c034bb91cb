"""A year's documents reconcile: the year's amount by R13 and everything billed for it.

A year's amount is the sum of its billing periods, each computed as its statement would be
(R13), never a one-shot computation over the twelve months, so that the annual summary, the
settlement and a convention's year preview say what the statements of that year bill.

A year is billed one way: per period (statements, their corrective statements and credit
notes) or by advances (advance calls, then the settlement). The documents already issued for
a year decide its way; the convention's setting only decides for a year with nothing issued,
which is why the setting changes only while no year is half billed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import french
from ..domain.i18n import tr
from ..domain.lines import SECTION_ORDER, Preview
from ..domain.money import ZERO
from ..domain.periods import Period, billing_periods
from ..domain.year import sum_of_periods
from ..storage import models as m
from .costs import preview
from .errors import ServiceError

#: Kinds that only exist in advance mode (a settlement's credit note corrects nothing).
ADVANCE_KINDS = ("advance", "settlement")
PERIOD_KIND = "statement"


@dataclass(frozen=True, slots=True)
class YearFigures:
    """The billing periods of a year, each computed as its statement would be."""

    year: int
    previews: tuple[Preview, ...]

    def total(self, party_id: int) -> Decimal:
        return sum((p.total(party_id) for p in self.previews), ZERO)

    def section_total(self, party_id: int, section: str) -> Decimal:
        return sum((p.section_total(party_id, section) for p in self.previews), ZERO)

    @property
    def problems(self):
        return tuple(problem for p in self.previews for problem in p.problems)

    def combined(self) -> Preview:
        """The year as one preview, every line the sum of its billing periods' lines."""
        return sum_of_periods(Period.year(self.year), self.previews)


def year_figures(session: Session, convention: m.Convention, year: int) -> YearFigures:
    """R13: the year's billing periods of ``convention``, computed one by one."""
    return YearFigures(
        year, tuple(preview(session, convention, p) for p in billing_periods(year, convention.billing_frequency))
    )


def preview_kind(convention: m.Convention, period: Period) -> str:
    """How a period is computed: ``"billing_period"``, ``"year"`` (sum of its billing periods,
    R13) or ``"one_shot"`` (a free date range, computed at once: a preview, never billed)."""
    if period.start.year == period.end.year:
        periods = billing_periods(period.start.year, convention.billing_frequency)
        if period in periods:
            return "billing_period"
        if period == Period.year(period.start.year):
            return "year"
    return "one_shot"


def period_preview(session: Session, convention: m.Convention, period: Period) -> Preview:
    """A convention's preview of ``period``: a whole year is the sum of its billing periods (R13)."""
    if preview_kind(convention, period) == "year":
        return year_figures(session, convention, period.start.year).combined()
    return preview(session, convention, period)


def year_documents(session: Session, convention_id: int, party_id: int, year: int) -> list[m.Statement]:
    """Every document issued to the party for a period of ``year``, whatever its kind, in issue order."""
    whole = Period.year(year)
    return list(
        session.scalars(
            select(m.Statement)
            .where(m.Statement.convention_id == convention_id, m.Statement.beneficiary_id == party_id,
                   m.Statement.period_start >= whole.start, m.Statement.period_end <= whole.end)
            .order_by(m.Statement.id)
        )
    )  # fmt: skip


def billed_total(documents: Iterable[m.Statement]) -> Decimal:
    """What the documents bill excluding VAT (credit notes count negative: their amounts are)."""
    return sum((line.amount for d in documents for line in d.lines), ZERO)


def billed_by_section(documents: Iterable[m.Statement]) -> dict[str, Decimal]:
    billed = dict.fromkeys(SECTION_ORDER, ZERO)
    for document in documents:
        for line in document.lines:
            billed[line.section] = billed.get(line.section, ZERO) + line.amount
    return billed


def year_billing(documents: Iterable[m.Statement]) -> str | None:
    """``"advances"`` or ``"periods"`` as the year's documents show, None when nothing was issued."""
    kinds = {d.kind for d in documents if d.corrects_id is None}
    if kinds & set(ADVANCE_KINDS) or "credit_note" in kinds:
        return "advances"  # a credit note that corrects nothing is a settlement owed back
    return "periods" if kinds else None


def _numbers(documents: Iterable[m.Statement]) -> str:
    return ", ".join(tr("Issue", "n° {number}", number=d.number) for d in documents)


def require_period_billing(session: Session, convention: m.Convention, party: m.Party, period: Period) -> None:
    """Refuse a statement for a year already billed by advances (the settlement covers it)."""
    documents = year_documents(session, convention.id, party.id, period.start.year)
    billing = year_billing(documents)
    if billing == "advances":
        advances = [d for d in documents if d.corrects_id is None]
        raise ServiceError(tr(
            "Issue", "{year} est facturée à {name} par appels de fonds ({numbers}) : la régularisation annuelle "
            "tient lieu d'états pour cette année, un état de la période la facturerait une seconde fois.",
            year=period.start.year, name=party.name, numbers=_numbers(advances),
        ))
    if billing is None and convention.advance_mode:
        raise ServiceError(tr(
            "Issue", "La convention {reference} facture par appels de fonds : pour {year}, émettez les appels de "
            "fonds puis la régularisation annuelle, pas des états par période.",
            reference=convention.reference, year=period.start.year,
        ))


def require_advance_billing(session: Session, convention: m.Convention, party: m.Party, year: int) -> None:
    """Refuse an advance call or a settlement for a year already billed per period."""
    documents = year_documents(session, convention.id, party.id, year)
    if year_billing(documents) == "periods":
        statements = [d for d in documents if d.kind == PERIOD_KIND]
        raise ServiceError(tr(
            "Issue", "{year} est déjà facturée à {name} par période ({numbers}) : pas d'appel de fonds ni de "
            "régularisation pour cette année, qui facturerait une seconde fois ; un écart se rectifie état par "
            "état (état rectificatif ou avoir).", year=year, name=party.name, numbers=_numbers(statements),
        ))


def _closed(convention: m.Convention, year: int, documents: list[m.Statement]) -> bool:
    """Nothing more will be issued for the year in its way: settled, or its last period stated."""
    last = billing_periods(year, convention.billing_frequency)[-1]
    return any(
        d.corrects_id is None and (
            d.kind in ("settlement", "credit_note")
            or (d.kind == PERIOD_KIND and d.period_start == last.start and d.period_end == last.end)
        )
        for d in documents
    )  # fmt: skip


def mode_change_refusal(session: Session, convention: m.Convention, advance_mode: bool) -> str | None:
    """Why the convention cannot switch to ``advance_mode`` now, or None when it can.

    The setting applies to every year with nothing issued; a year that has documents but is
    not finished (not settled, or its last period not stated) would end up billed both ways.
    """
    if bool(convention.advance_mode) == bool(advance_mode):
        return None
    documents = session.scalars(
        select(m.Statement).where(m.Statement.convention_id == convention.id).order_by(m.Statement.id)
    ).all()
    by_year: dict[int, list[m.Statement]] = {}
    for document in documents:
        by_year.setdefault(document.period_start.year, []).append(document)
    for year, issued in sorted(by_year.items()):
        if not _closed(convention, year, issued):
            wanted = "par appels de fonds" if advance_mode else "par période"
            return (
                f"Le mode de facturation ne change que pour une année où rien n'a encore été émis : "
                f"{year} a déjà {_numbers(issued[:3])}{' …' if len(issued) > 3 else ''}. Terminez "
                f"{year} dans son mode actuel (dernier état de l'année ou régularisation) avant de "
                f"passer à la facturation {wanted}."
            )
    return None


def check_mode_change(session: Session, convention: m.Convention, advance_mode: bool) -> None:
    if reason := mode_change_refusal(session, convention, advance_mode):
        raise ServiceError(reason)

