"""Health Auto Export's JSON and the simple sample format read by the Apple
Health rules: the day's latest weight in kg, vitals as daily means, one
blood pressure per reading, a night of sleep on its wake-up day, workouts
with their units; keys equal to a file import's for the same day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from mitai_app.imports import apple_health
from mitai_app.imports.health_auto_export import parse_payload, parse_samples


def _rows(parsed):
    return {(row.table, row.day): row for row in parsed.rows}


def test_metrics_follow_the_apple_health_rules():
    parsed = parse_payload(
        {
            "data": {
                "metrics": [
                    {
                        "name": "weight_body_mass",
                        "units": "lb",
                        "data": [
                            {"date": "2026-03-01 07:00:00 +0100", "qty": 160, "source": "Scale"},
                            {"date": "2026-03-01 21:00:00 +0100", "qty": 161, "source": "Scale"},
                        ],
                    },
                    {
                        "name": "resting_heart_rate",
                        "units": "count/min",
                        "data": [
                            {"date": "2026-03-01 08:00:00 +0100", "qty": 50},
                            {"date": "2026-03-01 09:00:00 +0100", "qty": 54},
                        ],
                    },
                    {
                        "name": "blood_oxygen_saturation",
                        "units": "%",
                        "data": [{"date": "2026-03-01 08:00:00 +0100", "qty": 97}],
                    },
                    {
                        "name": "blood_pressure",
                        "units": "mmHg",
                        "data": [
                            {"date": "2026-03-01 07:30:00 +0100", "systolic": 128, "diastolic": 82}
                        ],
                    },
                    {
                        "name": "step_count",
                        "units": "count",
                        "data": [{"date": "2026-03-01 00:00:00 +0100", "qty": 9000}],
                    },
                ]
            }
        }
    )
    rows = _rows(parsed)
    day = date(2026, 3, 1)
    weight = rows[("weight_log", day)]
    assert weight.values == {"weight": round(161 * apple_health.LB_KG, 2)}
    assert weight.key == apple_health.key("weight", day)  # as a file import names it
    assert rows[("vitals_baseline", day)].values == {"resting_hr": 52, "spo2": 97}
    pressure = rows[("blood_pressure_log", day)].values
    assert (pressure["systolic"], pressure["diastolic"]) == (128, 82)
    assert pressure["measured_at"] == datetime(
        2026, 3, 1, 7, 30, tzinfo=timezone(timedelta(hours=1))
    )
    assert parsed.not_imported == {"step_count": 1} and parsed.records == 7


def test_a_night_of_sleep_and_a_workout():
    parsed = parse_payload(
        {
            "data": {
                "metrics": [
                    {
                        "name": "sleep_analysis",
                        "units": "hr",
                        "data": [
                            {
                                "date": "2026-03-02",
                                "inBedStart": "2026-03-01 23:00:00 +0100",
                                "inBedEnd": "2026-03-02 07:00:00 +0100",
                                "core": 4.0,
                                "deep": 1.5,
                                "rem": 1.5,
                                "awake": 0.5,
                                "source": "Apple Watch",
                            }
                        ],
                    }
                ],
                "workouts": [
                    {
                        "name": "Outdoor Run",
                        "start": "2026-03-02 18:00:00 +0100",
                        "end": "2026-03-02 18:45:00 +0100",
                        "duration": 2700,
                        "activeEnergyBurned": {"qty": 1674, "units": "kJ"},
                        "distance": {"qty": 8000, "units": "m"},
                        "heartRate": {"avg": {"qty": 148}, "max": {"qty": 171}},
                    }
                ],
            }
        }
    )
    rows = _rows(parsed)
    night = rows[("sleep_log", date(2026, 3, 2))].values
    assert night["total_duration_minutes"] == 420
    segments = night["sleep_segments"]
    stages = ("deep", "rem", "light", "awake")
    assert {stage: segments[stage] for stage in stages} == dict(
        zip(stages, (90, 90, 240, 30), strict=True)
    )
    # The stage intervals with their times are kept for the hypnogram.
    assert segments["intervals"][0] == [
        "deep",
        "2026-03-01T23:00:00+01:00",
        "2026-03-02T00:30:00+01:00",
    ]
    run = rows[("activity_log", date(2026, 3, 2))].values
    assert (run["duration_minutes"], run["kcal"], run["distance_km"]) == (45, 400, 8.0)
    assert (run["avg_hr"], run["max_hr"], run["description"]) == (148, 171, "Outdoor Run")


def test_bad_samples_are_skipped_with_their_reason():
    parsed = parse_payload(
        {
            "data": {
                "metrics": [
                    {
                        "name": "weight_body_mass",
                        "units": "kg",
                        "data": [
                            {"date": "yesterday", "qty": 70},
                            {"date": "2026-03-01 07:00:00 +0100", "qty": "heavy"},
                            {"date": "2026-03-02 07:00:00 +0100", "qty": 900},
                        ],
                    }
                ]
            }
        }
    )
    assert parsed.rows == []
    assert [skip.reason for skip in parsed.skipped] == ["date", "value", "range"]


def test_simple_samples_take_the_profiles_zone_without_an_offset():
    parsed = parse_samples(
        [
            {"type": "weight", "date": "2026-03-01T23:30:00", "value": 70.2},
            {
                "type": "blood_pressure",
                "date": "2026-03-01T22:30:00Z",
                "systolic": 121,
                "diastolic": 79,
            },
        ],
        zone=ZoneInfo("Europe/Berlin"),
    )
    rows = _rows(parsed)
    assert rows[("weight_log", date(2026, 3, 1))].values == {"weight": 70.2}
    measured = rows[("blood_pressure_log", date(2026, 3, 1))].values["measured_at"]
    assert measured == datetime(2026, 3, 1, 22, 30, tzinfo=UTC)
