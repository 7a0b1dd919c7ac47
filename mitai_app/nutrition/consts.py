"""The feature nutrition charges (membership seeds it with a limit per tier)."""

from __future__ import annotations

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id="nutrition_entries",
        name=Text(de="Ernährungseinträge", en="Nutrition entries"),
        description=Text(
            de="Kalorien, Makronährstoffe und Wasser pro Tag erfassen.",
            en="Record daily calories, macronutrients and water.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
)
