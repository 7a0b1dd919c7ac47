"""Training identifiers the code refers to: the abilities every training
type is rated on, the quality filter's levels and labels, the parameter
categories, and the feature training charges."""

from __future__ import annotations

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

TRAINING = "/training"  # the Training page

ACTIVITY_FEATURE = "activity_entries"

# Plausible values of an activity, as stored.
DURATION_RANGE_MIN = (1, 24 * 60)  # up to a day
HR_RANGE_BPM = (25, 250)
DISTANCE_RANGE_KM = (0, 1000)
KCAL_RANGE = (0, 10000)
RPE_RANGE = (1, 10)  # session RPE, Borg CR-10 (Foster 2001)

# The mood after a session; "none" is stored as NULL.
MOODS: tuple[str, ...] = ("none", "great", "good", "okay", "tired", "exhausted")
# The type of an activity no type was chosen for (an import's unknown name).
UNCATEGORISED = "uncategorised"

STRENGTH = "/training/strength"  # the strength workout page
CATEGORISE = "/training/categorise"  # imported workout names not known yet
ADMIN_TRAINING = "/admin/training"  # training types and workout-name mappings

# What an exercise's sets record, and the kinds of set.
TRACKS: tuple[str, ...] = ("reps_weight", "reps", "duration", "distance")
SET_KINDS: tuple[str, ...] = ("working", "warmup", "drop", "failure")
RECORD_KINDS: tuple[str, ...] = ("heaviest", "e1rm", "reps_at_weight", "volume")
REPS_RANGE = (1, 1000)
WEIGHT_RANGE_KG = (0, 1000)
SET_RPE_RANGE = (1, 10)
REST_RANGE_S = (0, 3600)

# Durations offered as one tap in Capture, in minutes.
QUICK_DURATIONS: tuple[int, ...] = (20, 30, 45, 60, 90)

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
        id=ACTIVITY_FEATURE,
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
