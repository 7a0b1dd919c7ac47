"""The one feature-access check (architecture, "Feature Access Control").

Every use case that creates an entry, uploads a photo, exports, imports or
calls the AI calls `consume()` inside its own transaction before it commits:
the usage is counted only when the action commits, and a refused action
raises `FeatureRefused` carrying the decision, which pages turn into a
message with `refusal_message()`. `check()` answers the same question
without counting, for display.

Counting is safe under concurrency: `consume()` makes sure the usage row
exists (INSERT … ON CONFLICT DO NOTHING), then locks it (SELECT … FOR
UPDATE on PostgreSQL; SQLite transactions start with BEGIN IMMEDIATE and
are serialized), so two requests cannot both take the last unit.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from mitai_app.accounts.models import Profile
from mitai_app.core import access_rules as rules
from mitai_app.core.access_rules import AccessDecision
from mitai_app.core.columns import utcnow
from mitai_app.core.i18n import translate
from mitai_app.core.models import (
    AccessGrant,
    Feature,
    Tier,
    TierLimit,
    UserFeatureRestriction,
    UserFeatureUsage,
    name_text,
    names_text,
)
from mitai_app.core.records import as_uuid
from mitai_app.core.settings import settings
from mitai_app.core.text import Text

log = logging.getLogger(__name__)

__all__ = [
    "AccessDecision",
    "FeatureRefused",
    "as_uuid",
    "check",
    "check_all",
    "consume",
    "effective_tier",
    "refusal_message",
]


class FeatureRefused(Exception):
    def __init__(self, decision: AccessDecision) -> None:
        super().__init__(f"{decision.feature_id}: {decision.reason}")
        self.decision = decision


# --- what the decision is made from --------------------------------------------


def _grant(row: AccessGrant | sa.Row) -> rules.Grant:
    """From a grant, or a row of its columns."""
    return rules.Grant(
        tier_id=row.tier_id,
        granted_by=row.granted_by,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        is_active=row.is_active,
        paused_at=row.paused_at,
    )


def _grants(session: Session, profile_id: uuid.UUID) -> list[rules.Grant]:
    rows = session.exec(
        select(AccessGrant).where(AccessGrant.profile_id == profile_id, AccessGrant.is_active)
    ).all()
    return [_grant(row) for row in rows]


def effective_tier(
    *, session: Session, profile_id: uuid.UUID | str, now: datetime | None = None
) -> rules.EffectiveTier:
    owner = as_uuid(profile_id)
    profile = session.get(Profile, owner)
    if profile is None:
        raise LookupError("profile not found")
    return rules.effective_tier(profile.tier, _grants(session, owner), now or utcnow())


@dataclass(frozen=True)
class _Context:
    """One profile's tier and limits for some features, loaded together."""

    timezone: str | None  # the profile's, where a daily or monthly limit resets
    tier: rules.EffectiveTier
    tier_name: Text
    feature_names: dict[str, Text]
    limits: dict[str, rules.Limit]


def tier_name(session: Session, tier_id: str) -> Text:
    """A tier's name; its id when there is no such tier."""
    tier = session.get(Tier, tier_id)
    return name_text(tier) if tier else Text(de=tier_id, en=tier_id)


