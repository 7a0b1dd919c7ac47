"""Membership tables: coupons and their redemptions (spec section 4); the
access tables they grant are in `core.models`."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import (
    created_at,
    profile_fk,
    uuid_pk,
    with_default,
)
from mitai_app.membership.consts import CODE_MAX


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
    code: str = Field(max_length=CODE_MAX)
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
