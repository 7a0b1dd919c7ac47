"""The features recovery charges (membership seeds them with a limit per tier)."""

from __future__ import annotations

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id="sleep_entries",
        name=Text(de="Schlafeinträge", en="Sleep entries"),
        description=Text(
            de="Schlafdauer, Schlafphasen und Schlafqualität erfassen.",
            en="Record sleep duration, sleep stages and sleep quality.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="vitals_entries",
        name=Text(de="Vitalwerte", en="Vitals entries"),
        description=Text(
            de="Morgenmessung von Ruhepuls, HRV, VO2max, SpO2 und Atemfrequenz.",
            en="Morning baseline of resting heart rate, HRV, VO2 max, SpO2 and breathing rate.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="blood_pressure_entries",
        name=Text(de="Blutdruckmessungen", en="Blood pressure entries"),
        description=Text(
            de="Blutdruck und Puls mehrmals täglich mit Kontext erfassen.",
            en="Record blood pressure and pulse several times a day, with context.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="rest_day_entries",
        name=Text(de="Ruhetage", en="Rest days"),
        description=Text(
            de="Ruhetage für Kraft, Ausdauer oder Entspannung planen und erfassen.",
            en="Plan and record rest days for strength, cardio or relaxation.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
)
