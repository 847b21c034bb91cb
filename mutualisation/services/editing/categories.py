"""Expense categories, the dated key each follows, and their yearly budget for the forecast."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ...domain.i18n import tr
from ...storage import models as m
from ..errors import ServiceError
from ._uses import expenses_attached
from .common import record_for_save, check_unique, fetch, text
from .guards import refuse_if_used
from .history import DatedEntry, YearAmount, entries_of, save_history, save_year_amounts, year_amounts


@dataclass(frozen=True, slots=True)
class CategoryValues:
    code: str
    name: str
    version: int | None = None


def load_category(session: Session, category_id: int) -> tuple[CategoryValues, list[DatedEntry], list[YearAmount]]:
    category = fetch(session, m.ExpenseCategory, category_id, tr("Edit", "la catégorie"))
    return (
        CategoryValues(category.code, category.name, category.version),
        entries_of(session, "category_key", category_id),
        year_amounts(session, m.CategoryBudget, "category_id", category_id),
    )


def save_category(session: Session, category_id: int | None, values: CategoryValues,
                  keys: Sequence[DatedEntry], budgets: Sequence[YearAmount] = ()) -> int:  # fmt: skip
    """Create or correct a category, its key history (at least one key) and its budgets."""
    code = text(values.code, tr("Edit", "Code"), max_length=40).upper()
    check_unique(session, m.ExpenseCategory.code, code, category_id,
                 tr("Edit", "Le code {code} est déjà celui d'une autre catégorie.", code=code))  # fmt: skip
    name = text(values.name, tr("Edit", "Catégorie"), max_length=200)
    if not keys:
        raise ServiceError(tr("Edit", "Clé de répartition : indiquez la clé que suivent les dépenses de cette catégorie."))
    for entry in keys:
        if session.get(m.AllocationKey, entry.value) is None:
            raise ServiceError(tr("Edit", "Clé de répartition : cette clé n'existe plus."))
    category = record_for_save(session, m.ExpenseCategory, category_id, values.version, "la catégorie")
    category.code, category.name = code, name
    session.flush()
    save_history(session, "category_key", category.id, keys, tr("Edit", "Clé de répartition"))
    save_year_amounts(session, m.CategoryBudget, "category_id", category.id, budgets, tr("Edit", "Budget"))
    return category.id


def delete_category(session: Session, category_id: int) -> None:
    """Refused while bills, charges or a free provision are attached to the category."""
    category = fetch(session, m.ExpenseCategory, category_id, tr("Edit", "la catégorie"))
    refuse_if_used(expenses_attached(session, "category_id", category_id), tr("Delete", "la catégorie « {name} »", name=category.name))
    session.delete(category)
    session.flush()
