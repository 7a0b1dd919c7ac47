"""Goals identifiers the code refers to: the feature goals charges. The goal
directions are the table's constraint (`models.GOAL_DIRECTIONS`)."""

from __future__ import annotations

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

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
