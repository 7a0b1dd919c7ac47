"""Goals' placeholders: progress, the current value read from the other
domains' placeholders, both languages, and focus areas strongest first."""

from __future__ import annotations

from datetime import date

from mitai_app.body.placeholders import BodyData
from mitai_app.core.placeholders import REGISTRY, ProfileData
from mitai_app.core.text import Text
from mitai_app.goals.placeholders import FocusArea, Goal, GoalsData, goal_current, goal_progress
from mitai_app.recovery.placeholders import RecoveryData, Sleep

TODAY = date(2026, 3, 29)


def value(name: str, data: ProfileData, today: date = TODAY):
    return REGISTRY[name].compute(data, today)


def weighing(kg: float) -> dict:
    return {"body": BodyData(weights=[(TODAY, kg)])}


def weight_goal(**fields) -> Goal:
    defaults = dict(
        title="Sommerform",
        goal_type="weight",
        target_value=80.0,
        type_name=Text(de="Gewicht", en="Weight"),
        unit="kg",
        start_value=90.0,
        current_value=88.0,
        target_date=date(2026, 6, 30),
    )
    return Goal(**(defaults | fields))


def with_goals(*goals: Goal, parts: dict | None = None) -> ProfileData:
    return ProfileData(parts={**(parts or {}), "goals": GoalsData(goals=goals)})


def test_goal_progress():
    assert goal_progress(90.0, 85.0, 80.0) == 50.0
    assert goal_progress(10.0, 40.0, 50.0) == 75.0
    assert goal_progress(90.0, 92.0, 80.0) == -20.0
    assert goal_progress(None, 85.0, 80.0) is None
    assert goal_progress(80.0, 80.0, 80.0) is None


def test_a_goal_reads_its_current_value_from_the_logs_and_falls_back_to_the_stored_one():
    goal = weight_goal()
    assert goal_current(goal, ProfileData(parts=weighing(86.0)), TODAY) == 86.0
    assert goal_current(goal, ProfileData(), TODAY) == 88.0
    custom = Goal(title="Klimmzüge", goal_type="custom", target_value=10, current_value=4)
    assert goal_current(custom, ProfileData(parts=weighing(86.0)), TODAY) == 4


def test_a_sleep_goal_counts_minutes():
    goal = Goal(title="Schlaf", goal_type="sleep_duration", target_value=480, unit="min")
    nights = RecoveryData(sleep=[Sleep(TODAY, minutes=420), Sleep(TODAY, minutes=450)])
    current = goal_current(goal, ProfileData(parts={"recovery": nights}), TODAY)
    assert round(current, 6) == 435.0


def test_goal_placeholders_in_both_languages():
    data = with_goals(
        Goal(
            title="Schlaf",
            goal_type="sleep_duration",
            target_value=480,
            type_name=Text(de="Schlafdauer", en="Sleep duration"),
            unit="min",
            priority=1,
        ),
        weight_goal(is_primary=True),
        parts=weighing(85.0),
    )
    goals = value("goals_active", data)
    assert goals.de == (
        "Sommerform (Gewicht): Ziel 80,0 kg, aktuell 85,0 kg, Fortschritt 50 %, bis 30.06.2026; "
        "Schlaf (Schlafdauer): Ziel 480 min, aktuell keine Daten"
    )
    assert goals.en == (
        "Sommerform (Weight): target 80.0 kg, current 85.0 kg, progress 50 %, by 30 Jun 2026; "
        "Schlaf (Sleep duration): target 480 min, current no data"
    )
    assert value("goals_active_count", data) == 2
    assert value("goal_primary", data).en.startswith("Sommerform (Weight): target 80.0 kg")
    assert value("goal_primary_progress", data) == 50.0
    assert value("goal_weight", data) == 80.0
    assert value("goal_weight_date", data) == date(2026, 6, 30)
    assert value("goal_weight_remaining", data) == 5.0
    assert value("goal_body_fat", data) is None


def test_goals_are_listed_by_priority_when_none_is_primary():
    data = with_goals(
        weight_goal(title="B", priority=0, target_date=None, start_value=None),
        weight_goal(title="A", priority=0, target_date=None, start_value=None),
        weight_goal(title="C", priority=2, target_value=75.0),
    )
    assert value("goals_active", data).en.split("; ") == [
        "C (Weight): target 75.0 kg, current 88.0 kg, progress 13 %, by 30 Jun 2026",
        "A (Weight): target 80.0 kg, current 88.0 kg",
        "B (Weight): target 80.0 kg, current 88.0 kg",
    ]
    assert value("goal_weight", data) == 75.0


def test_without_a_primary_goal_the_primary_placeholders_are_no_data():
    data = with_goals(weight_goal())
    assert value("goal_primary", data) is None
    assert value("goal_primary_progress", data) is None
    assert value("goal_weight", data) == 80.0


def test_focus_areas_strongest_first_without_unweighted_ones():
    data = ProfileData(
        parts={
            "goals": GoalsData(
                focus_areas=[
                    FocusArea(Text(de="Kraft", en="Strength"), 30.0),
                    FocusArea(Text(de="Gewicht reduzieren", en="Weight loss"), 50.0),
                    FocusArea(Text(de="Beweglichkeit", en="Mobility"), 0.0),
                ]
            )
        }
    )
    assert value("focus_areas", data) == Text(
        de="Gewicht reduzieren (50 %), Kraft (30 %)", en="Weight loss (50 %), Strength (30 %)"
    )
    assert value("focus_area_top", data) == Text(de="Gewicht reduzieren", en="Weight loss")
