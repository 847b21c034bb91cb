"""The rules a row of the clause sheets must keep (R11, R12, R14–R17), the same as the forms': a
fee rate, a VAT treatment or a free provision changes on the first day of a billing period, rates
stay in range, a person's absences stay within employment and never overlap, a reimbursement
falls in a month worked, a charge's later amount falls after its start."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from ...domain.clauses import ClauseError, check_clause_date, check_rate
from ...domain.vocabulary import VatKind
from .catalog import Catalog
from .checks import (
    Problems, _date, _employment, _not_before, _not_negative, _one_attachment, _span, french_month_end, of, person,
)  # fmt: skip
from .format import fold_key


def _meter_price(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    _not_negative(values, "unit_price", problems, "Prix unitaire")
    return problems


def _convention_clause(values, catalog: Catalog, what: str, field: str = "effective_date") -> Problems:
    """A convention's clause changes on the first day of one of its billing periods, not before
    the convention starts, and cites an amendment of that convention."""
    problems: Problems = []
    convention = catalog["convention"].get(values["convention"]).values
    day = values[field]
    try:
        check_clause_date(day, convention["billing_frequency"], what)
    except ClauseError as error:
        problems.append((field, str(error)))
    if day < convention["start_date"]:
        problems.append((field, f"{what} : le {_date(day)} précède le début de la convention "
                                f"({_date(convention['start_date'])})."))  # fmt: skip
    amendment = values.get("amendment")
    if amendment is not None and fold_key(amendment[0]) != fold_key(values["convention"]):
        problems.append(("amendment", f"L'avenant n° {amendment[1]} est celui de la convention {amendment[0][0]}, "
                                      f"pas de {values['convention'][0]}."))  # fmt: skip
    return problems


def _rate(values, field: str, what: str, problems: Problems) -> None:
    try:
        check_rate(Fraction(values[field]), what)
    except ClauseError as error:
        problems.append((field, str(error)))


def _section_vat(values, catalog: Catalog, key) -> Problems:
    problems = _convention_clause(values, catalog, "La TVA d'une section")
    treatment = values["treatment"]
    if treatment == VatKind.TAXABLE:
        _rate(values, "rate", "Le taux de TVA", problems)
        if not values["rate"]:
            problems.append(("rate", "Taux de 0\u00a0% : choisissez « exonérée » ou « hors champ »."))
    else:
        if values["rate"]:
            problems.append(("rate", "Un taux ne se donne que pour une section taxable."))
        if not values.get("legal_basis"):
            problems.append(("legal_basis", "Fondement légal obligatoire pour une section exonérée ou hors champ."))
    if treatment == VatKind.EXEMPT and not str(values.get("exemption_code") or "").upper().startswith("VATEX-"):
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


def _management_fee(values, catalog: Catalog, key) -> Problems:
    problems = _convention_clause(values, catalog, "Le taux des frais de gestion")
    _rate(values, "rate", "Le taux des frais de gestion", problems)
    if values["rate"] and not values["sections"]:
        problems.append(("sections", "Frais de gestion : choisissez au moins une section à laquelle ils s'appliquent."))
    return problems


def _charge_amount(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    _not_negative(values, "amount", problems, "Montant")
    charge = catalog["charge"].get(values["charge"]).values
    day, start, end = values["effective_date"], charge["start_date"], charge["end_date"]
    if day <= start or (end is not None and day > end):
        problems.append(("effective_date", f"Nouveau montant de « {charge['label']} » : le {_date(day)} doit tomber "
                                           f"après le début de la charge ({_date(start)}) et avant sa fin ; le "
                                           "montant initial se corrige dans la feuille Charges récurrentes."))  # fmt: skip
    return problems


def _charge_revaluation(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    _rate(values, "rate", "Le taux de revalorisation", problems)
    return problems


def _free_provision(values, catalog: Catalog, key) -> Problems:
    problems: Problems = []
    what = "La mise à disposition gratuite"
    if catalog["beneficiary"].get((values["convention"], values["party"])) is None:
        problems.append(("party", f"{values['party'][0]} n'est pas un bénéficiaire de la convention "
                                  f"{values['convention'][0]}."))  # fmt: skip
    _one_attachment(values, problems)
    problems += _convention_clause(values, catalog, what, "start_date")
    start, end = values["start_date"], values.get("end_date")
    if end is not None:
        _not_before(values, "start_date", "end_date", problems)
        following = {**values, "end_date": end + dt.timedelta(days=1)}
        problems += [(f, r) for f, r in _convention_clause(following, catalog, f"{what} (lendemain de la fin)", "end_date")
                     if f == "end_date" and end >= start]  # fmt: skip
    if problems:
        return problems
    same = ("party", "site", "equipment", "category")
    for other_key, other in catalog["free_provision"].group("convention", values["convention"]).items():
        o = other.values
        if other_key == fold_key(key) or any(fold_key(o.get(f)) != fold_key(values.get(f)) for f in same):
            continue
        if o["start_date"] <= (end or dt.date.max) and start <= (o["end_date"] or dt.date.max):
            return [("start_date", f"{what} chevauche celle qui commence le {_date(o['start_date'])}.")]
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
