"""Any other CSV through the mapping: what the head shows, the suggested
mapping, the preview, and the rows read (German: `;`, decimal comma,
dd.mm.yyyy, thousands dots, cp1252)."""

from __future__ import annotations

import io
from datetime import date

import pytest

from mitai_app.imports import mapping
from mitai_app.imports.mapping import Mapping, header_key, parse, preview, sniff

GERMAN = (
    "Tag;Zeit;Körpergewicht;Schritte;Blutdruck oben;Blutdruck unten;Puls;Notiz\r\n"
    "01.03.2024;07:12;72,5;8.123;128;82;64;gut\r\n"
    "01.03.2024;21:30;73,1;1.000;;;;abends\r\n"
    "02.03.2024;07:05;72,3;10.456;;;;\r\n"
    "02.03.2024;07:05;72,3;10.456;;;;\r\n"  # an exact duplicate: once
    "31.02.2024;07:00;72,0;;;;;kein Tag\r\n"
    "03.03.2024;07:00;7x,0;;;;;Tippfehler\r\n"
).encode("cp1252")
# What the person chooses on the mapping screen: the pressure columns too.
CHOSEN = ("date", "time", "weight_kg", "steps", "systolic", "diastolic", "pulse", "")


def chosen(suggested: Mapping) -> Mapping:
    return Mapping(**{**suggested.as_dict(), "columns": CHOSEN})


def test_the_head_shows_delimiter_decimal_date_format_and_a_suggested_mapping():
    sniffed = sniff(GERMAN)
    assert sniffed.header[:3] == ("Tag", "Zeit", "Körpergewicht")
    assert sniffed.sample[0][:3] == ("01.03.2024", "07:12", "72,5")
    suggested = sniffed.suggested
    assert (suggested.delimiter, suggested.decimal, suggested.date_format) == (";", ",", "%d.%m.%Y")
    assert suggested.columns == (
        "date",
        "time",
        "weight_kg",
        "steps",
        "",
        "",
        "pulse",
        "",
    )
    assert suggested.problem() == "imports.mapping.error.pressure"  # pulse alone
    assert chosen(suggested).problem() is None


def test_the_preview_shows_the_rows_as_they_will_be_read():
    sniffed = sniff(GERMAN)
    assert preview(sniffed.sample[:1], chosen(sniffed.suggested)) == [
        ["2024-03-01", "07:12", "72.5", "8123", "128", "82", "64"]
    ]
    as_points = Mapping(
        **{**sniffed.suggested.as_dict(), "columns": sniffed.suggested.columns, "decimal": "."}
    )
    assert preview(sniffed.sample[:1], as_points)[0][2:4] == ["725", "8.123"]


def test_a_german_csv_gives_the_days_rows_and_reports_what_it_skipped():
    sniffed = sniff(GERMAN)
    key = header_key(sniffed.header)
    parsed = parse(io.BytesIO(GERMAN), chosen(sniffed.suggested), key=key)
    by_table = {}
    for row in parsed.rows:
        by_table.setdefault(row.table, []).append((row.day, row.values))
    assert by_table["weight_log"] == [
        (date(2024, 3, 1), {"weight": 73.1}),  # the day's latest
        (date(2024, 3, 2), {"weight": 72.3}),
    ]
    assert by_table["daily_activity"] == [
        (date(2024, 3, 1), {"steps": 9123}),  # summed
        (date(2024, 3, 2), {"steps": 10456}),
    ]
    [(day, reading)] = by_table["blood_pressure_log"]
    assert (day, reading["systolic"], reading["diastolic"], reading["pulse"]) == (
        date(2024, 3, 1),
        128,
        82,
        64,
    )
    assert parsed.duplicates == 1
    assert [(s.line, s.reason) for s in parsed.skipped] == [(6, "date"), (7, "value")]
    again = parse(io.BytesIO(GERMAN), chosen(sniffed.suggested), key=key)
    assert [r.key for r in again.rows] == [r.key for r in parsed.rows]


@pytest.mark.parametrize(
    ("columns", "problem"),
    [
        (("", "time", "weight_kg"), "imports.mapping.error.date"),
        (("date", "time", ""), "imports.mapping.error.nothing"),
        (("date", "weight_kg", "weight_lb"), "imports.mapping.error.twice"),
        (("date", "systolic", ""), "imports.mapping.error.pressure"),
        (("date", "nonsense", ""), "imports.mapping.error.settings"),
    ],
)
def test_a_mapping_that_cannot_be_read_says_why(columns, problem):
    assert Mapping("utf-8-sig", ";", ",", "%d.%m.%Y", columns).problem() == problem


@pytest.mark.parametrize(
    "head",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # a PNG renamed .csv
        b"x" * mapping.HEAD_BYTES,  # one line longer than the head
        b"just one line\n",
    ],
)
def test_what_is_no_table_is_not_offered_for_mapping(head):
    assert sniff(head) is None


def test_the_same_header_gives_the_same_key_whatever_its_case_and_spaces():
    assert header_key(("Datum", "Gewicht")) == header_key(("datum", " Gewicht "))
    assert header_key(("Datum", "Gewicht")) != header_key(("Datum", "Puls"))
