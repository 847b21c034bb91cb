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
from ...domain.i18n import tr, tr_noop, translate_marked
from ...domain.vocabulary import KeyKind, is_member
from .catalog import Catalog
from .format import fold_key

Problems = list[tuple[str, str]]
ONE = Decimal(1)
_FEMININE = {"Surface", "Quantité", "Valeur", "Durée", "Reconduction"}
# « négatif » or « négative », agreed with the French word (a sentence each, for the catalogue).
_NEGATIVE = (tr_noop("Import", "{what} négatif ({value}) : 0 ou plus."),
             tr_noop("Import", "{what} négative ({value}) : 0 ou plus."))


def _date(day: dt.date) -> str:
    return french.date(day)


def _pct(ratio: Decimal) -> str:
    return french.short_percent(ratio)


def person(key: tuple) -> str:
    """``Alice Moreau`` for a staff key (last name, first name, start)."""
    return f"{key[1]} {key[0]}"


def of(name: str) -> str:
    """``de Bruno``, ``d'Alice``, ``d'Émilie`` (``of Bruno`` in English)."""
    if name[:1].lower() in "aeiouyéèêàâîôûh":
        return tr("Import", "d'{name}", name=name)
    return tr("Import", "de {name}", name=name)


def _not_before(values: dict, start: str, end: str, problems: Problems,
                what: str = tr_noop("Import", "La fin")) -> None:  # fmt: skip
    """``what`` is a French source marked with tr_noop("Import", …)."""
    if values.get(start) is not None and values.get(end) is not None and values[end] < values[start]:
        problems.append((end, tr("Import", "{what} ({end}) précède le début ({start}).",
                                 what=translate_marked("Import", what), end=_date(values[end]),
                                 start=_date(values[start]))))


def _not_negative(values: dict, field: str, problems: Problems, what: str) -> None:
    """``what`` is a French source marked with tr_noop("Import", …)."""
    value = values.get(field)
    if value is not None and value < 0:
        sentence = _NEGATIVE[what.split()[0] in _FEMININE]
        problems.append((field, translate_marked("Import", sentence).format(
            what=translate_marked("Import", what), value=french.quantity(value))))


def _one_attachment(values: dict, problems: Problems) -> None:
    filled = [f for f in ("site", "equipment", "category") if values.get(f) is not None]
    if len(filled) != 1:
        field = filled[1] if len(filled) > 1 else "category"
        if len(filled) > 1:
            problems.append((field, tr("Import", "Remplissez une seule des trois colonnes Site, Matériel ou "
                                       "Catégorie ({count} remplies).", count=len(filled))))
        else:
            problems.append((field, tr("Import", "Remplissez une seule des trois colonnes Site, Matériel ou "
                                       "Catégorie ({count} remplie).", count=len(filled))))


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
    if end:
        return tr("Import", "du {start} au {end}", start=_date(start), end=_date(end))
    return tr("Import", "depuis le {start}", start=_date(start))


def _inside_employment(catalog: Catalog, values: dict, field: str, problems: Problems, what: str) -> None:
    start, end = _employment(catalog, values["staff"])
    day = values[field]
    if day < start or (end is not None and day > end):
        problems.append((field, tr("Import", "{what} {day} hors de l'emploi {of_person} ({span}).",
                                   what=translate_marked("Import", what), day=_date(day),
                                   of_person=of(person(values["staff"])), span=_span(start, end))))


# --- one function per register -----------------------------------------------------------------


def _party(values, catalog, key) -> Problems:
    problems: Problems = []
    siret = values.get("siret") or ""
    if siret and not (siret.isdigit() and len(siret) == 14):
        problems.append(("siret", tr("Import", "SIRET « {siret} » : 14 chiffres attendus.", siret=siret)))
    if values.get("is_own_organisation"):
        others = [r.key[0] for k, r in catalog["party"].records.items()
                  if r.values.get("is_own_organisation") and k != fold_key(key)]  # fmt: skip
        if others:
            problems.append(("is_own_organisation",
                             tr("Import", "Une seule partie peut être « notre organisme » : c'est déjà {party}.",
                                party=others[0])))
    return problems


