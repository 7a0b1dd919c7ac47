"""Recovery's placeholders: sleep, morning vitals, blood pressure with its
140/90 threshold, and rest days counted once a day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.core.placeholders import REGISTRY, ProfileData, format_value
from mitai_app.recovery.placeholders import BloodPressure, RecoveryData, Sleep, Vitals

TODAY = date(2026, 3, 29)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def recovery(**logs) -> ProfileData:
    return ProfileData(parts={"recovery": RecoveryData(**logs)})


def value(name: str, data: ProfileData, today: date = TODAY):
    return REGISTRY[name].compute(data, today)


def test_sleep_values():
    data = recovery(
        sleep=[
            Sleep(days_ago(8), minutes=300, quality=40),
            Sleep(days_ago(1), minutes=420, quality=80, deep_minutes=90, rem_minutes=100),
            Sleep(TODAY, minutes=480, quality=90, deep_minutes=70),
        ]
    )
    assert value("sleep_avg_7d_h", data) == 7.5
    assert value("sleep_latest_h", data) == 8.0
    assert value("sleep_quality_avg_7d", data) == 85.0
    assert value("sleep_quality_avg_30d", data) == 70.0
    assert value("sleep_deep_avg_7d", data) == 80.0
    assert value("sleep_rem_avg_7d", data) == 100.0
    assert value("sleep_nights_30d", data) == 3
    assert value("sleep_short_nights_30d", data) == 1


def test_vitals_values():
    data = recovery(
        vitals=[
            Vitals(days_ago(20), resting_hr=60, hrv=40, vo2_max=44.0),
            Vitals(days_ago(2), resting_hr=54, hrv=60, spo2=97),
            Vitals(TODAY, resting_hr=52, respiratory_rate=14),
        ]
    )
    assert value("resting_hr_latest", data) == 52
    assert value("resting_hr_avg_7d", data) == 53.0
    assert value("resting_hr_avg_30d", data) == pytest.approx(166 / 3)
    assert value("hrv_latest", data) == 60
    assert value("hrv_avg_30d", data) == 50.0
    assert value("vo2max_latest", data) == 44.0
    assert value("spo2_avg_7d", data) == 97.0
    assert value("respiratory_rate_avg_7d", data) == 14.0


def test_blood_pressure_values_and_the_140_90_threshold():
    data = recovery(
        blood_pressure=[
            BloodPressure(days_ago(40), 180, 110),  # outside 30 days
            BloodPressure(days_ago(10), 139, 89, pulse=70),
            BloodPressure(days_ago(2), 140, 80, pulse=60),
            BloodPressure(TODAY, 120, 90),
            BloodPressure(TODAY, 125, 82),  # later the same day: the latest
        ]
    )
    assert value("bp_latest", data) == "125/82"
    assert format_value(value("bp_latest", data), "mmHg", "de") == "125/82 mmHg"
    assert value("bp_latest_date", data) == TODAY
    assert value("bp_systolic_avg_7d", data) == pytest.approx(385 / 3)
    assert value("bp_diastolic_avg_30d", data) == pytest.approx(341 / 4)
    assert value("bp_pulse_avg_30d", data) == 65.0
    assert value("bp_count_30d", data) == 4
    assert value("bp_high_count_30d", data) == 2


def test_rest_days_count_each_day_once():
    data = recovery(rest_days=[TODAY, TODAY, days_ago(6), days_ago(7), days_ago(40)])
    assert value("rest_days_7d", data) == 2
    assert value("rest_days_30d", data) == 3
    assert value("rest_day_last_date", data) == TODAY
