"""The rules a row of the clause sheets must keep (R12, R14, R15), the same as the forms': a
VAT treatment changes on the first day of a billing period, rates stay in range, a person's
absences stay within employment and never overlap, a reimbursement falls in a month worked."""

from __future__ import annotations

from fractions import Fraction

from ...domain.clauses import ClauseError, check_clause_date, check_rate
from .catalog import Catalog
from .checks import Problems, _date, _employment, _not_before, _not_negative, _span, french_month_end, of, person
from .format import fold_key


def _meter_price(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    _not_negative(values, "unit_price", problems, "Prix unitaire")
    return problems


def _section_vat(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    convention = catalog["convention"].get(values["convention"]).values
    try:
        check_clause_date(values["effective_date"], convention["billing_frequency"], "La TVA d'une section")
    except ClauseError as error:
        problems.append(("effective_date", str(error)))
    treatment = values["treatment"]
    if treatment == "taxable":
        try:
            check_rate(Fraction(values["rate"]), "Le taux de TVA")
        except ClauseError as error:
            problems.append(("rate", str(error)))
        if not values["rate"]:
            problems.append(("rate", "Taux de 0\u00a0% : choisissez « exonérée » ou « hors champ »."))
    else:
        if values["rate"]:
            problems.append(("rate", "Un taux ne se donne que pour une section taxable."))
        if not values.get("legal_basis"):
            problems.append(("legal_basis", "Fondement légal obligatoire pour une section exonérée ou hors champ."))
    if treatment == "exempt" and not str(values.get("exemption_code") or "").upper().startswith("VATEX-"):
        problems.append(("exemption_code", "Code d'exonération EN 16931 obligatoire (VATEX-EU-F…)."))
    return problems


def _absence(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    _not_before(values, "start_date", "end_date", problems)
    if problems:
        return problems
    start, end = _employment(catalog, values["staff"])
    if values["start_date"] < start or (end is not None and values["end_date"] > end):
        return [("start_date", f"Absence hors de l'emploi {of(person(values['staff']))} ({_span(start, end)}).")]
    for other_key, other in catalog["absence"].group("staff", values["staff"]).items():
        o = other.values
        if other_key != fold_key(key) and o["start_date"] <= values["end_date"] and values["start_date"] <= o["end_date"]:
            return [("start_date", f"Cette absence chevauche celle du {_date(o['start_date'])} au "
                                   f"{_date(o['end_date'])} {of(person(values['staff']))}.")]  # fmt: skip
    return []


def _reimbursement(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    _not_negative(values, "amount", problems, "Montant")
    start, end = _employment(catalog, values["staff"])
    month = values["month"]
    if french_month_end(month) < start or (end is not None and month > end):
        problems.append(("month", f"Mois {month:%m/%Y} hors de l'emploi {of(person(values['staff']))} "
                                  f"({_span(start, end)})."))  # fmt: skip
    return problems


CLAUSE_CHECKS = {
    "meter_price": _meter_price,
    "section_vat": _section_vat,
    "absence_rule": lambda values, catalog, key: [],
    "absence": _absence,
    "reimbursement": _reimbursement,
}
