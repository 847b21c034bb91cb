"""Validating a row against the database and the rows accepted before it.

Each check takes the row's complete values (what the record will be once written: the
database's values overlaid with the file's) and the catalog, and returns the problems as
(field, French reason). Checks that span rows (shares of a person at every date, readings
that overlap) see the database and the rows of the file accepted so far.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal

from ...domain import french
from ...domain.vocabulary import KeyKind, is_member
from .catalog import Catalog
from .format import fold_key

Problems = list[tuple[str, str]]
ONE = Decimal(1)
_FEMININE = {"Surface", "Quantité", "Valeur", "Durée", "Reconduction"}


def _date(day: dt.date) -> str:
    return french.date(day)


def _pct(ratio: Decimal) -> str:
    return french.short_percent(ratio)


def person(key: tuple) -> str:
    """``Alice Moreau`` for a staff key (last name, first name, start)."""
    return f"{key[1]} {key[0]}"


def of(name: str) -> str:
    """``de Bruno``, ``d'Alice``, ``d'Émilie``."""
    return f"d'{name}" if name[:1].lower() in "aeiouyéèêàâîôûh" else f"de {name}"


def _not_before(values: dict, start: str, end: str, problems: Problems, what: str = "La fin") -> None:
    if values.get(start) is not None and values.get(end) is not None and values[end] < values[start]:
        problems.append((end, f"{what} ({_date(values[end])}) précède le début ({_date(values[start])})."))


def _not_negative(values: dict, field: str, problems: Problems, what: str) -> None:
    value = values.get(field)
    if value is not None and value < 0:
        adjective = "négative" if what.split()[0] in _FEMININE else "négatif"
        problems.append((field, f"{what} {adjective} ({french.quantity(value)}) : 0 ou plus."))


def _one_attachment(values: dict, problems: Problems) -> None:
    filled = [f for f in ("site", "equipment", "category") if values.get(f) is not None]
    if len(filled) != 1:
        field = filled[1] if len(filled) > 1 else "category"
        problems.append((field, "Remplissez une seule des trois colonnes Site, Matériel ou Catégorie "
                                f"({len(filled)} remplie{'s' if len(filled) > 1 else ''})."))  # fmt: skip


def _over_one(rows: Iterable[tuple[object, dt.date, Decimal]]) -> tuple[dt.date, Decimal] | None:
    """The first date on which the values in force (latest per party) add up to more than 1."""
    rows = sorted(rows, key=lambda r: r[1])
    in_force: dict = {}
    for index, (party, day, value) in enumerate(rows):
        in_force[party] = value
        if index + 1 < len(rows) and rows[index + 1][1] == day:
            continue
        total = sum(in_force.values(), Decimal(0))
        if total > ONE:
            return day, total
    return None


def _employment(catalog: Catalog, staff: tuple) -> tuple[dt.date, dt.date | None]:
    values = catalog["staff"].get(staff).values
    return values["employment_start"], values["employment_end"]


def _span(start: dt.date, end: dt.date | None) -> str:
    return f"du {_date(start)} au {_date(end)}" if end else f"depuis le {_date(start)}"


def _inside_employment(catalog: Catalog, values: dict, field: str, problems: Problems, what: str) -> None:
    start, end = _employment(catalog, values["staff"])
    day = values[field]
    if day < start or (end is not None and day > end):
        problems.append((field, f"{what} {_date(day)} hors de l'emploi {of(person(values['staff']))} "
                                f"({_span(start, end)})."))  # fmt: skip


# --- one function per register -----------------------------------------------------------------


def _party(values, catalog, key) -> Problems:
    problems: Problems = []
    siret = values.get("siret") or ""
    if siret and not (siret.isdigit() and len(siret) == 14):
        problems.append(("siret", f"SIRET « {siret} » : 14 chiffres attendus."))
    if values.get("is_own_organisation"):
        others = [r.key[0] for k, r in catalog["party"].records.items()
                  if r.values.get("is_own_organisation") and k != fold_key(key)]  # fmt: skip
        if others:
            problems.append(("is_own_organisation",
                             f"Une seule partie peut être « notre organisme » : c'est déjà {others[0]}."))
    return problems


def _convention(values, catalog, key) -> Problems:
    problems: Problems = []
    _not_before(values, "start_date", "end_date", problems)
    for field, what in (("duration_months", "Durée"), ("renewal_months", "Reconduction"),
                        ("notice_months", "Préavis"), ("payment_term_days", "Délai de paiement"),
                        ("vat_rate", "Taux de TVA")):  # fmt: skip
        _not_negative(values, field, problems, what)
    return problems


def _beneficiary(values, catalog, key) -> Problems:
    problems: Problems = []
    convention = catalog["convention"].get(values["convention"])
    if convention.values["provider"] == values["party"]:
        problems.append(("party", f"{values['party'][0]} est le prestataire de cette convention, "
                                  "pas un bénéficiaire."))  # fmt: skip
    if values["position"] < 1:
        problems.append(("position", "L'ordre commence à 1."))
    return problems


def _beneficiary_positions(catalog: Catalog, rows: list[tuple[int, tuple]]) -> list[tuple[int, str, str]]:
    """Once the whole sheet is read (so that two beneficiaries may swap): one party per position."""
    register = catalog["beneficiary"]
    problems = []
    for number, key in rows:
        record = register.get(key)
        others = [
            o for k, o in register.group("convention", record.values["convention"]).items()
            if k != fold_key(key) and o.values["position"] == record.values["position"]
        ]  # fmt: skip
        if others:
            problems.append((number, "position", f"L'ordre {record.values['position']} est aussi celui de "
                                                 f"{others[0].values['party'][0]} dans cette convention."))
    return problems


def _positive(field: str, what: str) -> Callable:
    def check(values, catalog, key) -> Problems:
        value = values.get(field)
        return [(field, f"{what} : 1 ou plus.")] if value is not None and value < 1 else []

    return check


def _non_negative(*fields: tuple[str, str]) -> Callable:
    def check(values, catalog, key) -> Problems:
        problems: Problems = []
        for field, what in fields:
            _not_negative(values, field, problems, what)
        return problems

    return check


def _equipment(values, catalog, key) -> Problems:
    problems: Problems = []
    _not_negative(values, "acquisition_value", problems, "Valeur d'acquisition")
    if values["useful_life_years"] < 1:
        problems.append(("useful_life_years", "La durée d'amortissement est d'un an au moins."))
    return problems


# What a key must name, by what its kind points to (KeyKind.reference).
_REFERENCE_MISSING = {"site": "une clé surface indique son site",
                      "meter": "une clé relevés indique son compteur",
                      "party": "une clé directe indique la partie qui paie"}  # fmt: skip


def _key(values, catalog, key) -> Problems:
    reference = KeyKind(values["kind"]).reference if is_member(KeyKind, values["kind"]) else None
    if reference and values.get(reference) is None:
        return [(reference, f"Valeur manquante : {_REFERENCE_MISSING[reference]}.")]
    return []


def _share_total(rows, field: str, describe: str) -> Problems:
    over = _over_one(rows)
    if over is None:
        return []
    day, total = over
    return [(field, f"{describe} au {_date(day)} : {_pct(total)} au total (100\u00a0% au plus).")]


def _fixed_share(values, catalog, key) -> Problems:
    problems: Problems = []
    kind = catalog["key"].get(values["key"]).values["kind"]
    if kind != KeyKind.FIXED:
        problems.append(("key", f"La clé « {values['key'][0]} » n'est pas une clé à pourcentage fixe."))
    if not 0 <= values["share"] <= ONE:
        return problems + [("share", f"Part de {_pct(values['share'])} : entre 0 et 100\u00a0%.")]
    rows = {k: (r.values["party"], r.values["effective_date"], r.values["share"])
            for k, r in catalog["fixed_share"].group("key", values["key"]).items()}  # fmt: skip
    rows[fold_key(key)] = (values["party"], values["effective_date"], values["share"])
    return problems + _share_total(rows.values(), "share", f"Parts de la clé « {values['key'][0]} »")


def _staff(values, catalog, key) -> Problems:
    problems: Problems = []
    _not_before(values, "employment_start", "employment_end", problems, "La sortie")
    return problems


def _working_time(values, catalog, key) -> Problems:
    problems: Problems = []
    if not 0 < values["fraction"] <= ONE:
        problems.append(("fraction", f"Temps de travail de {_pct(values['fraction'])} : "
                                     "plus de 0 et 100\u00a0% au plus."))  # fmt: skip
    _inside_employment(catalog, values, "effective_date", problems, "Date d'effet")
    return problems


def _share(values, catalog, key) -> Problems:
    problems: Problems = []
    if not 0 <= values["share"] <= ONE:
        problems.append(("share", f"Quotité de {_pct(values['share'])} : entre 0 et 100\u00a0%."))
        return problems
    _inside_employment(catalog, values, "effective_date", problems, "Date d'effet")
    rows = {k: (r.values["party"], r.values["effective_date"], r.values["share"])
            for k, r in catalog["share"].group("staff", values["staff"]).items()}  # fmt: skip
    rows[fold_key(key)] = (values["party"], values["effective_date"], values["share"])
    return problems + _share_total(rows.values(), "share", f"Quotités {of(person(values['staff']))}")


def _payroll(values, catalog, key) -> Problems:
    start, end = _employment(catalog, values["staff"])
    month = values["month"]
    last_day = french_month_end(month)
    if last_day < start or (end is not None and month > end):
        return [("month", f"Mois {month:%m/%Y} hors de l'emploi {of(person(values['staff']))} "
                          f"({_span(start, end)}).")]  # fmt: skip
    return []


def french_month_end(month: dt.date) -> dt.date:
    following = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _reading(values, catalog, key) -> Problems:
    problems: Problems = []
    _not_before(values, "period_start", "period_end", problems)
    _not_negative(values, "quantity", problems, "Quantité")
    if problems:
        return problems
    for other_key, other in catalog["reading"].group("meter", values["meter"]).items():
        o = other.values
        if other_key == fold_key(key) or fold_key(o["party"]) != fold_key(values["party"]):
            continue
        if o["period_start"] <= values["period_end"] and values["period_start"] <= o["period_end"]:
            problems.append(("period_start",
                             f"Relevé en double : la période du {_date(values['period_start'])} au "
                             f"{_date(values['period_end'])} chevauche celle d'un autre relevé de "
                             f"{values['party'][0]} pour ce compteur (du {_date(o['period_start'])} au "
                             f"{_date(o['period_end'])})."))  # fmt: skip
            break
    return problems


def _charge(values, catalog, key) -> Problems:
    problems: Problems = []
    _not_before(values, "start_date", "end_date", problems)
    _one_attachment(values, problems)
    return problems


def _bill(values, catalog, key) -> Problems:
    problems: Problems = []
    if (values.get("service_start") is None) != (values.get("service_end") is None):
        field = "service_end" if values.get("service_end") is None else "service_start"
        problems.append((field, "Donnez le début et la fin de la période de service, ou aucun des deux."))
    _not_before(values, "service_start", "service_end", problems)
    _one_attachment(values, problems)
    return problems


CHECKS: dict[str, Callable[[dict, Catalog, tuple], Problems]] = {
    "party": _party,
    "convention": _convention,
    "beneficiary": _beneficiary,
    "article": _positive("position", "L'ordre d'un article"),
    "amendment": _positive("number", "Le numéro d'un avenant"),
    "site": _non_negative(("common_area", "Surface commune")),
    "surface": _non_negative(("area", "Surface")),
    "equipment": _equipment,
    "key": _key,
    "fixed_share": _fixed_share,
    "budget": lambda values, catalog, key: [],
    "staff": _staff,
    "working_time": _working_time,
    "share": _share,
    "payroll": _payroll,
    "planned_cost": _non_negative(("amount", "Montant")),
    "headcount": _non_negative(("fte", "Effectif")),
    "reading": _reading,
    "planned_use": _non_negative(("quantity", "Quantité")),
    "charge": _charge,
    "bill": _bill,
}


#: Checks made once a whole sheet is read: (row, field, reason) for the rows to refuse.
SHEET_CHECKS: dict[str, Callable[[Catalog, list[tuple[int, tuple]]], list[tuple[int, str, str]]]] = {
    "beneficiary": _beneficiary_positions,
}


def check(register: str, values: dict, catalog: Catalog, key: tuple) -> Problems:
    """The problems of a row about to become ``values``; empty when it can be written."""
    checker = CHECKS.get(register)
    return checker(values, catalog, key) if checker else []


# The clause sheets' rules use the helpers above: imported last, so that they find them defined.
from .chorus_checks import chorus_reference_problems  # noqa: E402
from .clause_checks import CLAUSE_CHECKS  # noqa: E402

CHECKS.update(CLAUSE_CHECKS)
CHECKS["chorus_reference"] = chorus_reference_problems
