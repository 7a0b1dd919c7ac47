"""What mitai-data-model.txt prescribes for keys and delete rules, table by table.

Written out from the spec rather than derived from the models, so the tests
catch a model that drifts from it.
"""

SPEC_TABLES = {
    "profiles",
    "sessions",
    "user_stats",
    "weight_log",
    "circumference_log",
    "caliper_log",
    "activity_log",
    "nutrition_log",
    "sleep_log",
    "vitals_baseline",
    "blood_pressure_log",
    "rest_days",
    "photos",
    "ai_prompts",
    "ai_insights",
    "ai_usage",
    "pipeline_configs",
    "tiers",
    "features",
    "tier_limits",
    "coupons",
    "coupon_redemptions",
    "access_grants",
    "user_feature_restrictions",
    "user_feature_usage",
    "user_activity_log",
    "goals",
    "goal_type_definitions",
    "goal_focus_contributions",
    "goal_progress_log",
    "focus_area_definitions",
    "user_focus_area_weights",
    "user_focus_preferences",
    "training_types",
    "activity_type_mappings",
    "training_phases",
    "fitness_tests",
    "training_parameters",
    "weekly_goals",
    "app_settings",
}

# table -> column sets that must be unique (constraint or unique index)
SPEC_UNIQUE = {
    "profiles": [("email",)],
    "weight_log": [("profile_id", "date")],
    "sleep_log": [("profile_id", "date")],
    "vitals_baseline": [("profile_id", "date")],
    "blood_pressure_log": [("profile_id", "measured_at")],
    "rest_days": [("profile_id", "date", "focus")],
    "ai_prompts": [("slug",)],
    "ai_usage": [("profile_id", "date")],
    "pipeline_configs": [("name",), ("is_default",)],
    "tier_limits": [("tier_id", "feature_id")],
    "coupons": [("code",)],
    "coupon_redemptions": [("coupon_id", "profile_id")],
    "user_feature_restrictions": [("profile_id", "feature_id")],
    "user_feature_usage": [("profile_id", "feature_id")],
    "goal_type_definitions": [("type_key",)],
    "goal_progress_log": [("goal_id", "date")],
    "focus_area_definitions": [("key",)],
    "user_focus_preferences": [("profile_id",)],
    "activity_type_mappings": [("activity_type", "profile_id")],
    "training_parameters": [("key",)],
    "weekly_goals": [("profile_id", "week_start")],
}

SPEC_PRIMARY_KEYS = {
    "sessions": ("token",),
    "user_stats": ("profile_id",),
    "tiers": ("id",),
    "features": ("id",),
    "app_settings": ("key",),
    "goal_focus_contributions": ("goal_id", "focus_area_id"),
    "user_focus_area_weights": ("profile_id", "focus_area_id"),
}

_PROFILE_CASCADE = {"profile_id": ("profiles", "CASCADE")}

# table -> {column: (referred table, ON DELETE)}
SPEC_FOREIGN_KEYS = {
    "profiles": {"invited_by": ("profiles", "NO ACTION")},
    **{
        t: _PROFILE_CASCADE
        for t in (
            "sessions",
            "user_stats",
            "weight_log",
            "circumference_log",
            "caliper_log",
            "nutrition_log",
            "sleep_log",
            "vitals_baseline",
            "blood_pressure_log",
            "rest_days",
            "photos",
            "ai_insights",
            "ai_usage",
            "user_activity_log",
            "goals",
            "user_focus_preferences",
            "training_phases",
            "fitness_tests",
            "weekly_goals",
            "account_tokens",
        )
    },
    "activity_log": {**_PROFILE_CASCADE, "training_type_id": ("training_types", "NO ACTION")},
    "tier_limits": {"tier_id": ("tiers", "CASCADE"), "feature_id": ("features", "CASCADE")},
    "coupons": {"tier_id": ("tiers", "SET NULL")},
    "coupon_redemptions": {**_PROFILE_CASCADE, "coupon_id": ("coupons", "CASCADE")},
    "access_grants": {
        **_PROFILE_CASCADE,
        "tier_id": ("tiers", "CASCADE"),
        "coupon_id": ("coupons", "SET NULL"),
    },
    "user_feature_restrictions": {**_PROFILE_CASCADE, "feature_id": ("features", "CASCADE")},
    "user_feature_usage": {**_PROFILE_CASCADE, "feature_id": ("features", "CASCADE")},
    "goal_focus_contributions": {
        "goal_id": ("goals", "CASCADE"),
        "focus_area_id": ("focus_area_definitions", "CASCADE"),
    },
    "goal_progress_log": {**_PROFILE_CASCADE, "goal_id": ("goals", "CASCADE")},
    "user_focus_area_weights": {
        **_PROFILE_CASCADE,
        "focus_area_id": ("focus_area_definitions", "CASCADE"),
    },
    "activity_type_mappings": {
        **_PROFILE_CASCADE,
        "training_type_id": ("training_types", "CASCADE"),
    },
}
