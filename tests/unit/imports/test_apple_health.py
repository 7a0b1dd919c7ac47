"""Reading Apple Health's export.xml: the rules of issue 15 on small files
that reproduce the traps of real exports."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, time

import pytest

from mitai_app.imports import apple_health
from mitai_app.imports.apple_health import (
    HeartRateSamples,
    XmlRefused,
    epoch_seconds,
    parse,
    parse_time,
)
from tests.fixtures.apple_health import (
    FOOTER,
    HEADER,
    PHONE,
    WATCH,
    blood_pressure,
    body_measures,
    export_xml,
    heart_rate,
    heart_rate_as_exported,
    record,
    run_with_heart_rate,
    sleep,
    weight,
)


def _rows(parsed, table):
    return sorted((r for r in parsed.rows if r.table == table), key=lambda r: r.day)


@pytest.fixture(scope="module")
def parsed():
    return parse(io.BytesIO(export_xml()))


def test_weight_is_the_days_latest_in_kg_on_the_local_date_written(parsed):
    weights = {r.day: r.values["weight"] for r in _rows(parsed, "weight_log")}
    # 1 March: 21:00 beats 07:00; 2 March: 176.4 lb; 3 March 23:30 in New
    # York stays on 3 March (no conversion to one zone); 900 kg is skipped.
    assert weights == {date(2024, 3, 1): 79.5, date(2024, 3, 2): 80.01, date(2024, 3, 3): 79.0}
    assert [(s.kind, s.reason) for s in parsed.skipped] == [("BodyMass", "range")]


def test_exact_duplicates_count_once(parsed):
    assert parsed.duplicates == 1


def test_morning_vitals_are_the_days_means_with_spo2_as_percent(parsed):
    (vitals,) = _rows(parsed, "vitals_baseline")
    assert vitals.values == {
        "resting_hr": 52,
        "hrv": 62,
        "hrv_measure": "sdnn",
        "spo2": 97,
        "vo2_max": 45.25,
        "respiratory_rate": 14,
    }


def test_blood_pressure_is_read_once_per_correlation(parsed):
    (reading,) = _rows(parsed, "blood_pressure_log")
    assert (reading.values["systolic"], reading.values["diastolic"]) == (128, 82)
    assert reading.values["measured_at"].isoformat() == "2024-03-01T07:30:00+01:00"
    assert "BloodPressureSystolic" not in parsed.not_imported


def test_sleep_is_the_watchs_night_dated_by_the_wake_up_day(parsed):
    (night,) = _rows(parsed, "sleep_log")
    assert night.day == date(2024, 3, 2)
    assert night.device == "Apple Watch von Kim"
    # The Watch's own InBed, not the iPhone's longer one.
    assert night.values["sleep_start"].isoformat() == "2024-03-01T23:00:00+01:00"
    assert night.values["sleep_end"].isoformat() == "2024-03-02T06:30:00+01:00"
    segments = night.values["sleep_segments"]
    assert {s: segments[s] for s in ("deep", "rem", "light", "awake")} == {
        "deep": 60,
        "rem": 90,
        "light": 270,
        "awake": 10,
    }
    # The Watch's stage intervals with their times, for the night's hypnogram.
    assert segments["intervals"] == [
        ["light", "2024-03-01T23:10:00+01:00", "2024-03-02T01:10:00+01:00"],
        ["deep", "2024-03-02T01:10:00+01:00", "2024-03-02T02:10:00+01:00"],
        ["rem", "2024-03-02T02:10:00+01:00", "2024-03-02T03:40:00+01:00"],
        ["awake", "2024-03-02T03:40:00+01:00", "2024-03-02T03:50:00+01:00"],
        ["light", "2024-03-02T03:50:00+01:00", "2024-03-02T06:20:00+01:00"],
    ]
    assert night.values["total_duration_minutes"] == 420


def test_an_iphone_only_night_with_old_asleep_records():
    content = sleep("InBed", "2020-01-01 23:00:00 +0100", "2020-01-02 07:00:00 +0100", PHONE)
    content += sleep("Asleep", "2020-01-01 23:30:00 +0100", "2020-01-02 06:30:00 +0100", PHONE)
    (night,) = parse(io.BytesIO(export_xml(content))).rows
    assert night.day == date(2020, 1, 2)
    assert night.values["total_duration_minutes"] == 420
    assert night.values["sleep_segments"] is None


def test_workouts_from_statistics_and_from_older_attributes(parsed):
    old, new = _rows(parsed, "activity_log")
    assert new.values == {
        "date": date(2024, 3, 2),
        "start_time": time(17, 0),
        "duration_minutes": 32,
        "kcal": 310,
        "distance_km": 5.2,
        "avg_hr": 151,
        "max_hr": 172,
        "description": "Running",
    }
    # 1500 m swum, 1255 kJ.
    assert (old.values["distance_km"], old.values["kcal"]) == (1.5, 300)
    assert old.values["description"] == "Swimming"


def test_unknown_types_are_counted_as_not_imported(parsed):
    # The heart-rate sample is outside the workouts' times.
    assert parsed.not_imported == {"HeartRate": 1, "ActivitySummary": 1}


def test_the_same_file_gives_the_same_keys():
    first = {r.key for r in parse(io.BytesIO(export_xml())).rows}
    assert first == {r.key for r in parse(io.BytesIO(export_xml())).rows}
    assert len(first) == 9


def test_a_malformed_file_keeps_what_came_before_and_says_where_it_broke():
    good = weight(80, "2024-03-01 07:00:00 +0100") + weight(81, "2024-03-02 07:00:00 +0100")
    # The file breaks in the middle of 3 March's records: 3 March is left out whole.
    broken = good + weight(82, "2024-03-03 07:00:00 +0100") + ' <Record type="HKQuantity'
    data = (HEADER + broken).encode()
    parsed = parse(io.BytesIO(data))
    assert parsed.stopped is not None
    assert parsed.stopped.line == data.decode().count("\n") + 1
    assert [r.day for r in parsed.rows] == [date(2024, 3, 1), date(2024, 3, 2)]


def test_a_broken_correlation_or_workout_is_not_half_imported():
    content = blood_pressure(120, 80, "2024-03-01 07:00:00 +0100")
    content += ' <Correlation type="HKCorrelationTypeIdentifierBloodPressure" startDate="x">'
    content += ' <Record type="HKQuantityTypeIdentifierBloodPressureSystolic" value="130"/> <oops'
    parsed = parse(io.BytesIO((HEADER + content).encode()))
    assert parsed.stopped is not None
    assert len(parsed.rows) == 1


def test_an_entity_bomb_is_refused():
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE HealthData [\n'
        '<!ENTITY a "aaaaaaaaaaaaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n<HealthData>&c;</HealthData>\n'
    )
    with pytest.raises(XmlRefused):
        parse(io.BytesIO(bomb.encode()))


def test_an_external_entity_pointing_at_a_local_file_is_refused():
    xxe = (
        '<?xml version="1.0"?>\n<!DOCTYPE HealthData [\n'
        '<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n'
        f'<HealthData><Record type="HKQuantityTypeIdentifierBodyMass" {WATCH} '
        'startDate="2024-01-01 07:00:00 +0100" value="&secret;"/></HealthData>\n'
    )
    with pytest.raises(XmlRefused):
        parse(io.BytesIO(xxe.encode()))


def test_cancelling_stops_the_walk():
    parsed = parse(io.BytesIO(export_xml()), progress=lambda _bytes, _records: False)
    assert parsed.cancelled
    assert parsed.rows == []


def test_nutrition_is_the_days_sums_with_water_in_litres_and_duplicates_once():
    hk = "HKQuantityTypeIdentifierDietary"
    meal = (
        record(hk + "EnergyConsumed", 650, "2024-03-01 12:30:00 +0100", unit="kcal", source=PHONE)
        + record(hk + "EnergyConsumed", 2092, "2024-03-01 19:00:00 +0100", unit="kJ", source=PHONE)
        + record(hk + "Protein", 40.5, "2024-03-01 12:30:00 +0100", unit="g", source=PHONE)
        + record(hk + "Protein", 30, "2024-03-01 19:00:00 +0100", unit="g", source=PHONE)
        + record(hk + "Carbohydrates", 80, "2024-03-01 12:30:00 +0100", unit="g", source=PHONE)
        + record(hk + "FatTotal", 20, "2024-03-01 12:30:00 +0100", unit="g", source=PHONE)
        + record(hk + "Fiber", 9, "2024-03-01 12:30:00 +0100", unit="g", source=PHONE)
        + record(hk + "Water", 500, "2024-03-01 09:00:00 +0100", unit="mL", source=PHONE)
        + record(hk + "Water", 750, "2024-03-01 15:00:00 +0100", unit="mL", source=PHONE)
    )
    twice = meal + record(hk + "Water", 750, "2024-03-01 15:00:00 +0100", unit="mL", source=PHONE)
    parsed = parse(io.BytesIO(export_xml(twice)))
    (day,) = _rows(parsed, "nutrition_log")
    assert (day.day, day.values) == (
        date(2024, 3, 1),
        {
            "kcal": 1150,
            "protein_g": 70.5,
            "carbs_g": 80.0,
            "fat_g": 20.0,
            "fiber_g": 9.0,
            "water_l": 1.25,
        },
    )
    assert parsed.duplicates == 1


def test_steps_are_the_days_sum_of_every_source_in_the_daily_activity_summary():
    parsed = parse(io.BytesIO(export_xml()))
    daily = [r for r in parsed.rows if r.table == "daily_activity"]
    assert [(r.day, r.values) for r in daily] == [(date(2024, 3, 1), {"steps": 1000})]


def test_body_fat_lean_mass_and_waist_are_the_days_latest_in_the_device_series():
    parsed = parse(io.BytesIO(export_xml(body_measures())))
    measured = {r.day: r.values for r in _rows(parsed, "body_device_log")}
    # 1 March: 21:00's 22.5 % beats 07:00's; body fat stored in percent.
    # 2 March: 136 lb; 3 March: 34 in, on the date New York wrote.
    assert measured == {
        date(2024, 3, 1): {"body_fat_pct": 22.5, "lean_mass_kg": 61.6, "waist_cm": 86.5},
        date(2024, 3, 2): {"lean_mass_kg": 61.69},
        date(2024, 3, 3): {"waist_cm": 86.36},
    }
    # Kept apart from the weight of the same day; the newest height in cm.
    assert [r.values for r in _rows(parsed, "weight_log")] == [{"weight": 80.0}]
    assert [(r.day, r.values) for r in _rows(parsed, "profiles")] == [
        (date(2023, 1, 1), {"height_cm": 178.0})
    ]
    assert parsed.duplicates == 1
    # 90 % body fat and a unit no export writes are reported, not stored.
    assert sorted((s.kind, s.reason) for s in parsed.skipped) == [
        ("BodyFatPercentage", "range"),
        ("WaistCircumference", "unit"),
    ]
    assert not {"BodyFatPercentage", "LeanBodyMass", "WaistCircumference", "Height"} & set(
        parsed.not_imported
    )


def test_body_measures_of_the_day_being_read_when_the_file_broke_are_left_out():
    records = body_measures().split(" <Record")  # [""] + one a record
    broken = " <Record".join(records[:7]) + ' <Record type="HKQuantity'
    parsed = parse(io.BytesIO((HEADER + broken).encode()))
    assert parsed.stopped is not None
    # The file broke on 2 March's lean mass: 1 March is whole, 2 March not there.
    assert [r.day for r in _rows(parsed, "body_device_log")] == [date(2024, 3, 1)]


def test_heart_rate_samples_inside_a_workout_give_its_seconds_at_each_rate():
    parsed = parse(io.BytesIO(export_xml(run_with_heart_rate())))
    run, yoga = _rows(parsed, "activity_log")
    # 120 bpm for 10 s, 130 for 30 s (to the strap's sample), 150 for 20 s;
    # the 5 minutes without a sample after it count nothing.
    assert run.values["hr_seconds"] == {"120": 10, "130": 30, "150": 20}
    assert "hr_seconds" not in yoga.values  # no samples in its time
    # The samples before, after and on another day are not imported; the
    # duplicate counts once.
    assert parsed.not_imported["HeartRate"] == 3
    assert parsed.duplicates == 1


def test_heart_rate_samples_in_any_order_and_past_the_buffer(monkeypatch):
    """Spilled to a temporary file past the buffer, read back in order."""
    monkeypatch.setattr(HeartRateSamples, "BUFFER", 4)
    samples = [
        heart_rate(100 + n % 3, f"2024-03-02 17:{n // 6:02d}:{n % 6 * 10:02d} +0100")
        for n in range(60)
    ]
    workout = (
        ' <Workout workoutActivityType="HKWorkoutActivityTypeCycling" duration="10" '
        f'durationUnit="min" {WATCH} startDate="2024-03-02 17:00:00 +0100" '
        'endDate="2024-03-02 17:10:00 +0100"/>\n'
    )
    parsed = parse(io.BytesIO(export_xml("".join(reversed(samples)) + workout)))
    (ride,) = _rows(parsed, "activity_log")
    # 59 gaps of 10 s, each at the rate of the sample that starts it.
    assert ride.values["hr_seconds"] == {"100": 200, "101": 200, "102": 190}
    assert "HeartRate" not in parsed.not_imported


@pytest.mark.parametrize(
    "written",
    ["2024-03-10 07:12:45 +0100", "2024-03-31 03:00:00 +0200", "2024-03-03 23:30:59 -0500"],
)
def test_a_samples_moment_is_the_instant_its_own_offset_says(written):
    assert epoch_seconds(written) == parse_time(written).timestamp()


def test_a_heart_rate_sample_inside_two_overlapping_workouts_counts_for_the_later_started_one():
    """A walk left running while a run was recorded by another app: the
    run's samples are the run's alone; the walk keeps those before and after."""
    # Every 10 s from 17:00:00 to 17:30:00; 150 bpm from 17:10:00 to 17:20:00.
    samples = [
        heart_rate(
            150 if 10 <= n // 6 < 20 or n == 120 else 100,
            f"2024-03-02 17:{n // 6:02d}:{n % 6 * 10:02d} +0100",
        )
        for n in range(181)
    ]
    walk = (
        ' <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="30" '
        f'durationUnit="min" {WATCH} startDate="2024-03-02 17:00:00 +0100" '
        'endDate="2024-03-02 17:30:00 +0100"/>\n'
    )
    run = (
        ' <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="10" '
        'durationUnit="min" sourceName="Strava" startDate="2024-03-02 17:10:00 +0100" '
        'endDate="2024-03-02 17:20:00 +0100"/>\n'
    )
    parsed = parse(io.BytesIO(export_xml("".join(samples) + walk + run)))
    walked, ran = _rows(parsed, "activity_log")  # the file's order: both on 2 March
    assert (walked.values["description"], ran.values["description"]) == ("Walking", "Running")
    # 17:10:00 to 17:20:00 at 150: the run's 60 gaps of 10 s.
    assert ran.values["hr_seconds"] == {"150": 600}
    # 17:00:00–17:09:50 and 17:20:10–17:30:00 at 100; the 20 minutes between
    # are no samples of the walk's (a pause, counted nothing).
    assert walked.values["hr_seconds"] == {"100": 1180}
    assert "HeartRate" not in parsed.not_imported


def test_a_skipped_record_is_reported_with_its_line_in_the_file(monkeypatch):
    # Lines are counted from the file's start, Apple's DTD included, and
    # across the parser's chunks.
    monkeypatch.setattr(apple_health, "CHUNK", 64)
    content = weight(80, "2024-03-01 07:00:00 +0100") + (
        ' <Record type="HKQuantityTypeIdentifierBodyMass"\n   unit="kg" value="heavy"'
        ' startDate="2024-03-02 07:00:00 +0100"/>\n'
    )
    content += weight(81, "2024-03-03 07:00:00 +0100", unit="oz")
    text = export_xml(content).decode()
    parsed = parse(io.BytesIO(text.encode()))
    lines = text.splitlines()
    heavy = next(n for n, line in enumerate(lines, 1) if 'value="heavy"' in line)
    ounces = next(n for n, line in enumerate(lines, 1) if 'unit="oz"' in line)
    assert [(s.line, s.reason) for s in parsed.skipped] == [(heavy, "value"), (ounces, "unit")]


def test_an_entity_bomb_in_utf16_or_cut_by_a_chunk_is_refused(monkeypatch):
    declared = (
        '<!DOCTYPE HealthData [\n<!ENTITY a "aaaaaaaaaa">\n]>\n<HealthData>&a;</HealthData>\n'
    )
    with pytest.raises(XmlRefused):
        parse(io.BytesIO(('<?xml version="1.0" encoding="UTF-16"?>\n' + declared).encode("utf-16")))
    monkeypatch.setattr(apple_health, "CHUNK", 8)  # `<!ENTITY` across two chunks
    with pytest.raises(XmlRefused):
        parse(io.BytesIO(("<?xml version='1.0'?>\n" + declared).encode()))


def test_a_dtd_outside_the_file_is_not_read(tmp_path):
    # Were it read, its entity would give the record a weight of 80 kg.
    dtd = tmp_path / "health.dtd"
    dtd.write_text('<!ENTITY w "80">\n')
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE HealthData SYSTEM "{dtd.as_uri()}">\n<HealthData>\n'
        + weight(0, "2024-03-01 07:00:00 +0100").replace('value="0"', 'value="&w;"')
        + FOOTER
    )
    parsed = parse(io.BytesIO(data.encode()))
    assert parsed.rows == []
    assert [(s.line, s.reason) for s in parsed.skipped] == [(4, "value")]


def _as_exported(content: str) -> str:
    """Each heart-rate sample as real exports write most of them."""
    return "".join(
        heart_rate_as_exported(
            *re.search(r'startDate="([^"]+)".*value="(\d+)"', line).groups()[::-1]
        )
        if 'HeartRate"' in line
        else line
        for line in content.splitlines(keepends=True)
    )


def _other_order(content: str) -> str:
    """The samples' value first: a form the line reader leaves to the parser."""
    out = []
    for line in content.splitlines(keepends=True):
        if 'HeartRate"' in line:
            head, value = line.rsplit(' value="', 1)
            line = head.replace("<Record ", f'<Record value="{value.split(chr(34))[0]}" ') + "/>\n"
        out.append(line)
    return "".join(out)


