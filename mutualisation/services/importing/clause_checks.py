"""The rules a row of the clause sheets must keep (R11, R12, R14–R17), the same as the forms': a
fee rate, a VAT treatment or a free provision changes on the first day of a billing period, rates
stay in range, a person's absences stay within employment and never overlap, a reimbursement
falls in a month worked, a charge's later amount falls after its start."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from ...domain.clauses import ClauseError, check_clause_date, check_rate
from ...domain.i18n import tr, tr_noop, translate_marked
from ...domain.vocabulary import VatKind
from .catalog import Catalog
from .checks import (
    Problems, _date, _employment, _not_before, _not_negative, _one_attachment, _span, french_month_end,
    month_outside_employment, of, person,
)  # fmt: skip
from .format import fold_key


def _meter_price(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    _not_negative(values, "unit_price", problems, tr_noop("Import", "Prix unitaire"))
    return problems


def _convention_clause(values, catalog: Catalog, what: str, field: str = "effective_date") -> Problems:
    """A convention's clause changes on the first day of one of its billing periods, not before
    the convention starts, and cites an amendment of that convention; ``what`` is marked with
    tr_noop("Import", …)."""
    what = translate_marked("Import", what)
    problems: Problems = []
    convention = catalog["convention"].get(values["convention"]).values
    day = values[field]
    try:
        check_clause_date(day, convention["billing_frequency"], what)
    except ClauseError as error:
        problems.append((field, str(error)))
    if day < convention["start_date"]:
        problems.append((field, tr("Import", "{what} : le {day} précède le début de la convention ({start}).",
                                   what=what, day=_date(day), start=_date(convention["start_date"]))))
    amendment = values.get("amendment")
    if amendment is not None and fold_key(amendment[0]) != fold_key(values["convention"]):
        problems.append(("amendment", tr("Import", "L'avenant n° {number} est celui de la convention {other}, pas "
                                         "de {convention}.", number=amendment[1], other=amendment[0][0],
                                         convention=values["convention"][0])))
    return problems


def _rate(values, field: str, what: str, problems: Problems) -> None:
    try:
        check_rate(Fraction(values[field]), translate_marked("Import", what))
    except ClauseError as error:
        problems.append((field, str(error)))


def _section_vat(values, catalog: Catalog, key) -> Problems:
    problems = _convention_clause(values, catalog, tr_noop("Import", "La TVA d'une section"))
    treatment = values["treatment"]
    if treatment == VatKind.TAXABLE:
        _rate(values, "rate", tr_noop("Import", "Le taux de TVA"), problems)
        if not values["rate"]:
            problems.append(("rate", tr("Import", "Taux de {zero} : choisissez « exonérée » ou « hors champ ».",
                                        zero="0\u00a0%")))
    else:
        if values["rate"]:
            problems.append(("rate", tr("Import", "Un taux ne se donne que pour une section taxable.")))
        if not values.get("legal_basis"):
            problems.append(("legal_basis", tr("Import", "Fondement légal obligatoire pour une section exonérée ou "
                                               "hors champ.")))
    if treatment == VatKind.EXEMPT and not str(values.get("exemption_code") or "").upper().startswith("VATEX-"):
        problems.append(("exemption_code", tr("Import", "Code d'exonération EN 16931 obligatoire (VATEX-EU-F…).")))
    return problems


def _absence(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    _not_before(values, "start_date", "end_date", problems)
    if problems:
        return problems
    start, end = _employment(catalog, values["staff"])
    if values["start_date"] < start or (end is not None and values["end_date"] > end):
        return [("start_date", tr("Import", "Absence hors de l'emploi {of_person} ({span}).",
                                  of_person=of(person(values["staff"])), span=_span(start, end)))]
    for other_key, other in catalog["absence"].group("staff", values["staff"]).items():
        o = other.values
        if other_key != fold_key(key) and o["start_date"] <= values["end_date"] and values["start_date"] <= o["end_date"]:
            return [("start_date", tr("Import", "Cette absence chevauche celle du {start} au {end} {of_person}.",
                                      start=_date(o["start_date"]), end=_date(o["end_date"]),
                                      of_person=of(person(values["staff"]))))]
    return []


def _reimbursement(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    _not_negative(values, "amount", problems, tr_noop("Import", "Montant"))
    start, end = _employment(catalog, values["staff"])
    month = values["month"]
    if french_month_end(month) < start or (end is not None and month > end):
        problems.append(("month", month_outside_employment(month, values["staff"], start, end)))
    return problems


def _management_fee(values, catalog: Catalog, key) -> Problems:
    problems = _convention_clause(values, catalog, tr_noop("Import", "Le taux des frais de gestion"))
    _rate(values, "rate", tr_noop("Import", "Le taux des frais de gestion"), problems)
    if values["rate"] and not values["sections"]:
        problems.append(("sections", tr("Import", "Frais de gestion : choisissez au moins une section à laquelle "
                                        "ils s'appliquent.")))
    return problems


def _charge_amount(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    _not_negative(values, "amount", problems, tr_noop("Import", "Montant"))
    charge = catalog["charge"].get(values["charge"]).values
    day, start, end = values["effective_date"], charge["start_date"], charge["end_date"]
    if day <= start or (end is not None and day > end):
        problems.append(("effective_date", tr(
            "Import", "Nouveau montant de « {charge} » : le {day} doit tomber après le début de la charge ({start}) "
            "et avant sa fin ; le montant initial se corrige dans la feuille Charges récurrentes.",
            charge=charge["label"], day=_date(day), start=_date(start))))
    return problems


def _charge_revaluation(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    _rate(values, "rate", tr_noop("Import", "Le taux de revalorisation"), problems)
    return problems


def _free_provision(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    what = tr_noop("Import", "La mise à disposition gratuite")
    if catalog["beneficiary"].get((values["convention"], values["party"])) is None:
        problems.append(("party", tr("Import", "{party} n'est pas un bénéficiaire de la convention {convention}.",
                                     party=values["party"][0], convention=values["convention"][0])))
    _one_attachment(values, problems)
    problems += _convention_clause(values, catalog, what, "start_date")
    start, end = values["start_date"], values.get("end_date")
    if end is not None:
        _not_before(values, "start_date", "end_date", problems)
        following = {**values, "end_date": end + dt.timedelta(days=1)}
        day_after = tr_noop("Import", "La mise à disposition gratuite (lendemain de la fin)")
        problems += [(f, r) for f, r in _convention_clause(following, catalog, day_after, "end_date")
                     if f == "end_date" and end >= start]  # fmt: skip
    if problems:
        return problems
    same = ("party", "site", "equipment", "category")
    for other_key, other in catalog["free_provision"].group("convention", values["convention"]).items():
        o = other.values
        if other_key == fold_key(key) or any(fold_key(o.get(f)) != fold_key(values.get(f)) for f in same):
            continue
        if o["start_date"] <= (end or dt.date.max) and start <= (o["end_date"] or dt.date.max):
            return [("start_date", tr("Import", "{what} chevauche celle qui commence le {day}.",
                                      what=translate_marked("Import", what), day=_date(o["start_date"])))]
    return problems


CLAUSE_CHECKS = {
    "meter_price": _meter_price,
    "section_vat": _section_vat,
    "absence_rule": lambda values, catalog, key: [],
    "absence": _absence,
    "reimbursement": _reimbursement,
    "management_fee": _management_fee,
    "charge_amount": _charge_amount,
    "charge_revaluation": _charge_revaluation,
    "free_provision": _free_provision,
}
