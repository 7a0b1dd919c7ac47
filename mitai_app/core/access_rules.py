"""The feature-access decision, without a database (architecture, "Feature
Access Control").

- The effective tier: an active, unpaused access grant (coupon, trial or
  admin) that covers `now` wins over the profile's own tier. An expired grant
  simply stops covering `now`: nobody has to act when it runs out.
- The limit of a feature: a restriction of this user (disabled, or a custom
  limit) wins, then the tier's limit row, then the feature's default.
  `None` means unlimited.
- Usage counters belong to a period (a day or a month in the profile's time
  zone, or forever); a counter whose period is over counts as zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mitai_app.core.text import Text

DAILY, MONTHLY, TOTAL = "daily", "monthly", "total"

# Why a decision came out as it did.
UNLIMITED = "unlimited"
WITHIN_LIMIT = "within_limit"
LIMIT_REACHED = "limit_reached"
DISABLED = "disabled"  # switched off for this user by an admin

# Where a limit came from.
FROM_RESTRICTION, FROM_TIER, FROM_DEFAULT = "restriction", "tier", "default"

NO_NAME = Text(de="", en="")

# Where the effective tier came from.
FROM_PROFILE, FROM_COUPON, FROM_TRIAL, FROM_ADMIN = "profile", "coupon", "trial", "admin"


@dataclass(frozen=True)
class AccessDecision:
    feature_id: str
    allowed: bool
    limit: int | None  # None: unlimited
    used: int
    remaining: int | None  # None: unlimited
    reason: str  # UNLIMITED, WITHIN_LIMIT, LIMIT_REACHED or DISABLED
    limit_type: str = TOTAL  # DAILY, MONTHLY or TOTAL
    tier_id: str | None = None
    # For the refusal message; empty: use the ids.
    tier_name: Text = NO_NAME
    feature_name: Text = NO_NAME


@dataclass(frozen=True)
class Grant:
    """An access grant as the decision needs it."""

    tier_id: str
    granted_by: str | None  # 'coupon', 'trial' or 'admin:<uuid>'
    valid_from: datetime
    valid_until: datetime
    is_active: bool
    paused_at: datetime | None


@dataclass(frozen=True)
class EffectiveTier:
    tier_id: str
    source: str  # FROM_PROFILE, FROM_COUPON, FROM_TRIAL or FROM_ADMIN
    valid_until: datetime | None  # when the grant ends; None for the profile's own tier


@dataclass(frozen=True)
class Restriction:
    custom_limit: int | None
    is_disabled: bool


@dataclass(frozen=True)
class TierLimitRule:
    """A tier's row for a feature: `limit_value` None is unlimited."""

    limit_value: int | None
    limit_type: str | None


@dataclass(frozen=True)
class Limit:
    value: int | None  # None: unlimited
    limit_type: str
    source: str  # FROM_RESTRICTION, FROM_TIER or FROM_DEFAULT
    disabled: bool = False


def aware(moment: datetime) -> datetime:
    """SQLite hands stored UTC times back naive."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def grant_source(granted_by: str | None) -> str:
    if granted_by == FROM_COUPON:
        return FROM_COUPON
    if granted_by == FROM_TRIAL:
        return FROM_TRIAL
    return FROM_ADMIN


def grant_covers(grant: Grant, now: datetime) -> bool:
    return (
        grant.is_active
        and grant.paused_at is None
        and aware(grant.valid_from) <= now < aware(grant.valid_until)
    )


def effective_tier(profile_tier: str, grants: list[Grant], now: datetime) -> EffectiveTier:
    """The grant that covers `now` and runs longest, else the profile's tier."""
    covering = [grant for grant in grants if grant_covers(grant, now)]
    if not covering:
        return EffectiveTier(profile_tier, FROM_PROFILE, None)
    grant = max(covering, key=lambda g: aware(g.valid_until))
    return EffectiveTier(grant.tier_id, grant_source(grant.granted_by), aware(grant.valid_until))


def resolve_limit(
    *,
    restriction: Restriction | None,
    tier_limit: TierLimitRule | None,
    default_limit: int | None,
    feature_limit_type: str,
) -> Limit:
    """Restriction > tier limit > feature default. A tier row without a type
    counts in the feature's period."""
    limit_type = (tier_limit.limit_type if tier_limit else None) or feature_limit_type
    if restriction is not None and restriction.is_disabled:
        return Limit(0, limit_type, FROM_RESTRICTION, disabled=True)
    if restriction is not None and restriction.custom_limit is not None:
        return Limit(restriction.custom_limit, limit_type, FROM_RESTRICTION)
    if tier_limit is not None:
        return Limit(tier_limit.limit_value, limit_type, FROM_TIER)
    return Limit(default_limit, feature_limit_type, FROM_DEFAULT)


def period_end(limit_type: str, now: datetime, timezone: str) -> datetime | None:
    """When the period containing `now` ends (UTC): the next local midnight,
    or the first of the next local month; None for a total limit."""
    if limit_type == TOTAL:
        return None
    zone = ZoneInfo(timezone)
    local = now.astimezone(zone)
    if limit_type == DAILY:
        next_day = local.date() + timedelta(days=1)
    elif limit_type == MONTHLY:
        next_day = (local.date().replace(day=1) + timedelta(days=32)).replace(day=1)
    else:
        raise ValueError(f"unknown limit type {limit_type!r}")
    return datetime.combine(next_day, time.min, tzinfo=zone).astimezone(UTC)


def current_usage(
    usage_count: int, resets_at: datetime | None, now: datetime, limit_type: str = TOTAL
) -> int:
    """The counter, or zero once the period it was counted in is over. A
    counter kept under a total limit (it never resets) starts afresh when an
    admin makes the limit daily or monthly."""
    if resets_at is None:
        return usage_count if limit_type == TOTAL else 0
    return 0 if now >= aware(resets_at) else usage_count


def decide(limit: Limit, used: int, amount: int = 1) -> tuple[bool, int | None, str]:
    """(allowed, remaining before the action, reason) for taking `amount` more."""
    if limit.disabled:
        return False, 0, DISABLED
    if limit.value is None:
        return True, None, UNLIMITED
    remaining = max(0, limit.value - used)
    if amount > remaining:
        return False, remaining, LIMIT_REACHED
    return True, remaining, WITHIN_LIMIT
