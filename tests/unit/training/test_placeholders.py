"""Training's placeholders: sessions, minutes, calories, distance, heart rate
and categories in their windows."""

from __future__ import annotations

from datetime import date, timedelta

from mitai_app.core.placeholders import REGISTRY, ProfileData
from mitai_app.core.text import Text
from mitai_app.training.placeholders import ActivityRow

TODAY = date(2026, 3, 29)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def training(rows: list[ActivityRow], totals=None) -> ProfileData:
    return ProfileData(parts={"training": rows}, totals=totals or {})


def value(name: str, data: ProfileData, today: date = TODAY):
    return REGISTRY[name].compute(data, today)


def test_training_windows_counts_sums_and_categories():
    data = training(
        [
            ActivityRow(days_ago(7), minutes=60, kcal=500, category="strength"),  # outside 7 days
            ActivityRow(days_ago(6), minutes=30, kcal=300, category="cardio", distance_km=5.0),
            ActivityRow(days_ago(6), minutes=45, kcal=None, category="cardio", avg_hr=150),
            ActivityRow(TODAY, minutes=None, kcal=200, category="mind", avg_hr=100),
            ActivityRow(days_ago(30), minutes=90, category="cardio"),  # outside 30 days
        ]
    )
    assert value("training_count_7d", data) == 3
    assert value("training_count_30d", data) == 4
    assert value("training_count_90d", data) == 5
    assert value("training_minutes_7d", data) == 75
    assert value("training_minutes_30d", data) == 135
    assert value("training_kcal_7d", data) == 500
    assert value("activity_days", data) == 3
    assert value("training_per_week_28d", data) == 1.0
    assert value("training_distance_30d", data) == 5.0
    assert value("training_avg_hr_30d", data) == 125.0
    assert value("training_last_date", data) == TODAY
    assert value("training_cardio_count_30d", data) == 2
    assert value("training_cardio_minutes_30d", data) == 75
    assert value("training_strength_count_30d", data) == 1
    assert value("training_outdoor_count_30d", data) == 0
    assert value("training_outdoor_minutes_30d", data) == 0
    assert value("training_top_category_30d", data) == Text(de="Ausdauer", en="Cardio")


def test_training_sums_are_no_data_when_the_sessions_do_not_record_them():
    data = training([ActivityRow(TODAY, minutes=40, category="mind")])
    assert value("training_minutes_7d", data) == 40
    assert value("training_kcal_7d", data) is None
    assert value("training_distance_30d", data) is None
    assert value("training_mind_minutes_30d", data) == 40


def test_a_profile_that_trained_long_ago_has_zero_sessions_not_no_data():
    data = training([ActivityRow(days_ago(200), minutes=30)], totals={"activity_log": 8})
    assert value("training_count_30d", data) == 0
    assert value("training_minutes_30d", data) == 0
    assert value("activity_days", data) == 0
    assert value("training_count_total", data) == 8
    assert value("training_top_category_30d", data) is None
    assert value("training_last_date", data) == days_ago(200)
