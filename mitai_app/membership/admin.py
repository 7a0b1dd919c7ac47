"""Membership administration: profiles (role, tier, verification, AI,
restrictions, access grants), tiers, features, the tier-limit matrix,
coupons and the activity log.

Every use case takes the acting `admin_id` and refuses anyone who is not an
admin (the pages check too; this is the second lock). Changes are written to
the activity log of the profile they concern, naming the admin.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from mitai_app.accounts.models import ROLES, TIERS, Profile, UserActivityLog
from mitai_app.accounts.service import log_activity
from mitai_app.core.access import effective_tier
from mitai_app.core.access_rules import Grant as GrantRule
from mitai_app.core.access_rules import aware, grant_covers, grant_source
from mitai_app.core.app_settings import APP_SETTINGS
from mitai_app.core.columns import utcnow
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.models import (
    LIMIT_TYPES,
    AccessGrant,
    Feature,
    Tier,
    TierLimit,
    UserFeatureRestriction,
    name_text,
)
from mitai_app.core.records import as_uuid
from mitai_app.core.system import app_setting, put_app_setting
from mitai_app.core.text import Text
from mitai_app.membership.consts import CODE_MAX, CODE_MIN
from mitai_app.membership.models import Coupon, CouponRedemption
from mitai_app.membership.service import normalize_code

MAX_DAYS = 3650
MAX_LIMIT = 1_000_000
LOG_PAGE_SIZE = 25


# --- checks and parsing ------------------------------------------------------------


def _admin(session: Session, admin_id: uuid.UUID | str) -> uuid.UUID:
    admin = as_uuid(admin_id)
    profile = session.get(Profile, admin)
    if profile is None or profile.role != "admin":
        raise UserError("membership.error.forbidden")
    return admin


def _profile(session: Session, profile_id: uuid.UUID | str) -> Profile:
    try:
        profile = session.get(Profile, as_uuid(profile_id))
    except (ValueError, TypeError, AttributeError) as error:
        raise UserError("membership.error.not_found") from error
    if profile is None:
        raise UserError("membership.error.not_found")
    return profile


def parse_count(text: str, code: str, *, minimum: int = 0, maximum: int = MAX_LIMIT) -> int | None:
    """A whole number typed by an admin; empty is None (unlimited, no limit)."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = int(text)
    except ValueError as error:
        raise UserError(code) from error
    if not minimum <= value <= maximum:
        raise UserError(code)
    return value


def parse_price(text: str) -> float | None:
    text = (text or "").strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError as error:
        raise UserError("membership.error.price_invalid") from error
    if not math.isfinite(value) or not 0 <= value < 100_000:
        raise UserError("membership.error.price_invalid")
    return round(value, 2)


NAME_MAX = 100  # the columns' length
CATEGORY_MAX = 50


def _names(form: dict[str, str]) -> tuple[str, str | None]:
    """The German name (required) and the English one (optional) of a form;
    a longer name is refused, not cut."""
    name = checked_text(
        form.get("name"), field="name", limit=NAME_MAX, label_key="membership.admin.name_de"
    )
    if not name:
        raise UserError("membership.error.name_required")
    name_en = checked_text(
        form.get("name_en"), field="name_en", limit=NAME_MAX, label_key="membership.admin.name_en"
    )
    return name, name_en or None


def _tier(session: Session, tier_id: str) -> Tier:
    tier = session.get(Tier, tier_id)
    if tier is None:
        raise UserError("membership.error.tier_unknown")
    return tier


def _feature(session: Session, feature_id: str) -> Feature:
    feature = session.get(Feature, feature_id)
    if feature is None:
        raise UserError("membership.error.feature_unknown")
    return feature


# --- profiles ---------------------------------------------------------------------


@dataclass(frozen=True)
class ProfileRow:
    id: str
    email: str
    display_name: str
    role: str
    tier: str
    effective_tier: str
    email_verified: bool
    ai_enabled: bool


@dataclass(frozen=True)
class RestrictionRow:
    feature_id: str
    name: Text
    custom_limit: int | None
    disabled: bool


