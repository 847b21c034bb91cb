"""Export → import into an empty database → export gives the same workbook, through XLSX and CSV."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from mutualisation.services.exporting import export_csv, export_workbook
from mutualisation.services.importing.sheets import SHEETS
from mutualisation.storage.database import open_database

from .helpers import cell_values, run, snapshot


@pytest.fixture
def empty(tmp_path):
    database = open_database(tmp_path / "empty.sqlite")
    yield database
    database.dispose()


def test_xlsx_round_trip_of_the_demo_gives_the_same_workbook(demo_db, empty, tmp_path):
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    with demo_db.session() as session:
        counts = export_workbook(session, first)
    assert list(counts) == [s.name for s in SHEETS]
    assert counts["Factures"] > 100 and counts["Paie"] > 100 and counts["Articles"] > 5

    report = run(empty, first)
    assert report.valid and report.written
    assert report.totals().added == sum(counts.values())

    with empty.session() as session:
        export_workbook(session, second)
    before, after = cell_values(first), cell_values(second)
    assert list(before) == list(after)
    for title in before:
        assert before[title] == after[title], title


def test_reimporting_the_same_file_changes_nothing(demo_db, tmp_path):
    path = tmp_path / "demo.xlsx"
    with demo_db.session() as session:
        export_workbook(session, path)
    before = snapshot(demo_db)
    report = run(demo_db, path)
    assert report.written
    total = report.totals()
    assert (total.added, total.updated, total.rejected) == (0, 0, 0)
    assert total.unchanged > 400
    assert snapshot(demo_db) == before


def test_csv_round_trip_of_the_demo_gives_the_same_files(demo_db, empty, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    with demo_db.session() as session:
        files = export_csv(session, first)
    assert [p.name for p in files] == [f"{s.slug}.csv" for s in SHEETS]
    raw = (first / "factures.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]

    report = run(empty, first)
    assert report.valid and report.written
    with empty.session() as session:
        export_csv(session, second)
    for path in files:
        assert (second / path.name).read_bytes() == path.read_bytes(), path.name


def test_the_demo_survives_a_csv_round_trip_into_the_same_values(demo_db, empty, tmp_path):
    folder = tmp_path / "csv"
    with demo_db.session() as session:
        export_csv(session, folder)
    run(empty, folder)
    # Same records (ids and order aside), every column the format holds.
    values = lambda snap: {k: sorted(repr(sorted(v.items())) for _, v in rows) for k, rows in snap.items()}  # noqa: E731
    assert values(snapshot(empty)) == values(snapshot(demo_db))


def test_round_trip_and_reimport_on_both_backends(new_database_url, tmp_path):
    """SQLite and PostgreSQL: ids taken beforehand, audit log written, versions kept."""
    from sqlalchemy import func, select

    from mutualisation.services.demo import load_demo
    from mutualisation.storage.models import AuditEntry, Bill

    source, target = open_database(new_database_url()), open_database(new_database_url())
    try:
        with source.session() as session, session.begin():
            load_demo(session)
        first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
        with source.session() as session:
            export_workbook(session, first)
        report = run(target, first)
        assert report.written and not report.rejections
        with target.session() as session:
            export_workbook(session, second)
            bills = session.scalar(select(func.count()).select_from(Bill))
            logged = session.scalar(select(func.count()).select_from(AuditEntry)
                                    .where(AuditEntry.table_name == "bill", AuditEntry.action == "insert",
                                           AuditEntry.record_id.is_not(None)))  # fmt: skip
            assert logged == bills
        assert cell_values(first) == cell_values(second)
        # More rows later: the next ids follow (the PostgreSQL sequence moved on too).
        report = run(target, first)
        assert report.totals().unchanged == report.totals().total
        with target.session() as session, session.begin():
            session.add(Bill(date=dt.date(2027, 1, 1), supplier="Après", label="Après import",
                             amount=Decimal(1), category_id=1))  # fmt: skip
    finally:
        source.dispose()
        target.dispose()
