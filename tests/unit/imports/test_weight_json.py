"""Weight from Garmin Connect's and Fitbit's bulk-export JSON: the day's
latest in kg, recognised by its keys whatever the file is called."""

from __future__ import annotations

import io
from datetime import date
from zoneinfo import ZoneInfo

import pytest

from mitai_app.core.errors import UserError
from mitai_app.imports import weight_json
from mitai_app.imports.files import open_import
from tests.fixtures.apple_health import write
from tests.fixtures.devices import FITBIT_WEIGHT, GARMIN_WEIGHT

BERLIN = ZoneInfo("Europe/Berlin")


def test_garmin_grams_the_days_latest_with_dates_as_strings_or_arrays():
    parsed = weight_json.parse(io.BytesIO(GARMIN_WEIGHT), zone=BERLIN)
    # The entry without a calendar date: 23:30 GMT is past midnight in Berlin.
    assert {r.day: r.values["weight"] for r in parsed.rows} == {
        date(2024, 3, 1): 80.9,
        date(2024, 3, 3): 80.1,
    }
    assert {r.device for r in parsed.rows} == {"Garmin Connect"}
    assert parsed.not_imported == {"biometrics": 1}
    assert parsed.skipped == []


def test_fitbit_pounds_without_a_unit_field_a_repeated_entry_once_nonsense_skipped():
    parsed = weight_json.parse(io.BytesIO(FITBIT_WEIGHT))
    assert {r.day: r.values["weight"] for r in parsed.rows} == {
        date(2024, 3, 1): round(177.2 * 0.45359237, 2),
        date(2024, 3, 2): round(176.6 * 0.45359237, 2),
    }
    assert parsed.duplicates == 1
    assert [(s.line, s.reason) for s in parsed.skipped] == [(4, "range")]


def test_a_broken_json_file_is_refused_with_a_message():
    with pytest.raises(UserError) as refused:
        weight_json.parse(io.BytesIO(FITBIT_WEIGHT[:-30]))
    assert refused.value.code == "imports.error.json_broken"


@pytest.mark.parametrize(
    ("data", "expected"),
    [(GARMIN_WEIGHT, "garmin_weight"), (FITBIT_WEIGHT, "fitbit_weight")],
)
def test_recognised_by_its_content_whatever_its_name(tmp_path, data, expected):
    with open_import(write(tmp_path / "data.txt", data)) as opened:
        assert opened.format == expected