@dataclass(frozen=True)
class GrantRow:
    id: str
    tier_id: str
    source: str  # coupon, trial or admin
    valid_from: datetime
    valid_until: datetime
    paused: bool
    remaining_days: int | None
    current: bool  # covers now


@dataclass(frozen=True)
class ProfileDetail:
    profile: ProfileRow
    restrictions: list[RestrictionRow]  # one per feature
    grants: list[GrantRow]  # newest first


def _profile_row(session: Session, profile: Profile, now: datetime) -> ProfileRow:
    return ProfileRow(
        id=str(profile.id),
        email=profile.email or "",
        display_name=profile.display_name or "",
        role=profile.role,
        tier=profile.tier,
        effective_tier=effective_tier(session=session, profile_id=profile.id, now=now).tier_id,
        email_verified=profile.email_verified,
        ai_enabled=profile.ai_enabled,
    )


def search_profiles(
    *, session: Session, admin_id: uuid.UUID | str, query: str = "", limit: int = 50
) -> list[ProfileRow]:
    """Profiles whose e-mail or name contains `query`, by e-mail."""
    _admin(session, admin_id)
    statement = select(Profile).order_by(Profile.email).limit(limit)
    text = query.strip().lower()
    if text:
        pattern = f"%{text}%"
        statement = statement.where(
            sa.or_(
                sa.func.lower(Profile.email).like(pattern),
                sa.func.lower(Profile.display_name).like(pattern),
            )
        )
    now = utcnow()
    return [_profile_row(session, profile, now) for profile in session.exec(statement)]


def _grant_row(grant: AccessGrant, now: datetime) -> GrantRow:
    rule = GrantRule(
        grant.tier_id,
        grant.granted_by,
        grant.valid_from,
        grant.valid_until,
        grant.is_active,
        grant.paused_at,
    )
    return GrantRow(
        id=str(grant.id),
        tier_id=grant.tier_id,
        source=grant_source(grant.granted_by),
        valid_from=aware(grant.valid_from),
        valid_until=aware(grant.valid_until),
        paused=grant.paused_at is not None,
        remaining_days=grant.remaining_days,
        current=grant_covers(rule, now),
    )


def profile_detail(
    *, session: Session, admin_id: uuid.UUID | str, profile_id: uuid.UUID | str
) -> ProfileDetail:
    _admin(session, admin_id)
    profile, now = _profile(session, profile_id), utcnow()
    restrictions = {
        row.feature_id: row
        for row in session.exec(
            select(UserFeatureRestriction).where(UserFeatureRestriction.profile_id == profile.id)
        )
    }
    features = session.exec(select(Feature).order_by(Feature.category, Feature.id)).all()
    grants = session.exec(
        select(AccessGrant)
        .where(AccessGrant.profile_id == profile.id, AccessGrant.is_active)
        .order_by(col(AccessGrant.valid_from).desc())
    ).all()
    return ProfileDetail(
        profile=_profile_row(session, profile, now),
        restrictions=[
            RestrictionRow(
                feature_id=feature.id,
                name=name_text(feature),
                custom_limit=restrictions[feature.id].custom_limit
                if feature.id in restrictions
                else None,
                disabled=feature.id in restrictions and restrictions[feature.id].is_disabled,
            )
            for feature in features
        ],
        grants=[_grant_row(grant, now) for grant in grants],
    )


def update_profile(
    *,
    session: Session,
    admin_id: uuid.UUID | str,
    profile_id: uuid.UUID | str,
    role: str,
    tier: str,
    email_verified: bool,
    ai_enabled: bool,
) -> ProfileRow:
    """Role, own tier, e-mail verified, AI enabled. An admin cannot take the
    admin role from themselves (nobody would be left to give it back)."""
    admin = _admin(session, admin_id)
    profile = _profile(session, profile_id)
    if role not in ROLES:
        raise UserError("membership.error.role_invalid")
    if tier not in TIERS:
        raise UserError("membership.error.tier_unknown")
    if profile.id == admin and role != "admin":
        raise UserError("membership.error.own_role")
    before = (profile.role, profile.tier, profile.email_verified, profile.ai_enabled)
    profile.role, profile.tier = role, tier
    profile.email_verified, profile.ai_enabled = bool(email_verified), bool(ai_enabled)
    session.add(profile)
    log_activity(
        session,
        profile.id,
        "admin_profile_updated",
        admin=str(admin),
        before=list(before),
        after=[role, tier, bool(email_verified), bool(ai_enabled)],
    )
    session.commit()
    return _profile_row(session, profile, utcnow())


