"""Body identifiers: the features body charges (declared in the manifest,
seeded by membership)."""

from __future__ import annotations

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id="weight_entries",
        name=Text(de="Gewichtseinträge", en="Weight entries"),
        description=Text(
            de="Tägliche Gewichtsmessungen erfassen.",
            en="Record daily weight measurements.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="circumference_entries",
        name=Text(de="Umfangsmessungen", en="Circumference entries"),
        description=Text(
            de="Körperumfänge wie Taille, Hüfte und Brust erfassen.",
            en="Record body circumferences such as waist, hips and chest.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="caliper_entries",
        name=Text(de="Caliper-Messungen", en="Caliper entries"),
        description=Text(
            de="Hautfaltenmessungen erfassen und den Körperfettanteil berechnen.",
            en="Record skinfold measurements and calculate body fat.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
)
