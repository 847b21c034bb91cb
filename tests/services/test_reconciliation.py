"""A year's documents reconcile (DESIGN §5): no year is billed twice, whatever its documents'
kinds and whatever the billing mode says (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from mutualisation.cli import main
from mutualisation.domain.periods import Period, billing_periods
from mutualisation.services.advances import issue_advance, issue_settlement
from mutualisation.services.conventions import load_convention, update_convention
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.errors import ServiceError
from mutualisation.services.demo import load_demo
from mutualisation.services.issuing import issue_statement
from mutualisation.services.reconciliation import billed_total, year_documents, year_figures
from mutualisation.storage.database import open_database

from .test_advances import db  # noqa: F401  (the worked example over 2025, in advance mode)

ISSUE_DAYS = ("05/04/2025", "05/07/2025", "05/10/2025", "05/01/2026")


@pytest.fixture
def demo(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        load_demo(session)
    yield database_url, database
    database.dispose()


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _advance_mode_csv(tmp_path, reference: str, on: bool):
    path = tmp_path / "conventions.csv"
    path.write_text(f"Référence;Appels de fonds\n{reference};{'oui' if on else 'non'}\n", encoding="utf-8")
    return path


def test_quarterly_2025_then_advance_mode_then_settle_cannot_bill_twice(demo, capsys, tmp_path):
    url, database = demo
    for quarter, day in zip(("2025-T1", "2025-T2", "2025-T3"), ISSUE_DAYS):
        code, out, err = _run(capsys, "--db", url, "statement", "--period", quarter, "--beneficiary", "ST2B",
                              "--issue", "--date", day)  # fmt: skip
        assert code == 0, err
    with database.session() as session:
        reference = find_convention(session, "ST2B").reference

    # 2025 is half billed per period: the import refuses the switch, with the reason, and writes nothing.
    code, out, err = _run(capsys, "--db", url, "import", str(_advance_mode_csv(tmp_path, reference, True)))
    assert code != 0
    text = " ".join((out + err).split())
    assert "Le mode de facturation ne change que pour une année où rien n'a encore été émis" in text
    assert "2025 a déjà n° 2025-0001, n° 2025-0002, n° 2025-0003" in text
    with database.session() as session:
        assert find_convention(session, "ST2B").advance_mode is False

    # The form's service refuses it the same way.
    with database.session() as session, session.begin():
        convention = find_convention(session, "ST2B")
        values, version = load_convention(session, convention.id)
        with pytest.raises(ServiceError, match="ne change que pour une année où rien n'a encore été émis"):
            update_convention(session, convention.id, values.__class__(**{
                **{f: getattr(values, f) for f in values.__dataclass_fields__}, "advance_mode": True}), version)

    # Once the year's last period is stated, the switch applies to the years with nothing issued…
    code, out, err = _run(capsys, "--db", url, "statement", "--period", "2025-T4", "--beneficiary", "ST2B",
                          "--issue", "--date", ISSUE_DAYS[3])  # fmt: skip
    assert code == 0, err
    code, out, err = _run(capsys, "--db", url, "import", str(_advance_mode_csv(tmp_path, reference, True)))
    assert code == 0, out + err
    # … and 2025, billed per period, gets no settlement: it would bill the year a second time.
    code, out, err = _run(capsys, "--db", url, "settle", "--year", "2025", "--beneficiary", "ST2B",
                          "--date", "15/01/2026", "--issue")  # fmt: skip
    assert code == 2
    assert "2025 est déjà facturée à" in err and "par période (n° 2025-0001, n° 2025-0002" in err
    with database.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        documents = year_documents(session, convention.id, st2b.id, 2025)
        assert [d.kind for d in documents] == ["statement"] * 4
        assert billed_total(documents) == year_figures(session, convention, 2025).total(st2b.id)
        # Nor an advance call for a period of that year.
        with pytest.raises(ServiceError, match="par période"):
            issue_advance(session, convention, st2b, Period.quarter(2025, 4), dt.date(2026, 1, 20))


def test_the_settlement_deducts_everything_billed_and_lists_it(db):
    database = db
    with database.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        with pytest.raises(ServiceError, match="facture par appels de fonds"):
            issue_statement(session, convention, st2b, Period.quarter(2025, 1), dt.date(2025, 4, 5))
        calls = [
            issue_advance(session, convention, st2b, quarter, dt.date(2025, 3 * i + 1, 5))
            for i, quarter in enumerate(billing_periods(2025, "quarterly"))
        ]
        figures = year_figures(session, convention, 2025)
        settlement = issue_settlement(session, convention, st2b, 2025, dt.date(2026, 1, 15))
        actual = figures.total(st2b.id)
        assert settlement.total_excl_vat == actual - sum(c.total_excl_vat for c in calls)
        documents = year_documents(session, convention.id, st2b.id, 2025)
        assert billed_total(documents) == actual  # the year reconciles to the cent
        note = settlement.document_json
        for call in calls:
            assert call.number in note
        for p in figures.previews:
            assert p.period.label in note
        # R13: the year is the sum of its quarters, not a one-shot computation over twelve months.
        assert actual == sum((p.total(st2b.id) for p in figures.previews), Decimal(0))


def test_a_year_preview_is_the_sum_of_its_quarters_and_a_free_range_says_it_is_one_shot(demo, capsys):
    url, _database = demo

    def total(*period_args) -> Decimal:
        code, out, err = _run(capsys, "--db", url, "statement", *period_args, "--beneficiary", "ST2B",
                              "--format", "json")  # fmt: skip
        assert code == 0, err
        return Decimal(json.loads(out)["total"])

    quarters = [total("--period", f"2025-T{q}") for q in range(1, 5)]
    assert total("--period", "2025") == sum(quarters) == Decimal("72848.42")
    code, out, _err = _run(capsys, "--db", url, "statement", "--period", "2025", "--beneficiary", "ST2B")
    assert "Année : somme des périodes de facturation" in out
    code, out, _err = _run(capsys, "--db", url, "statement", "--from", "15/01/2025", "--to", "14/07/2025",
                           "--beneficiary", "ST2B")  # fmt: skip
    assert "Aperçu ponctuel sur une période libre" in " ".join(out.split())
