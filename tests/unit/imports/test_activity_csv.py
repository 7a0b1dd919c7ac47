"""Strava's and Garmin Connect's activities.csv: one activity a row, each
format's traps contained; recognised by their content."""

from __future__ import annotations

import io
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from mitai_app.imports import activity_csv
from mitai_app.imports.files import open_import
from tests.fixtures.apple_health import write
from tests.fixtures.devices import GARMIN_ACTIVITIES, STRAVA_ACTIVITIES

BERLIN = ZoneInfo("Europe/Berlin")


def test_strava_metres_not_miles_moving_time_the_later_columns_a_utc_date_in_the_profiles_zone():
    parsed = activity_csv.parse(io.BytesIO(STRAVA_ACTIVITIES), zone=BERLIN)
    run, ride = (r.values for r in parsed.rows)
    assert run == {
        "date": date(2024, 3, 1),
        "start_time": time(7, 2, 11),
        "duration_minutes": 60,
        "kcal": 702,
        "distance_km": 10.02,
        "avg_hr": 148,
        "max_hr": 171,
        "description": "Run",
    }
    # 23:30 UTC is already 2 March in Berlin.
    assert (ride["date"], ride["distance_km"], ride["avg_hr"]) == (date(2024, 3, 2), 16.0, None)
    assert [r.key for r in parsed.rows] == [
        "strava:activity:10912345678",
        "strava:activity:10912345679",
    ]
    assert [(s.line, s.reason) for s in parsed.skipped] == [(4, "date")]


def test_garmin_dashes_thousands_and_a_swim_in_metres():
    parsed = activity_csv.parse(io.BytesIO(GARMIN_ACTIVITIES), zone=BERLIN)
    run, swim = (r.values for r in parsed.rows)
    assert (run["start_time"], run["kcal"], run["distance_km"], run["duration_minutes"]) == (
        time(7, 2, 11),
        1034,
        10.02,
        60,
    )
    assert (swim["distance_km"], swim["kcal"], swim["avg_hr"], swim["description"]) == (
        1.5,
        420,
        None,
        "Pool Swim",
    )
    assert {r.device for r in parsed.rows} == {"Garmin Connect"}


@pytest.mark.parametrize(
    ("data", "expected"),
    [(STRAVA_ACTIVITIES, "strava_activities"), (GARMIN_ACTIVITIES, "garmin_activities")],
)
def test_recognised_by_its_content_whatever_its_name(tmp_path, data, expected):
    with open_import(write(tmp_path / "export.csv", data)) as opened:
        assert opened.format == expected