def _convention(values, catalog, key) -> Problems:
    problems: Problems = []
    _not_before(values, "start_date", "end_date", problems)
    for field, what in (("duration_months", tr_noop("Import", "Durée")),
                        ("renewal_months", tr_noop("Import", "Reconduction")),
                        ("notice_months", tr_noop("Import", "Préavis")),
                        ("payment_term_days", tr_noop("Import", "Délai de paiement")),
                        ("vat_rate", tr_noop("Import", "Taux de TVA"))):  # fmt: skip
        _not_negative(values, field, problems, what)
    return problems


def _beneficiary(values, catalog, key) -> Problems:
    problems: Problems = []
    convention = catalog["convention"].get(values["convention"])
    if convention.values["provider"] == values["party"]:
        problems.append(("party", tr("Import", "{party} est le prestataire de cette convention, pas un "
                                     "bénéficiaire.", party=values["party"][0])))
    if values["position"] < 1:
        problems.append(("position", tr("Import", "L'ordre commence à 1.")))
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
            problems.append((number, "position", tr(
                "Import", "L'ordre {position} est aussi celui de {party} dans cette convention.",
                position=record.values["position"], party=others[0].values["party"][0])))
    return problems


def _positive(field: str, what: str) -> Callable:
    def check(values, catalog, key) -> Problems:
        value = values.get(field)
        if value is not None and value < 1:
            return [(field, tr("Import", "{what} : 1 ou plus.", what=translate_marked("Import", what)))]
        return []

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
    _not_negative(values, "acquisition_value", problems, tr_noop("Import", "Valeur d'acquisition"))
    if values["useful_life_years"] < 1:
        problems.append(("useful_life_years", tr("Import", "La durée d'amortissement est d'un an au moins.")))
    return problems


# What a key must name, by what its kind points to (KeyKind.reference).
_REFERENCE_MISSING = {"site": tr_noop("Import", "Valeur manquante : une clé surface indique son site."),
                      "meter": tr_noop("Import", "Valeur manquante : une clé relevés indique son compteur."),
                      "party": tr_noop("Import", "Valeur manquante : une clé directe indique la partie qui paie.")}


def _key(values, catalog, key) -> Problems:
    reference = KeyKind(values["kind"]).reference if is_member(KeyKind, values["kind"]) else None
    if reference and values.get(reference) is None:
        return [(reference, translate_marked("Import", _REFERENCE_MISSING[reference]))]
    return []


def _share_total(rows, field: str, describe: str) -> Problems:
    over = _over_one(rows)
    if over is None:
        return []
    day, total = over
    return [(field, tr("Import", "{what} au {day} : {total} au total ({limit} au plus).", what=describe,
                       day=_date(day), total=_pct(total), limit="100\u00a0%"))]


def _fixed_share(values, catalog, key) -> Problems:
    problems: Problems = []
    kind = catalog["key"].get(values["key"]).values["kind"]
    if kind != KeyKind.FIXED:
        problems.append(("key", tr("Import", "La clé « {key} » n'est pas une clé à pourcentage fixe.",
                                   key=values["key"][0])))
    if not 0 <= values["share"] <= ONE:
        return problems + [("share", tr("Import", "Part de {share} : entre 0 et {limit}.",
                                        share=_pct(values["share"]), limit="100\u00a0%"))]
    rows = {k: (r.values["party"], r.values["effective_date"], r.values["share"])
            for k, r in catalog["fixed_share"].group("key", values["key"]).items()}  # fmt: skip
    rows[fold_key(key)] = (values["party"], values["effective_date"], values["share"])
    return problems + _share_total(rows.values(), "share", tr("Import", "Parts de la clé « {key} »",
                                                              key=values["key"][0]))


def _staff(values, catalog, key) -> Problems:
    problems: Problems = []
    _not_before(values, "employment_start", "employment_end", problems, tr_noop("Import", "La sortie"))
    return problems


