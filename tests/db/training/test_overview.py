"""The Training page's figures on SQLite and PostgreSQL: this week's
sessions, minutes per category per week, the session-RPE load and the
Karvonen zones (Tanaka by default, the highest logged maximum when there is
one; the resting heart rate of the morning vitals), the minutes in each zone,
Banister's TRIMP and the abilities profile, each from the profile's own
sessions only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from mitai_app.core import logs
from mitai_app.recovery.models import VitalsBaseline
from mitai_app.training import service
from mitai_app.training.daily_activity import record_day
from mitai_app.training.formulas import banister_trimp
from mitai_app.training.models import TrainingType
from mitai_app.training.overview import (
    WEEKS,
    movement_words,
    training_load,
    training_overview,
    week_sessions,
)
from tests.factories import new_profile

TODAY = date(2026, 3, 26)  # a Thursday
MONDAY = date(2026, 3, 23)


def _log(session, owner, day, kind, minutes, **values):
    entry = logs.LogInput(
        day,
        {"duration": [minutes], **{name: [value] for name, value in values.items()}},
        {"training_type": kind, "session_mood": "none"},
    )
    service.add_activity(session=session, profile_id=owner, entry=entry, today=TODAY)


def test_the_week_the_categories_and_the_load(session):
    me = new_profile(session, date_of_birth=date(1986, 3, 1))  # 40 on TODAY
    _log(session, me, TODAY, "running", 30, rpe=7)
    _log(session, me, MONDAY, "yoga", 60, rpe=3)
    _log(session, me, MONDAY - timedelta(days=1), "running", 45, rpe=5)  # last week
    _log(session, me, TODAY - timedelta(days=20), "karate", 90, rpe=8)
    stranger = new_profile(session)
    _log(session, stranger, TODAY, "tennis", 120, rpe=10)

    overview = training_overview(session=session, profile_id=me, today=TODAY)
    assert overview.week_start == MONDAY
    assert [(s.day, s.type_key, s.minutes) for s in overview.week] == [
        (MONDAY, "yoga", 60),
        (TODAY, "running", 30),
    ]
    assert len(overview.weeks) == WEEKS and overview.weeks[-1] == MONDAY
    assert overview.minutes["cardio"][-2:] == [45, 30]
    assert overview.minutes["mobility"][-1] == 60
    assert sum(overview.minutes["martial_arts"]) == 90
    assert "ball_sports" not in overview.minutes  # the stranger's tennis
    # Acute: 7·30 + 3·60 + 5·45 = 615 AU; chronic: (615 + 8·90) / 4 = 333.75 AU a week.
    assert overview.load.acute == pytest.approx(615)
    assert overview.load.chronic == pytest.approx(333.75)
    assert overview.load.ratio == pytest.approx(615 / 333.75)
    # What recovery reads: the same load, and this week's sessions to Sunday.
    assert training_load(session=session, profile_id=me, today=TODAY) == overview.load
    assert week_sessions(session=session, profile_id=me, monday=MONDAY) == overview.week
    # Tanaka at 40: 180 bpm; resting 60 assumed: zone 1 is 120–132 bpm.
    assert overview.zones.max_source == "tanaka"
    assert overview.zones.zones[0] == pytest.approx((120, 132))


def test_zones_use_the_highest_logged_maximum_and_need_something(session):
    me = new_profile(session)
    assert training_overview(session=session, profile_id=me, today=TODAY).zones is None
    _log(session, me, TODAY, "running", 30, avg_hr=150, max_hr=190)
    zones = training_overview(session=session, profile_id=me, today=TODAY).zones
    assert (zones.max_hr, zones.max_source) == (190, "measured")
    assert zones.zones[-1] == pytest.approx((177, 190))


def test_zone_minutes_trimp_and_abilities_from_the_last_four_weeks(session):
    me = new_profile(session, date_of_birth=date(1986, 3, 1), sex="female")  # Tanaka 180
    session.add(VitalsBaseline(profile_id=me, date=TODAY - timedelta(days=3), resting_hr=50))
    session.add(VitalsBaseline(profile_id=me, date=TODAY - timedelta(days=40), resting_hr=70))
    session.commit()
    _log(session, me, TODAY, "running", 30, avg_hr=131, rpe=6)  # 62 % of the reserve: zone 2
    _log(session, me, TODAY - timedelta(days=10), "yoga", 60, avg_hr=90)  # below zone 1
    _log(session, me, TODAY - timedelta(days=40), "running", 99, avg_hr=170)  # too long ago

    overview = training_overview(session=session, profile_id=me, today=TODAY)
    zones = overview.zones
    assert (zones.resting_hr, zones.resting_source) == (50, "vitals")
    assert zones.zones[0] == pytest.approx((115, 128))
    assert zones.minutes == [0, 30, 0, 0, 0]
    # TRIMP (women): 30 · 0.6231 · 0.86 · e^(1.67 · 0.6231) and yoga's 60 · 0.3077 · …
    running = banister(30, 131, 50, 180)
    yoga = banister(60, 90, 50, 180)
    assert overview.trimp.acute == pytest.approx(running)
    assert overview.trimp.chronic == pytest.approx((running + yoga) / 4)
    # Abilities: 30 min running and 60 min yoga, weighed by minutes.
    kinds = {k.key: k.abilities for k in session.exec(select(TrainingType)).all()}
    for ability in ("kraft", "ausdauer", "beweglichkeit"):
        expected = (30 * kinds["running"][ability] + 60 * kinds["yoga"][ability]) / 90
        assert overview.abilities[ability] == pytest.approx(expected)


def test_without_sex_there_is_no_trimp_and_without_sessions_no_abilities(session):
    me = new_profile(session, date_of_birth=date(1986, 3, 1))
    overview = training_overview(session=session, profile_id=me, today=TODAY)
    assert overview.trimp is None and overview.abilities == {}
    assert overview.zones.resting_source == "assumed"
    _log(session, me, TODAY, "running", 30, avg_hr=150)
    assert training_overview(session=session, profile_id=me, today=TODAY).trimp is None


def banister(minutes, avg_hr, resting, maximum):
    return banister_trimp(minutes, avg_hr, resting, maximum, "female")


def test_the_week_shows_each_days_steps_energy_and_distance(session):
    me, stranger = new_profile(session), new_profile(session)
    record_day(
        session=session, profile_id=me, day=MONDAY, values={"steps": 8432}, source="apple_health"
    )
    record_day(
        session=session,
        profile_id=me,
        day=MONDAY,
        values={"active_kcal": 420, "distance_km": 6.1},
        today=TODAY,
    )
    record_day(session=session, profile_id=stranger, day=TODAY, values={"steps": 999}, today=TODAY)

    overview = training_overview(session=session, profile_id=me, today=TODAY)
    assert list(overview.movement) == [MONDAY]
    assert movement_words(overview.movement[MONDAY], "en", "metric") == (
        "8,432 steps · 420 active kcal · 6.1 km"
    )
    assert movement_words(overview.movement[MONDAY], "de", "imperial") == (
        "8.432 Schritte · 420 kcal aktiv · 3,8 mi"
    )
    assert movement_words(overview.movement.get(TODAY), "en", "metric") == ""


def test_resting_heart_rate_from_recent_vitals_else_the_profile_else_assumed(session):
    stated = new_profile(session, date_of_birth=date(1986, 3, 1), resting_hr=48)
    zones = training_overview(session=session, profile_id=stated, today=TODAY).zones
    assert (zones.resting_hr, zones.resting_source) == (48, "profile")
    session.add(VitalsBaseline(profile_id=stated, date=TODAY - timedelta(days=2), resting_hr=55))
    session.commit()
    zones = training_overview(session=session, profile_id=stated, today=TODAY).zones
    assert (zones.resting_hr, zones.resting_source) == (55, "vitals")
