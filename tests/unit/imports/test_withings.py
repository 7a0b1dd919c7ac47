"""Withings' weight.csv: German and English headers, lb, duplicate and
ragged rows, and a line too long for a CSV field."""

from __future__ import annotations

import io
from datetime import date

from mitai_app.imports import scales
from mitai_app.imports.files import open_import
from tests.fixtures.apple_health import WITHINGS_DE, WITHINGS_EN_LB, write


def test_the_days_latest_weight_with_duplicates_once_and_ragged_rows_skipped():
    parsed = scales.parse(io.BytesIO(WITHINGS_DE))
    assert {r.day: r.values["weight"] for r in parsed.rows} == {
        date(2024, 3, 1): 79.5,
        date(2024, 3, 2): 80.1,
    }
    assert parsed.duplicates == 1
    assert [(s.line, s.reason) for s in parsed.skipped] == [(6, "ragged")]


def test_english_headers_in_pounds():
    (row,) = scales.parse(io.BytesIO(WITHINGS_EN_LB)).rows
    assert (row.day, row.values["weight"]) == (date(2024, 3, 4), 80.01)


def test_a_line_too_long_stops_the_file_there_without_its_day():
    huge = b'"2024-03-05 07:00:00",81.0,"' + b"x" * (1024 * 1024) + b'"\n'
    parsed = scales.parse(io.BytesIO(WITHINGS_EN_LB + b'"2024-03-05 06:00:00",81.5,,\n' + huge))
    assert parsed.stopped is not None
    assert [r.day for r in parsed.rows] == [date(2024, 3, 4)]


def test_recognised_by_its_content_whatever_its_name(tmp_path):
    with open_import(write(tmp_path / "download.txt", WITHINGS_DE)) as opened:
        assert opened.format == "withings_weight"