def _context(
    session: Session, profile_id: uuid.UUID, feature_ids: Iterable[str] | None, now: datetime
) -> _Context:
    # Two statements, not six, of the columns the decision needs (no ORM
    # rows): this runs inside every charged save, where each round trip and
    # each hydrated row cost the worker CPU.
    rows = session.exec(
        select(
            Profile.tier,
            Profile.timezone,
            AccessGrant.tier_id,
            AccessGrant.granted_by,
            AccessGrant.valid_from,
            AccessGrant.valid_until,
            AccessGrant.is_active,
            AccessGrant.paused_at,
        )
        .outerjoin(AccessGrant, (AccessGrant.profile_id == Profile.id) & AccessGrant.is_active)
        .where(Profile.id == profile_id)
    ).all()
    if not rows:
        raise LookupError("profile not found")
    grants = [_grant(row) for row in rows if row.tier_id is not None]
    tier = rules.effective_tier(rows[0].tier, grants, now)
    query = (
        select(
            Feature.id,
            Feature.name,
            Feature.name_en,
            Feature.default_limit,
            Feature.limit_type,
            TierLimit.limit_value,
            TierLimit.limit_type.label("tier_limit_type"),
            TierLimit.id.label("tier_limit_id"),
            UserFeatureRestriction.custom_limit,
            UserFeatureRestriction.is_disabled,
            UserFeatureRestriction.id.label("restriction_id"),
            Tier.name.label("tier_name"),
            Tier.name_en.label("tier_name_en"),
            Tier.id.label("tier_row_id"),
        )
        .outerjoin(
            TierLimit, (TierLimit.feature_id == Feature.id) & (TierLimit.tier_id == tier.tier_id)
        )
        .outerjoin(
            UserFeatureRestriction,
            (UserFeatureRestriction.feature_id == Feature.id)
            & (UserFeatureRestriction.profile_id == profile_id),
        )
        .outerjoin(Tier, Tier.id == tier.tier_id)
        .order_by(Feature.category, Feature.id)
    )
    if feature_ids is not None:
        query = query.where(Feature.id.in_(list(feature_ids)))
    features = session.exec(query).all()
    limits = {
        row.id: rules.resolve_limit(
            restriction=rules.Restriction(row.custom_limit, row.is_disabled)
            if row.restriction_id is not None
            else None,
            tier_limit=rules.TierLimitRule(row.limit_value, row.tier_limit_type)
            if row.tier_limit_id is not None
            else None,
            default_limit=row.default_limit,
            feature_limit_type=row.limit_type,
        )
        for row in features
    }
    first = features[0] if features else None
    return _Context(
        timezone=rows[0].timezone,
        tier=tier,
        tier_name=names_text(first.tier_row_id, first.tier_name, first.tier_name_en)
        if first is not None and first.tier_row_id is not None
        else tier_name(session, tier.tier_id),
        feature_names={row.id: names_text(row.id, row.name, row.name_en) for row in features},
        limits=limits,
    )


def _decision(
    context: _Context, feature_id: str, usage: UserFeatureUsage | None, now: datetime, amount: int
) -> AccessDecision:
    feature_name = context.feature_names.get(feature_id)
    if feature_name is None:
        raise LookupError(f"unknown feature {feature_id!r}")
    limit = context.limits[feature_id]
    used = (
        rules.current_usage(usage.usage_count, usage.reset_at, now, limit.limit_type)
        if usage
        else 0
    )
    allowed, remaining, reason = rules.decide(limit, used, amount)
    return AccessDecision(
        feature_id=feature_id,
        allowed=allowed,
        limit=limit.value,
        used=used,
        remaining=remaining,
        reason=reason,
        limit_type=limit.limit_type,
        tier_id=context.tier.tier_id,
        tier_name=context.tier_name,
        feature_name=feature_name,
    )


# --- the usage log ----------------------------------------------------------------


