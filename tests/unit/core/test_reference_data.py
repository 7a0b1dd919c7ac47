"""The reference data the app seeds: complete, bilingual, internally consistent."""

import re

from mitai_app.accounts.models import TIERS as PROFILE_TIERS
from mitai_app.core import reference_data as ref


def test_29_training_types_in_7_categories_with_unique_keys():
    assert len(ref.TRAINING_TYPES) == 29
    assert len({t.key for t in ref.TRAINING_TYPES}) == 29
    categories = {t.category for t in ref.TRAINING_TYPES}
    assert len(categories) == 7
    assert categories == {c.key for c in ref.TRAINING_CATEGORIES}


def test_every_training_type_has_the_full_abilities_matrix():
    expected = {
        "kraft",
        "ausdauer",
        "beweglichkeit",
        "schnelligkeit",
        "koordination",
        "balance",
        "geist",
    }
    for t in ref.TRAINING_TYPES:
        assert set(t.abilities) == expected, t.key
        assert all(isinstance(v, int) and 0 <= v <= 100 for v in t.abilities.values()), t.key
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", t.color), t.key
        assert t.icon and t.name_de and t.name_en, t.key


def test_26_focus_areas_in_7_categories():
    assert len(ref.FOCUS_AREAS) == 26
    assert len({a.key for a in ref.FOCUS_AREAS}) == 26
    assert len({a.category for a in ref.FOCUS_AREAS}) == 7
    assert all(a.name_de and a.name_en for a in ref.FOCUS_AREAS)


def test_tiers_match_the_profile_tier_constraint():
    assert {t.id for t in ref.TIERS} == set(PROFILE_TIERS)


def test_tier_limits_cover_every_tier_and_feature():
    features = {f.id for f in ref.FEATURES}
    assert set(ref.TIER_LIMITS) == {t.id for t in ref.TIERS}
    for tier, limits in ref.TIER_LIMITS.items():
        assert set(limits) == features, tier
        assert all(v is None or v >= 0 for v in limits.values()), tier
    assert all(v is None for v in ref.TIER_LIMITS["selfhosted"].values())
    assert {f.limit_type for f in ref.FEATURES} <= {"daily", "monthly", "total"}


def test_goal_types_include_the_issue_list_and_point_at_real_columns():
    from sqlmodel import SQLModel

    from mitai_app.core.modules import import_models

    import_models()

    keys = {g.type_key for g in ref.GOAL_TYPES}
    assert {
        "weight",
        "body_fat",
        "lean_mass",
        "waist",
        "vo2max",
        "resting_hr",
        "blood_pressure",
        "sleep_duration",
        "training_frequency",
        "custom",
    } <= keys
    tables = SQLModel.metadata.tables
    for g in ref.GOAL_TYPES:
        assert g.direction in ("decrease", "increase", "target"), g.type_key
        if g.source_table:
            assert g.source_table in tables, g.type_key
            if g.source_column:
                assert g.source_column in tables[g.source_table].c, g.type_key
