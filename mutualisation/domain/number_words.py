"""Whole numbers in French words, traditional spelling: « vingt et un », « quatre-vingts ».

Written here rather than imported: the num2words library loads its seventy-odd languages
to spell one number, a tenth of the issuing command's imports. The wording is the one the
statements have always printed (num2words' French), which the tests check value by value
and over any number up to the largest amount the database stores.

Rules:

- 0–16 have their own word; 17–19 « dix-sept »…; tens to 60, then 70 = « soixante-dix »,
  80 = « quatre-vingts », 90 = « quatre-vingt-dix »;
- « et » joins one (and eleven after sixty) to the tens: « vingt et un », « soixante et
  onze », but « quatre-vingt-un », « quatre-vingt-onze »; other units take a hyphen;
- « cent » and « quatre-vingt » take an « s » when they end the number or come before a
  noun (« million », « milliard », …): « deux cents », « quatre-vingts millions », but
  « deux cent un », « deux cent mille » (« mille » is not a noun: it never takes an « s »,
  and is never preceded by « un »);
- « million », « milliard », « billion », … are nouns: « un million », « deux millions ».
"""

from __future__ import annotations

_UNITS = (
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize",
)  # fmt: skip
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 8: "quatre-vingt"}
#: The nouns of each power of 1000 from 10⁶ on (long scale, as num2words and French usage).
_NOUNS = ("million", "milliard", "billion", "billiard", "trillion", "trilliard", "quadrillion", "quadrilliard")
#: The numbers this module spells: below 10³⁰, far above any amount of the database (10¹⁷ €).
LIMIT = 1000 ** (len(_NOUNS) + 2)


def _below_hundred(number: int) -> str:
    """1–99; « quatre-vingt » without its final « s » (added by the caller when it ends)."""
    if number <= 16:
        return _UNITS[number]
    if number < 20:
        return f"dix-{_UNITS[number - 10]}"
    tens, unit = divmod(number, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix: the tens below, plus ten and more
        tens, unit = tens - 1, unit + 10
    word = _TENS[tens]
    if unit == 0:
        return word
    if unit in (1, 11) and tens != 8:
        return f"{word} et {_UNITS[unit]}"
    return f"{word}-{_below_hundred(unit)}"


def _below_thousand(number: int, plural: bool) -> str:
    """1–999; ``plural``: « cents » / « quatre-vingts » may end this group with an « s »
    (at the end of the number or before a noun; not before « mille »)."""
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds:
        cent = "cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent"
        words.append(cent + ("s" if plural and hundreds > 1 and rest == 0 else ""))
    if rest:
        words.append(_below_hundred(rest) + ("s" if plural and rest == 80 else ""))
    return " ".join(words)


def spell(number: int) -> str:
    """``number`` in French words: ``1080`` → « mille quatre-vingts »; ``-2`` → « moins deux ».

    ``number`` is an ``int`` (a bool or anything else raises ``TypeError``) whose absolute
    value is below :data:`LIMIT` (else ``ValueError``).
    """
    if not isinstance(number, int) or isinstance(number, bool):
        raise TypeError(f"spell needs an int, not {type(number).__name__}")
    if number < 0:
        return f"moins {spell(-number)}"
    if number >= LIMIT:
        raise ValueError(f"{number} is too large to spell (the limit is 10^{len(str(LIMIT)) - 1})")
    if number == 0:
        return _UNITS[0]
    groups = []  # groups of three digits, units first
    while number:
        number, group = divmod(number, 1000)
        groups.append(group)
    words = []
    for power in range(len(groups) - 1, -1, -1):
        group = groups[power]
        if not group:
            continue
        if power == 0:
            words.append(_below_thousand(group, plural=True))
        elif power == 1:
            words.append("mille" if group == 1 else f"{_below_thousand(group, plural=False)} mille")
        else:
            noun = _NOUNS[power - 2] + ("s" if group > 1 else "")
            words.append(f"{_below_thousand(group, plural=True)} {noun}")
    return " ".join(words)
