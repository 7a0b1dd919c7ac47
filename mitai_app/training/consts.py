"""Training identifiers the code refers to: the abilities every training
type is rated on, the quality filter's levels and labels, the parameter
categories, and the feature training charges."""

from __future__ import annotations

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

# The abilities matrix: each training type rates 0..100 on every one of these.
ABILITY_KEYS: tuple[str, ...] = (
    "kraft",
    "ausdauer",
    "beweglichkeit",
    "schnelligkeit",
    "koordination",
    "balance",
    "geist",
)

# profiles.quality_filter_level, and the keys of the quality_filter_* parameters.
QUALITY_FILTER_LEVELS: tuple[str, ...] = ("disabled", "lenient", "moderate", "strict")

QUALITY_LABELS: tuple[str, ...] = ("high", "medium", "low")

PARAMETER_CATEGORIES: tuple[str, ...] = (
    "plausibility",
    "intensity",
    "scoring",
    "quality_labels",
    "quality_filter",
)

FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id="activity_entries",
        name=Text(de="Trainingseinträge", en="Activity entries"),
        description=Text(
            de="Trainings und Aktivitäten erfassen oder importieren.",
            en="Record or import workouts and activities.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
)
