"""Drift and corrections: when the data behind an issued period changes.

The drift compares, line by line, what was issued for a period (the statement and every
correction since) with what the same period computes today. A correction issues the
difference: a corrective statement when it is due to the provider, a credit note when it
is owed back, numbered in the same sequence and referencing the original.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import french, i18n
from ..domain.i18n import tr
from ..domain.documents import KIND_TITLES, annex_bills
from ..domain.party_statement import DocumentLine, ratio_text
from ..domain.lines import SECTION_ORDER, SECTIONS
from ..domain.money import ZERO
from ..domain.periods import Period
from ..domain.problems import Problem
from ..storage import models as m
from .costs import preview
from .documents import build_document, figures_of
from .errors import ServiceError
from .issuing import Draft, IssueRefused, issue
from .payments import find_statement
from .reconciliation import billed_by_section, year_documents, year_figures


@dataclass(frozen=True, slots=True)
class DriftLine:
    section: str
    source_kind: str
    source_id: int
    label: str
    issued: Decimal
    recomputed: Decimal
    basis: Decimal
    key_description: str
    ratio: str
    # The line as last issued (the statement, or the last correction's recomputed row) and the
    # inputs behind it as frozen then, against today's: what a correction names as changed.
    issued_basis: Decimal = ZERO
    issued_key: str = ""
    issued_ratio: str = ""
    inputs_before: tuple[str, ...] = ()
    inputs_after: tuple[str, ...] = ()

    @property
    def difference(self) -> Decimal:
        return self.recomputed - self.issued


class DriftTotals:
    """What a drift's ``lines`` add up to: one definition for the service's :class:`Drift` and the
    plain copy the interface keeps of it (statements_view.DriftInfo)."""

    __slots__ = ()
    lines: tuple[DriftLine, ...]

    @property
    def changed(self) -> tuple[DriftLine, ...]:
        return tuple(line for line in self.lines if line.difference)

    @property
    def issued_total(self) -> Decimal:
        return sum((line.issued for line in self.lines), ZERO)

    @property
    def recomputed_total(self) -> Decimal:
        return sum((line.recomputed for line in self.lines), ZERO)

    @property
    def difference(self) -> Decimal:
        return self.recomputed_total - self.issued_total


@dataclass(frozen=True, slots=True)
class Drift(DriftTotals):
    original: m.Statement
    period: Period
    lines: tuple[DriftLine, ...]  # every line, changed or not
    problems: tuple[Problem, ...]


def original_of(session: Session, statement: m.Statement) -> m.Statement:
    return session.get(m.Statement, statement.corrects_id) if statement.corrects_id else statement


def is_settlement(statement: m.Statement) -> bool:
    """A year's settlement (to pay, or owed back as a credit note that corrects nothing)."""
    return statement.corrects_id is None and statement.kind in ("settlement", "credit_note")


