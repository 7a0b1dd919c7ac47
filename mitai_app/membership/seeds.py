"""Membership's seed: the tiers, every feature (its own and those the
modules declare in their manifests' `features`) and each tier's limit for
each feature."""

from __future__ import annotations

from sqlmodel import Session

from mitai_app.core.models import Feature, Tier, TierLimit
from mitai_app.core.modules import contributions
from mitai_app.core.reference import FeatureSeed
from mitai_app.core.seeding import insert_missing
from mitai_app.membership.consts import TIERS, tier_limit


def all_features() -> tuple[FeatureSeed, ...]:
    return tuple(feature for _module, features in contributions("features") for feature in features)


def seed(session: Session) -> dict[str, int]:
    features = all_features()
    return {
        "tiers": insert_missing(
            session,
            Tier,
            "id",
            (
                Tier(
                    id=t.id,
                    name=t.name.de,
                    name_en=t.name.en,
                    description=t.description.de,
                    description_en=t.description.en,
                    price_monthly=t.price_monthly,
                    price_yearly=t.price_yearly,
                    trial_days=t.trial_days,
                    sort_order=sort_order,
                )
                for sort_order, t in enumerate(TIERS, start=1)
            ),
        ),
        "features": insert_missing(
            session,
            Feature,
            "id",
            (
                Feature(
                    id=f.id,
                    name=f.name.de,
                    name_en=f.name.en,
                    description=f.description.de,
                    description_en=f.description.en,
                    category=f.category,
                    default_limit=f.default_limit,
                    limit_type=f.limit_type,
                )
                for f in features
            ),
        ),
        "tier_limits": insert_missing(
            session,
            TierLimit,
            ("tier_id", "feature_id"),
            (
                TierLimit(
                    tier_id=t.id,
                    feature_id=f.id,
                    limit_value=tier_limit(t, f),
                    limit_type=f.limit_type,
                )
                for t in TIERS
                for f in features
            ),
        ),
    }
