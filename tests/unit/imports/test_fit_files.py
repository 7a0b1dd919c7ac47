"""FIT files through Garmin's FIT SDK, and zips of activity files: one
activity a session, timer time not elapsed time, a damaged file keeping
what ended before the damage; recognised by their content."""

from __future__ import annotations

import gzip
import io
import zipfile
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from mitai_app.core.errors import UserError
from mitai_app.imports import activity_zip, fit_files
from mitai_app.imports.files import open_import
from tests.fixtures.apple_health import write
from tests.fixtures.devices import FIT_RUN as RUN
from tests.fixtures.devices import GPX, STRAVA_ACTIVITIES, fit_file

BERLIN = ZoneInfo("Europe/Berlin")
RIDE = {
    **RUN,
    "start_time": datetime(2024, 3, 1, 7, 10, tzinfo=UTC),
    "total_timer_time": 2400.0,
    "total_distance": 16000.0,
    "sport": "cycling",
}


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_one_activity_a_session_of_a_multisport_file_with_its_timer_time():
    parsed = fit_files.parse(io.BytesIO(fit_file(RUN, RIDE)), zone=BERLIN)
    run, ride = (r.values for r in parsed.rows)
    assert run == {
        "date": date(2024, 3, 1),
        "start_time": time(7, 2, 11),
        "duration_minutes": 60,
        "kcal": 702,
        "distance_km": 10.02,
        "avg_hr": 148,
        "max_hr": 171,
        "description": "running",
    }
    assert (ride["description"], ride["distance_km"], ride["duration_minutes"]) == (
        "cycling",
        16.0,
        40,
    )
    assert {r.device for r in parsed.rows} == {"garmin fr945"}


def test_a_file_without_sessions_is_summed_from_its_records():
    records = tuple(
        {
            "timestamp": datetime(2024, 3, 1, 6, minute, tzinfo=UTC),
            "heart_rate": 120 + minute,
            "distance": minute * 200.0,
        }
        for minute in range(0, 31)
    )
    (row,) = fit_files.parse(io.BytesIO(fit_file(records=records))).rows
    assert (row.values["duration_minutes"], row.values["distance_km"], row.values["max_hr"]) == (
        30,
        6.0,
        150,
    )
    assert row.values["avg_hr"] == 135
    # Each record's heart rate holds for the minute to the next: time in zones.
    assert row.values["hr_seconds"] == {str(bpm): 60 for bpm in range(120, 150)}


def test_a_damaged_file_keeps_the_sessions_before_the_damage_and_says_so():
    data = fit_file(RUN, RIDE)
    parsed = fit_files.parse(io.BytesIO(data[:-10]))  # inside the second session
    assert [r.values["description"] for r in parsed.rows] == ["running"]
    assert parsed.stopped is not None


def test_a_zip_of_activity_files_gzipped_or_not_read_by_content_others_counted():
    data = _zip(
        {
            "activities/1.fit.gz": gzip.compress(fit_file(RUN)),
            "activities/2.dat": fit_file(RIDE),  # a FIT file whatever its name
            "activities/3.gpx": GPX,
            "activities/3-again.gpx": GPX,
            "README.txt": b"Your activities",
        }
    )
    parsed = activity_zip.parse(io.BytesIO(data), zone=BERLIN)
    assert sorted(r.values["description"] for r in parsed.rows) == [
        "Morning Run",  # the GPX track's name, once
        "cycling",
        "running",
    ]
    assert parsed.duplicates == 1
    assert parsed.not_imported == {"other files": 1}


def test_a_gzip_bomb_inside_the_zip_is_skipped_not_inflated(monkeypatch):
    monkeypatch.setattr("mitai_app.imports.wholefiles.WHOLE_FILE_MAX_BYTES", 1024 * 1024)
    bomb = gzip.compress(b"\0" * (8 * 1024 * 1024))
    parsed = activity_zip.parse(io.BytesIO(_zip({"a.fit.gz": bomb, "b.fit": fit_file(RUN)})))
    assert len(parsed.rows) == 1
    assert [(s.reason, s.value) for s in parsed.skipped] == [("too_big", "a.fit.gz")]


def test_recognised_by_content_a_fit_file_a_zip_of_them_and_stravas_export(tmp_path):
    with open_import(write(tmp_path / "ride.bin", fit_file(RUN))) as opened:
        assert opened.format == "fit"
    with open_import(write(tmp_path / "watch.zip", _zip({"x/1.fit": fit_file(RUN)}))) as opened:
        assert opened.format == "activity_zip"
    strava = _zip(
        {"activities.csv": STRAVA_ACTIVITIES, "activities/1.fit.gz": gzip.compress(fit_file(RUN))}
    )
    with open_import(write(tmp_path / "export_123.zip", strava)) as opened:
        assert opened.format == "strava_activities"


def test_a_zip_of_nothing_known_is_refused(tmp_path):
    data = _zip({"notes.txt": b"hello", "photo.png": b"\x89PNG\r\n"})
    with pytest.raises(UserError) as refused, open_import(write(tmp_path / "a.zip", data)):
        pass
    assert refused.value.code == "imports.error.unknown_format"
