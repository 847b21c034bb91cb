"""What keeps rendering fast without changing a byte of the PDF."""

from __future__ import annotations

from decimal import Decimal

import pytest
from reportlab.lib import rl_accel

from mutualisation.domain.documents import DocumentLine


def test_reportlab_draws_with_its_c_accelerator():
    # Without rl-accel reportlab silently falls back to Python for every text width and
    # number it writes: the same bytes, about half as fast again.
    assert rl_accel._py_funcs == {}
    assert {"fp_str", "instanceStringWidthTTF"} <= set(rl_accel._c_funcs)


@pytest.mark.parametrize("name", ["sample", "long", "credit", "huge label"])
def test_a_paragraph_laid_out_once_draws_the_same_bytes(monkeypatch, name):
    from reportlab import rl_config
    from reportlab.platypus import Paragraph as ReportlabParagraph

    from mutualisation.reporting import layout
    from mutualisation.reporting.statement_pdf import render_statement

    from .sample import credit_note, long_statement, sample_statement

    huge = DocumentLine("depenses", "mot " * 3000, Decimal("1.00"), "k", "1 %", Decimal("1.00"), ("x " * 4000,))
    document = {
        "sample": sample_statement,
        "long": long_statement,
        "credit": credit_note,
        "huge label": lambda: sample_statement(lines=sample_statement().lines + (huge,)),
    }[name]()
    monkeypatch.setattr(rl_config, "invariant", 1)  # no date nor random id in the file
    kept = render_statement(document)
    monkeypatch.setattr(layout.Paragraph, "wrap", ReportlabParagraph.wrap)  # every layout done again
    assert render_statement(document) == kept
