"""The convention's transparency between beneficiaries in the import format: exported, imported,
round trip identical; a file from before the column leaves it off."""

from __future__ import annotations

from openpyxl import load_workbook
from sqlalchemy import select

from mutualisation.services.exporting import export_workbook
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

from .helpers import cell_values, run

COLUMN = "Transparence entre bénéficiaires"


def _conventions_sheet(path) -> list[list]:
    return cell_values(path)["Conventions"]


def test_transparency_round_trips_through_the_workbook(demo_db, tmp_path):
    with demo_db.session() as session, session.begin():
        session.scalars(select(m.Convention)).one().transparency = True
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    with demo_db.session() as session:
        export_workbook(session, first)
    header, *rows = [row for row in _conventions_sheet(first) if any(row)]
    column = header.index(COLUMN)
    assert [row[column] for row in rows if row[0] == "CAM-2024-01"] == ["oui"]

    empty = open_database(tmp_path / "empty.sqlite")
    try:
        report = run(empty, first)
        assert report.valid and report.written
        with empty.session() as session:
            assert session.scalars(select(m.Convention.transparency)).one() is True
            export_workbook(session, second)
    finally:
        empty.dispose()
    assert cell_values(first) == cell_values(second)


def test_a_workbook_without_the_column_leaves_transparency_off(demo_db, tmp_path):
    path = tmp_path / "before.xlsx"
    with demo_db.session() as session:
        export_workbook(session, path)
    workbook = load_workbook(path)
    sheet = workbook["Conventions"]
    for column in range(1, sheet.max_column + 1):
        if sheet.cell(1, column).value == COLUMN:
            sheet.delete_cols(column)
            break
    else:
        raise AssertionError("the export has no transparency column")
    workbook.save(path)
    empty = open_database(tmp_path / "empty.sqlite")
    try:
        report = run(empty, path)
        assert report.valid and report.written
        with empty.session() as session:
            assert session.scalars(select(m.Convention.transparency)).one() is False
    finally:
        empty.dispose()
