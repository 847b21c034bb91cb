"""The engine's lines in words: key descriptions, ratios and explanation sentences.

Issuing a statement words the recipient's lines twice — for the frozen inputs (every party's
figures) and for the printed annex (only the parties the recipient may see) — and a key
segment's description for every line that uses it (a category's key serves all its bills).
A :class:`Wording` keeps each piece once worded, so a document pays for it once: the
sentences are the same as those of a fresh wording, piece by piece.

A Wording belongs to one language context: make it where its texts are used (inside
:func:`.i18n.french` for documents) and drop it with them. It keeps the lines and segments it
has worded alive, so its memo, keyed by their identity, never mistakes a new object for an old
one.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from . import french
from .i18n import tr

if TYPE_CHECKING:  # lines.py builds on this module
    from .inputs import PartyInfo
    from .keys import KeySegment
    from .lines import Line, Step


class Wording:
    """Words of lines and key segments, each piece worded once (see the module)."""

    __slots__ = ("_memo",)

    def __init__(self) -> None:
        # (piece, id(owner), party) → (owner, words): the owner is held so its id stays its own.
        self._memo: dict[tuple[str, int, Any], tuple[object, Any]] = {}

    def _kept(self, piece: str, owner: object, party: Any, word: Callable[[], Any]) -> Any:
        key = (piece, id(owner), party)
        kept = self._memo.get(key)
        if kept is None:
            kept = self._memo[key] = (owner, word())
        return kept[1]

    # -- figures -------------------------------------------------------------------------

    def ratio(self, line: Line, party_id: int) -> Fraction:
        return self._kept("ratio", line, party_id, lambda: line.ratio(party_id))

    def percent(self, line: Line, party_id: int) -> str:
        """The party's ratio as every reader prints it (« 25,71 % »)."""
        return self._kept("percent", line, party_id, lambda: french.percent(self.ratio(line, party_id)))

    def fraction(self, line: Line, party_id: int) -> str:
        return self._kept("fraction", line, party_id, lambda: french.fraction(self.ratio(line, party_id)))

    def inputs(self, line: Line) -> tuple[str, ...]:
        """The line's inputs in sentences (:mod:`.facts`)."""
        return self._kept("inputs", line, None, lambda: tuple(line.explanation.inputs))

    def describe(self, segment: KeySegment, party_id: int) -> str:
        return self._kept("describe", segment, party_id, lambda: segment.describe(party_id))

    def share(self, segment: KeySegment, party: PartyInfo) -> str:
        """« ST2B Surface 36/140 m² (25,71 %) »: one party's share of a step."""
        return self._kept(
            "share", segment, (party.id, party.code),
            lambda: f"{party.code} {self.describe(segment, party.id)} ({french.percent(segment.ratio(party.id))})",
        )  # fmt: skip

    # -- sentences -----------------------------------------------------------------------

    def key_description(self, line: Line, party_id: int) -> str:
        """The key in words and figures for one party, e.g. « Surface 36/140 m² = 25,71 % »."""
        return self._kept("key", line, party_id, lambda: self._key_description(line, party_id))

    def _key_description(self, line: Line, party_id: int) -> str:
        if line.notes:
            return dict(line.notes).get(party_id, "")
        steps = [s for s in line.explanation.steps if s.amount]
        if not steps:
            return ""
        texts = []
        for step in steps:
            text = self.describe(step.key, party_id)
            if text not in texts:
                texts.append(text)
        if len(texts) == 1:
            return f"{texts[0]} = {self.percent(line, party_id)}"
        pieces = [
            # An absence's words already give its days (R15).
            self.describe(step.key, party_id) if step.key.kind == "absence"
            else tr("Explanation", "{key} du {start} au {end}", key=self.describe(step.key, party_id),
                    start=f"{step.start:%d/%m}", end=f"{step.end:%d/%m}")
            for step in steps
        ]  # fmt: skip
        return tr("Explanation", "{pieces} : {percent} sur la période", pieces=" ; ".join(pieces),
                  percent=self.percent(line, party_id))

    def explanation_lines(
        self, line: Line, parties: tuple[PartyInfo, ...], hidden: frozenset[str] = frozenset()
    ) -> list[str]:
        """The explanation in sentences, for a screen (its language) or a PDF annex (French).

        ``hidden``: codes of the parties whose own figures the reader may not see; the sentences
        about one party start with « CODE : » (a fee's subtotal, a priced meter's units), and
        theirs are left out.
        """
        inputs = self.inputs(line)
        lines = [text for text in inputs if text.split(" : ", 1)[0] not in hidden] if hidden else list(inputs)
        for step in line.explanation.steps:
            shares = ", ".join(self.share(step.key, p) for p in parties)
            lines.append(self._step_sentence(step, shares))
        # A fee's or a priced meter's total is the sum of each beneficiary's own figure: with others
        # hidden it would give theirs away by subtraction, and nobody's ratio needs it.
        if not (hidden and line.rate is not None):
            lines.append(self._kept("total", line, None, lambda: tr(
                "Explanation", "Total exact {exact}, arrondi à {total}.",
                exact=french.money(line.exact_total, 4), total=french.money(line.total),
            )))  # fmt: skip
        for party in parties:
            lines.append(self._kept("part", line, (party.id, party.code), lambda: self._part_sentence(line, party)))
        return lines

    def _step_sentence(self, step: Step, shares: str) -> str:
        start, end, amount, amendments = self._kept("step", step, None, lambda: (
            french.date(step.start), french.date(step.end), french.money(step.amount, 4),
            f" [{', '.join(step.key.amendments)}]" if step.key.amendments else "",
        ))  # fmt: skip
        return tr(
            "Explanation", "Du {start} au {end} ({days} j) : {amount} réparti selon {shares}{amendments}.",
            start=start, end=end, days=step.days, amount=amount, shares=shares, amendments=amendments,
        )  # fmt: skip

    def _part_sentence(self, line: Line, party: PartyInfo) -> str:
        free = (
            tr("Explanation", ", mise à disposition à titre gratuit (pour mémoire, non facturée)")
            if party.id in line.free_for else ""
        )  # fmt: skip
        return tr(
            "Explanation", "{code} : part exacte {exact} ({fraction} = {percent}), arrondie à {amount}{free}.",
            code=party.code, exact=french.money(line.exact_part(party.id), 4),
            fraction=self.fraction(line, party.id), percent=self.percent(line, party.id),
            amount=french.money(line.value(party.id)), free=free,
        )  # fmt: skip