def _working_time(values, catalog, key) -> Problems:
    problems: Problems = []
    if not 0 < values["fraction"] <= ONE:
        problems.append(("fraction", tr("Import", "Temps de travail de {fraction} : plus de 0 et {limit} au plus.",
                                        fraction=_pct(values["fraction"]), limit="100\u00a0%")))
    _inside_employment(catalog, values, "effective_date", problems, tr_noop("Import", "Date d'effet"))
    return problems


def _share(values, catalog, key) -> Problems:
    problems: Problems = []
    if not 0 <= values["share"] <= ONE:
        problems.append(("share", tr("Import", "Quotité de {share} : entre 0 et {limit}.",
                                     share=_pct(values["share"]), limit="100\u00a0%")))
        return problems
    _inside_employment(catalog, values, "effective_date", problems, tr_noop("Import", "Date d'effet"))
    rows = {k: (r.values["party"], r.values["effective_date"], r.values["share"])
            for k, r in catalog["share"].group("staff", values["staff"]).items()}  # fmt: skip
    rows[fold_key(key)] = (values["party"], values["effective_date"], values["share"])
    return problems + _share_total(rows.values(), "share", tr("Import", "Quotités {of_person}",
                                                              of_person=of(person(values["staff"]))))


def _payroll(values, catalog, key) -> Problems:
    start, end = _employment(catalog, values["staff"])
    month = values["month"]
    last_day = french_month_end(month)
    if last_day < start or (end is not None and month > end):
        return [("month", month_outside_employment(month, values["staff"], start, end))]
    return []


def month_outside_employment(month: dt.date, staff: tuple, start: dt.date, end: dt.date | None) -> str:
    return tr("Import", "Mois {month} hors de l'emploi {of_person} ({span}).", month=f"{month:%m/%Y}",
              of_person=of(person(staff)), span=_span(start, end))


def french_month_end(month: dt.date) -> dt.date:
    following = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _reading(values, catalog, key) -> Problems:
    problems: Problems = []
    _not_before(values, "period_start", "period_end", problems)
    _not_negative(values, "quantity", problems, tr_noop("Import", "Quantité"))
    if problems:
        return problems
    for other_key, other in catalog["reading"].group("meter", values["meter"]).items():
        o = other.values
        if other_key == fold_key(key) or fold_key(o["party"]) != fold_key(values["party"]):
            continue
        if o["period_start"] <= values["period_end"] and values["period_start"] <= o["period_end"]:
            problems.append(("period_start", tr(
                "Import", "Relevé en double : la période du {start} au {end} chevauche celle d'un autre relevé de "
                "{party} pour ce compteur (du {other_start} au {other_end}).", start=_date(values["period_start"]),
                end=_date(values["period_end"]), party=values["party"][0], other_start=_date(o["period_start"]),
                other_end=_date(o["period_end"]))))
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
        problems.append((field, tr("Import", "Donnez le début et la fin de la période de service, ou aucun des deux.")))
    _not_before(values, "service_start", "service_end", problems)
    _one_attachment(values, problems)
    return problems


CHECKS: dict[str, Callable[[dict, Catalog, tuple], Problems]] = {
    "party": _party,
    "convention": _convention,
    "beneficiary": _beneficiary,
    "article": _positive("position", tr_noop("Import", "L'ordre d'un article")),
    "amendment": _positive("number", tr_noop("Import", "Le numéro d'un avenant")),
    "site": _non_negative(("common_area", tr_noop("Import", "Surface commune"))),
    "surface": _non_negative(("area", tr_noop("Import", "Surface"))),
    "equipment": _equipment,
    "key": _key,
    "fixed_share": _fixed_share,
    "budget": lambda values, catalog, key: [],
    "staff": _staff,
    "working_time": _working_time,
    "share": _share,
    "payroll": _payroll,
    "planned_cost": _non_negative(("amount", tr_noop("Import", "Montant"))),
    "headcount": _non_negative(("fte", tr_noop("Import", "Effectif"))),
    "reading": _reading,
    "planned_use": _non_negative(("quantity", tr_noop("Import", "Quantité"))),
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
