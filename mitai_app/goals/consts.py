"""Goals identifiers the code refers to: the routes, the statuses progress
is judged by, the limits of a goal's fields and the features goals charges.
The goal directions are the table's constraint (`models.GOAL_DIRECTIONS`)."""

from __future__ import annotations

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

GOALS = "/goals"  # the Goals page

# How a goal stands (goals.progress.assess).
REACHED = "reached"
ON_TRACK = "on_track"
BEHIND = "behind"
NOT_ENOUGH_DATA = "not_enough_data"

CUSTOM = "custom"  # the goal type whose progress is logged by hand
TITLE_MAX = 255  # goals.title
NOTES_MAX = 500
VALUE_LIMIT = 99_999_999  # numeric(10, 2)

FITNESS = "/goals/fitness"  # the fitness tests page

# Weekly goals: what a week's target counts, and the most a week can hold.
WEEKLY_LIMITS = {"workouts": 21, "active_minutes": 3000, "weigh_ins": 7, "food_days": 7}
WEEKLY_KINDS = tuple(WEEKLY_LIMITS)
FITNESS_FEATURE = "fitness_tests"

FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id="goals",
        name=Text(de="Ziele", en="Goals"),
        description=Text(
            de="Aktive Ziele mit Fortschrittsverfolgung.",
            en="Active goals with progress tracking.",
        ),
        category="goals",
        default_limit=3,
        limit_type="total",
    ),
    FeatureSeed(
        id=FITNESS_FEATURE,
        name=Text(de="Fitnesstests", en="Fitness tests"),
        description=Text(
            de="Ergebnisse standardisierter Fitnesstests mit Normwerten festhalten.",
            en="Record standard fitness test results against their norms.",
        ),
        category="goals",
        default_limit=None,
        limit_type="total",
    ),
)