def _log_decision(profile_id: uuid.UUID, decision: AccessDecision, now: datetime) -> None:
    """One JSON line per decision, appended with a single write (O_APPEND
    keeps concurrent lines whole without a lock)."""
    path = settings().usage_log
    line = json.dumps(
        {
            "time": now.isoformat(),
            "profile": str(profile_id),
            "feature": decision.feature_id,
            "allowed": decision.allowed,
            "limit": decision.limit,
            "used": decision.used,
            "remaining": decision.remaining,
            "reason": decision.reason,
        }
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(descriptor, (line + "\n").encode())
        finally:
            os.close(descriptor)
    except OSError:
        # A full disk or a read-only log must not refuse the user's action.
        log.exception("cannot write the usage log %s", path)


# --- the check ----------------------------------------------------------------------


def check(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    feature_id: str,
    now: datetime | None = None,
) -> AccessDecision:
    """Would one more use be allowed? Counts nothing, locks nothing."""
    return check_all(session=session, profile_id=profile_id, feature_ids=[feature_id], now=now)[0]


def check_all(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    feature_ids: Iterable[str] | None = None,
    now: datetime | None = None,
) -> list[AccessDecision]:
    """`check` for several features (all when None), by category and id."""
    owner, now = as_uuid(profile_id), now or utcnow()
    context = _context(session, owner, feature_ids, now)
    usages = {
        usage.feature_id: usage
        for usage in session.exec(
            select(UserFeatureUsage).where(
                UserFeatureUsage.profile_id == owner,
                UserFeatureUsage.feature_id.in_(list(context.feature_names)),
            )
        )
    }
    wanted = list(context.feature_names) if feature_ids is None else list(feature_ids)
    return [_decision(context, fid, usages.get(fid), now, 1) for fid in wanted]


def _locked_usage(
    session: Session, profile_id: uuid.UUID, feature_id: str
) -> UserFeatureUsage | None:
    return session.exec(
        select(UserFeatureUsage)
        .where(UserFeatureUsage.profile_id == profile_id, UserFeatureUsage.feature_id == feature_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()


def _ensure_usage_row(session: Session, profile_id: uuid.UUID, feature_id: str) -> None:
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(UserFeatureUsage)
        .values(id=uuid.uuid4(), profile_id=profile_id, feature_id=feature_id, usage_count=0)
        .on_conflict_do_nothing(index_elements=["profile_id", "feature_id"])
    )


def consume(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    feature_id: str,
    amount: int = 1,
    now: datetime | None = None,
) -> AccessDecision:
    """Takes `amount` units of `feature_id` for the profile in the caller's
    transaction, or raises FeatureRefused. The caller commits (the usage is
    counted with the action) or rolls back (nothing is counted). The
    decision returned counts the units just taken in `used`."""
    owner, now = as_uuid(profile_id), now or utcnow()
    context = _context(session, owner, [feature_id], now)
    if feature_id not in context.feature_names:
        raise LookupError(f"unknown feature {feature_id!r}")
    usage = _locked_usage(session, owner, feature_id)
    if usage is None:
        # Only a profile's first use of a feature pays for the insert.
        _ensure_usage_row(session, owner, feature_id)
        usage = _locked_usage(session, owner, feature_id)
    decision = _decision(context, feature_id, usage, now, amount)
    if not decision.allowed:
        _log_decision(owner, decision, now)
        raise FeatureRefused(decision)
    usage.usage_count = decision.used + amount
    usage.last_used_at = now
    usage.reset_at = rules.period_end(decision.limit_type, now, context.timezone)
    session.add(usage)
    session.flush()
    taken = replace(
        decision,
        used=usage.usage_count,
        remaining=None if decision.remaining is None else decision.remaining - amount,
    )
    _log_decision(owner, taken, now)
    return taken


# --- what the user reads ------------------------------------------------------------


def _feature_phrase(name: str, lang: str) -> str:
    """English names go lower-case inside a sentence ("weight entries"),
    acronyms ("AI analyses") and German nouns keep their capitals."""
    if lang == "de" or len(name) < 2 or name[1].isupper():
        return name
    return name[0].lower() + name[1:]


def refusal_message(decision: AccessDecision, lang: str) -> str:
    """What the user reads when `decision` refused an action: what their
    plan allows, what they used, and how to get more."""
    tier = decision.tier_name.pick(lang) or (decision.tier_id or "")
    name = decision.feature_name.pick(lang) or decision.feature_id
    if decision.reason == rules.DISABLED:
        return translate("membership.refusal.disabled", lang, feature=name)
    feature = _feature_phrase(name, lang)
    how = translate("membership.refusal.how", lang)
    if not decision.limit:
        return translate("membership.refusal.not_included", lang, tier=tier, feature=feature) + (
            " " + how
        )
    period = translate(f"membership.period.{decision.limit_type}", lang)
    return (
        translate(
            "membership.refusal.limit",
            lang,
            tier=tier,
            limit=decision.limit,
            feature=feature,
            period=period,
            used=decision.used,
        )
        + " "
        + how
    )
