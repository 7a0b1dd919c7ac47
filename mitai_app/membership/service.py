"""A user's membership: the tier that applies and why, usage against each
limit, redeeming a coupon, starting the trial.

Refused input raises `UserError("membership.error.<what>")`. Every code
that cannot be redeemed (unknown, switched off, not yet or no longer valid,
used up) gets the one message, and tries are counted per profile and per
client, so codes cannot be guessed nor probed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from mitai_app.accounts.models import Profile
from mitai_app.accounts.ratelimit import enforce
from mitai_app.accounts.service import log_activity
from mitai_app.core.access import check_all, effective_tier, tier_name
from mitai_app.core.access_rules import DISABLED, FROM_PROFILE, aware
from mitai_app.core.columns import utcnow
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.models import AccessGrant, Tier
from mitai_app.core.modules import offered_features
from mitai_app.core.records import as_uuid
from mitai_app.core.system import app_setting
from mitai_app.core.text import Text
from mitai_app.membership.consts import CODE_MAX
from mitai_app.membership.models import Coupon, CouponRedemption

TRIAL = "trial"
COUPON = "coupon"
# For a coupon stored without a duration (the column allows it).
COUPON_DEFAULT_DAYS = 30
# Redemption tries per hour, per profile and per client: plenty for typos.
REDEEM_LIMIT = 10
REDEEM_WINDOW_S = 3600
INVALID_COUPON = "membership.error.coupon_invalid"


@dataclass(frozen=True)
class FeatureUsage:
    feature_id: str
    name: Text
    limit: int | None  # None: unlimited
    used: int
    limit_type: str
    reason: str  # why one more use would or would not be allowed


@dataclass(frozen=True)
class Subscription:
    tier_id: str
    tier_name: Text
    source: str  # profile, coupon, trial or admin
    valid_until: datetime | None
    features: list[FeatureUsage]
    trial_available: bool
    trial_days: int
    timezone: str
    # The account's own plan has no limit on any feature (self-hosted,
    # premium): a trial or a coupon could give nothing more, so the page
    # offers neither. A trial or coupon that lifts the limits for a while
    # is no such plan: it ends.
    unlimited: bool = False


@dataclass(frozen=True)
class GrantResult:
    tier_id: str
    tier_name: Text
    valid_until: datetime


def _trial_days(session: Session) -> int:
    try:
        return max(1, int(app_setting(session, "trial_days", "14")))
    except ValueError:
        return 14


def _had_trial(session: Session, profile_id: uuid.UUID) -> bool:
    return (
        session.exec(
            select(AccessGrant.id).where(
                AccessGrant.profile_id == profile_id, AccessGrant.granted_by == TRIAL
            )
        ).first()
        is not None
    )


def subscription(
    *, session: Session, profile_id: uuid.UUID | str, now: datetime | None = None
) -> Subscription:
    """What the Subscription page shows."""
    owner, now = as_uuid(profile_id), now or utcnow()
    profile = session.get(Profile, owner)
    if profile is None:
        raise UserError("membership.error.not_found")
    decisions = check_all(session=session, profile_id=owner, now=now)
    tier = effective_tier(session=session, profile_id=owner, now=now)
    # Only features a user can use: those of modules with pages.
    offered = offered_features()
    return Subscription(
        tier_id=tier.tier_id,
        tier_name=tier_name(session, tier.tier_id),
        source=tier.source,
        valid_until=tier.valid_until,
        features=[
            FeatureUsage(
                feature_id=d.feature_id,
                name=d.feature_name,
                limit=d.limit,
                used=d.used,
                limit_type=d.limit_type,
                reason=d.reason,
            )
            for d in decisions
            if d.feature_id in offered
        ],
        trial_available=not _had_trial(session, owner),
        trial_days=_trial_days(session),
        timezone=profile.timezone,
        unlimited=tier.source == FROM_PROFILE
        and all(d.limit is None and d.reason != DISABLED for d in decisions),
    )


def _grant(
    session: Session,
    profile_id: uuid.UUID,
    tier_id: str,
    days: int,
    granted_by: str,
    now: datetime,
    coupon_id: uuid.UUID | None = None,
) -> AccessGrant:
    grant = AccessGrant(
        profile_id=profile_id,
        tier_id=tier_id,
        granted_by=granted_by,
        coupon_id=coupon_id,
        valid_from=now,
        valid_until=now + timedelta(days=days),
    )
    session.add(grant)
    return grant


def _result(session: Session, grant: AccessGrant) -> GrantResult:
    return GrantResult(grant.tier_id, tier_name(session, grant.tier_id), aware(grant.valid_until))


def normalize_code(code: str) -> str:
    """Codes are compared case-insensitively: stored and typed upper-case."""
    return code.strip().upper()


def redeem_coupon(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    code: str,
    client_ip: str,
    now: datetime | None = None,
) -> GrantResult:
    """Redeems `code` once for this profile: an access grant for the coupon's
    tier and duration. Safe under concurrency: the unique (coupon, profile)
    pair refuses a second redemption, and the conditional update of
    current_uses refuses one beyond max_uses."""
    owner, now = as_uuid(profile_id), now or utcnow()
    wanted = normalize_code(
        checked_text(code, field="coupon_code", limit=CODE_MAX, label_key="membership.coupon_code")
    )
    if not wanted:
        raise UserError("membership.error.code_required")
    for key in (f"coupon:profile:{owner}", f"coupon:ip:{client_ip}"):
        enforce(key, limit=REDEEM_LIMIT, window_s=REDEEM_WINDOW_S)
    coupon = session.exec(select(Coupon).where(sa.func.upper(Coupon.code) == wanted)).first()
    if (
        coupon is None
        or not coupon.is_active
        or coupon.tier_id is None
        or (coupon.valid_from and now < aware(coupon.valid_from))
        or (coupon.valid_until and now >= aware(coupon.valid_until))
    ):
        raise UserError(INVALID_COUPON)
    session.add(CouponRedemption(coupon_id=coupon.id, profile_id=owner, redeemed_at=now))
    try:
        session.flush()
    except sa.exc.IntegrityError as error:
        session.rollback()
        raise UserError("membership.error.coupon_redeemed") from error
    taken = session.execute(
        sa.update(Coupon)
        .where(
            Coupon.id == coupon.id,
            sa.or_(Coupon.max_uses.is_(None), Coupon.current_uses < Coupon.max_uses),
        )
        .values(current_uses=Coupon.current_uses + 1)
    )
    if taken.rowcount != 1:
        session.rollback()
        raise UserError(INVALID_COUPON)
    grant = _grant(
        session,
        owner,
        coupon.tier_id,
        coupon.duration_days or COUPON_DEFAULT_DAYS,
        COUPON,
        now,
        coupon.id,
    )
    log_activity(session, owner, "coupon_redeemed", code=coupon.code, tier=coupon.tier_id)
    try:
        session.commit()
    except sa.exc.IntegrityError as error:
        # The same profile redeeming in two tabs at once: the second waits
        # for the first and then meets the unique pair.
        session.rollback()
        raise UserError("membership.error.coupon_redeemed") from error
    return _result(session, grant)


def start_trial(
    *, session: Session, profile_id: uuid.UUID | str, now: datetime | None = None
) -> GrantResult:
    """The trial (app settings trial_tier for trial_days), once per profile.
    The profile row is locked first, so two clicks cannot start two trials."""
    owner, now = as_uuid(profile_id), now or utcnow()
    profile = session.exec(select(Profile).where(Profile.id == owner).with_for_update()).first()
    if profile is None:
        raise UserError("membership.error.not_found")
    if _had_trial(session, owner):
        raise UserError("membership.error.trial_used")
    tier_id = app_setting(session, "trial_tier", "premium")
    if session.get(Tier, tier_id) is None:
        raise UserError("membership.error.trial_unavailable")
    grant = _grant(session, owner, tier_id, _trial_days(session), TRIAL, now)
    log_activity(session, owner, "trial_started", tier=tier_id)
    session.commit()
    return _result(session, grant)