def set_restriction(
    *,
    session: Session,
    admin_id: uuid.UUID | str,
    profile_id: uuid.UUID | str,
    feature_id: str,
    custom_limit: str,
    disabled: bool,
) -> None:
    """A user's own limit for a feature (empty: none) or the feature switched
    off; neither removes the restriction."""
    admin = _admin(session, admin_id)
    profile = _profile(session, profile_id)
    _feature(session, feature_id)
    limit = parse_count(custom_limit, "membership.error.limit_invalid")
    row = session.exec(
        select(UserFeatureRestriction).where(
            UserFeatureRestriction.profile_id == profile.id,
            UserFeatureRestriction.feature_id == feature_id,
        )
    ).first()
    if limit is None and not disabled:
        if row is not None:
            session.delete(row)
    else:
        row = row or UserFeatureRestriction(profile_id=profile.id, feature_id=feature_id)
        row.custom_limit, row.is_disabled = limit, bool(disabled)
        session.add(row)
    log_activity(
        session,
        profile.id,
        "admin_restriction_set",
        admin=str(admin),
        feature=feature_id,
        custom_limit=limit,
        disabled=bool(disabled),
    )
    session.commit()


def grant_access(
    *,
    session: Session,
    admin_id: uuid.UUID | str,
    profile_id: uuid.UUID | str,
    tier_id: str,
    days: str,
) -> GrantRow:
    admin = _admin(session, admin_id)
    profile = _profile(session, profile_id)
    _tier(session, tier_id)
    duration = parse_count(days, "membership.error.days_invalid", minimum=1, maximum=MAX_DAYS)
    if duration is None:
        raise UserError("membership.error.days_invalid")
    now = utcnow()
    grant = AccessGrant(
        profile_id=profile.id,
        tier_id=tier_id,
        granted_by=f"admin:{admin}",
        valid_from=now,
        valid_until=now + timedelta(days=duration),
    )
    session.add(grant)
    log_activity(
        session, profile.id, "admin_grant_created", admin=str(admin), tier=tier_id, days=duration
    )
    session.commit()
    return _grant_row(grant, now)


def _owned_grant(session: Session, profile: Profile, grant_id: str) -> AccessGrant:
    try:
        grant = session.get(AccessGrant, as_uuid(grant_id))
    except (ValueError, TypeError, AttributeError) as error:
        raise UserError("membership.error.not_found") from error
    if grant is None or grant.profile_id != profile.id or not grant.is_active:
        raise UserError("membership.error.not_found")
    return grant


def pause_grant(
    *,
    session: Session,
    admin_id: uuid.UUID | str,
    profile_id: uuid.UUID | str,
    grant_id: str,
) -> None:
    """Stops a running grant and keeps its remaining (whole, rounded up) days."""
    admin = _admin(session, admin_id)
    profile = _profile(session, profile_id)
    grant, now = _owned_grant(session, profile, grant_id), utcnow()
    if grant.paused_at is not None or aware(grant.valid_until) <= now:
        raise UserError("membership.error.grant_not_running")
    left = aware(grant.valid_until) - max(now, aware(grant.valid_from))
    grant.remaining_days = math.ceil(left / timedelta(days=1))
    grant.paused_at, grant.paused_by = now, admin
    session.add(grant)
    log_activity(
        session,
        profile.id,
        "admin_grant_paused",
        admin=str(admin),
        tier=grant.tier_id,
        remaining_days=grant.remaining_days,
    )
    session.commit()


def resume_grant(
    *,
    session: Session,
    admin_id: uuid.UUID | str,
    profile_id: uuid.UUID | str,
    grant_id: str,
) -> None:
    """Runs a paused grant again: valid until now + its remaining days."""
    admin = _admin(session, admin_id)
    profile = _profile(session, profile_id)
    grant, now = _owned_grant(session, profile, grant_id), utcnow()
    if grant.paused_at is None:
        raise UserError("membership.error.grant_not_paused")
    days = grant.remaining_days or 0
    grant.valid_from = min(aware(grant.valid_from), now)
    grant.valid_until = now + timedelta(days=days)
    grant.paused_at = grant.paused_by = grant.remaining_days = None
    session.add(grant)
    log_activity(
        session, profile.id, "admin_grant_resumed", admin=str(admin), tier=grant.tier_id, days=days
    )
    session.commit()