def drift(session: Session, statement: m.Statement) -> Drift:
    """Issued (statement and its corrections) against recomputed, for the statement's period.

    For a settlement, the year's amount by R13 against everything issued for the year,
    section by section: a change after the settlement is corrected against the settlement.
    """
    original = original_of(session, statement)
    if is_settlement(original):
        return _settlement_drift(session, original)
    if original.kind != "statement":
        raise ServiceError(tr(
            "Issue", "Le document n° {number} ({kind}) ne se compare pas à un recalcul : seuls les états de "
            "refacturation se rectifient.", number=original.number, kind=original.kind,
        ))
    documents = [original, *session.scalars(
        select(m.Statement).where(m.Statement.corrects_id == original.id).order_by(m.Statement.id)
    )]  # fmt: skip
    issued: dict[tuple[str, int], list] = {}
    last: dict[tuple[str, int], m.StatementLine] = {}  # the line as last issued (basis, key, ratio)
    for document in documents:
        for line in document.lines:
            key = (line.source_kind, line.source_id)
            entry = issued.setdefault(key, [line.section, line.label, ZERO])
            entry[2] += line.amount
            last[key] = line  # a correction's rows: « émis » then « recalculé », the latter wins
    frozen = _frozen_inputs(documents)
    period = Period(original.period_start, original.period_end)
    result = preview(session, original.convention, period)
    party = original.beneficiary_id
    recomputed = {(l.source_kind, l.source_id): l for l in result.lines_for(party)}
    lines = []
    for key in [*issued, *(k for k in recomputed if k not in issued)]:
        now = recomputed.get(key)
        before = last.get(key)
        section, label, amount = issued.get(key, [now.section if now else "", now.label if now else "", ZERO])
        lines.append(
            DriftLine(
                section=now.section if now else section, source_kind=key[0], source_id=key[1],
                label=now.label if now else _plain_label(label), issued=amount,
                recomputed=now.part(party) if now else ZERO,
                basis=now.basis(party) if now else ZERO,
                key_description=now.key_description(party) if now else "ligne supprimée depuis l'émission",
                ratio=ratio_text(now.ratio(party)) if now else "",
                issued_basis=before.basis if before is not None else ZERO,
                issued_key=before.key_description if before is not None else "ligne absente à l'émission",
                issued_ratio=before.ratio if before is not None else "",
                inputs_before=frozen.get(key, ()),
                inputs_after=_french_inputs(now) if now else (),
            )
        )  # fmt: skip
    return Drift(original, period, tuple(lines), result.problems)


def _french_inputs(line) -> tuple[str, ...]:
    # Compared with the inputs frozen at issue, which are French whatever the screen's language.
    with i18n.french():
        return tuple(line.explanation.inputs)


#: How a correction labels the two rows of a changed line.
ISSUED_ROW, RECOMPUTED_ROW = " — émis", " — recalculé"


def _plain_label(label: str) -> str:
    for suffix in (ISSUED_ROW, RECOMPUTED_ROW):
        if label.endswith(suffix):
            return label[: -len(suffix)]
    return label


def _frozen_inputs(documents) -> dict[tuple[str, int], tuple[str, ...]]:
    """Each line's inputs in words as frozen by the last document of the chain that froze them."""
    frozen: dict[tuple[str, int], tuple[str, ...]] = {}
    for document in documents:
        try:
            data = json.loads(document.inputs_json or "{}")
        except ValueError:
            continue
        for line in data.get("lines", ()):
            source = line.get("source", {})
            frozen[(source.get("kind", ""), source.get("id", 0))] = tuple(line.get("explanation", {}).get("inputs", ()))
    return frozen


def changed_inputs(line: DriftLine) -> tuple[str, ...]:
    """What changed in the line's inputs, in words: « Avant : … » / « Maintenant : … »."""
    before, after = set(line.inputs_before), set(line.inputs_after)
    gone = [text for text in line.inputs_before if text not in after]
    new = [text for text in line.inputs_after if text not in before]
    if not line.inputs_before and not gone and not new:
        return ()
    return (*(f"Avant : {text}" for text in gone), *(f"Maintenant : {text}" for text in new))


def issue_correction(session: Session, number: str, issue_date: dt.date | None = None) -> m.Statement:
    """Issue the drift of statement ``number`` as a corrective statement or a credit note."""
    original = original_of(session, find_statement(session, number))
    return issue(session, original.issuer_id, issue_date or dt.date.today(),
                 lambda: correction_draft(session, original))  # fmt: skip


