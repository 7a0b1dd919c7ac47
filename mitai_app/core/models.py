"""Core's tables: the global app settings (spec 6.2; schema_migrations is
replaced by Alembic's version table), and the tables the one access check
reads: tiers, features, tier limits, access grants, per-user restrictions
and usage counters (spec section 4). They live in core because every module
charges its features through `core.access.consume`; membership administers
them.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import (
    desc,
    numeric,
    profile_fk,
    text_field,
    updated_at,
    uuid_pk,
    with_default,
)
from mitai_app.core.text import Text


class AppSetting(SQLModel, table=True):
    __tablename__ = "app_settings"

    key: str = Field(primary_key=True, max_length=100)
    value: str | None = text_field()
    updated_at: datetime | None = updated_at()


LIMIT_TYPES = ("daily", "monthly", "total")


def name_text(row: Tier | Feature) -> Text:
    """A tier's or feature's name in both languages: the stored English name
    is optional, the German one stands in for it (and the id for both)."""
    return names_text(row.id, row.name, row.name_en)


def names_text(row_id: str, name: str | None, name_en: str | None) -> Text:
    """`name_text` from the columns, for a query that reads no ORM rows."""
    return Text(de=name or name_en or row_id, en=name_en or name or row_id)


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
