"""R15 Absences and reimbursements of lent staff.

On each day of an absence whose kind the convention leaves with the provider (sick leave
and work accidents unless it says otherwise), every beneficiary's share of the person is
0 and the provider keeps that day's cost. Only the person's own *share* key changes:
working time and headcount keys (R7) are not changed by absences.

A month's cost is the payroll (gross + employer charges + other costs) minus the
reimbursements received for that payroll month (IJSS, subrogation, aid); it is still
spread over the employed days of the month (R5) and may be negative when a large
reimbursement arrives for a month of absence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

from . import facts, french
from .clauses import ABSENCE_KINDS, Absence, ConventionClauses
from .i18n import tr, tr_noop, translate_marked
from .inputs import StaffInput
from .keys import KeySegment
from .periods import ONE_DAY
from .vocabulary import AbsenceKind

ABSENCE_SEGMENT = "absence"
ONE, ZERO = Fraction(1), Fraction(0)


def net_payroll(person: StaffInput, year: int, month: int) -> Decimal | None:
    """The month's cost after reimbursements, or None when its payroll is not recorded."""
    cost = person.payroll.get((year, month))
    if cost is None:
        return None
    received = person.reimbursements.get((year, month))
    # A forecast's planned month is a Fraction: untouched unless something was received.
    return cost if received is None else cost - received


def reimbursement_facts(person: StaffInput, months) -> tuple[str, ...]:
    """One sentence per month of the line whose payroll was reduced by reimbursements."""
    texts = []
    for day, _cost, _employed, _inside in months:
        received = person.reimbursements.get((day.year, day.month))
        if received:
            gross = person.payroll[(day.year, day.month)]
            texts.append(
                tr("Explanation", "Remboursements reçus pour la paie de {month} (IJSS, subrogation, aides) : "
                   "{received} déduits de {gross}, soit {net}.", month=facts.month_name(day),
                   received=french.money(received), gross=french.money(gross), net=french.money(gross - received))
            )
    return tuple(texts)


def absence_words(absence: Absence) -> str:
    """« Absence (maladie) du 05/05 au 09/05 : jours à la charge du Pays »."""
    kind = translate_marked("Absence", _KIND_WORDS[absence.kind]) if absence.kind in _KIND_WORDS else (
        ABSENCE_KINDS[absence.kind])
    return tr("Explanation", "Absence ({kind}) du {start} au {end} : jours à la charge du Pays", kind=kind,
              start=f"{absence.start:%d/%m}", end=f"{absence.end:%d/%m}")


# The words of ABSENCE_KINDS marked for the screen's language (documents keep those).
_KIND_WORDS = {
    AbsenceKind.MALADIE: tr_noop("Absence", "maladie"),
    AbsenceKind.ACCIDENT_TRAVAIL: tr_noop("Absence", "accident du travail"),
    AbsenceKind.FORMATION: tr_noop("Absence", "formation"),
    AbsenceKind.CONGE: tr_noop("Absence", "congé"),
    AbsenceKind.AUTRE: tr_noop("Absence", "autre"),
}


def kept_runs(
    person: StaffInput, clauses: ConventionClauses
) -> list[tuple[dt.date, dt.date, Absence]]:
    """The days of the person's absences whose kind the provider keeps, as sorted runs."""
    runs = []
    for absence in sorted(person.absences, key=lambda a: a.start):
        for start, end, entry in clauses.kept_absence_kinds.pieces(absence.start, absence.end):
            kept = clauses.kept_kinds_on(start) if entry is None else entry.value
            if absence.kind in kept:
                runs.append((start, end, absence))
    return runs


def cut_shares(
    segments: list[KeySegment], person: StaffInput, clauses: ConventionClauses, provider_id: int
) -> list[KeySegment]:
    """The person's share segments with the kept absence days given wholly to the provider."""
    runs = kept_runs(person, clauses)
    if not runs:
        return segments
    result: list[KeySegment] = []
    for seg in segments:
        if seg.problem is not None:  # shares to correct first: the segment stays as it is
            result.append(seg)
            continue
        day = seg.start
        for start, end, absence in runs:
            first, last = max(start, seg.start), min(end, seg.end)
            if first > last:
                continue
            if day < first:
                result.append(dataclasses.replace(seg, start=day, end=first - ONE_DAY))
            weights = tuple((p, ONE if p == provider_id else ZERO) for p, _ in seg.weights)
            words = absence_words(absence)
            result.append(KeySegment(first, last, ABSENCE_SEGMENT, words, "", weights, seg.amendments))
            day = last + ONE_DAY
        if day <= seg.end:
            result.append(dataclasses.replace(seg, start=day) if day != seg.start else seg)
    return result
