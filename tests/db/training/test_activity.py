"""The activity log on SQLite and PostgreSQL: several sessions a day with
their start time, kcal estimated from MET × the weight that day × the
duration (and marked so), bad input refused at its field with nothing
stored, the last types offered first. What every log does (History, undo,
charging, foreign ids) is in tests/db/core/test_log_contract.py."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from mitai_app.body.service import add_weight
from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.training import service
from mitai_app.training.logs import ACTIVITY
from mitai_app.training.models import Activity
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def _entry(day=TODAY, kind="running", mood="none", notes="", **values) -> logs.LogInput:
    return logs.LogInput(
        day,
        {name: [value] for name, value in values.items()},
        {"training_type": kind, "session_mood": mood},
        notes,
    )


def _add(session, owner, entry, start="07:30"):
    return service.add_activity(
        session=session, profile_id=owner, entry=entry, start=start, today=TODAY
    )


def test_a_day_holds_several_sessions_with_their_start_times(session, charged):
    me = new_profile(session)
    run = _add(session, me, _entry(duration=30, distance=5.25, rpe=6, mood="good"))
    yoga = _add(session, me, _entry(kind="yoga", duration=45, active_kcal=120), start="19:00")
    listed = logs.page(ACTIVITY, session=session, profile_id=me)
    assert {row.id for row in listed} == {run.id, yoga.id}
    assert run.details["start_time"] == "07:30" and yoga.details["start_time"] == "19:00"
    assert run.details["category"] == "cardio" and yoga.details["category"] == "mobility"
    assert run.values == {"duration": 30, "distance": 5.25, "rpe": 6}
    assert charged == ["activity_entries"] * 2
    assert (
        logs.describe(ACTIVITY, run, "en", "metric")
        == "07:30 · Running · 30 min · 5.3 km · RPE 6 · Good · Quality: high"
    )
    assert "3.3 mi" in logs.describe(ACTIVITY, run, "en", "imperial")
    assert (
        logs.describe(ACTIVITY, yoga, "de", "metric")
        == "19:00 · Yoga · 45 min · 120 kcal · Qualität: hoch"
    )


def test_kcal_is_estimated_from_met_weight_and_duration(session):
    me = new_profile(session)
    add_weight(session=session, profile_id=me, day=TODAY - timedelta(days=3), kg=70, today=TODAY)
    run = _add(session, me, _entry(duration=30))
    # Running is 9.8 MET: 9.8 × 70 kg × 0.5 h = 343 kcal.
    assert run.values["active_kcal"] == 343 and run.details["kcal_estimated"]
    assert "≈ 343 kcal (estimated)" in logs.describe(ACTIVITY, run, "en", "metric")
    # An edit of the duration estimates anew; a typed value is the user's.
    longer = logs.update(
        ACTIVITY,
        session=session,
        profile_id=me,
        entry_id=run.id,
        entry=_entry(duration=60, active_kcal=343),
        today=TODAY,
    )
    assert longer.values["active_kcal"] == 686 and longer.details["kcal_estimated"]
    assert longer.details["start_time"] == "07:30"  # History's edit keeps it
    typed = logs.update(
        ACTIVITY,
        session=session,
        profile_id=me,
        entry_id=run.id,
        entry=_entry(duration=60, active_kcal=500),
        today=TODAY,
    )
    assert typed.values["active_kcal"] == 500 and not typed.details["kcal_estimated"]


def test_without_a_weight_nothing_is_estimated(session):
    me = new_profile(session)
    run = _add(session, me, _entry(duration=30), start="")
    assert "active_kcal" not in run.values and not run.details["kcal_estimated"]
    assert run.details["start_time"] == ""


@pytest.mark.parametrize(
    ("values", "start", "field", "code"),
    [
        ({"duration": 1441}, "07:30", "duration", "training.error.duration_range"),
        ({"rpe": 5}, "07:30", "duration", "training.error.duration_required"),
        ({"duration": 30, "avg_hr": 24}, "07:30", "avg_hr", "training.error.hr_range"),
        ({"duration": 30, "max_hr": 251}, "07:30", "max_hr", "training.error.hr_range"),
        (
            {"duration": 30, "avg_hr": 170, "max_hr": 160},
            "",
            "avg_hr",
            "training.error.avg_above_max",
        ),
        ({"duration": 30, "distance": -1}, "07:30", "distance", "training.error.distance_range"),
        ({"duration": 30, "rpe": 0}, "07:30", "rpe", "training.error.rpe_range"),
        ({"duration": 30, "rpe": 11}, "07:30", "rpe", "training.error.rpe_range"),
        ({"duration": 30}, "25:00", "start_time", "training.error.start_time"),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_stored(session, values, start, field, code):
    me = new_profile(session)
    with pytest.raises(UserError) as raised:
        _add(session, me, _entry(**values), start=start)
    assert (raised.value.field, raised.value.code) == (field, code)
    assert session.exec(select(Activity).where(Activity.profile_id == me)).all() == []


def test_a_form_in_imperial_units_is_stored_in_km():
    form = {"duration": "30", "distance": "3.1", "training_type": "running"}
    form |= {"session_mood": "none", "training_date": TODAY.isoformat()}
    entry = logs.parse(ACTIVITY, form, "imperial", "training_")
    assert entry.values["distance"] == [pytest.approx(4.989, abs=0.001)]


def test_capture_offers_the_last_types_first(session):
    me = new_profile(session)
    assert service.capture_defaults(session=session, profile_id=me, timezone="UTC").quick_types == (
        "running",
        "walking",
        "cycling",
        "strength_training",
    )
    _add(session, me, _entry(day=TODAY - timedelta(days=1), kind="yoga", duration=30))
    _add(session, me, _entry(kind="karate", duration=60))
    other = new_profile(session)
    _add(session, other, _entry(kind="tennis", duration=60))
    defaults = service.capture_defaults(session=session, profile_id=me, timezone="UTC")
    assert defaults.quick_types == ("karate", "yoga", "running", "walking")
