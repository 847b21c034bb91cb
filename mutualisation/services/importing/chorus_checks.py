"""The rule of the « Chorus Pro » sheet: the same as the party's form (services/editing/chorus)."""

from __future__ import annotations

from ...domain.chorus import ChorusYear
from ..editing.chorus import ChorusReferenceError, checked_year


def chorus_reference_problems(values: dict, catalog, key) -> list[tuple[str, str]]:
    """A year within range, and a service code or an engagement number (or both)."""
    entry = ChorusYear(values["year"], values.get("service_code") or "", values.get("engagement_number") or "")
    try:
        checked_year(entry)
    except ChorusReferenceError as exc:
        return [(exc.field, str(exc))]
    return []
