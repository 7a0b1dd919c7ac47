"""Apple Health as Health Auto Export's and QS Access's CSV: the day's
latest weight, vitals' means and nutrition sums, a DST day of 23 hourly
rows read like any other; recognised by their content."""

from __future__ import annotations

import io
from datetime import date

import pytest

from mitai_app.imports import apple_csv
from mitai_app.imports.files import open_import
from tests.fixtures.apple_health import write
from tests.fixtures.devices import HEALTH_AUTO_EXPORT, QS_ACCESS


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
    }


def test_qs_access_daily_rows_in_pounds():
    assert _tables(QS_ACCESS) == {
        "weight_log": {date(2024, 3, 1): {"weight": round(177.2 * 0.45359237, 2)}},
        "vitals_baseline": {date(2024, 3, 1): {"resting_hr": 55}},
    }


@pytest.mark.parametrize(
    ("data", "expected"),
    [(HEALTH_AUTO_EXPORT, "health_auto_export"), (QS_ACCESS, "qs_access")],
)
def test_recognised_by_its_content_whatever_its_name(tmp_path, data, expected):
    with open_import(write(tmp_path / "export.csv", data)) as opened:
        assert opened.format == expected
