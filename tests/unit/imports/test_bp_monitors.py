"""Blood-pressure monitors' CSV: Omron Connect in English and German (`;`,
decimal comma), Withings' bp.csv; readings keyed by their minute in the
profile's time zone."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from mitai_app.core.errors import UserError
from mitai_app.imports import bp_monitors
from mitai_app.imports.files import open_import
from mitai_app.imports.mapping import sniff
from tests.fixtures.apple_health import write
from tests.fixtures.devices import (
    OMRON_CONNECT_2025,
    OMRON_CONNECT_DE,
    OMRON_DE,
    OMRON_EN,
    WITHINGS_BP,
)

BERLIN = ZoneInfo("Europe/Berlin")


def _read(data: bytes, zone=BERLIN):
    return bp_monitors.parse(io.BytesIO(data), zone=zone)


def test_omron_english_several_readings_a_day_duplicates_once_swapped_values_skipped():
    parsed = _read(OMRON_EN)
    readings = [
        (r.values["measured_at"], r.values["systolic"], r.values["diastolic"]) for r in parsed.rows
    ]
    assert readings == [
        (datetime(2024, 3, 1, 6, 12, tzinfo=UTC), 128, 82),
        (datetime(2024, 3, 1, 6, 15, tzinfo=UTC), 124, 80),
        (datetime(2024, 3, 2, 6, 5, tzinfo=UTC), 131, 84),
    ]
    assert [r.values["irregular_heartbeat"] for r in parsed.rows] == [False, True, False]
    assert parsed.rows[2].values["pulse"] is None
    assert parsed.duplicates == 1
    assert [(s.line, s.reason) for s in parsed.skipped] == [(5, "range")]


def test_omron_german_with_semicolons_decimal_commas_and_a_ragged_row():
    parsed = _read(OMRON_DE)
    assert [(r.day, r.values["systolic"], r.values["pulse"]) for r in parsed.rows] == [
        (date(2024, 3, 1), 128, 64),
        (date(2024, 3, 1), 135, 71),
    ]
    assert parsed.rows[1].values["irregular_heartbeat"] is True
    assert [(s.line, s.reason) for s in parsed.skipped] == [(4, "ragged")]


def test_withings_bp_csv_with_heart_rate_and_a_reading_from_1900_skipped():
    parsed = _read(WITHINGS_BP)
    assert [(r.key, r.device, r.values["pulse"]) for r in parsed.rows] == [
        ("withings:bp:2024-03-02T07:03", "Withings", 66),
        ("withings:bp:2024-03-01T07:12", "Withings", 64),
    ]
    assert parsed.rows[0].values["measured_at"] == datetime(2024, 3, 2, 6, 3, tzinfo=UTC)
    assert [s.reason for s in parsed.skipped] == ["date"]


def test_the_wall_clock_is_read_in_the_profiles_zone_across_a_dst_change():
    data = b"Date,Time,Systolic (mmHg),Diastolic (mmHg)\n2024-03-30,08:00,120,80\n2024-03-31,08:00,121,80\n"
    before, after = (r.values["measured_at"] for r in _read(data).rows)
    assert (before.hour, after.hour) == (7, 6)  # CET, then CEST
    (utc,) = _read(data[: data.index(b"2024-03-31")], zone=None).rows
    assert utc.values["measured_at"].hour == 8


def test_a_line_too_long_stops_the_file_there_without_its_day():
    huge = b'2024-03-03,08:00,120,80,,,,"' + b"x" * (1024 * 1024) + b'"\n'
    parsed = _read(OMRON_EN + b"2024-03-03,07:00 AM,119,79,60,No,No,\n" + huge)
    assert parsed.stopped is not None
    assert {r.day for r in parsed.rows} == {date(2024, 3, 1), date(2024, 3, 2)}


WITHINGS_BP_DE = (
    b'Datum,Herzfrequenz,Systolisch,Diastolisch,Kommentare\n"2024-03-02 07:03:41",66,126,81,\n'
)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (OMRON_EN, "omron_bp"),
        (OMRON_DE, "omron_bp"),
        (OMRON_CONNECT_2025, "omron_bp"),
        (OMRON_CONNECT_DE, "omron_bp"),
        (WITHINGS_BP, "withings_bp"),
        (WITHINGS_BP_DE, "withings_bp"),
        (WITHINGS_BP.replace(b",Comments", b"").replace(b",\n", b"\n"), "withings_bp"),
    ],
)
def test_recognised_by_its_content_whatever_its_name(tmp_path, data, expected):
    with open_import(write(tmp_path / "download.txt", data)) as opened:
        assert opened.format == expected


def test_withings_bp_csv_inside_its_data_export_zip(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("data_KIM_123/bp.csv", WITHINGS_BP)
        archive.writestr("data_KIM_123/height.csv", b"Date,Value (m)\n")
    with open_import(write(tmp_path / "withings.zip", buffer.getvalue())) as opened:
        assert opened.format == "withings_bp"
        assert len(bp_monitors.parse(opened.stream).rows) == 2


def test_omron_connects_current_report_with_its_own_columns():
    parsed = _read(OMRON_CONNECT_2025, zone=None)
    assert [(r.key, r.values["systolic"], r.values["pulse"]) for r in parsed.rows] == [
        ("omron:bp:2025-01-12T08:12", 114, 47),
        ("omron:bp:2025-01-10T07:49", 114, 47),
    ]


# Another app's blood-pressure log: date, time and pressures as Omron names
# them, but none of Omron's own columns.
OTHER_APP_BP = (
    b"Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Category,Arm,Context,Notes\n"
    b"2024-03-01,07:12,128,82,64,Stage 1,Left,Morning,\n"
)


def test_another_apps_blood_pressure_csv_goes_to_the_mapping_screen(tmp_path):
    with pytest.raises(UserError) as refused, open_import(write(tmp_path / "bp.csv", OTHER_APP_BP)):
        pass
    assert refused.value.code == "imports.error.unknown_format"
    suggested = sniff(OTHER_APP_BP).suggested
    assert suggested.columns[:5] == ("date", "time", "systolic", "diastolic", "pulse")
    assert suggested.problem() is None


def test_omron_connects_german_report_with_german_month_names():
    parsed = _read(OMRON_CONNECT_DE, zone=None)
    assert [(r.key, r.values["systolic"]) for r in parsed.rows] == [
        ("omron:bp:2025-10-05T07:49", 121),
        ("omron:bp:2025-09-23T08:12", 118),
        ("omron:bp:2025-05-12T07:30", 125),
        ("omron:bp:2025-03-03T19:05", 131),
    ]
    assert parsed.skipped == []


@pytest.mark.parametrize(
    ("written", "month"),
    [
        *[(word, 1) for word in ("Jan.", "Jan", "Januar")],
        *[(word, 2) for word in ("Feb.", "Februar")],
        *[(word, 3) for word in ("März", "Mär.", "Mrz.", "Maerz")],
        *[(word, 4) for word in ("Apr.", "April")],
        ("Mai", 5),
        *[(word, 6) for word in ("Juni", "Jun.")],
        *[(word, 7) for word in ("Juli", "Jul.")],
        *[(word, 8) for word in ("Aug.", "August")],
        *[(word, 9) for word in ("Sep.", "Sept.", "September")],
        *[(word, 10) for word in ("Okt.", "Oktober")],
        *[(word, 11) for word in ("Nov.", "November")],
        *[(word, 12) for word in ("Dez.", "Dezember")],
    ],
)
def test_every_german_month_form_omron_writes_is_read(written, month):
    data = (
        "Datum,Zeit,Systolisch (mmHg),Diastolisch (mmHg),Puls (bpm),Symptome\n"
        f"7 {written} 2025,08:00,120,80,60,-\n"
    ).encode()
    (reading,) = _read(data, zone=None).rows
    assert reading.day == date(2025, month, 7)


@pytest.mark.parametrize(
    "header",
    [
        b"Date,Heart Rate,Systolic,Diastolic,Glucose\n",  # a health log app's export
        b"Date,Heart rate,Systolic,Diastolic,Position,Comments\n",
        b"Datum,Herzfrequenz,Systolisch,Diastolisch,Arm\n",
    ],
)
def test_another_apps_date_heart_rate_and_pressures_are_not_taken_for_withings(tmp_path, header):
    data = header + b"2024-03-01 07:12:05,64,128,82,x,\n"
    with pytest.raises(UserError) as refused, open_import(write(tmp_path / "bp.csv", data)):
        pass
    assert refused.value.code == "imports.error.unknown_format"
