"""ScaledDecimal: exact Decimals in, the same Decimals out, and nothing inexact let through."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, delete, insert, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import StatementError

from mutualisation.storage.database import create_db_engine, database_url
from mutualisation.storage.models import Site
from mutualisation.storage.types import Area, Money, Quantity, Ratio, ScaledDecimal

DIALECT = sqlite.dialect()
INT64_MAX = 2**63 - 1

metadata = MetaData()
exact = Table(
    "exact",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("places2", ScaledDecimal(2)),
    Column("places3", ScaledDecimal(3)),
    Column("places6", ScaledDecimal(6)),
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine = create_db_engine(database_url(tmp_path_factory.mktemp("types") / "types.sqlite"))
    metadata.create_all(engine)
    yield engine
    engine.dispose()


def test_factories_have_the_documented_places():
    assert (Money().places, Ratio().places, Area().places, Quantity().places) == (2, 6, 2, 3)


@pytest.mark.parametrize("value", [1.5, 0.0, float("nan")])
def test_refuses_a_float(value):
    with pytest.raises(TypeError):
        Money().process_bind_param(value, DIALECT)


@pytest.mark.parametrize(
    ("column_type", "value"),
    [
        (Money(), Decimal("0.001")),
        (Money(), Decimal("-1234.567")),
        (Money(), "12.345"),
        (Area(), Decimal("84.251")),
        (Quantity(), Decimal("1.0001")),
        (Ratio(), Decimal("0.0000001")),
        # More significant digits than the default decimal context: must not be rounded away.
        (Money(), Decimal("1.0000000000000000000000000001")),
        (Ratio(), Decimal("123456789012.1234567890123456789")),
    ],
)
def test_refuses_too_many_decimal_places(column_type, value):
    with pytest.raises(ValueError, match="decimal places"):
        column_type.process_bind_param(value, DIALECT)


@pytest.mark.parametrize(
    "value", [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), Decimal("-Infinity")]
)
def test_refuses_non_finite_numbers(value):
    with pytest.raises(ValueError):
        Money().process_bind_param(value, DIALECT)


@pytest.mark.parametrize(
    "value",
    [Decimal("92233720368547758.08"), Decimal("-92233720368547758.08"), Decimal("-1E+30"), Decimal("1E+999999999999999999")],
)
def test_refuses_values_beyond_a_64_bit_integer(value):
    with pytest.raises(ValueError, match="too large"):
        Money().process_bind_param(value, DIALECT)


@pytest.mark.parametrize(
    ("column_type", "value", "stored"),
    [
        (Money(), Decimal("1234.56"), 123456),
        (Money(), Decimal("-89.90"), -8990),
        (Money(), Decimal("12.3000"), 1230),  # trailing zeros are not extra places
        (Money(), Decimal("1E+3"), 100000),
        (Money(), "0.01", 1),
        (Money(), 42, 4200),
        (Ratio(), Decimal("0.4"), 400000),
        (Quantity(), Decimal("1234.567"), 1234567),
        (Money(), Decimal("92233720368547758.07"), INT64_MAX),
        (Money(), None, None),
    ],
)
def test_binds_to_the_scaled_integer(column_type, value, stored):
    result = column_type.process_bind_param(value, DIALECT)
    assert result == stored
    assert type(result) is type(stored)


@pytest.mark.parametrize(
    ("column_type", "stored", "expected"),
    [(Money(), 123456, "1234.56"), (Money(), -8990, "-89.90"), (Ratio(), 400000, "0.400000"), (Money(), None, None)],
)
def test_reads_back_a_decimal_with_exactly_its_places(column_type, stored, expected):
    result = column_type.process_result_value(stored, DIALECT)
    if expected is None:
        assert result is None
    else:
        assert type(result) is Decimal
        assert str(result) == expected


def test_an_inexact_value_is_refused_by_the_orm_too(session):
    session.add(Site(name="Annexe", address="", common_area=Decimal("10.001")))
    with pytest.raises(StatementError) as excinfo:
        session.flush()
    assert isinstance(excinfo.value.orig, ValueError)
    session.rollback()
    session.add(Site(name="Annexe", address="", common_area=10.5))
    with pytest.raises(StatementError) as excinfo:
        session.flush()
    assert isinstance(excinfo.value.orig, TypeError)


def _decimals(places: int):
    bound = Decimal(INT64_MAX).scaleb(-places)
    return st.decimals(
        min_value=-bound, max_value=bound, places=places, allow_nan=False, allow_infinity=False
    )


@given(_decimals(2), _decimals(3), _decimals(6))
def test_random_decimals_round_trip_through_sqlite(engine, money, quantity, ratio):
    with engine.begin() as connection:
        connection.execute(delete(exact))
        connection.execute(insert(exact).values(id=1, places2=money, places3=quantity, places6=ratio))
    with engine.connect() as connection:
        row = connection.execute(select(exact.c.places2, exact.c.places3, exact.c.places6)).one()
    for got, sent, places in zip(row, (money, quantity, ratio), (2, 3, 6), strict=True):
        assert type(got) is Decimal
        assert got == sent
        assert got.as_tuple().exponent == -places


@given(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.integers(min_value=1, max_value=8),
    st.sampled_from([2, 3, 6]),
)
def test_any_value_with_more_places_is_refused(coefficient, extra, places):
    assume(coefficient % 10**extra != 0)  # else the value really has at most `places` places
    value = Decimal(coefficient).scaleb(-(places + extra))
    with pytest.raises(ValueError):
        ScaledDecimal(places).process_bind_param(value, DIALECT)
