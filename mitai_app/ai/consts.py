"""The features AI analyses charge (membership seeds them with a limit per tier)."""

from __future__ import annotations

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id="ai_calls",
        name=Text(de="KI-Auswertungen", en="AI analyses"),
        description=Text(
            de="Einzelne KI-Auswertungen der eigenen Daten.",
            en="Individual AI analyses of your own data.",
        ),
        category="ai",
        default_limit=3,
        limit_type="monthly",
    ),
    FeatureSeed(
        id="ai_pipeline",
        name=Text(de="KI-Gesamtanalyse", en="AI full analysis"),
        description=Text(
            de="Mehrstufige Analyse: Gewichtstrend, Ernährung und eine zusammenfassende Gesamtbewertung.",
            en="Multi-stage analysis: weight trend, nutrition and an overall assessment that combines both.",
        ),
        category="ai",
        default_limit=0,
        limit_type="monthly",
    ),
)
