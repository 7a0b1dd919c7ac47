"""Tiers, features, limits, coupons, access grants and the audit log (spec section 4)."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import (
    created_at,
    desc,
    numeric,
    profile_fk,
    text_field,
    uuid_pk,
    with_default,
)
from mitai_app.core.text import Text

LIMIT_TYPES = ("daily", "monthly", "total")


def name_text(row: Tier | Feature) -> Text:
    """A tier's or feature's name in both languages: the stored English name
    is optional, the German one stands in for it (and the id for both)."""
    return Text(de=row.name or row.name_en or row.id, en=row.name_en or row.name or row.id)


class Tier(SQLModel, table=True):
    __tablename__ = "tiers"

    id: str = Field(primary_key=True, sa_type=sa.Text)
    name: str = Field(sa_type=sa.Text)
    name_en: str | None = text_field()
    description: str | None = text_field()
    description_en: str | None = text_field()
    price_monthly: float | None = numeric(10, 2)
    price_yearly: float | None = numeric(10, 2)
    trial_days: int | None = None
    is_active: bool = with_default(True)
    sort_order: int = with_default(0)


class Feature(SQLModel, table=True):
    __tablename__ = "features"
    __table_args__ = (
        sa.CheckConstraint(f"limit_type IN {LIMIT_TYPES}", name="limit_type"),
        sa.CheckConstraint("default_limit IS NULL OR default_limit >= 0", name="default_limit"),
    )

    id: str = Field(primary_key=True, sa_type=sa.Text)
    name: str = Field(sa_type=sa.Text)
    name_en: str | None = text_field()
    description: str | None = text_field()
    description_en: str | None = text_field()
    category: str | None = text_field()
    # The fallback when neither a restriction nor the tier sets a limit
    # (architecture, "Feature Access Control"); NULL means unlimited.
    default_limit: int | None = None
    limit_type: str = with_default("total", nullable=False, sa_type=sa.Text)
    is_active: bool = with_default(True)


class TierLimit(SQLModel, table=True):
    __tablename__ = "tier_limits"
    __table_args__ = (
        sa.UniqueConstraint("tier_id", "feature_id", name="tier_limits_tier_id_feature_id_key"),
        sa.CheckConstraint(f"limit_type IS NULL OR limit_type IN {LIMIT_TYPES}", name="limit_type"),
        sa.CheckConstraint("limit_value IS NULL OR limit_value >= 0", name="limit_value"),
        sa.Index("idx_tier_limits_tier", "tier_id"),
        sa.Index("idx_tier_limits_feature", "feature_id"),
    )

    id: uuid.UUID = uuid_pk()
    tier_id: str = Field(sa_type=sa.Text, foreign_key="tiers.id", ondelete="CASCADE")
    feature_id: str = Field(sa_type=sa.Text, foreign_key="features.id", ondelete="CASCADE")
    limit_value: int | None = None
    limit_type: str | None = text_field()


class Coupon(SQLModel, table=True):
    __tablename__ = "coupons"
    __table_args__ = (
        sa.UniqueConstraint("code", name="coupons_code_key"),
        sa.CheckConstraint("duration_days IS NULL OR duration_days > 0", name="duration"),
        sa.CheckConstraint("max_uses IS NULL OR max_uses > 0", name="max_uses"),
        sa.CheckConstraint(
            "current_uses >= 0 AND (max_uses IS NULL OR current_uses <= max_uses)",
            name="current_uses",
        ),
        sa.Index("idx_coupons_code", "code"),
    )

    id: uuid.UUID = uuid_pk()
    code: str = Field(max_length=50)
    tier_id: str | None = Field(
        default=None, sa_type=sa.Text, foreign_key="tiers.id", ondelete="SET NULL"
    )
    duration_days: int | None = None
    max_uses: int | None = None
    current_uses: int = with_default(0)
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    is_active: bool = with_default(True)
    created_at: datetime | None = created_at()


class CouponRedemption(SQLModel, table=True):
    __tablename__ = "coupon_redemptions"
    __table_args__ = (
        sa.UniqueConstraint(
            "coupon_id", "profile_id", name="coupon_redemptions_coupon_id_profile_id_key"
        ),
        sa.Index("idx_coupon_redemptions_profile", "profile_id"),
    )

    id: uuid.UUID = uuid_pk()
    coupon_id: uuid.UUID = Field(foreign_key="coupons.id", ondelete="CASCADE")
    profile_id: uuid.UUID = profile_fk()
    redeemed_at: datetime | None = created_at()


class AccessGrant(SQLModel, table=True):
    __tablename__ = "access_grants"
    __table_args__ = (
        sa.CheckConstraint("valid_until > valid_from", name="validity"),
        sa.CheckConstraint("remaining_days IS NULL OR remaining_days >= 0", name="remaining_days"),
        sa.Index("idx_access_grants_profile", "profile_id", desc("valid_until")),
        sa.Index(
            "idx_access_grants_active",
            "profile_id",
            "is_active",
            desc("valid_until"),
        ),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    tier_id: str = Field(sa_type=sa.Text, foreign_key="tiers.id", ondelete="CASCADE")
    # 'coupon', 'trial' or 'admin:<uuid>' — kept as text as in the original.
    granted_by: str | None = text_field()
    coupon_id: uuid.UUID | None = Field(default=None, foreign_key="coupons.id", ondelete="SET NULL")
    valid_from: datetime
    valid_until: datetime
    is_active: bool = with_default(True)
    paused_by: uuid.UUID | None = None
    paused_at: datetime | None = None
    remaining_days: int | None = None


class UserFeatureRestriction(SQLModel, table=True):
    __tablename__ = "user_feature_restrictions"
    __table_args__ = (
        sa.UniqueConstraint(
            "profile_id",
            "feature_id",
            name="user_feature_restrictions_profile_id_feature_id_key",
        ),
        sa.CheckConstraint("custom_limit IS NULL OR custom_limit >= 0", name="custom_limit"),
        sa.Index("idx_user_restrictions_profile", "profile_id"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    feature_id: str = Field(sa_type=sa.Text, foreign_key="features.id", ondelete="CASCADE")
    custom_limit: int | None = None
    is_disabled: bool = with_default(False)


class UserFeatureUsage(SQLModel, table=True):
    __tablename__ = "user_feature_usage"
    __table_args__ = (
        sa.UniqueConstraint(
            "profile_id", "feature_id", name="user_feature_usage_profile_id_feature_id_key"
        ),
        sa.CheckConstraint("usage_count >= 0", name="usage_count"),
        sa.Index("idx_user_usage_profile", "profile_id"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    feature_id: str = Field(sa_type=sa.Text, foreign_key="features.id", ondelete="CASCADE")
    usage_count: int = with_default(0)
    last_used_at: datetime | None = None
    reset_at: datetime | None = None
