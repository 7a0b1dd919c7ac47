"""Membership's seeds: every tier the profile table allows, every feature
(its own and those the modules declare) bilingual, a limit for each."""

from mitai_app.accounts.models import TIERS as PROFILE_TIERS
from mitai_app.core.models import LIMIT_TYPES
from mitai_app.membership import consts
from mitai_app.membership.seeds import all_features


def test_tiers_match_the_profile_tier_constraint():
    assert [t.id for t in consts.TIERS] == list(PROFILE_TIERS)


def test_features_are_unique_bilingual_and_categorised():
    features = all_features()
    assert len({f.id for f in features}) == len(features)
    for f in features:
        assert f.name.de and f.name.en and f.description.de and f.description.en, f.id
        assert f.category in consts.FEATURE_CATEGORIES, f.id
        assert f.limit_type in LIMIT_TYPES, f.id
        assert f.default_limit is None or f.default_limit >= 0, f.id


def test_tier_limits_cover_every_tier_and_feature():
    features = all_features()
    ids = {f.id for f in features}
    for tier in consts.TIERS:
        assert set(tier.limits) <= ids, tier.id
        limits = [consts.tier_limit(tier, f) for f in features]
        assert all(v is None or v >= 0 for v in limits), tier.id
    selfhosted = next(t for t in consts.TIERS if t.id == "selfhosted")
    assert all(consts.tier_limit(selfhosted, f) is None for f in features)


def test_each_module_declares_the_features_it_charges():
    declared = {f.id for f in all_features()}
    assert {"activity_entries", "goals", "data_export", "data_import"} <= declared
