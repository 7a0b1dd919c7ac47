"""Food diaries' exports: one row of day totals, the day's meals or foods
summed, each format's trap contained; recognised by their content."""

from __future__ import annotations

import io
from datetime import date

import pytest

from mitai_app.imports import nutrition_files
from mitai_app.imports.files import open_import
from tests.fixtures.apple_health import write
from tests.fixtures.devices import (
    CRONOMETER_DAILY,
    CRONOMETER_SERVINGS,
    MYFITNESSPAL,
    SPARKYFITNESS,
)


def _days(data: bytes) -> dict[date, dict]:
    return {r.day: r.values for r in nutrition_files.parse(io.BytesIO(data)).rows}


def test_myfitnesspal_meals_summed_a_day_no_calendar_has_skipped_with_its_line():
    parsed = nutrition_files.parse(io.BytesIO(MYFITNESSPAL))
    assert {r.day: r.values for r in parsed.rows} == {
        date(2024, 3, 1): {
            "kcal": 1820,
            "fat_g": 63.2,
            "carbs_g": 185.5,
            "fiber_g": 24.0,
            "protein_g": 117.5,
        },
        date(2024, 3, 2): {
            "kcal": 400,
            "fat_g": 12.0,
            "carbs_g": 50.0,
            "fiber_g": 5.0,
            "protein_g": 20.0,
        },
    }
    assert [(s.line, s.reason) for s in parsed.skipped] == [(6, "date")]
    assert {r.device for r in parsed.rows} == {"MyFitnessPal"}


def test_cronometer_daily_summary_reads_its_columns_not_the_micrograms_and_water_in_litres():
    days = _days(CRONOMETER_DAILY)
    assert days == {
        date(2024, 3, 1): {
            "kcal": 2135,
            "water_l": 2.45,
            "carbs_g": 230.1,
            "fiber_g": 31.2,
            "fat_g": 80.4,
            "protein_g": 142.7,
        },
        date(2024, 3, 2): {
            "kcal": 1980,
            "water_l": 1.8,
            "carbs_g": 200.0,
            "fiber_g": 28.0,
            "fat_g": 75.0,
            "protein_g": 130.0,
        },
    }


def test_cronometer_in_kilojoules_is_converted():
    in_kj = CRONOMETER_DAILY.replace(b"Energy (kcal)", b"Energy (kJ)").replace(b",1980,", b",8284,")
    assert _days(in_kj)[date(2024, 3, 2)]["kcal"] == 1980


def test_cronometer_servings_summed_per_day():
    assert _days(CRONOMETER_SERVINGS) == {
        date(2024, 3, 1): {
            "kcal": 723,
            "carbs_g": 122.1,
            "fiber_g": 9.3,
            "fat_g": 14.5,
            "protein_g": 24.4,
            "water_l": 0.37,
        }
    }


def test_sparkyfitness_the_total_row_is_not_counted_again():
    assert _days(SPARKYFITNESS) == {
        date(2024, 3, 1): {
            "kcal": 563,
            "protein_g": 15.9,
            "carbs_g": 110.1,
            "fat_g": 6.0,
            "fiber_g": 9.3,
        }
    }


def test_a_day_beyond_any_appetite_is_skipped_whole():
    parsed = nutrition_files.parse(io.BytesIO(MYFITNESSPAL.replace(b",450,", b",45000,")))
    assert [r.day for r in parsed.rows] == [date(2024, 3, 2)]
    assert [(s.line, s.reason, s.value[:10]) for s in parsed.skipped] == [
        (6, "date", "13/2/2024"),
        (0, "range", "2024-03-01"),
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (MYFITNESSPAL, "myfitnesspal"),
        (CRONOMETER_DAILY, "cronometer_daily"),
        (CRONOMETER_SERVINGS, "cronometer_servings"),
        (SPARKYFITNESS, "sparkyfitness"),
    ],
)
def test_recognised_by_its_content_whatever_its_name(tmp_path, data, expected):
    with open_import(write(tmp_path / "diary.txt", data)) as opened:
        assert opened.format == expected
