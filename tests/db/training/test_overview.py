"""The Training page's figures on SQLite and PostgreSQL: this week's
sessions, minutes per category per week, the session-RPE load and the
Karvonen zones (Tanaka by default, the highest logged maximum when there is
one), each from the profile's own sessions only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.core import logs
from mitai_app.training import service
from mitai_app.training.overview import WEEKS, training_load, training_overview, week_sessions
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
