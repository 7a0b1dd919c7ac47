"""The one feature-access check (architecture, "Feature Access Control").

Every use case that creates an entry, uploads a photo, exports, imports or
calls the AI calls `consume()` inside its own transaction before it commits:
the usage is counted only when the action commits, and a refused action
raises `FeatureRefused` carrying the decision, which pages turn into a
message with `refusal_message()`. `check()` answers the same question
without counting, for display.

Counting is safe under concurrency: `consume()` takes the units in one
statement (INSERT … ON CONFLICT DO UPDATE … WHERE the limit allows them),
which PostgreSQL runs on the locked row and SQLite in a transaction that
began with BEGIN IMMEDIATE (serialized), so two requests cannot both take
the last unit. A refusal reads the row again, locked (SELECT … FOR UPDATE),
for its numbers.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from mitai_app.accounts.models import Profile
from mitai_app.core import access_rules as rules
from mitai_app.core import db
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


def _grant(row: AccessGrant) -> rules.Grant:
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
    tier_id: str  # the effective tier's
    tier_name: Text
    feature_names: dict[str, Text]
    limits: dict[str, rules.Limit]


def tier_name(session: Session, tier_id: str) -> Text:
    """A tier's name; its id when there is no such tier."""
    tier = session.get(Tier, tier_id)
    return name_text(tier) if tier else Text(de=tier_id, en=tier_id)


def _effective_tier_id() -> sa.ColumnElement[str]:
    """`rules.effective_tier`'s tier id in SQL (at the bound `now`), for
    the profile of the enclosing query: the covering grant that runs
    longest, else the profile's own tier."""
    now = sa.bindparam("now", type_=AccessGrant.__table__.c.valid_from.type)
    covering = (
        select(AccessGrant.tier_id)
        .where(
            AccessGrant.profile_id == Profile.id,
            AccessGrant.is_active,
            AccessGrant.paused_at.is_(None),
            AccessGrant.valid_from <= now,
            AccessGrant.valid_until > now,
        )
        .order_by(AccessGrant.valid_until.desc())
        .limit(1)
        .correlate(Profile)
        .scalar_subquery()
    )
    return sa.func.coalesce(covering, Profile.tier)


# The statements of every charged save are built once per process, with their
# values bound at each run: building one costs more CPU than running it.
@cache
def _context_query(some_features: bool) -> sa.Select:
    """The profile's zone and effective tier with each feature (all, or
    the bound `feature_ids`): its tier's limit, the profile's restriction
    and the tier's name."""
    profile_id = sa.bindparam("profile_id", type_=Profile.__table__.c.id.type)
    profile = (
        select(Profile.timezone, _effective_tier_id().label("tier_id"))
        .where(Profile.id == profile_id)
        .subquery()
    )
    query = (
        select(
            profile.c.timezone,
            profile.c.tier_id,
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
        )
        .select_from(profile)
        .join(Feature, sa.true())
        .outerjoin(
            TierLimit,
            (TierLimit.feature_id == Feature.id) & (TierLimit.tier_id == profile.c.tier_id),
        )
        .outerjoin(
            UserFeatureRestriction,
            (UserFeatureRestriction.feature_id == Feature.id)
            & (UserFeatureRestriction.profile_id == profile_id),
        )
        .outerjoin(Tier, Tier.id == profile.c.tier_id)
        .order_by(Feature.category, Feature.id)
    )
    if some_features:
        query = query.where(Feature.id.in_(sa.bindparam("feature_ids", expanding=True)))
    return query


def _context(
    session: Session, profile_id: uuid.UUID, feature_ids: Iterable[str] | None, now: datetime
) -> _Context:
    # One statement of the columns the decision needs (no ORM rows, Core's
    # execution): this runs inside every charged save, where each round trip
    # and each hydrated row cost the worker CPU.
    values: dict = {"profile_id": profile_id, "now": now}
    if feature_ids is not None:
        values["feature_ids"] = list(feature_ids)
    query = _context_query(feature_ids is not None)
    features = db.execute(session, query, values).all()
    if not features:
        raise LookupError("profile not found, or none of the features")
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
    first = features[0]
    return _Context(
        timezone=first.timezone,
        tier_id=first.tier_id,
        tier_name=names_text(first.tier_id, first.tier_name, first.tier_name_en),
        feature_names={row.id: names_text(row.id, row.name, row.name_en) for row in features},
        limits=limits,
    )


def _in_use(
    context: _Context, feature_id: str, usage: UserFeatureUsage | None, now: datetime
) -> int:
    """What the usage row counts in the current period."""
    if usage is None:
        return 0
    limit_type = context.limits[feature_id].limit_type
    return rules.current_usage(usage.usage_count, usage.reset_at, now, limit_type)


