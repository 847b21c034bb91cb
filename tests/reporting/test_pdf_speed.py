"""What keeps rendering fast without changing a byte of the PDF."""

from __future__ import annotations

from reportlab.lib import rl_accel


def test_reportlab_draws_with_its_c_accelerator():
    # Without rl-accel reportlab silently falls back to Python for every text width and
    # number it writes: the same bytes, about half as fast again.
    assert rl_accel._py_funcs == {}
    assert {"fp_str", "instanceStringWidthTTF"} <= set(rl_accel._c_funcs)
