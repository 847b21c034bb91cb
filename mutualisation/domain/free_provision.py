"""R17 Free provision, valued *pour mémoire*.

A site, equipment item or category may be provided free to a beneficiary from a date:
the lines of what is attached to it (its charges and bills; for an item also its
depreciation and its priced meters) are computed as usual, but the beneficiary's part is
not billed. It is listed in a block *Mise à disposition à titre gratuit (pour mémoire)*
with its value, and summed in the annual summary as *contributions en nature*. Free
provision starts and ends on billing-period bounds, so over one computed sub-period a
resource is free for a beneficiary on every day or on none.
"""

from __future__ import annotations

import dataclasses

from .inputs import Attachment, CostData
from .lines import Line
from .periods import Period

FREE_BLOCK_TITLE = "Mise à disposition à titre gratuit (pour mémoire)"


class _Attachments:
    """What each line's source is attached to, as free provision is recorded (looked up once)."""

    def __init__(self, data: CostData) -> None:
        self.charges = {(c.source_kind, c.id): c.attachment for c in data.charges}
        self.bills = {b.id: b.attachment for b in data.bills}
        self.meters = {m.id: m.equipment_id for m in data.meters.values()}

    def of(self, line: Line) -> Attachment | None:
        kind, ident = line.source_kind, line.source_id
        if kind == "depreciation":
            return Attachment("equipment", ident)
        if kind in ("charge", "budget"):
            return self.charges.get((kind, ident))
        if kind == "bill":
            return self.bills.get(ident)
        if kind == "meter" and self.meters.get(ident) is not None:
            return Attachment("equipment", self.meters[ident])
        return None


def mark_free(data: CostData, period: Period, lines: list[Line]) -> list[Line]:
    """The lines with ``free_for`` set for the beneficiaries provided their resource free."""
    in_force = [f for f in data.clauses.free_provisions if f.covers(period.start)]
    if not in_force:
        return lines
    attachments = _Attachments(data)
    result = []
    for line in lines:
        attachment = attachments.of(line)
        free = frozenset(f.beneficiary_id for f in in_force if f.attachment == attachment)
        result.append(dataclasses.replace(line, free_for=free) if free else line)
    return result
