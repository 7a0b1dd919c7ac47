"""The blood-pressure log on SQLite and PostgreSQL: several readings a day
keyed by the minute in the user's time zone, what is refused (at its field,
nothing written), the category each reading carries, the home average, and
another profile's readings staying apart. What every log does (edit,
delete, undo, ids, charging) is in tests/db/core/test_log_contract.py."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlmodel import select

from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.recovery.logs import BLOOD_PRESSURE
from mitai_app.recovery.models import BloodPressureReading
from mitai_app.recovery.service import (
    add_blood_pressure,
    blood_pressure_overview,
    bp_guideline,
    latest_blood_pressure,
    set_bp_guideline,
)
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def _add(session, owner, day=TODAY, at=time(7, 30), sys=128, dia=82, **kwargs):
    kwargs.setdefault("context", "morning")
    return add_blood_pressure(
        session=session,
        profile_id=owner,
        day=day,
        at=at,
        systolic=sys,
        diastolic=dia,
        today=TODAY,
        **kwargs,
    )


def _refused(call, *args, **kwargs) -> tuple[str, str]:
    with pytest.raises(UserError) as raised:
        call(*args, **kwargs)
    return raised.value.field, raised.value.code


def test_several_readings_a_day_at_local_times_with_their_category(session):
    owner = new_profile(session, timezone="Europe/Berlin")
    _add(session, owner, at=time(7, 30), sys=118, dia=76, pulse=61)
    _add(session, owner, at=time(21, 5), sys=145, dia=85, context="evening", afib=True)
    _add(session, owner, at=time(12, 0), sys=132, dia=86, context="after_meal", irregular=True)
    rows = blood_pressure_overview(session=session, profile_id=owner).readings
    assert [(r.details["time"], r.details["category"]) for r in rows] == [
        ("21:05", "isolated_systolic"),
        ("12:00", "high_normal"),
        ("07:30", "optimal"),
    ]
    assert all(r.date == TODAY for r in rows)
    assert rows[0].details["afib"] == "yes" and rows[1].details["irregular"] == "yes"
    assert rows[2].values == {"systolic": 118, "diastolic": 76, "pulse": 61}
    # Stored as the UTC moment: 07:30 in Berlin (summer time from 29 March) is 05:30 UTC.
    stored = session.exec(
        select(BloodPressureReading.measured_at).where(BloodPressureReading.profile_id == owner)
    ).all()
    assert datetime(2026, 3, 29, 5, 30, tzinfo=UTC) in stored
    assert latest_blood_pressure(session=session, profile_id=owner).details["time"] == "21:05"


def test_bad_readings_are_refused_at_their_field_and_nothing_is_written(session):
    owner = new_profile(session)
    cases = [
        ({"sys": 80, "dia": 80}, ("systolic", "recovery.error.bp_order")),
        ({"sys": 39, "dia": 30}, ("systolic", "recovery.error.systolic_range")),
        ({"sys": 301, "dia": 90}, ("systolic", "recovery.error.systolic_range")),
        ({"sys": 120, "dia": 19}, ("diastolic", "recovery.error.diastolic_range")),
        ({"pulse": 24}, ("pulse", "recovery.error.pulse_range")),
        ({"pulse": 251}, ("pulse", "recovery.error.pulse_range")),
        ({"context": "party"}, ("context", "log.error.choice")),
        ({"day": TODAY + timedelta(days=1)}, ("date", "log.error.date_future")),
    ]
    for kwargs, expected in cases:
        assert _refused(_add, session, owner, **kwargs) == expected
    assert latest_blood_pressure(session=session, profile_id=owner) is None
    # The edges themselves are fine.
    _add(session, owner, at=time(8, 0), sys=40, dia=20, pulse=25)
    _add(session, owner, at=time(8, 1), sys=300, dia=200, pulse=250)


def test_a_second_reading_at_the_same_minute_replaces_only_when_asked(session, monkeypatch):
    charged = []
    real = logs.consume
    monkeypatch.setattr(logs, "consume", lambda **kw: charged.append(kw) or real(**kw))
    owner = new_profile(session)
    first = _add(session, owner, at=time(7, 30, 40))
    assert _refused(_add, session, owner, at=time(7, 30), sys=150) == (
        "time",
        "record.error.time_exists",
    )
    again = _add(session, owner, at=time(7, 30), sys=150, dia=95, replace=True)
    assert again.id == first.id and again.values["systolic"] == 150
    _add(session, owner, at=time(7, 31))
    assert len(blood_pressure_overview(session=session, profile_id=owner).readings) == 2
    assert len(charged) == 2  # replacing is not a new entry


def test_history_edit_moves_a_reading_to_another_time(session):
    owner = new_profile(session)
    row = _add(session, owner)
    other = _add(session, owner, at=time(20, 0))
    form = {
        "systolic": "135",
        "diastolic": "85",
        "pulse": "",
        "context": "resting",
        "irregular": "no",
        "afib": "no",
        "date": "2026-03-28",
        "time": "22:15",
        "notes": "",
    }
    edited = logs.update(
        BLOOD_PRESSURE,
        session=session,
        profile_id=owner,
        entry_id=row.id,
        entry=logs.parse(BLOOD_PRESSURE, form, "metric"),
        today=TODAY,
    )
    assert (edited.date, edited.details["time"], edited.details["category"]) == (
        date(2026, 3, 28),
        "22:15",
        "high_normal",
    )
    form.update(date="2026-03-29", time="20:00")
    assert _refused(
        logs.update,
        BLOOD_PRESSURE,
        session=session,
        profile_id=owner,
        entry_id=edited.id,
        entry=logs.parse(BLOOD_PRESSURE, form, "metric"),
        today=TODAY,
    ) == ("time", "record.error.time_exists")
    assert other.id != edited.id
    assert _refused(logs.parse, BLOOD_PRESSURE, {**form, "time": "25:99"}, "metric") == (
        "time",
        "log.error.time_invalid",
    )


def test_home_average_of_the_last_seven_days(session):
    owner = new_profile(session, timezone="America/New_York")
    for n in range(7):
        day = TODAY - timedelta(days=6 - n)
        morning = 180 if n == 0 else 130  # the first day is discarded
        _add(session, owner, day=day, at=time(7, 0), sys=morning, dia=80)
        _add(session, owner, day=day, at=time(21, 0), sys=140, dia=90, context="evening")
    home = blood_pressure_overview(session=session, profile_id=owner).home
    assert (home.first_day, home.last_day, home.days) == (TODAY - timedelta(days=6), TODAY, 6)
    assert (home.morning.systolic, home.evening.systolic, home.overall.systolic) == (130, 140, 135)
    assert home.above_threshold


def test_another_profiles_readings_stay_apart(session):
    mine, theirs = new_profile(session), new_profile(session)
    _add(session, theirs)
    _add(session, mine, at=time(7, 30))  # the same minute is free for another profile
    assert len(blood_pressure_overview(session=session, profile_id=mine).readings) == 1
    assert blood_pressure_overview(session=session, profile_id=new_profile(session)).home is None


def test_the_profiles_guideline_classifies_and_names_every_reading(session):
    from mitai_app.core.logs import describe

    owner = new_profile(session)
    _add(session, owner, at=time(7, 0), sys=118, dia=76)
    _add(session, owner, at=time(8, 0), sys=125, dia=78)
    _add(session, owner, at=time(9, 0), sys=135, dia=82)
    overview = blood_pressure_overview(session=session, profile_id=owner)
    assert overview.guideline == "esh"
    assert [r.details["category"] for r in overview.readings] == [
        "high_normal",
        "normal",
        "optimal",
    ]

    assert set_bp_guideline(session=session, profile_id=owner, guideline="acc_aha") == "acc_aha"
    overview = blood_pressure_overview(session=session, profile_id=owner)
    assert overview.guideline == "acc_aha"
    assert [(r.details["guideline"], r.details["category"]) for r in overview.readings] == [
        ("acc_aha", "stage_1"),
        ("acc_aha", "elevated"),
        ("acc_aha", "normal"),
    ]
    # History's line names the guideline it used.
    assert describe(BLOOD_PRESSURE, overview.readings[0], "en", "metric").endswith(
        "Stage 1 hypertension (ACC/AHA 2017)"
    )
    # Another profile keeps the default.
    other = new_profile(session)
    _add(session, other)
    assert latest_blood_pressure(session=session, profile_id=other).details["guideline"] == "esh"
    assert _refused(set_bp_guideline, session=session, profile_id=owner, guideline="who") == (
        "guideline",
        "log.error.choice",
    )


def test_the_guideline_is_read_and_chosen_per_profile(session):
    owner, other = new_profile(session), new_profile(session)
    assert bp_guideline(session=session, profile_id=owner) == "esh"
    set_bp_guideline(session=session, profile_id=owner, guideline="acc_aha")
    assert bp_guideline(session=session, profile_id=owner) == "acc_aha"
    assert bp_guideline(session=session, profile_id=other) == "esh"
    assert _refused(set_bp_guideline, session=session, profile_id=owner, guideline="who") == (
        "guideline",
        "log.error.choice",
    )
