"""Membership identifiers and seeds: the tiers (their ids are the profile
table's `accounts.models.TIERS`) and each tier's limits. Features a module
charges are declared in that module's manifest (`features`) and seeded
with these tiers; only those of modules with pages are shown to users."""

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


# A coupon code's characters, at least and at most (the coupons.code column).
CODE_MIN = 3
CODE_MAX = 50

# Routes
SUBSCRIPTION = "/subscription"
ADMIN_PROFILES = "/admin/profiles"
ADMIN_TIERS = "/admin/tiers"  # tiers, features, tier-limit matrix
ADMIN_COUPONS = "/admin/coupons"
ADMIN_LOG = "/admin/log"
