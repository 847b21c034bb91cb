"""The closed lists of the product: allocation-key kinds, document kinds, sections, frequencies,
and the kinds of the convention clauses (VAT treatments, absences, reimbursements).

Each list is a ``StrEnum`` whose values are the words the database stores, so a member
compares and hashes equal to the stored string (``KeyKind.SURFACE == "surface"``) and is
written to JSON, SQL and spreadsheets as that word. The storage CHECK constraints, the
choices offered on screen, the import format and the French words of the PDFs are all built
from these enums: a new kind starts here, with its French wording on the same line.

The screen's translatable labels stay in ``ui/labels.py`` (Qt's ``lupdate`` reads the
interface only); a test checks that every member has one there too.
"""

from __future__ import annotations

from enum import StrEnum


def stored_words(kinds: type[StrEnum]) -> tuple[str, ...]:
    """The stored words of an enum, in declaration order (CHECK constraints, choices)."""
    return tuple(member.value for member in kinds)


def is_member(kinds: type[StrEnum], word: object) -> bool:
    """Whether ``word`` is one of the stored words of ``kinds`` (any object, never an error)."""
    return isinstance(word, str) and word in kinds._value2member_map_


class KeyKind(StrEnum):
    """How an allocation key splits a cost between the parties (DESIGN.md §4, R7).

    ``reference`` names what a key of that kind must point to: ``"site"`` (whose exclusive
    surfaces are the weights), ``"meter"`` (whose readings are), ``"party"`` (who pays all),
    or ``None``.
    """

    FIXED = "fixed", "Pourcentage fixe", None
    SURFACE = "surface", "Surface", "site"
    HEADCOUNT = "headcount", "Effectifs", None
    METERED = "metered", "Relevé de compteur", "meter"
    DIRECT = "direct", "Affectation directe", "party"

    label: str
    reference: str | None

    def __new__(cls, value: str, label: str, reference: str | None) -> KeyKind:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.reference = reference
        return member


class DocumentKind(StrEnum):
    """What an issued, numbered document is.

    ``heading`` is the title printed on it; ``settled`` opens its closing sentence (« Arrêté le
    présent état à la somme de … », agreed with the document's gender); ``actual`` says whether
    it bills recorded costs (its period's records can then no longer be deleted), which an
    advance call, computed from the forecast, does not.
    """

    STATEMENT = "statement", "État de refacturation", "Arrêté le présent état", True
    CORRECTIVE = "corrective", "État rectificatif", "Arrêté le présent état rectificatif", True
    CREDIT_NOTE = "credit_note", "Avoir", "Arrêté le présent avoir", True
    ADVANCE = "advance", "Appel de fonds", "Arrêté le présent appel de fonds", False
    SETTLEMENT = "settlement", "Régularisation annuelle", "Arrêtée la présente régularisation", True

    heading: str
    settled: str
    actual: bool

    def __new__(cls, value: str, heading: str, settled: str, actual: bool) -> DocumentKind:
        member = str.__new__(cls, value)
        member._value_ = value
        member.heading = heading
        member.settled = settled
        member.actual = actual
        return member

    @property
    def issued(self) -> str:
        """« émis » or « émise », agreed like the closing sentence (a régularisation is feminine)."""
        return "émise" if self.settled.startswith("Arrêtée") else "émis"


class Section(StrEnum):
    """The sections of a statement, in the order they are printed; ``heading`` heads each one."""

    PERSONNEL = "personnel", "Personnel"
    MATERIEL = "materiel", "Matériel"
    LOCAUX = "locaux", "Locaux"
    DEPENSES = "depenses", "Dépenses partagées"

    heading: str

    def __new__(cls, value: str, heading: str) -> Section:
        member = str.__new__(cls, value)
        member._value_ = value
        member.heading = heading
        return member


class ChargeFrequency(StrEnum):
    """How often a recurring charge's amount is due; ``months`` spreads it per day (R3)."""

    MONTH = "month", 1, "par mois"
    QUARTER = "quarter", 3, "par trimestre"
    YEAR = "year", 12, "par an"

    months: int
    words: str

    def __new__(cls, value: str, months: int, words: str) -> ChargeFrequency:
        member = str.__new__(cls, value)
        member._value_ = value
        member.months = months
        member.words = words
        return member


class BillingFrequency(StrEnum):
    """How often a convention bills its beneficiaries, with the French words the documents use:
    « facturation trimestrielle », « 4 états trimestriels », « 1 000 € par trimestre »."""

    MONTHLY = "monthly", 1, "mensuelle", "mensuels", "par mois"
    QUARTERLY = "quarterly", 3, "trimestrielle", "trimestriels", "par trimestre"
    HALF_YEARLY = "half_yearly", 6, "semestrielle", "semestriels", "par semestre"
    YEARLY = "yearly", 12, "annuelle", "annuel", "par an"

    months: int
    adjective: str
    plural_adjective: str
    per: str

    def __new__(cls, value: str, months: int, adjective: str, plural_adjective: str, per: str) -> BillingFrequency:
        member = str.__new__(cls, value)
        member._value_ = value
        member.months = months
        member.adjective = adjective
        member.plural_adjective = plural_adjective
        member.per = per
        return member


class VatKind(StrEnum):
    """How a section of a convention is taxed (R14); ``word`` names it on screen and in the import
    format, ``mention`` opens what a statement prints for an untaxed amount (before its legal basis)."""

    OUTSIDE_SCOPE = "outside_scope", "hors champ", "Hors champ de la TVA"
    EXEMPT = "exempt", "exonérée", "Exonération de TVA"
    TAXABLE = "taxable", "taxable", ""

    word: str
    mention: str

    def __new__(cls, value: str, word: str, mention: str) -> VatKind:
        member = str.__new__(cls, value)
        member._value_ = value
        member.word = word
        member.mention = mention
        return member


class AbsenceKind(StrEnum):
    """The kind of a staff absence (R15); ``kept_by_default``: left with the provider when the
    convention says nothing (the usual term of a *mise à disposition*: sick leave and work accidents)."""

    MALADIE = "maladie", "maladie", True
    ACCIDENT_TRAVAIL = "accident_travail", "accident du travail", True
    FORMATION = "formation", "formation", False
    CONGE = "conge", "congé", False
    AUTRE = "autre", "autre", False

    word: str
    kept_by_default: bool

    def __new__(cls, value: str, word: str, kept_by_default: bool) -> AbsenceKind:
        member = str.__new__(cls, value)
        member._value_ = value
        member.word = word
        member.kept_by_default = kept_by_default
        return member


class ReimbursementKind(StrEnum):
    """What was received for a payroll month and deducted from its cost (R15)."""

    IJSS = "ijss", "IJSS"
    SUBROGATION = "subrogation", "subrogation"
    AIDE = "aide", "aide"
    AUTRE = "autre", "autre"

    word: str

    def __new__(cls, value: str, word: str) -> ReimbursementKind:
        member = str.__new__(cls, value)
        member._value_ = value
        member.word = word
        return member
