"""Goals identifiers the code refers to: the route, the statuses progress
is judged by, the limits of a goal's fields and the feature goals charges.
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
)
