"""R2: periods and their syntax."""

import datetime as dt

import pytest

from mutualisation.domain.periods import Period, PeriodError, add_years, parse_date, parse_period

D = dt.date


@pytest.mark.parametrize(
    "text, start, end, label",
    [
        ("2025-T1", D(2025, 1, 1), D(2025, 3, 31), "1er trimestre 2025"),
        ("2025-q4", D(2025, 10, 1), D(2025, 12, 31), "4e trimestre 2025"),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "février 2024"),
        ("2025-S2", D(2025, 7, 1), D(2025, 12, 31), "2e semestre 2025"),
        ("2026", D(2026, 1, 1), D(2026, 12, 31), "année 2026"),
    ],
)
def test_parse_period(text, start, end, label):
    period = parse_period(text)
    assert (period.start, period.end, period.label) == (start, end, label)
    assert parse_period(period.code) == period


@pytest.mark.parametrize("text", ["2025-T5", "2025-13", "T1", "", "2025-T1-x", "0001"])
def test_bad_periods_are_refused_with_an_example(text):
    with pytest.raises(PeriodError, match="2025-T1"):
        parse_period(text)


def test_period_days_months_and_split():
    period = Period(D(2024, 1, 15), D(2024, 3, 10))
    assert period.days == 17 + 29 + 10
    assert [m.days for m in period.months()] == [17, 29, 10]
    first, second = period.split(D(2024, 2, 1))
    assert (first.end, second.start) == (D(2024, 1, 31), D(2024, 2, 1))
    with pytest.raises(PeriodError):
        Period(D(2024, 2, 1), D(2024, 1, 31))


def test_dates_and_years():
    assert parse_date("15/02/2025") == parse_date("2025-02-15") == D(2025, 2, 15)
    with pytest.raises(PeriodError):
        parse_date("31/02/2025")
    assert add_years(D(2024, 2, 29), 1) == D(2025, 3, 1)


def test_a_well_written_date_that_does_not_exist_is_named_so():
    with pytest.raises(PeriodError, match="ce jour n'existe pas"):
        parse_date("31/02/2025")
    with pytest.raises(PeriodError, match="ce jour n'existe pas"):
        parse_date("2025-13-01")
    with pytest.raises(PeriodError, match="illisible"):
        parse_date("31 février")