# --- tiers, features, limits ---------------------------------------------------------


@dataclass(frozen=True)
class TierRow:
    id: str
    name: str  # as stored, for the form
    name_en: str
    title: Text  # as shown
    price_monthly: float | None
    price_yearly: float | None
    trial_days: int | None
    is_active: bool
    sort_order: int


@dataclass(frozen=True)
class FeatureRow:
    id: str
    name: str  # as stored, for the form
    name_en: str
    title: Text  # as shown
    category: str
    default_limit: int | None
    limit_type: str


@dataclass(frozen=True)
class LimitMatrix:
    tiers: list[str]  # columns, by sort order
    features: list[FeatureRow]  # rows
    # (tier_id, feature_id) -> limit; a missing pair or None is unlimited
    cells: dict[tuple[str, str], int | None]


def _tier_row(tier: Tier) -> TierRow:
    return TierRow(
        id=tier.id,
        name=tier.name,
        name_en=tier.name_en or "",
        title=name_text(tier),
        price_monthly=tier.price_monthly,
        price_yearly=tier.price_yearly,
        trial_days=tier.trial_days,
        is_active=tier.is_active,
        sort_order=tier.sort_order,
    )


def _feature_row(feature: Feature) -> FeatureRow:
    return FeatureRow(
        id=feature.id,
        name=feature.name,
        name_en=feature.name_en or "",
        title=name_text(feature),
        category=feature.category or "",
        default_limit=feature.default_limit,
        limit_type=feature.limit_type,
    )


def list_tiers(*, session: Session, admin_id: uuid.UUID | str) -> list[TierRow]:
    _admin(session, admin_id)
    tiers = session.exec(select(Tier).order_by(Tier.sort_order, Tier.id)).all()
    return [_tier_row(tier) for tier in tiers]


def update_tier(
    *,
    session: Session,
    admin_id: uuid.UUID | str,
    tier_id: str,
    form: dict[str, str],
) -> TierRow:
    """Names, prices, trial days, active, order, from a form's texts."""
    admin = _admin(session, admin_id)
    tier = _tier(session, tier_id)
    tier.name, tier.name_en = _names(form)
    tier.price_monthly = parse_price(form.get("price_monthly", ""))
    tier.price_yearly = parse_price(form.get("price_yearly", ""))
    tier.trial_days = parse_count(
        form.get("trial_days", ""), "membership.error.days_invalid", maximum=MAX_DAYS
    )
    tier.sort_order = (
        parse_count(form.get("sort_order", ""), "membership.error.order_invalid", maximum=1000) or 0
    )
    tier.is_active = form.get("is_active") in ("on", "true", True)
    session.add(tier)
    log_activity(session, admin, "admin_tier_updated", tier=tier.id)
    session.commit()
    return _tier_row(tier)


def default_tier(*, session: Session) -> str:
    """The plan new accounts start on (app setting `default_tier`)."""
    return app_setting(session, "default_tier", APP_SETTINGS["default_tier"])


def set_default_tier(*, session: Session, admin_id: uuid.UUID | str, tier_id: str) -> str:
    admin = _admin(session, admin_id)
    tier = _tier(session, tier_id)
    put_app_setting(session, "default_tier", tier.id)
    log_activity(session, admin, "admin_default_tier_changed", tier=tier.id)
    session.commit()
    return tier.id


