"""Training's dashboard card on SQLite and PostgreSQL: the week's counted
sessions and minutes against the weekly goal set on the Goals page (read
through core.weekly_targets), the targets in force being the newest set in
or before the week, and no goal rows without targets."""

from __future__ import annotations

from datetime import date, timedelta

from mitai_app.goals import weekly
from mitai_app.training.card import training_card, week_goal_words
from mitai_app.training.models import Activity
from tests.factories import new_profile

TODAY = date(2026, 3, 26)  # a Thursday


def _session(session, owner, day, minutes):
    session.add(Activity(profile_id=owner, date=day, duration_minutes=minutes))
    session.commit()


def _goals(session, owner, today=TODAY):
    card = training_card(session=session, profile_id=owner, today=today)
    return [(g.kind, g.done, g.target, g.percent) for g in card.goals]


def test_the_week_is_shown_against_the_weekly_goal(session):
    me, other = new_profile(session), new_profile(session)
    _session(session, me, TODAY, 40)
    _session(session, me, TODAY - timedelta(days=2), 50)
    _session(session, me, TODAY - timedelta(days=7), 60)  # last week
    assert _goals(session, me) == []  # no weekly goal yet

    weekly.set_weekly_targets(
        session=session,
        profile_id=me,
        targets={"workouts": "3", "active_minutes": "90", "weigh_ins": "5"},
        today=TODAY - timedelta(days=7),  # set last week, still in force
    )
    assert _goals(session, me) == [("workouts", 2, 3, 67), ("active_minutes", 90, 90, 100)]
    card = training_card(session=session, profile_id=me, today=TODAY)
    assert [week_goal_words(g, "en") for g in card.goals] == [
        "2 of 3 sessions",
        "90 of 90 min · reached",
    ]
    assert week_goal_words(card.goals[0], "de") == "2 von 3 Einheiten"

    weekly.set_weekly_targets(
        session=session, profile_id=me, targets={"workouts": "4"}, today=TODAY
    )
    assert _goals(session, me) == [("workouts", 2, 4, 50)]  # this week's targets win
    assert _goals(session, other) == []  # another profile's goal is not theirs