@pytest.mark.parametrize(
    "form",
    [
        lambda c: c,
        _as_exported,
        _other_order,
        lambda c: c.replace("\n", "\r\n"),
        lambda c: _as_exported(c).replace("\n", "\r\n"),
    ],
    ids=["one_line", "as_exported", "other_order", "crlf", "as_exported_crlf"],
)
def test_heart_rate_samples_read_the_same_in_every_form_an_export_writes(form):
    """Most samples are read from their lines, past the parser's target
    (HeartRateLines); those in any other form go through the parser: the
    result is the same."""
    xml = HEADER + form(run_with_heart_rate()) + FOOTER
    parsed = parse(io.BytesIO(xml.encode()))
    (run, _) = _rows(parsed, "activity_log")
    assert run.values["hr_seconds"] == {"120": 10, "130": 30, "150": 20}
    assert parsed.not_imported["HeartRate"] == 3
    assert parsed.duplicates == 1
    assert parsed.records == 11
    assert parsed.stopped is None


def _samples(count: int) -> str:
    return "".join(
        heart_rate(60 + n % 40, f"2024-03-02 {n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d} +0100")
        for n in range(count)
    )


@pytest.mark.parametrize(
    ("broken", "reason"),
    [
        (heart_rate(70, "2024-03-02 18:00:00 +0100", 'sourceName="Kim & Co"'), "EntityRef"),
        (heart_rate(70, "2024-03-02 18:00:00 +0100").replace('value="70"', 'value="<70"'), "<"),
        (heart_rate(70, "2024-03-02 18:00:00 +0100", 'sourceName="Kim'), "end of start tag"),
        (heart_rate(70, "2024-03-02 18:00:00 +0100", 'sourceName="Kim\udcff"'), "encoding"),
    ],
    ids=["stray_ampersand", "less_than_in_a_value", "quote_left_open", "not_utf8"],
)
def test_a_heart_rate_line_that_is_not_well_formed_stops_the_import_at_its_line(
    broken, reason, monkeypatch
):
    """The lines read past the parser are checked as strictly as the
    parser would: the fault is reported at its own line, whatever the chunks."""
    monkeypatch.setattr(apple_health, "CHUNK", 4096)
    before = _samples(300)
    xml = (HEADER + before).encode() + broken.encode("utf-8", "surrogateescape")
    xml += (_samples(300) + FOOTER).encode()
    parsed = parse(io.BytesIO(xml))
    line = (HEADER + before).count("\n") + 1
    assert parsed.stopped is not None
    assert parsed.stopped.line == line
    assert reason.lower() in parsed.stopped.reason.lower()
    assert parsed.records == 300
    assert parsed.rows == []