def _decision(context: _Context, feature_id: str, used: int, amount: int) -> AccessDecision:
    feature_name = context.feature_names.get(feature_id)
    if feature_name is None:
        raise LookupError(f"unknown feature {feature_id!r}")
    limit = context.limits[feature_id]
    allowed, remaining, reason = rules.decide(limit, used, amount)
    return AccessDecision(
        feature_id=feature_id,
        allowed=allowed,
        limit=limit.value,
        used=used,
        remaining=remaining,
        reason=reason,
        limit_type=limit.limit_type,
        tier_id=context.tier_id,
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
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT
    try:
        try:
            descriptor = os.open(path, flags, 0o640)
        except FileNotFoundError:  # the first line ever: its folder is made once, not per line
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, flags, 0o640)
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
    asked = None if feature_ids is None else list(feature_ids)
    if asked == []:
        return []
    context = _context(session, owner, asked, now)
    usages = {
        usage.feature_id: usage
        for usage in session.exec(
            select(UserFeatureUsage).where(
                UserFeatureUsage.profile_id == owner,
                UserFeatureUsage.feature_id.in_(list(context.feature_names)),
            )
        )
    }
    wanted = list(context.feature_names) if asked is None else asked
    return [
        _decision(context, fid, _in_use(context, fid, usages.get(fid), now), 1) for fid in wanted
    ]


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


def _counted(limit_type: str) -> sa.ColumnElement[int]:
    """The stored counter as `rules.current_usage` reads it at the bound
    `now`, in SQL: zero once the period it was counted in is over."""
    usage = UserFeatureUsage.__table__.c
    still_counting = usage.reset_at > sa.bindparam("now", type_=usage.reset_at.type)
    if limit_type == rules.TOTAL:
        still_counting = usage.reset_at.is_(None) | still_counting
    return sa.case((still_counting, usage.usage_count), else_=0)


@cache
def _take_statement(dialect: str, limit_type: str, limited: bool) -> sa.Insert:
    """`_take_units`' statement; the `limit` it binds when `limited`."""
    usage = UserFeatureUsage.__table__.c
    counted = _counted(limit_type)
    amount = sa.bindparam("amount", type_=usage.usage_count.type)
    now = sa.bindparam("now", type_=usage.last_used_at.type)
    resets_at = sa.bindparam("resets_at", type_=usage.reset_at.type)
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(UserFeatureUsage).values(
        id=sa.bindparam("id", type_=usage.id.type),
        profile_id=sa.bindparam("profile_id", type_=usage.profile_id.type),
        feature_id=sa.bindparam("feature_id", type_=usage.feature_id.type),
        usage_count=amount,
        last_used_at=now,
        reset_at=resets_at,
    )
    return statement.on_conflict_do_update(
        index_elements=["profile_id", "feature_id"],
        set_={"usage_count": counted + amount, "last_used_at": now, "reset_at": resets_at},
        where=counted + amount <= sa.bindparam("limit", type_=sa.Integer) if limited else None,
    ).returning(usage.id, usage.usage_count)


def _take_units(
    session: Session,
    profile_id: uuid.UUID,
    feature_id: str,
    limit: rules.Limit,
    amount: int,
    now: datetime,
    timezone: str | None,
) -> int | None:
    """Takes `amount` units in one statement: inserts the usage row on a
    profile's first use, else counts on from what the row holds now, but
    only while the limit allows it. The counter after, or None when the
    limit did not allow it (nothing written). The caller has checked that
    the limit allows `amount` at all."""
    connection = session.connection()
    statement = _take_statement(connection.dialect.name, limit.limit_type, limit.value is not None)
    taken = connection.execute(
        statement,
        {
            "id": uuid.uuid4(),
            "profile_id": profile_id,
            "feature_id": feature_id,
            "amount": amount,
            "now": now,
            "resets_at": rules.period_end(limit.limit_type, now, timezone),
            "limit": limit.value,
        },
    ).one_or_none()
    if taken is None:
        return None
    # A usage row this session read before holds the old counter: read it anew.
    kept = session.identity_map.get(session.identity_key(UserFeatureUsage, taken.id))
    if kept is not None:
        session.expire(kept)
    return taken.usage_count


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
    limit = context.limits[feature_id]
    counter = None
    if rules.decide(limit, 0, amount)[0]:
        counter = _take_units(session, owner, feature_id, limit, amount, now, context.timezone)
    if counter is not None:
        decision = _decision(context, feature_id, counter - amount, amount)
    else:
        # Refused (or the counter moved on since): decide on the locked row.
        decision = _locked_decision(session, context, owner, feature_id, amount, now)
    taken = replace(
        decision,
        used=decision.used + amount,
        remaining=None if decision.remaining is None else decision.remaining - amount,
    )
    _log_decision(owner, taken, now)
    return taken


def _locked_decision(
    session: Session,
    context: _Context,
    profile_id: uuid.UUID,
    feature_id: str,
    amount: int,
    now: datetime,
) -> AccessDecision:
    """`consume`'s decision made on the usage row, locked: raises
    FeatureRefused, or counts the units taken."""
    usage = _locked_usage(session, profile_id, feature_id)
    if usage is None:
        _ensure_usage_row(session, profile_id, feature_id)
        usage = _locked_usage(session, profile_id, feature_id)
    decision = _decision(context, feature_id, _in_use(context, feature_id, usage, now), amount)
    if not decision.allowed:
        _log_decision(profile_id, decision, now)
        raise FeatureRefused(decision)
    usage.usage_count = decision.used + amount
    usage.last_used_at = now
    usage.reset_at = rules.period_end(decision.limit_type, now, context.timezone)
    session.add(usage)
    session.flush()
    return decision


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
