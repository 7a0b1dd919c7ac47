from datetime import date, datetime, timedelta

import pytest

from mitai_app.recovery.bloodpressure import (
    ACC_AHA_KEYS,
    ESH_KEYS,
    Reading,
    classify_blood_pressure,
    home_average,
)


@pytest.mark.parametrize(
    ("systolic", "diastolic", "key"),
    [
        (119, 79, "optimal"),
        (120, 79, "normal"),
        (119, 80, "normal"),
        (129, 84, "normal"),
        (130, 84, "high_normal"),
        (129, 85, "high_normal"),
        (139, 89, "high_normal"),
        (140, 89, "isolated_systolic"),
        (139, 90, "grade_1"),
        (140, 90, "grade_1"),
        (159, 99, "grade_1"),
        (160, 99, "grade_2"),
        (159, 100, "grade_2"),
        (179, 109, "grade_2"),
        (180, 109, "grade_3"),
        (179, 110, "grade_3"),
        (180, 110, "grade_3"),
        (185, 89, "isolated_systolic"),
        (125, 95, "grade_1"),  # the higher of the two categories
    ],
)
def test_esh_2023_categories_at_every_boundary(systolic, diastolic, key):
    assert classify_blood_pressure(systolic, diastolic) == key
    assert key in ESH_KEYS


@pytest.mark.parametrize(
    ("systolic", "diastolic", "key"),
    [
        (119, 79, "normal"),
        (120, 79, "elevated"),
        (129, 79, "elevated"),
        (130, 79, "stage_1"),
        (119, 80, "stage_1"),
        (139, 89, "stage_1"),
        (140, 89, "stage_2"),
        (139, 90, "stage_2"),
        (159, 99, "stage_2"),
        (180, 110, "stage_2"),
    ],
)
def test_acc_aha_2017_categories_at_every_boundary(systolic, diastolic, key):
    assert classify_blood_pressure(systolic, diastolic, guideline="acc_aha") == key
    assert key in ACC_AHA_KEYS


def test_an_unknown_guideline_is_refused():
    with pytest.raises(ValueError):
        classify_blood_pressure(120, 80, guideline="who")


def _week(start: date, morning: tuple[int, int], evening: tuple[int, int]) -> list[Reading]:
    readings = []
    for n in range(7):
        day = datetime.combine(start + timedelta(days=n), datetime.min.time())
        readings.append(Reading(day.replace(hour=7), *morning))
        readings.append(Reading(day.replace(hour=20), *evening))
    return readings


def test_home_average_discards_the_first_day_and_splits_morning_and_evening():
    readings = _week(date(2026, 3, 1), (130, 80), (140, 90))
    # The first day's readings are far off: discarded, they change nothing.
    readings[0] = Reading(datetime(2026, 3, 1, 7), 200, 120)
    result = home_average(readings)
    assert result.first_day == date(2026, 3, 1)
    assert result.last_day == date(2026, 3, 7)
    assert result.days == 6
    assert result.enough
    assert (result.morning.systolic, result.morning.diastolic, result.morning.count) == (130, 80, 6)
    assert (result.evening.systolic, result.evening.diastolic) == (140, 90)
    assert (result.overall.systolic, result.overall.diastolic, result.overall.count) == (
        135,
        85,
        12,
    )
    assert result.above_threshold  # 135/85 is the home threshold
    assert result.morning.above_threshold is False


def test_home_average_below_the_threshold_and_readings_outside_the_times():
    readings = _week(date(2026, 3, 1), (125, 78), (131, 82))
    readings.append(Reading(datetime(2026, 3, 4, 14), 190, 110))  # afternoon: not in the series
    result = home_average(readings)
    assert result.overall.systolic == 128
    assert not result.above_threshold


def test_home_average_with_a_short_series_is_not_enough():
    readings = [
        Reading(datetime(2026, 3, 6, 7), 130, 80),
        Reading(datetime(2026, 3, 7, 7), 130, 80),
    ]
    result = home_average(readings)
    # 1 March … 7 March; only the 6th and 7th hold readings, and neither is discarded.
    assert result.days == 2
    assert not result.enough
    assert home_average([]) is None


def test_home_average_lists_the_afib_readings():
    readings = _week(date(2026, 3, 1), (130, 80), (130, 80))
    flagged = Reading(datetime(2026, 3, 3, 21), 150, 95, afib=True)
    result = home_average([*readings, flagged])
    assert result.afib == (flagged,)