def test_line_numbers_stay_the_files_past_a_very_long_line_and_many_samples(monkeypatch):
    monkeypatch.setattr(apple_health, "CHUNK", 1000)
    monkeypatch.setattr(apple_health, "LONG_LINE", 300)
    long_line = f" <!-- {'x' * 5000} -->\n"
    content = _samples(200) + long_line + _samples(200)
    content += weight(80, "2024-03-03 07:00:00 +0100", unit="oz")
    text = export_xml(content).decode()
    parsed = parse(io.BytesIO(text.encode()))
    ounces = next(n for n, line in enumerate(text.splitlines(), 1) if 'unit="oz"' in line)
    assert [(s.line, s.reason) for s in parsed.skipped] == [(ounces, "unit")]
    assert parsed.not_imported["HeartRate"] == 400  # no workout: none imported, all counted


def test_a_heart_rate_record_inside_a_correlation_is_not_taken_for_a_sample():
    """Only samples at the top level are read from their lines: a record
    inside a correlation is its part (here of a food, not imported)."""
    food = (
        ' <Correlation type="HKCorrelationTypeIdentifierFood" sourceName="App" '
        'startDate="2024-03-02 12:00:00 +0100" endDate="2024-03-02 12:00:00 +0100">\n'
        + heart_rate(70, "2024-03-02 12:00:00 +0100")
        + " </Correlation>\n"
    )
    parsed = parse(io.BytesIO(export_xml(food + heart_rate(71, "2024-03-02 12:01:00 +0100"))))
    assert parsed.records == 2  # the correlation and the sample after it
    assert parsed.not_imported["Food"] == 1
    assert parsed.not_imported["HeartRate"] == 1


@pytest.mark.parametrize(
    ("written", "utc"),
    [
        ("2024-03-10 07:12:45 +0100", "2024-03-10T06:12:45+00:00"),
        ("2024-03-10 07:12:45 -0530", "2024-03-10T12:42:45+00:00"),
        ("2024-03-10 07:12:45 +01:00", "2024-03-10T06:12:45+00:00"),
        ("2024-03-10 07:12:45 Z", "2024-03-10T07:12:45+00:00"),
    ],
)
def test_a_time_is_read_as_its_instant_whichever_way_its_offset_is_written(written, utc):
    assert parse_time(written).astimezone(UTC).isoformat() == utc


@pytest.mark.parametrize("written", ["2024-03-10 07:12:45", "2024-03-10 07:12:45 .1234", ""])
def test_a_time_without_an_offset_is_refused(written):
    with pytest.raises(ValueError):
        parse_time(written)
