"""The building blocks of the workbook format: columns, sheets and the words they accept.

A :class:`Sheet` is one register (one sheet of the workbook, one CSV file); its
:class:`Column` objects say what each column holds, how it is read and which field of the
register it fills. Values are kept in a *natural form*: a reference to another register is
that register's natural key (a party's code, a person's (last name, first name, start)…),
never a database id, so that a file, the database and an export compare directly.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field

from ...domain.vocabulary import (
    AbsenceKind, BillingFrequency, ChargeFrequency, KeyKind, ReimbursementKind, Section, VatKind,
)  # fmt: skip

# Kinds of column. Each is read by rows.read_cell and written by exporting.
TEXT, COMPACT, AMOUNT, PERCENT = "text", "compact", "amount", "percent"
DECIMAL, AREA, QUANTITY = "decimal", "area", "quantity"
DATE, MONTH, INTEGER, BOOL, CHOICE = "date", "month", "integer", "bool", "choice"
REF, AMENDMENT = "ref", "amendment"
STAFF_LAST, STAFF_FIRST, STAFF_START = "staff_last", "staff_first", "staff_start"
STAFF_PARTS = (STAFF_LAST, STAFF_FIRST, STAFF_START)
# A recurring charge is named by its label, and by its start when two charges share a label.
CHARGE_LABEL, CHARGE_START = "charge_label", "charge_start"
CHARGE_PARTS = (CHARGE_LABEL, CHARGE_START)
# Several choices in one cell (« personnel ; matériel »), stored as rows of a child table.
CHOICES = "choices"


@dataclass(frozen=True)
class Column:
    """One column of a sheet."""

    header: str
    field: str
    kind: str = TEXT
    required: bool = False
    help: str = ""
    #: For a choice: (stored code, (French word written on export, other accepted spellings…)).
    choices: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: For a reference: the register it points to.
    ref: str = ""
    #: The value of an empty optional cell (None when not given).
    default: object = None
    width: int = 14
    #: For several choices: (child model, its column naming the parent record, its column holding a choice).
    child: tuple = ()

    @property
    def db_attribute(self) -> str:
        """The model attribute it fills: a reference ``party`` fills ``party_id``."""
        return f"{self.field}_id" if self.ref else self.field

    def word(self, code: str) -> str:
        """The French word written for a stored code."""
        for stored, words in self.choices:
            if stored == code:
                return words[0]
        return code

    def choice_words(self) -> tuple[str, ...]:
        return tuple(words[0] for _, words in self.choices)

    def in_order(self, codes) -> tuple[str, ...]:
        """Several chosen codes once each, in the order of the choices (how they are stored and written)."""
        chosen = set(codes)
        return tuple(code for code, _ in self.choices if code in chosen)


@dataclass(frozen=True)
class Sheet:
    """One register: its sheet title, model, columns and natural key."""

    name: str
    register: str
    model: type
    columns: tuple[Column, ...]
    #: Fields whose values identify a record: re-importing the same values updates it.
    key: tuple[str, ...]
    help: str = ""
    #: Fields the export sorts by (the key when empty).
    order: tuple[str, ...] = ()
    #: Other names accepted for the sheet or the CSV file (English).
    aliases: tuple[str, ...] = ()
    fields: tuple[str, ...] = field(init=False)
    _by_field: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_field: dict[str, Column] = {}
        for column in self.columns:
            by_field.setdefault(column.field, column)
        object.__setattr__(self, "fields", tuple(by_field))
        object.__setattr__(self, "_by_field", by_field)

    @property
    def slug(self) -> str:
        """The CSV file name without ``.csv``: ``charges-recurrentes``."""
        return "-".join(fold(self.name).replace("'", " ").split())

    @functools.cached_property
    def text_limits(self) -> tuple[tuple[str, int], ...]:
        """(field, length) of the text fields whose database column has a length."""
        limits = []
        for name, column in self._by_field.items():
            if column.kind in (TEXT, COMPACT) and not column.child:
                length = getattr(self.model.__table__.c[column.db_attribute].type, "length", None)
                if length is not None:
                    limits.append((name, length))
        return tuple(limits)

    @property
    def child_columns(self) -> tuple[Column, ...]:
        """The columns kept in a child table rather than in the sheet's own table."""
        return tuple(c for c in self._by_field.values() if c.child)

    def column(self, field_name: str) -> Column:
        """The (first) column of a field."""
        return self._by_field[field_name]

    def ref_of(self, field_name: str) -> str:
        return self.column(field_name).ref


