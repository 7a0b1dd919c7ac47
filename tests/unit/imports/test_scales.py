"""Scales' CSV: Beurer HealthManager (BOM, a block before the table, `;`,
every field quoted, CRLF, DD.MM.YYYY, decimal comma), openScale and wger;
the day's latest weight in kg."""

from __future__ import annotations

import io
from datetime import date

import pytest

from mitai_app.imports import scales
from mitai_app.imports.files import open_import
from tests.fixtures.apple_health import WITHINGS_DE, write
from tests.fixtures.devices import BEURER, OPENSCALE, WGER


def _weights(data: bytes) -> dict[date, float]:
    return {r.day: r.values["weight"] for r in scales.parse(io.BytesIO(data)).rows}


def test_beurer_the_days_latest_weighing_with_a_decimal_comma():
    parsed = scales.parse(io.BytesIO(BEURER))
    assert {r.day: r.values["weight"] for r in parsed.rows} == {
        date(2024, 3, 1): 81.0,
        date(2024, 3, 2): 80.1,
    }
    assert {r.device for r in parsed.rows} == {"Beurer HealthManager"}
    assert (parsed.records, parsed.skipped, parsed.stopped) == (3, [], None)


def test_beurer_in_pounds_is_converted():
    data = BEURER.replace(b"Gewicht (kg)", b"Gewicht (lb)")
    assert _weights(data)[date(2024, 3, 2)] == round(80.1 * 0.45359237, 2)


def test_openscale_with_an_empty_measurement_skipped_with_its_line():
    parsed = scales.parse(io.BytesIO(OPENSCALE))
    assert {r.day: r.values["weight"] for r in parsed.rows} == {
        date(2024, 3, 1): 80.4,
        date(2024, 3, 3): 79.9,
    }
    assert [(s.line, s.reason) for s in parsed.skipped] == [(4, "range")]


def test_wger_weight_before_date_in_german():
    assert _weights(WGER) == {date(2024, 3, 1): 80.4, date(2024, 3, 2): 80.1}


def test_a_line_too_long_stops_the_file_there_without_its_day():
    huge = b'"80.0","' + b"x" * (1024 * 1024) + b'"\n'
    parsed = scales.parse(io.BytesIO(WGER + b"80.9,2024-03-03\n" + huge))
    assert parsed.stopped is not None
    assert sorted(r.day for r in parsed.rows) == [date(2024, 3, 1), date(2024, 3, 2)]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (BEURER, "beurer_weight"),
        (OPENSCALE, "openscale_weight"),
        (WGER, "wger_weight"),
        (WITHINGS_DE, "withings_weight"),
    ],
)
def test_recognised_by_its_content_whatever_its_name(tmp_path, data, expected):
    with open_import(write(tmp_path / "export.csv", data)) as opened:
        assert opened.format == expected
