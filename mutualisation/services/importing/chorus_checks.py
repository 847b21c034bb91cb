"""The rule of the « Chorus Pro » sheet: the same as the party's form (services/editing/chorus)."""

from __future__ import annotations

from ...domain.chorus import ChorusYear
from ..editing.chorus import checked_year
from ..errors import ServiceError


def chorus_reference_problems(values: dict, catalog, key) -> list[tuple[str, str]]:
    """A year within range, and a service code or an engagement number (or both)."""
    entry = ChorusYear(values["year"], values.get("service_code") or "", values.get("engagement_number") or "")
    try:
        checked_year(entry)
    except ServiceError as exc:
        field = "year" if "Année" in str(exc) else "engagement_number"
        return [(field, str(exc))]
    return []
