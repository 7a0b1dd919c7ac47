"""Membership identifiers and seeds: the tiers (their ids are the profile
table's `accounts.models.TIERS`), the features membership itself charges or
that no module declares yet, and each tier's limits. Features a module
charges are declared in that module's manifest (`features`) and seeded here
with these."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

FEATURE_CATEGORIES: tuple[str, ...] = ("tracking", "ai", "data", "goals")


@dataclass(frozen=True)
class TierSeed:
    """A tier. Its limit for a feature: none on an `unlimited` tier, else its
    own `limits` entry, else the feature's default (see `tier_limit`)."""

    id: str
    name: Text
    description: Text
    price_monthly: float | None
    price_yearly: float | None
    trial_days: int | None
    limits: Mapping[str, int | None] = field(default_factory=dict)
    unlimited: bool = False


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
    FeatureSeed(
        id="photo_uploads",
        name=Text(de="Fortschrittsfotos", en="Progress photos"),
        description=Text(
            de="Fotos hochladen, um die körperliche Entwicklung zu vergleichen.",
            en="Upload photos to compare your physical progress.",
        ),
        category="tracking",
        default_limit=10,
        limit_type="total",
    ),
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
    FeatureSeed(
        id="data_export",
        name=Text(de="Datenexport", en="Data export"),
        description=Text(
            de="Alle eigenen Daten als CSV, JSON oder ZIP herunterladen.",
            en="Download all your data as CSV, JSON or ZIP.",
        ),
        category="data",
        default_limit=1,
        limit_type="monthly",
    ),
    FeatureSeed(
        id="data_import",
        name=Text(de="Datenimport", en="Data import"),
        description=Text(
            de="Daten aus Apple Health, Omron und anderen CSV-Quellen importieren.",
            en="Import data from Apple Health, Omron and other CSV sources.",
        ),
        category="data",
        default_limit=0,
        limit_type="monthly",
    ),
)

# In display order (the seed numbers them from 1); free runs on the defaults.
TIERS: tuple[TierSeed, ...] = (
    TierSeed(
        id="free",
        name=Text(de="Kostenlos", en="Free"),
        description=Text(
            de="Der Einstieg: unbegrenztes Tracking aller Körper- und Trainingsdaten, wenige KI-Auswertungen pro Monat.",
            en="The starting point: unlimited tracking of all body and training data, a few AI analyses per month.",
        ),
        price_monthly=0.0,
        price_yearly=0.0,
        trial_days=None,
    ),
    TierSeed(
        id="plus",
        name=Text(de="Plus", en="Plus"),
        description=Text(
            de="Für regelmäßige Nutzung: mehr KI-Auswertungen, die KI-Pipeline, mehr Fotos, Exporte und Importe.",
            en="For regular use: more AI analyses, the AI pipeline, more photos, exports and imports.",
        ),
        price_monthly=4.99,
        price_yearly=49.99,
        trial_days=None,
        limits={
            "photo_uploads": 100,
            "ai_calls": 30,
            "ai_pipeline": 4,
            "data_export": 10,
            "data_import": 10,
            "goals": 10,
        },
    ),
    TierSeed(
        id="premium",
        name=Text(de="Premium", en="Premium"),
        description=Text(
            de="Alle Funktionen ohne Limits.",
            en="Every feature, no limits.",
        ),
        price_monthly=9.99,
        price_yearly=99.99,
        trial_days=None,
        unlimited=True,
    ),
    TierSeed(
        id="trial",
        name=Text(de="Testphase", en="Trial"),
        description=Text(
            de="Zeitlich begrenzter Testzugang mit vollem Funktionsumfang; danach gilt wieder der eigene Tarif.",
            en="Time-limited trial with every feature; afterwards the account's own tier applies again.",
        ),
        price_monthly=None,
        price_yearly=None,
        trial_days=14,
        unlimited=True,
    ),
    TierSeed(
        id="selfhosted",
        name=Text(de="Selbst gehostet", en="Self-hosted"),
        description=Text(
            de="Eigene Installation für den Haushalt: alle Funktionen ohne Limits, die Daten bleiben auf dem eigenen Server.",
            en="Your own household installation: every feature without limits, the data stays on your own server.",
        ),
        price_monthly=None,
        price_yearly=None,
        trial_days=None,
        unlimited=True,
    ),
)


def tier_limit(tier: TierSeed, feature: FeatureSeed) -> int | None:
    """The limit the tier starts with for the feature (None: unlimited)."""
    if tier.unlimited:
        return None
    return tier.limits.get(feature.id, feature.default_limit)


# Routes
SUBSCRIPTION = "/subscription"
ADMIN_PROFILES = "/admin/profiles"
ADMIN_TIERS = "/admin/tiers"  # tiers, features, tier-limit matrix
ADMIN_COUPONS = "/admin/coupons"
ADMIN_LOG = "/admin/log"