def correction_draft(session: Session, original: m.Statement) -> Draft:
    """The corrective statement or credit note of ``original``'s drift.

    Each changed line gives two rows, each with its own basis, key and rate, so that basis ×
    rate = amount on both: the amount issued, cancelled (« émis »), then the amount recomputed
    (« recalculé »); their sum is the difference. What changed in the line's inputs is named
    with the old and new values; unchanged lines are summarised in one sentence.
    """
    found = drift(session, original)
    if found.problems:
        raise IssueRefused(found.problems)
    if not found.changed:
        raise ServiceError(tr(
            "Issue", "Aucun écart entre l'état n° {number} (et ses rectifications) et le recalcul : rien à rectifier.",
            number=original.number,
        ))
    lines: list[DocumentLine] = []
    for d in found.changed:
        why = changed_inputs(d) or ("Données inchangées ; la clé de répartition ou le calcul a changé.",)
        summary = (f"Émis {french.money(d.issued)} ; recalculé {french.money(d.recomputed)} ; "
                   f"écart {'+' if d.difference > 0 else ''}{french.money(d.difference)}.")
        if d.issued:
            lines.append(DocumentLine(d.section, d.label + ISSUED_ROW, -d.issued_basis, d.issued_key, d.issued_ratio,
                                      -d.issued, (), d.source_kind, d.source_id))  # fmt: skip
        if d.recomputed or not d.issued:
            lines.append(DocumentLine(d.section, d.label + RECOMPUTED_ROW, d.basis, d.key_description, d.ratio,
                                      d.recomputed, (summary, *why), d.source_kind, d.source_id))  # fmt: skip
        elif lines:
            last = lines[-1]
            lines[-1] = DocumentLine(last.section, last.label, last.basis, last.key_description, last.ratio,
                                     last.amount, (summary, *why), last.source_kind, last.source_id)  # fmt: skip
    kind = "corrective" if found.difference >= 0 else "credit_note"
    chain = [original, *session.scalars(
        select(m.Statement).where(m.Statement.corrects_id == original.id).order_by(m.Statement.id)
    )]  # fmt: skip
    cited = " ; ".join(
        f"{KIND_TITLES.get(d.kind, d.kind)} n° {d.number} du {french.date(d.issue_date)} ({french.money(d.total)})"
        for d in chain
    )
    unchanged = [d for d in found.lines if not d.difference]
    note = f"Documents antérieurs pour cette période : {cited}."
    if unchanged:
        note += (f" {len(unchanged)} ligne(s) inchangée(s), pour {french.money(sum((d.issued for d in unchanged), ZERO))} "
                 "déjà facturés, ne sont pas reprises.")
    result = preview(session, original.convention, found.period)
    changed_bills = {d.source_id for d in found.changed if d.source_kind == "bill"}
    bills_only = tuple(l for l in result.lines if l.source_kind == "bill" and l.source_id in changed_bills)
    annex = annex_bills(dataclasses.replace(result, lines=bills_only), original.beneficiary_id)
    figures = figures_of(original.convention, lines, found.period.start)
    return Draft(
        make_document=lambda number, day: build_document(
            original.convention, original.beneficiary, found.period, kind, number, day, figures,
            corrects=original.number, corrects_date=original.issue_date, annex=annex, note=note,
        ),
        inputs={"original": original.number, "issued_total": str(found.issued_total),
                "recomputed_total": str(found.recomputed_total),
                "lines": result.as_dict(original.beneficiary_id)["lines"]},
        convention=original.convention, recipient=original.beneficiary, period=found.period,
        kind=kind, corrects_id=original.id,
    )  # fmt: skip


def _settlement_drift(session: Session, settlement: m.Statement) -> Drift:
    year = settlement.period_start.year
    actual = year_figures(session, settlement.convention, year)
    party = settlement.beneficiary_id
    billed = billed_by_section(year_documents(session, settlement.convention_id, party, year))
    lines = tuple(
        DriftLine(
            section=section, source_kind="section", source_id=index, label=f"Régularisation {year} — {SECTIONS[section]}",
            issued=billed[section], recomputed=actual.section_total(party, section),
            basis=actual.section_total(party, section), key_description=f"Réel {year} (somme des périodes)",
            ratio="100 %",
        )
        for index, section in enumerate(SECTION_ORDER, 1)
        if billed[section] or actual.section_total(party, section)
    )  # fmt: skip
    return Drift(settlement, Period(settlement.period_start, settlement.period_end), lines, actual.problems)
