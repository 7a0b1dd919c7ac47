"""Sleep trackers' exports: one night a wake-up day (a nap the same day is
reported, the longest session counts), bed and wake-up times, minutes
asleep and stage minutes; recognised by their content."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from mitai_app.imports import sleep_files
from mitai_app.imports.files import open_import
from tests.fixtures.apple_health import write
from tests.fixtures.devices import FITBIT_SLEEP, OURA_SLEEP, SLEEP_CYCLE, WITHINGS_SLEEP

BERLIN = ZoneInfo("Europe/Berlin")


def _nights(parsed) -> dict[date, tuple[int, dict | None]]:
    return {
        r.day: (r.values["total_duration_minutes"], r.values["sleep_segments"]) for r in parsed.rows
    }


def test_withings_stage_seconds_dated_by_the_wake_up_day():
    parsed = sleep_files.parse_csv(io.BytesIO(WITHINGS_SLEEP))
    assert _nights(parsed) == {
        date(2024, 3, 2): (430, {"deep": 90, "rem": 100, "light": 240, "awake": 23}),
        date(2024, 3, 3): (420, {"deep": 80, "rem": 90, "light": 250, "awake": 30}),
    }
    first = parsed.rows[0].values
    assert first["sleep_start"].astimezone(UTC) == datetime(2024, 3, 1, 22, 12, tzinfo=UTC)
    assert {r.device for r in parsed.rows} == {"Withings"}


def test_withings_german_headers():
    german = WITHINGS_SLEEP.replace(
        b"from,to,light (s),deep (s),rem (s),awake (s)",
        b"von,bis,leicht (s),tief (s),rem (s),wach (s)",
    )
    assert _nights(sleep_files.parse_csv(io.BytesIO(german))) == _nights(
        sleep_files.parse_csv(io.BytesIO(WITHINGS_SLEEP))
    )


def test_fitbit_stages_and_classic_nights_a_nap_reported_a_repeated_log_once():
    parsed = sleep_files.parse_fitbit(io.BytesIO(FITBIT_SLEEP), zone=BERLIN)
    assert _nights(parsed) == {
        date(2024, 3, 2): (420, {"deep": 85, "rem": 95, "light": 240, "awake": 51}),
        date(2024, 3, 3): (400, {"awake": 10}),
    }
    assert parsed.rows[0].values["sleep_start"] == datetime(2024, 3, 1, 23, 10, 30, tzinfo=BERLIN)
    assert parsed.duplicates == 1
    assert [(s.line, s.reason) for s in parsed.skipped] == [(2, "second_night")]


def test_oura_numbers_a_spreadsheet_rewrote_a_nap_reported_a_rest_not_imported():
    parsed = sleep_files.parse_csv(io.BytesIO(OURA_SLEEP))
    assert _nights(parsed) == {
        date(2024, 3, 2): (429, {"deep": 90, "rem": 90, "light": 249, "awake": 30}),
        date(2024, 3, 3): (400, {"deep": 80, "rem": 100, "light": 220, "awake": 50}),
    }
    assert [(s.line, s.reason) for s in parsed.skipped] == [(3, "second_night")]
    assert parsed.not_imported == {"rest": 1}


def test_sleep_cycle_quality_in_percent_and_an_exact_duplicate_row_once():
    parsed = sleep_files.parse_csv(io.BytesIO(SLEEP_CYCLE), zone=BERLIN)
    assert _nights(parsed) == {date(2024, 3, 2): (420, None), date(2024, 3, 3): (410, None)}
    assert [r.values["quality_score"] for r in parsed.rows] == [83, 91]
    assert parsed.rows[0].values["sleep_end"] == datetime(2024, 3, 2, 6, 50, 2, tzinfo=BERLIN)
    assert parsed.duplicates == 1


def test_a_night_ending_before_it_starts_is_skipped_with_its_line():
    swapped = WITHINGS_SLEEP.replace(b"2024-03-03T07:10:00", b"2024-03-02T07:10:00")
    parsed = sleep_files.parse_csv(io.BytesIO(swapped))
    assert [r.day for r in parsed.rows] == [date(2024, 3, 2)]
    assert [(s.line, s.reason) for s in parsed.skipped] == [(3, "range")]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (WITHINGS_SLEEP, "withings_sleep"),
        (FITBIT_SLEEP, "fitbit_sleep"),
        (OURA_SLEEP, "oura_sleep"),
        (SLEEP_CYCLE, "sleep_cycle"),
    ],
)
def test_recognised_by_its_content_whatever_its_name(tmp_path, data, expected):
    with open_import(write(tmp_path / "export.csv", data)) as opened:
        assert opened.format == expected
