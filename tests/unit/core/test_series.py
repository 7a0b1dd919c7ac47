"""Chart data: rounding, converting, range filtering and compactness."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, timedelta

import pytest

from mitai_app.core.series import (
    DailySeries,
    DatedSeries,
    daily_series,
    date_axis,
    dated_series,
    display_round,
    payload_bytes,
    range_start,
)
from mitai_app.core.units import kg_to_lb, round_half_up

TODAY = date(2026, 3, 29)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("4w", date(2026, 3, 2)),
        ("3m", TODAY - timedelta(days=90)),
        ("1y", TODAY - timedelta(days=364)),
        ("all", None),
        ("bogus", TODAY - timedelta(days=90)),
    ],
)
def test_range_start_includes_today_in_the_range(key, expected):
    assert range_start(key, TODAY) == expected


def test_a_daily_series_fills_missing_days_with_none_and_rounds_half_up():
    points = [(date(2026, 1, 1), 82.25), (date(2026, 1, 4), 81.949)]
    series = daily_series(points, first=date(2026, 1, 1), last=date(2026, 1, 4))
    assert series == DailySeries("2026-01-01", [82.3, None, None, 81.9])


def test_a_daily_series_drops_points_outside_its_days_and_converts():
    points = [(date(2026, 1, 1), 100.0), (date(2026, 1, 2), 90.0), (date(2026, 1, 3), 80.0)]
    series = daily_series(points, first=date(2026, 1, 2), last=date(2026, 1, 2), convert=kg_to_lb)
    assert series == DailySeries("2026-01-02", [198.4])


def test_no_days_give_an_empty_series():
    assert daily_series([], first=TODAY, last=TODAY - timedelta(days=1)) == DailySeries()


def test_a_dated_series_is_sorted_filtered_and_rounded():
    points = [(date(2026, 3, 1), 90.04), (date(2026, 1, 1), 91.05), (date(2025, 12, 1), 95.0)]
    series = dated_series(points, since=date(2026, 1, 1), decimals=1)
    assert series == DatedSeries(["2026-01-01", "2026-03-01"], [91.1, 90.0])


def test_ten_years_of_daily_weights_with_average_and_trend_stay_under_80_kb():
    first = date(2016, 1, 1)
    points = [(first + timedelta(days=i), 80 + (i % 97) / 7) for i in range(3650)]
    last = points[-1][0]
    chart = {
        name: asdict(daily_series(points, first=first, last=last))
        for name in ("weights", "average", "trend")
    }
    assert len(chart["weights"]["values"]) == 3650
    assert payload_bytes(chart) < 80_000
    # The same series with one ISO date per point would not fit.
    assert payload_bytes([[d.isoformat(), round(w, 1)] for d, w in points] * 3) > 80_000


@pytest.mark.parametrize(
    "value", [82.25, 2.675, -0.04, -82.25, 0.05, 81.949, 100.0, 181.85, 0.535, 1234.5678]
)
@pytest.mark.parametrize("decimals", [1, 2])
def test_display_rounding_agrees_with_rounding_as_written(value, decimals):
    assert display_round(value, decimals) == round_half_up(value, decimals)


def test_one_day_gets_a_date_tick_and_room_around_its_point():
    # Plotly's own ticks for one day were times ("23:59:59.999 … 00:00:00.0005").
    axis = date_axis(["2026-03-29"])
    assert axis.range == ["2026-03-26", "2026-04-01"]
    assert axis.ticks == ["2026-03-29"]
    assert axis.labels == {"de": ["29. März"], "en": ["29 Mar"]}
    assert date_axis([]).as_state() == {
        "range": [],
        "ticks": [],
        "labels_de": [],
        "labels_en": [],
    }


@pytest.mark.parametrize(
    ("first", "last", "ticks", "de", "en"),
    [
        (
            "2026-03-01",
            "2026-03-03",
            ["2026-03-01", "2026-03-02", "2026-03-03"],
            ["1. März", "2. März", "3. März"],
            ["1 Mar", "2 Mar", "3 Mar"],
        ),
        # Weeks start on Monday.
        (
            "2026-03-04",
            "2026-03-29",
            ["2026-03-09", "2026-03-16", "2026-03-23"],
            ["9. März", "16. März", "23. März"],
            ["9 Mar", "16 Mar", "23 Mar"],
        ),
        (
            "2026-01-10",
            "2026-03-29",
            ["2026-02-01", "2026-03-01"],
            ["Feb. 2026", "März 2026"],
            ["Feb 2026", "Mar 2026"],
        ),
        (
            "1990-05-01",
            "2026-03-29",
            ["2000-01-01", "2010-01-01", "2020-01-01"],
            ["2000", "2010", "2020"],
            ["2000", "2010", "2020"],
        ),
    ],
)
def test_ticks_follow_the_span_in_each_language(first, last, ticks, de, en):
    axis = date_axis([last, first])
    assert axis.ticks == ticks
    assert axis.labels == {"de": de, "en": en}
    assert axis.range[0] < first and axis.range[1] > last


def test_at_most_the_ticks_asked_for():
    days = [(date(2026, 1, 1) + timedelta(days=i)).isoformat() for i in range(400)]
    for most in (3, 5):
        assert 1 <= len(date_axis(days, max_ticks=most).ticks) <= most