def word_of(choices: tuple[tuple[str, tuple[str, ...]], ...], code: str) -> str:
    """The French word a list of choices writes for ``code``."""
    return next(words[0] for stored, words in choices if stored == code)


def fold(text: str) -> str:
    """Text folded for matching names: no accents, no case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("\u00a0", " ").replace("\u202f", " ").split()).casefold()


def fold_key(value):
    """A natural key folded for matching: text parts without case or extra spaces."""
    kind = type(value)
    if kind is str:
        return " ".join(value.split()).casefold()
    if kind is tuple:
        return tuple([fold_key(v) for v in value])
    return value


# --- the words each choice accepts -------------------------------------------------------------
# The first word of each choice is the one the template and exports write. The enums of
# domain/vocabulary.py list the choices; tests check each member has its words here.

KEY_KINDS = (
    (KeyKind.FIXED, ("fixe", "pourcentage fixe", "pourcentages fixes", "fixed")),
    (KeyKind.SURFACE, ("surface", "surfaces")),
    (KeyKind.HEADCOUNT, ("effectifs", "effectif", "etp", "headcount")),
    (KeyKind.METERED, ("relevés", "relevé", "relevé de compteur", "compteur", "metered")),
    (KeyKind.DIRECT, ("directe", "direct", "affectation directe")),
)
EQUIPMENT_KINDS = (
    ("vehicle", ("véhicule", "vehicle")),
    ("it", ("informatique", "it")),
    ("copier", ("copieur", "copier")),
    ("furniture", ("mobilier", "furniture")),
    ("other", ("autre", "other")),
)
CHARGE_FREQUENCIES = (
    (ChargeFrequency.MONTH, ("par mois", "mois", "mensuelle", "mensuel", "month", "monthly")),
    (ChargeFrequency.QUARTER, ("par trimestre", "trimestre", "trimestrielle", "trimestriel", "quarter", "quarterly")),
    (ChargeFrequency.YEAR, ("par an", "an", "année", "annuelle", "annuel", "year", "yearly")),
)
BILLING_FREQUENCIES = (
    (BillingFrequency.MONTHLY, ("mensuelle", "mensuel", "mois", "monthly")),
    (BillingFrequency.QUARTERLY, ("trimestrielle", "trimestriel", "trimestre", "quarterly")),
    (BillingFrequency.HALF_YEARLY, ("semestrielle", "semestriel", "semestre", "half_yearly", "half-yearly")),
    (BillingFrequency.YEARLY, ("annuelle", "annuel", "année", "yearly")),
)
VAT_REGIMES = (
    ("not_subject", ("non assujetti", "non soumis", "exonéré", "not_subject", "not subject")),
    ("subject", ("assujetti", "soumis", "subject")),
)
SECTIONS = (
    (Section.PERSONNEL, ("personnel",)),
    (Section.MATERIEL, ("matériel", "materiel")),
    (Section.LOCAUX, ("locaux",)),
    (Section.DEPENSES, ("dépenses partagées", "dépenses", "depenses")),
)
# The clause kinds write the word their enum gives them (the one the screens show).
VAT_TREATMENTS = (
    (VatKind.OUTSIDE_SCOPE, (VatKind.OUTSIDE_SCOPE.word, "outside_scope", "outside scope")),
    (VatKind.EXEMPT, (VatKind.EXEMPT.word, "exonéré", "exempt")),
    (VatKind.TAXABLE, (VatKind.TAXABLE.word, "taxée", "soumise")),
)
ABSENCE_KINDS = (
    (AbsenceKind.MALADIE, (AbsenceKind.MALADIE.word, "sick leave")),
    (AbsenceKind.ACCIDENT_TRAVAIL, (AbsenceKind.ACCIDENT_TRAVAIL.word, "accident_travail", "work accident")),
    (AbsenceKind.FORMATION, (AbsenceKind.FORMATION.word, "training")),
    (AbsenceKind.CONGE, (AbsenceKind.CONGE.word, "conge", "leave")),
    (AbsenceKind.AUTRE, (AbsenceKind.AUTRE.word, "other")),
)
REIMBURSEMENT_KINDS = (
    (ReimbursementKind.IJSS, (ReimbursementKind.IJSS.word, "indemnités journalières")),
    (ReimbursementKind.SUBROGATION, (ReimbursementKind.SUBROGATION.word,)),
    (ReimbursementKind.AIDE, (ReimbursementKind.AIDE.word,)),
    (ReimbursementKind.AUTRE, (ReimbursementKind.AUTRE.word, "other")),
)
