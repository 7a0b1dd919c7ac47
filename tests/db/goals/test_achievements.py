"""Achievements on SQLite and PostgreSQL: reaching a goal, four met weeks
and the first personal record in training are earned once, shown as new
once, stay earned when the data changes, and are the profile's own."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from mitai_app.body.models import WeightEntry
from mitai_app.goals import service, weekly
from mitai_app.goals.achievements import achievement_words, note_achievements
from mitai_app.goals.models import Achievement, WeeklyGoal
from mitai_app.training import workouts
from mitai_app.training.workouts import SetInput
from tests.db.goals.test_weekly import MONDAY, TODAY
from tests.factories import new_profile


def _note(session, owner, today=TODAY):
    return note_achievements(
        session=session,
        profile_id=owner,
        goals=service.goals_overview(session=session, profile_id=owner, today=today),
        weekly=weekly.weekly_overview(session=session, profile_id=owner, today=today),
        today=today,
    )


def test_four_met_weeks_and_a_reached_goal_are_earned_once_and_shown_once(session):
    owner = new_profile(session, email="ach1@example.com")
    other = new_profile(session, email="ach2@example.com")
    first = MONDAY - timedelta(weeks=4)
    session.add(WeeklyGoal(profile_id=owner, week_start=first, goals={"weigh_ins": 1}))
    for n in range(4):  # a weigh-in in each of the four weeks before this one
        day = first + timedelta(weeks=n)
        session.add(WeightEntry(profile_id=owner, date=day, weight=90 - n * 0.5))
    session.commit()
    found = _note(session, owner)
    assert found.new == ["four_week_streak"] and found.earned == ["four_week_streak"]
    assert achievement_words(found, "en")["new"] == (
        "Newly earned: 4 weeks in a row with every weekly goal"
    )
    again = _note(session, owner)
    assert again.new == [] and again.earned == ["four_week_streak"]  # shown once

    # A weight goal reached: earned with the weekly one kept.
    for i in range(7):
        day = TODAY - timedelta(days=6 - i)
        session.add(WeightEntry(profile_id=owner, date=day, weight=89 - i * 0.1))
    session.commit()
    goal = service.create_goal(
        session=session,
        profile_id=owner,
        goal_type="weight",
        title="Ziel",
        target_value="88",
        today=TODAY,
    )
    later = TODAY + timedelta(days=1)
    session.add(WeightEntry(profile_id=owner, date=later, weight=87.5))
    session.commit()
    found = _note(session, owner, later)
    assert found.new == ["goal_reached"]
    assert found.earned == ["goal_reached", "four_week_streak"]
    service.set_status(
        session=session, profile_id=owner, goal_id=goal.id, status="active", today=later
    )
    assert _note(session, owner, later).earned == ["goal_reached", "four_week_streak"]
    assert _note(session, other).earned == []


def _lift(session, owner, day, kg):
    workout_id = workouts.start_workout(session=session, profile_id=owner, day=day, today=TODAY)
    bench = next(
        c.id
        for c in workouts.exercise_choices(session=session, profile_id=owner)
        if c.name_en == "Bench press"
    )
    item = workouts.add_exercise(
        session=session, profile_id=owner, workout_id=workout_id, exercise_id=bench
    )
    workouts.add_set(
        session=session,
        profile_id=owner,
        workout_exercise_id=item,
        entry=SetInput(reps=5, weight_kg=kg, kind="working"),
    )


def test_the_first_personal_record_is_earned_on_its_day_and_shown_once(session):
    owner = new_profile(session, email="ach3@example.com")
    other = new_profile(session, email="ach4@example.com")
    _lift(session, owner, TODAY - timedelta(days=7), 60)
    assert _note(session, owner).earned == []  # a first set sets records, it breaks none
    _lift(session, owner, TODAY - timedelta(days=2), 65)
    found = _note(session, owner)
    assert found.new == ["first_record"] and found.earned == ["first_record"]
    assert achievement_words(found, "en")["new"] == (
        "Newly earned: Your first personal record in training"
    )
    assert achievement_words(found, "de")["new"] == (
        "Neu erreicht: Der erste persönliche Rekord im Training"
    )
    kept = session.exec(select(Achievement).where(Achievement.profile_id == owner)).one()
    assert kept.earned_on == TODAY - timedelta(days=2)
    assert _note(session, owner).new == []  # shown once
    assert _note(session, other).earned == []
