"""Monitors', scales' and watches' files on SQLite and PostgreSQL: each
imports its rows, importing the same file again adds nothing, and a
reading lands at its minute in the profile's zone beside a manual one."""

from __future__ import annotations

from datetime import UTC, date, time

import pytest
import sqlalchemy as sa

from mitai_app.core.logs import LogInput
from mitai_app.imports import service, writer
from mitai_app.nutrition import service as nutrition
from mitai_app.recovery.consts import BP_CONTEXTS
from mitai_app.recovery.service import add_blood_pressure
from mitai_app.training import service as training_service
from mitai_app.training.daily_activity import day_summaries
from mitai_app.training.overview import training_overview
from tests.db.imports.test_imports import HOUSEHOLD, _import, _rows
from tests.factories import new_profile
from tests.fixtures import devices
from tests.fixtures.apple_health import write

FILES = {
    "omron_en": (devices.OMRON_EN, "blood_pressure_log", 3),
    "omron_de": (devices.OMRON_DE, "blood_pressure_log", 2),
    "withings_bp": (devices.WITHINGS_BP, "blood_pressure_log", 2),
    "beurer": (devices.BEURER, "weight_log", 2),
    "openscale": (devices.OPENSCALE, "weight_log", 2),
    "wger": (devices.WGER, "weight_log", 2),
    "garmin_weight": (devices.GARMIN_WEIGHT, "weight_log", 2),
    "fitbit_weight": (devices.FITBIT_WEIGHT, "weight_log", 2),
    "withings_sleep": (devices.WITHINGS_SLEEP, "sleep_log", 2),
    "fitbit_sleep": (devices.FITBIT_SLEEP, "sleep_log", 2),
    "oura_sleep": (devices.OURA_SLEEP, "sleep_log", 2),
    "sleep_cycle": (devices.SLEEP_CYCLE, "sleep_log", 2),
    "myfitnesspal": (devices.MYFITNESSPAL, "nutrition_log", 2),
    "cronometer_daily": (devices.CRONOMETER_DAILY, "nutrition_log", 2),
    "cronometer_servings": (devices.CRONOMETER_SERVINGS, "nutrition_log", 1),
    "sparkyfitness": (devices.SPARKYFITNESS, "nutrition_log", 1),
    "strava_activities": (devices.STRAVA_ACTIVITIES, "activity_log", 2),
    "garmin_activities": (devices.GARMIN_ACTIVITIES, "activity_log", 2),
    "fit": (devices.fit_file(devices.FIT_RUN), "activity_log", 1),
    "gpx": (devices.GPX, "activity_log", 1),
    "tcx": (devices.TCX, "activity_log", 2),
}


@pytest.mark.parametrize("name", FILES)
def test_the_same_file_twice_adds_nothing_the_second_time(session, tmp_path, name):
    data, table, count = FILES[name]
    owner = new_profile(session, **HOUSEHOLD)
    first = _import(session, owner, write(tmp_path / "first", data))
    assert {t.table: t.added for t in first.tables} == {table: count}
    held = _rows(session, owner)
    second = _import(session, owner, write(tmp_path / "again", data))
    assert (second.added, second.updated, second.skipped) == (0, 0, count)
    assert _rows(session, owner) == held


def test_readings_land_at_their_minute_in_the_profiles_zone_and_a_manual_one_is_kept(
    session, tmp_path
):
    owner = new_profile(session, timezone="Europe/Berlin", **HOUSEHOLD)
    add_blood_pressure(
        session=session,
        profile_id=owner,
        day=date(2024, 3, 1),
        at=time(7, 12),
        systolic=140,
        diastolic=90,
        context=BP_CONTEXTS[0],
    )
    done = _import(session, owner, write(tmp_path / "omron.csv", devices.OMRON_EN))
    assert (done.added, done.skipped, done.conflicts) == (2, 1, 1)
    t = writer.table("blood_pressure_log")
    held = session.execute(
        sa.select(t.c.measured_at, t.c.systolic, t.c.source)
        .where(t.c.profile_id == owner)
        .order_by(t.c.measured_at)
    ).all()
    assert [(m.astimezone(UTC).strftime("%d %H:%M"), s, src) for m, s, src in held] == [
        ("01 06:12", 140, "manual"),
        ("01 06:15", 124, "omron"),
        ("02 06:05", 131, "omron"),
    ]


def test_a_day_of_food_totals_typed_by_hand_is_kept_and_the_day_overview_shows_the_import(
    session, tmp_path
):
    owner = new_profile(session, **HOUSEHOLD)
    typed = LogInput(day=date(2024, 3, 1), values={"kcal": [2100.0]})
    nutrition.add_totals(session=session, profile_id=owner, entry=typed, today=date(2024, 3, 5))
    done = _import(session, owner, write(tmp_path / "diary.csv", devices.MYFITNESSPAL))
    assert (done.added, done.skipped, done.conflicts) == (1, 1, 1)
    kept = nutrition.day_overview(session=session, profile_id=owner, day=date(2024, 3, 1))
    assert (kept.source, kept.totals["kcal"]) == ("manual", 2100)
    imported = nutrition.day_overview(session=session, profile_id=owner, day=date(2024, 3, 2))
    assert (imported.source, imported.totals["kcal"], imported.totals["protein_g"]) == (
        "imported",
        400,
        20,
    )


