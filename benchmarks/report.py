"""One printed row per measure of issue 17: the median, its floor measured in the same run and
the ratio to it, and the target with its verdict.

The machine may be shared or slower than the one the targets were set on: a ratio to a floor
measured in the same run (a bare Qt window, a bare SQLite read, an empty reportlab document)
holds from one machine to another where an absolute figure does not.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(action: Callable[[], object], runs: int) -> float:
    """The median duration of ``runs`` calls of ``action``, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def row(
    label: str,
    value: float,
    *,
    unit: str = "ms",
    target: float | None = None,
    floor: float | None = None,
    floor_label: str = "",
    ratio_target: float | None = None,
    detail: str = "",
) -> str:
    """``label: value unit (detail) — floor … ms (what), ratio ×N — target …: OK``.

    ``target`` is an upper bound on the value; ``ratio_target`` an upper bound on value / floor.
    """
    text = f"{label}: {value:.0f} {unit}"
    if detail:
        text += f" ({detail})"
    ratio = value / floor if floor else None
    if floor is not None:
        text += f" — floor {floor:.0f} {unit} ({floor_label}), ratio {ratio:.1f}×"
    verdicts = []
    if target is not None:
        verdicts.append((f"≤ {target:.0f} {unit}", value <= target))
    if ratio_target is not None and ratio is not None:
        verdicts.append((f"≤ {ratio_target:g}× the floor", ratio <= ratio_target))
    if verdicts:
        ok = all(passed for _text, passed in verdicts)
        text += f" — target {' and '.join(t for t, _p in verdicts)}: {'OK' if ok else 'NOT MET'}"
    return text