def update_feature(
    *,
    session: Session,
    admin_id: uuid.UUID | str,
    feature_id: str,
    form: dict[str, str],
) -> FeatureRow:
    """Names, category, default limit (empty: unlimited) and period."""
    admin = _admin(session, admin_id)
    feature = _feature(session, feature_id)
    names = _names(form)
    category = checked_text(
        form.get("category"),
        field="category",
        limit=CATEGORY_MAX,
        label_key="membership.admin.category",
    )
    limit_type = form.get("limit_type", feature.limit_type)
    if limit_type not in LIMIT_TYPES:
        raise UserError("membership.error.limit_type_invalid")
    feature.name, feature.name_en = names
    feature.category = category or None
    feature.default_limit = parse_count(
        form.get("default_limit", ""), "membership.error.limit_invalid"
    )
    feature.limit_type = limit_type
    session.add(feature)
    log_activity(session, admin, "admin_feature_updated", feature=feature.id)
    session.commit()
    return _feature_row(feature)


def limit_matrix(*, session: Session, admin_id: uuid.UUID | str) -> LimitMatrix:
    _admin(session, admin_id)
    tiers = session.exec(select(Tier.id).order_by(Tier.sort_order, Tier.id)).all()
    features = session.exec(select(Feature).order_by(Feature.category, Feature.id)).all()
    cells = {
        (row.tier_id, row.feature_id): row.limit_value for row in session.exec(select(TierLimit))
    }
    return LimitMatrix(
        tiers=list(tiers), features=[_feature_row(feature) for feature in features], cells=cells
    )


def set_tier_limit(
    *,
    session: Session,
    admin_id: uuid.UUID | str,
    tier_id: str,
    feature_id: str,
    value: str,
) -> int | None:
    """One cell of the matrix: a whole number, or empty for unlimited."""
    admin = _admin(session, admin_id)
    _tier(session, tier_id)
    feature = _feature(session, feature_id)
    limit = parse_count(value, "membership.error.limit_invalid")
    row = session.exec(
        select(TierLimit).where(TierLimit.tier_id == tier_id, TierLimit.feature_id == feature_id)
    ).first()
    row = row or TierLimit(tier_id=tier_id, feature_id=feature_id, limit_type=feature.limit_type)
    row.limit_value = limit
    session.add(row)
    log_activity(
        session, admin, "admin_tier_limit_set", tier=tier_id, feature=feature_id, limit=limit
    )
    session.commit()
    return limit


# --- coupons ---------------------------------------------------------------------


@dataclass(frozen=True)
class CouponRow:
    id: str
    code: str
    tier_id: str
    duration_days: int | None
    max_uses: int | None
    current_uses: int
    valid_from: datetime | None
    valid_until: datetime | None
    is_active: bool


@dataclass(frozen=True)
class RedemptionRow:
    email: str
    redeemed_at: datetime | None


def _coupon_row(coupon: Coupon) -> CouponRow:
    return CouponRow(
        id=str(coupon.id),
        code=coupon.code,
        tier_id=coupon.tier_id or "",
        duration_days=coupon.duration_days,
        max_uses=coupon.max_uses,
        current_uses=coupon.current_uses,
        valid_from=aware(coupon.valid_from) if coupon.valid_from else None,
        valid_until=aware(coupon.valid_until) if coupon.valid_until else None,
        is_active=coupon.is_active,
    )


def list_coupons(*, session: Session, admin_id: uuid.UUID | str) -> list[CouponRow]:
    _admin(session, admin_id)
    coupons = session.exec(select(Coupon).order_by(col(Coupon.created_at).desc())).all()
    return [_coupon_row(coupon) for coupon in coupons]


def create_coupon(
    *,
    session: Session,
    admin_id: uuid.UUID | str,
    code: str,
    tier_id: str,
    duration_days: str,
    max_uses: str = "",
    valid_from: datetime | None = None,
    valid_until: datetime | None = None,
) -> CouponRow:
    """A coupon: code (letters, digits, - and _; stored upper-case), tier,
    days, optional max uses and validity window."""
    admin = _admin(session, admin_id)
    wanted = normalize_code(
        checked_text(code, field="code", limit=CODE_MAX, label_key="membership.admin.code")
    )
    if len(wanted) < CODE_MIN or not all(c.isalnum() or c in "-_" for c in wanted):
        raise UserError("membership.error.code_invalid")
    _tier(session, tier_id)
    days = parse_count(duration_days, "membership.error.days_invalid", minimum=1, maximum=MAX_DAYS)
    if days is None:
        raise UserError("membership.error.days_invalid")
    uses = parse_count(max_uses, "membership.error.uses_invalid", minimum=1)
    if valid_from and valid_until and valid_until <= valid_from:
        raise UserError("membership.error.window_invalid")
    if session.exec(select(Coupon.id).where(sa.func.upper(Coupon.code) == wanted)).first():
        raise UserError("membership.error.code_taken")
    coupon = Coupon(
        code=wanted,
        tier_id=tier_id,
        duration_days=days,
        max_uses=uses,
        valid_from=valid_from,
        valid_until=valid_until,
    )
    session.add(coupon)
    log_activity(session, admin, "admin_coupon_created", code=wanted, tier=tier_id, days=days)
    try:
        session.commit()
    except sa.exc.IntegrityError as error:
        session.rollback()
        raise UserError("membership.error.code_taken") from error
    return _coupon_row(coupon)


