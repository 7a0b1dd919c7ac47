"""Apple Health as Health Auto Export's and QS Access's CSV, English or
German: the day's latest weight, vitals' means, nutrition and activity
sums, a DST day of 23 or 25 hourly rows read like any other; recognised by
their content."""

from __future__ import annotations

import io
from datetime import date

import pytest

from mitai_app.imports import apple_csv
from mitai_app.imports.files import open_import
from tests.fixtures.apple_health import write
from tests.fixtures.devices import HEALTH_AUTO_EXPORT, HEALTH_AUTO_EXPORT_DE, QS_ACCESS


def _tables(data: bytes) -> dict[str, dict[date, dict]]:
    found: dict[str, dict[date, dict]] = {}
    for row in apple_csv.parse(io.BytesIO(data)).rows:
        found.setdefault(row.table, {})[row.day] = row.values
    return found


def test_health_auto_export_hourly_rows_across_the_clock_change():
    assert _tables(HEALTH_AUTO_EXPORT) == {
        "weight_log": {date(2024, 3, 31): {"weight": 80.9}, date(2024, 4, 1): {"weight": 80.6}},
        "vitals_baseline": {
            date(2024, 3, 31): {"resting_hr": 52, "hrv": 62, "hrv_measure": "sdnn", "spo2": 97}
        },
        "nutrition_log": {date(2024, 3, 31): {"kcal": 1500, "protein_g": 65.5, "water_l": 1.25}},
        "daily_activity": {
            date(2024, 3, 31): {"active_kcal": round(260.5 / 4.184)},
            date(2024, 4, 1): {"active_kcal": round(40 / 4.184)},
        },
    }


def test_qs_access_daily_rows_in_pounds():
    assert _tables(QS_ACCESS) == {
        "weight_log": {date(2024, 3, 1): {"weight": round(177.2 * 0.45359237, 2)}},
        "vitals_baseline": {date(2024, 3, 1): {"resting_hr": 55}},
    }


def test_health_auto_export_in_german_with_decimal_commas_and_both_clock_changes():
    """23 hourly rows on the day the clocks go forward, 25 on the day they go
    back (its 02:00 twice, alike: both hours count)."""
    assert _tables(HEALTH_AUTO_EXPORT_DE) == {
        "weight_log": {date(2024, 3, 31): {"weight": 64.8}, date(2024, 10, 27): {"weight": 65.0}},
        "vitals_baseline": {
            date(2024, 3, 31): {"resting_hr": 52, "hrv": 62, "hrv_measure": "sdnn", "spo2": 97},
            date(2024, 10, 27): {"resting_hr": 54},
        },
        "nutrition_log": {
            date(2024, 3, 31): {
                "kcal": 1500,
                "protein_g": 65.5,
                "carbs_g": 180,
                "fat_g": 50.5,
                "fiber_g": 20,
                "water_l": 1.25,
            }
        },
        "daily_activity": {
            date(2024, 3, 31): {
                "steps": 2300,
                "active_kcal": 230,
                "resting_kcal": 1619,
                "distance_km": 1.84,
            },
            date(2024, 10, 27): {
                "steps": 2500,
                "active_kcal": 250,
                "resting_kcal": 1760,
                "distance_km": 2.0,
            },
        },
    }


def test_english_and_german_names_read_the_same_values():
    english = (
        b"Date/Time,Weight & Body Mass (kg),Step Count (count),Walking + Running Distance (mi)\n"
        b'2024-03-01 07:00:00,"65.0",1000,"1.0"\n'
    )
    german = (
        "Datum/Uhrzeit;Gewicht & Körpermasse (kg);Schritte (count);Gehen + Laufen (Distanz) (mi)\n"
        '01.03.2024 07:00;"65,0";1000;"1,0"\n'
    ).encode()
    assert (
        _tables(english)
        == _tables(german)
        == {
            "weight_log": {date(2024, 3, 1): {"weight": 65.0}},
            "daily_activity": {date(2024, 3, 1): {"steps": 1000, "distance_km": 1.61}},
        }
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (HEALTH_AUTO_EXPORT, "health_auto_export"),
        (HEALTH_AUTO_EXPORT_DE, "health_auto_export"),
        (QS_ACCESS, "qs_access"),
        (QS_ACCESS.replace(b"Start,Finish", b"Start,Ende"), "qs_access"),
    ],
)
def test_recognised_by_its_content_whatever_its_name(tmp_path, data, expected):
    with open_import(write(tmp_path / "export.csv", data)) as opened:
        assert opened.format == expected


def test_a_scales_body_fat_lean_mass_and_waist_are_the_days_latest_in_their_series():
    """Health Auto Export's columns as it sorts them: `Body Mass Index` comes
    before `Weight & Body Mass` and is not the weight; body fat as a
    fraction or in per cent, lean mass in pounds, waist in inches; a value
    out of the series' range is reported."""
    english = (
        b"Date/Time,Body Fat Percentage (%),Body Mass Index (count),Lean Body Mass (lb),"
        b"Waist Circumference (in),Weight & Body Mass (kg)\n"
        b"2024-03-01 07:00:00,0.215,23.1,132.3,32,70.2\n"
        b"2024-03-01 21:00:00,0.22,23.2,,,70.6\n"
        b"2024-03-02 07:00:00,21.0,23.0,,,70.0\n"
        b"2024-03-03 07:00:00,95,,,,\n"
    )
    parsed = apple_csv.parse(io.BytesIO(english))
    assert _tables(english) == {
        "weight_log": {date(2024, 3, 1): {"weight": 70.6}, date(2024, 3, 2): {"weight": 70.0}},
        "body_device_log": {
            date(2024, 3, 1): {"body_fat_pct": 22.0, "lean_mass_kg": 60.01, "waist_cm": 81.28},
            date(2024, 3, 2): {"body_fat_pct": 21.0},
        },
    }
    assert [(s.kind, s.reason) for s in parsed.skipped] == [("BodyFatPercentage", "range")]
    german = (
        "Datum/Uhrzeit;Körperfettanteil (%);Fettfreie Körpermasse (kg);Taillenumfang (cm)\n"
        '01.03.2024 07:00;"21,5";"60,0";"81,3"\n'
    ).encode()
    assert _tables(german) == {
        "body_device_log": {
            date(2024, 3, 1): {"body_fat_pct": 21.5, "lean_mass_kg": 60.0, "waist_cm": 81.3}
        }
    }


def test_qs_access_on_a_german_phone_writes_german_month_words():
    data = (
        "Start,Ende,Körpergewicht (kg),Ruheherzfrequenz (count/min)\n"
        "01-Mär-2024 00:00,02-Mär-2024 00:00,70.5,54\n"
        "01-Okt-2024 00:00,02-Okt-2024 00:00,71.0,\n"
        "01-Dez-2024 00:00,02-Dez-2024 00:00,69.5,\n"
    ).encode()
    assert _tables(data) == {
        "weight_log": {
            date(2024, 3, 1): {"weight": 70.5},
            date(2024, 10, 1): {"weight": 71.0},
            date(2024, 12, 1): {"weight": 69.5},
        },
        "vitals_baseline": {date(2024, 3, 1): {"resting_hr": 54}},
    }
