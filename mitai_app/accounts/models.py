"""Profiles, sessions and per-profile statistics (spec section 1)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import (
    created_at,
    desc,
    document,
    json_field,
    numeric,
    partial_index,
    profile_fk,
    updated_at,
    utcnow,
    uuid_pk,
    with_default,
)
from mitai_app.core.text import Text

TIERS = ("free", "plus", "premium", "trial", "selfhosted")
ROLES = ("user", "admin")
LANGUAGES = ("de", "en")
UNIT_SYSTEMS = ("metric", "imperial")
# The guideline blood pressure is classified by (recovery): ESH 2023 or ACC/AHA 2017.
BP_GUIDELINES = ("esh", "acc_aha")
SEXES = ("male", "female")
DISPLAY_NAME_MAX = 100  # characters


class Profile(SQLModel, table=True):
    __tablename__ = "profiles"
    __table_args__ = (
        sa.CheckConstraint(f"tier IN {TIERS}", name="tier"),
        sa.CheckConstraint(f"role IN {ROLES}", name="role"),
        sa.CheckConstraint(f"language IN {LANGUAGES}", name="language"),
        sa.CheckConstraint(f"unit_system IN {UNIT_SYSTEMS}", name="unit_system"),
        sa.CheckConstraint(f"bp_guideline IN {BP_GUIDELINES}", name="bp_guideline"),
        sa.CheckConstraint(f"sex IS NULL OR sex IN {SEXES}", name="sex"),
        sa.CheckConstraint("session_days BETWEEN 1 AND 365", name="session_days"),
        sa.CheckConstraint("height_cm IS NULL OR height_cm BETWEEN 50 AND 272", name="height_cm"),
        sa.CheckConstraint(
            "resting_hr IS NULL OR resting_hr BETWEEN 25 AND 120", name="resting_hr"
        ),
        sa.UniqueConstraint("email", name="profiles_email_key"),
        partial_index(
            "idx_profiles_email",
            "email",
            where="email IS NOT NULL",
        ),
        sa.Index("idx_profiles_tier", "tier"),
        sa.Index("idx_profiles_quality_filter", "quality_filter_level"),
        partial_index(
            "idx_profiles_verification_token",
            "verification_token",
            where="verification_token IS NOT NULL",
        ),
    )

    id: uuid.UUID = uuid_pk()
    email: str | None = Field(default=None, max_length=255)
    # bcrypt hash (the original's column name; it held PIN hashes once).
    pin_hash: str = Field(max_length=255)
    role: str = with_default("user", max_length=20)
    tier: str = with_default("free", sa_type=sa.Text)
    created_at: datetime | None = created_at()
    email_verified: bool = with_default(False)
    verification_token: str | None = Field(default=None, max_length=255)
    invited_by: uuid.UUID | None = Field(
        default=None, foreign_key="profiles.id", ondelete="NO ACTION"
    )
    quality_filter_level: str = with_default("disabled", max_length=20)
    # Beyond the original dump: what the product needs to personalise.
    display_name: str | None = Field(default=None, max_length=DISPLAY_NAME_MAX)
    sex: str | None = Field(default=None, max_length=10)
    date_of_birth: date | None = None
    height_cm: float | None = numeric(4, 1)
    # As the user knows it; training's heart-rate zones use it when no
    # recent morning vitals give one.
    resting_hr: int | None = None
    language: str = with_default("de", nullable=False, max_length=2)
    unit_system: str = with_default("metric", nullable=False, max_length=10)
    timezone: str = with_default("UTC", nullable=False, max_length=64)
    bp_guideline: str = with_default("esh", nullable=False, max_length=10)
    ai_enabled: bool = with_default(False, nullable=False)
    session_days: int = with_default(30, nullable=False)
    updated_at: datetime | None = updated_at()


class LoginSession(SQLModel, table=True):
    """A signed-in browser (not to be confused with a database session)."""

    __tablename__ = "sessions"
    __table_args__ = (
        sa.Index("idx_sessions_profile_id", "profile_id"),
        sa.Index("idx_sessions_expires_at", "expires_at"),
    )

    # SHA-256 of the browser's token: a leaked table opens no session.
    token: str = Field(primary_key=True, max_length=255)
    profile_id: uuid.UUID = profile_fk()
    expires_at: datetime
    created_at: datetime | None = created_at()
    # Shown in the settings page's session list.
    user_agent: str | None = Field(default=None, max_length=255)
    client_ip: str | None = Field(default=None, max_length=45)
    last_seen_at: datetime | None = Field(default_factory=utcnow)


class UserStats(SQLModel, table=True):
    __tablename__ = "user_stats"

    profile_id: uuid.UUID = Field(primary_key=True, foreign_key="profiles.id", ondelete="CASCADE")
    total_weight_entries: int = with_default(0)
    total_circumference_entries: int = with_default(0)
    total_caliper_entries: int = with_default(0)
    total_activity_entries: int = with_default(0)
    total_nutrition_entries: int = with_default(0)
    total_photos: int = with_default(0)
    total_ai_insights: int = with_default(0)
    last_weight_date: date | None = None
    last_activity_date: date | None = None
    last_insight_date: datetime | None = None
    updated_at: datetime | None = updated_at()


TOKEN_PURPOSES = ("verify_email", "reset_password", "change_email", "invite")


class AccountToken(SQLModel, table=True):
    """Single-use, expiring links sent by e-mail; only their digest is stored."""

    __tablename__ = "account_tokens"
    __table_args__ = (
        sa.CheckConstraint(f"purpose IN {TOKEN_PURPOSES}", name="purpose"),
        sa.UniqueConstraint("token_hash", name="account_tokens_token_hash_key"),
        sa.Index("idx_account_tokens_profile_purpose", "profile_id", "purpose"),
    )

    id: uuid.UUID = uuid_pk()
    # The account the link acts on; for an invitation, the admin who invited.
    profile_id: uuid.UUID = profile_fk()
    purpose: str = Field(max_length=20)
    token_hash: str = Field(max_length=64)
    # The new address (change_email) or the invited address (invite).
    email: str | None = Field(default=None, max_length=255)
    expires_at: datetime
    used_at: datetime | None = None
    created_at: datetime | None = created_at()


class UserActivityLog(SQLModel, table=True):
    __tablename__ = "user_activity_log"
    __table_args__ = (
        sa.Index("idx_activity_log_profile", "profile_id", desc("created")),
        sa.Index("idx_activity_log_action", "action", desc("created")),
    )

    id: uuid.UUID = uuid_pk()
    # None: an account's deletion, kept for the admins after the account
    # (and its own log) is gone, without anything that names the person.
    profile_id: uuid.UUID | None = profile_fk(nullable=True)
    action: str = Field(sa_type=sa.Text)
    details: dict | None = json_field()
    created: datetime | None = created_at()


class ProfileChange(SQLModel, table=True):
    """One change of a profile field (accounts.profile.update_profile): the
    day in the profile's zone, the value before and after (dates as ISO
    text), so analyses can use the values valid on a day."""

    __tablename__ = "profile_history"
    __table_args__ = (sa.Index("idx_profile_history_profile_day", "profile_id", "changed_on"),)

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    changed_on: date
    field: str = Field(max_length=50)
    before: Any = json_field()
    after: Any = json_field()
    created_at: datetime | None = created_at()


# What the columns mean (the export's columns.csv).
document(
    ProfileChange,
    changed_on=Text(
        de="Tag der Änderung (Ortszeit des Profils)",
        en="The day of the change (the profile's local time)",
    ),
    field=Text(de="Das geänderte Profilfeld", en="The profile field that changed"),
    before=Text(de="Wert vorher (Daten als ISO-Text)", en="The value before (dates as ISO text)"),
    after=Text(de="Wert nachher (Daten als ISO-Text)", en="The value after (dates as ISO text)"),
)
