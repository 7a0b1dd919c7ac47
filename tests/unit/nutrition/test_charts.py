"""The charts' series: daily values over short ranges and weekly means over
long ones, macro shares by 4/4/9, protein per kg of the weight trend, and
the balance against the adaptive TDEE where there is one."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.nutrition.charts import chart_series

LAST = date(2026, 3, 29)  # a Sunday
DAY = {"kcal": 2000.0, "protein_g": 150.0, "carbs_g": 200.0, "fat_g": 60.0}


def test_a_short_range_has_a_value_for_each_logged_day():
    first = LAST - timedelta(days=27)
    days = {LAST - timedelta(days=n): dict(DAY) for n in (0, 1, 3)}  # day 2 unlogged
    trend = {first + timedelta(days=n): 75.0 for n in range(28)}
    weekly = [(LAST - timedelta(days=7), None), (LAST, 2300.0)]
    series = chart_series(days, trend, weekly, static_tdee=2500, first=first, last=LAST)
    assert series.dates == [(LAST - timedelta(days=n)).isoformat() for n in (3, 1, 0)]
    assert series.kcal == [2000, 2000, 2000]
    assert series.macros["protein_g"] == [150, 150, 150]
    # 600 + 800 + 540 kcal from protein, carbohydrates and fat.
    assert series.shares["protein_g"][0] == pytest.approx(31)
    assert series.shares["fat_g"][0] == pytest.approx(28)
    assert series.protein_per_kg == [2.0, 2.0, 2.0]
    # Each day's balance against the adaptive TDEE of its week.
    assert series.balance == [-300, -300, -300]
    assert (series.tdee_dates, series.tdee) == ([LAST.isoformat()], [2300])
    assert series.weight_trend == [75.0, 75.0, 75.0]


def test_without_an_adaptive_tdee_the_balance_is_against_the_static_one():
    days = {LAST: dict(DAY)}
    series = chart_series(days, {}, [(LAST, None)], static_tdee=2500, first=LAST, last=LAST)
    assert series.balance == [-500] and series.protein_per_kg == [None]
    assert chart_series(days, {}, [], static_tdee=None, first=LAST, last=LAST).balance == [None]


def test_a_long_range_shows_weekly_means_of_the_logged_days():
    first = LAST - timedelta(days=364)
    days = {
        LAST: {**DAY, "kcal": 1800.0},
        LAST - timedelta(days=1): {**DAY, "kcal": 2200.0},  # same week (Mon 23 to Sun 29)
        LAST - timedelta(days=7): dict(DAY),
    }
    series = chart_series(days, {}, [], static_tdee=None, first=first, last=LAST)
    assert series.dates == ["2026-03-16", "2026-03-23"]  # Mondays
    assert series.kcal == [2000, 2000]