def set_coupon_active(
    *, session: Session, admin_id: uuid.UUID | str, coupon_id: str, active: bool
) -> CouponRow:
    admin = _admin(session, admin_id)
    try:
        coupon = session.get(Coupon, as_uuid(coupon_id))
    except (ValueError, TypeError, AttributeError) as error:
        raise UserError("membership.error.not_found") from error
    if coupon is None:
        raise UserError("membership.error.not_found")
    coupon.is_active = bool(active)
    session.add(coupon)
    log_activity(
        session,
        admin,
        "admin_coupon_activated" if active else "admin_coupon_deactivated",
        code=coupon.code,
    )
    session.commit()
    return _coupon_row(coupon)


def coupon_redemptions(
    *, session: Session, admin_id: uuid.UUID | str, coupon_id: str
) -> list[RedemptionRow]:
    _admin(session, admin_id)
    try:
        key = as_uuid(coupon_id)
    except (ValueError, TypeError, AttributeError) as error:
        raise UserError("membership.error.not_found") from error
    rows = session.exec(
        select(Profile.email, CouponRedemption.redeemed_at)
        .join(Profile, Profile.id == CouponRedemption.profile_id)
        .where(CouponRedemption.coupon_id == key)
        .order_by(col(CouponRedemption.redeemed_at).desc())
    ).all()
    return [
        RedemptionRow(email or "", aware(redeemed) if redeemed else None)
        for email, redeemed in rows
    ]


# --- activity log ---------------------------------------------------------------------


@dataclass(frozen=True)
class LogRow:
    created: datetime | None
    email: str
    action: str
    details: dict


@dataclass(frozen=True)
class LogPage:
    rows: list[LogRow]
    page: int  # from 0
    pages: int
    total: int
    actions: list[str]  # every action in the log, for the filter


def activity_log(
    *,
    session: Session,
    admin_id: uuid.UUID | str,
    email: str = "",
    action: str = "",
    page: int = 0,
    page_size: int = LOG_PAGE_SIZE,
) -> LogPage:
    """The activity log, newest first, filtered by profile (e-mail contains)
    and action, one page at a time."""
    _admin(session, admin_id)
    conditions = []
    if email.strip():
        conditions.append(sa.func.lower(Profile.email).like(f"%{email.strip().lower()}%"))
    if action:
        conditions.append(UserActivityLog.action == action)
    base = (
        select(UserActivityLog, Profile.email)
        # Outer: a deleted account's entry has no profile left to name.
        .outerjoin(Profile, Profile.id == UserActivityLog.profile_id)
        .where(*conditions)
    )
    total = session.exec(select(sa.func.count()).select_from(base.subquery())).one()
    pages = max(1, math.ceil(total / page_size))
    page = min(max(0, page), pages - 1)
    rows = session.exec(
        base.order_by(col(UserActivityLog.created).desc(), col(UserActivityLog.id))
        .offset(page * page_size)
        .limit(page_size)
    ).all()
    actions = session.exec(
        select(UserActivityLog.action).distinct().order_by(UserActivityLog.action)
    ).all()
    return LogPage(
        rows=[
            LogRow(
                created=aware(entry.created) if entry.created else None,
                email=address or "",
                action=entry.action,
                details=entry.details or {},
            )
            for entry, address in rows
        ],
        page=page,
        pages=pages,
        total=total,
        actions=list(actions),
    )