def test_apple_health_as_csv_fills_three_tables_and_adds_nothing_the_second_time(session, tmp_path):
    owner = new_profile(session, **HOUSEHOLD)
    first = _import(session, owner, write(tmp_path / "first", devices.HEALTH_AUTO_EXPORT))
    assert {t.table: t.added for t in first.tables} == {
        "weight_log": 2,
        "vitals_baseline": 1,
        "nutrition_log": 1,
        "daily_activity": 2,
    }
    second = _import(session, owner, write(tmp_path / "again", devices.HEALTH_AUTO_EXPORT))
    assert (second.added, second.updated, second.skipped) == (0, 0, 6)


def test_apple_health_as_german_csv_imports_its_days_and_the_summary_shows_them(session, tmp_path):
    owner = new_profile(session, **HOUSEHOLD)
    done = _import(session, owner, write(tmp_path / "Export.csv", devices.HEALTH_AUTO_EXPORT_DE))
    assert {t.table: t.added for t in done.tables} == {
        "weight_log": 2,
        "vitals_baseline": 2,
        "nutrition_log": 1,
        "daily_activity": 2,
    }
    days = day_summaries(
        session=session, profile_id=owner, since=date(2024, 10, 27), until=date(2024, 10, 27)
    )
    assert [(d.values["steps"], d.values["resting_kcal"]) for d in days] == [(2500, 1760)]
    t = writer.table("weight_log")
    weights = session.execute(
        sa.select(t.c.date, t.c.weight).where(t.c.profile_id == owner).order_by(t.c.date)
    ).all()
    assert [(d, float(w)) for d, w in weights] == [
        (date(2024, 3, 31), 64.8),
        (date(2024, 10, 27), 65.0),
    ]


def test_a_recordings_heart_rate_samples_give_the_training_pages_time_in_zones(session, tmp_path):
    """Zones by 180 (the highest logged) and 60 (the profile's resting heart
    rate): 120–132–144–156–168–180. Ten minutes at 125 bpm and five at 150
    in the file; its average (133) alone would put all fifteen in zone 2."""
    owner = new_profile(session, resting_hr=60, **HOUSEHOLD)
    today = date(2024, 3, 4)
    rates = [125] * 120 + [150] * 61  # a sample every 5 s; the last holds nothing
    _import(session, owner, write(tmp_path / "run.gpx", devices.dense_gpx("2024-03-01", rates)))
    manual = LogInput(
        date(2024, 3, 2),
        {"duration": [30.0], "avg_hr": [160.0], "max_hr": [180.0]},
        {"training_type": "running", "session_mood": "none"},
    )
    training_service.add_activity(session=session, profile_id=owner, entry=manual, today=today)

    zones = training_overview(session=session, profile_id=owner, today=today).zones
    assert (zones.resting_hr, zones.resting_source) == (60, "profile")
    assert zones.minutes == pytest.approx([10, 0, 5, 30, 0])  # the typed session by its average
    assert zones.sessions == {"samples": 1, "average": 1}


# A scale whose clock was never set (1970), and one set years ahead.
OPENSCALE_WRONG_CLOCKS = (
    b'"dateTime","fat","weight"\n'
    b'"1970-01-01 00:03","21.3","80.4"\n'
    b'"2024-03-01 07:02","21.3","80.2"\n'
    b'"2098-03-03 06:58","21.0","79.9"\n'
)


def test_rows_dated_outside_the_users_lifetime_are_reported_not_written(session, tmp_path):
    owner = new_profile(session, date_of_birth=date(1990, 6, 1), **HOUSEHOLD)
    job = _import(session, owner, write(tmp_path / "scale.csv", OPENSCALE_WRONG_CLOCKS))
    weights = {t.table: (t.added, t.skipped) for t in job.tables}["weight_log"]
    assert weights == (1, 2)
    assert len(_rows(session, owner)["weight_log"]) == 1
    report = service.report_csv(session=session, profile_id=owner, job_id=job.id, lang="en")
    assert "weight_log,Date before your date of birth,1970-01-01" in report
    assert "weight_log,Date in the future,2098-03-03" in report
    # Without a birth date, 1970 is a day like any since 1900.
    unknown = new_profile(session, **HOUSEHOLD)
    job = _import(session, unknown, write(tmp_path / "again.csv", OPENSCALE_WRONG_CLOCKS))
    assert {t.table: (t.added, t.skipped) for t in job.tables}["weight_log"] == (2, 1)
