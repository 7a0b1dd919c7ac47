"""Personal access tokens: made in Settings with a name, scopes and an
optional expiry; shown once; only their SHA-256 is stored.

A scope is `<area>:read` or `<area>:write`, where an area is `profile` or a
module with logs (`body`, …); write includes read.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from mitai_app.accounts import ratelimit
from mitai_app.accounts.models import Profile
from mitai_app.accounts.service import log_activity
from mitai_app.api.consts import (
    PROFILE_SCOPE,
    READ,
    READ_AREAS,
    REQUESTS_PER_MINUTE,
    TOKEN_NAME_MAX,
    TOKEN_PREFIX,
    TOKENS_ALLOWED_SETTING,
    TOKENS_PER_PROFILE,
    WRITE,
)
from mitai_app.api.models import ApiToken
from mitai_app.core.columns import utcnow
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.modules import contributions
from mitai_app.core.records import as_uuid, owned
from mitai_app.core.system import app_setting, put_app_setting

# A token's last use is written at most this often (not on every request).
LAST_USE_PRECISION = timedelta(minutes=1)


def areas() -> list[tuple[str, list[str]]]:
    """What a scope can name, with the catalogue keys that describe it: the
    profile, every module with logs (described by its logs' names), goals
    and AI insights (read only)."""
    return (
        [(PROFILE_SCOPE, ["api.area.profile"])]
        + [
            (module.name, [spec.label_key for spec in specs])
            for module, specs in contributions("logs")
        ]
        + [(area, [label]) for area, label in READ_AREAS]
    )


def all_scopes() -> list[str]:
    return [f"{area}:{level}" for area, _ in areas() for level in (READ, WRITE)]


def allows(scopes: list[str] | frozenset[str], area: str, level: str) -> bool:
    return f"{area}:{WRITE}" in scopes or (level == READ and f"{area}:{READ}" in scopes)


@dataclass(frozen=True)
class TokenRow:
    id: str
    name: str
    scopes: list[str]
    created_at: datetime | None
    expires_at: datetime | None
    last_used_at: datetime | None


@dataclass(frozen=True)
class Caller:
    """Who an API request speaks for."""

    profile_id: uuid.UUID
    token_id: uuid.UUID
    scopes: frozenset[str]


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _row(token: ApiToken) -> TokenRow:
    return TokenRow(
        str(token.id),
        token.name,
        list(token.scopes),
        token.created_at,
        token.expires_at,
        token.last_used_at,
    )


def tokens_allowed(*, session: Session) -> bool:
    return app_setting(session, TOKENS_ALLOWED_SETTING, "true") == "true"


def set_tokens_allowed(*, session: Session, admin_id: uuid.UUID | str, allowed: bool) -> bool:
    """An admin allows personal access tokens or switches them off (every
    existing token stops working, without being deleted); returns the setting."""
    admin = session.get(Profile, as_uuid(admin_id))
    if admin is None or admin.role != "admin":
        raise UserError("error.not_admin")
    put_app_setting(session, TOKENS_ALLOWED_SETTING, "true" if allowed else "false")
    log_activity(session, admin.id, "api_tokens_toggled", allowed=bool(allowed))
    session.commit()
    return bool(allowed)


def create_token(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    name: str,
    scopes: list[str],
    expires_on: str = "",
    today: date | None = None,
) -> tuple[TokenRow, str]:
    """The new token and its secret, which is shown this once.
    `expires_on`: an ISO date, or empty for a token without end."""
    owner = as_uuid(profile_id)
    try:
        expiry = date.fromisoformat(expires_on.strip()) if expires_on.strip() else None
    except ValueError as error:
        raise UserError("log.error.date_invalid", field="expires_on") from error
    if not tokens_allowed(session=session):
        raise UserError("api.error.not_allowed")
    name = checked_text(name, field="name", limit=TOKEN_NAME_MAX)
    if not name:
        raise UserError("api.error.name_required", field="name")
    chosen = sorted(set(scopes))
    if not chosen or not set(chosen) <= set(all_scopes()):
        raise UserError("api.error.scopes", field="scopes")
    if expiry is not None and expiry <= (today or utcnow().date()):
        raise UserError("api.error.expiry_past", field="expires_on")
    count = session.exec(
        select(sa.func.count()).select_from(ApiToken).where(ApiToken.profile_id == owner)
    ).one()
    if count >= TOKENS_PER_PROFILE:
        raise UserError("api.error.too_many", limit=TOKENS_PER_PROFILE)
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        profile_id=owner,
        name=name,
        token_hash=_digest(secret),
        scopes=chosen,
        expires_at=(datetime.combine(expiry, time.min, tzinfo=utcnow().tzinfo) if expiry else None),
    )
    session.add(token)
    log_activity(session, owner, "api_token_created", token=name, scopes=",".join(chosen))
    session.commit()
    return _row(token), secret


def list_tokens(*, session: Session, profile_id: uuid.UUID | str) -> list[TokenRow]:
    rows = session.exec(
        select(ApiToken)
        .where(ApiToken.profile_id == as_uuid(profile_id))
        .order_by(ApiToken.created_at.desc())
    )
    return [_row(token) for token in rows]


def revoke_token(*, session: Session, profile_id: uuid.UUID | str, token_id: str) -> None:
    """Deletes the profile's token; someone else's id is "not found" like an unknown one."""
    token = owned(session, ApiToken, profile_id, token_id)
    session.delete(token)
    log_activity(session, token.profile_id, "api_token_revoked", token=token.name)
    session.commit()


def authenticate(*, session: Session, secret: str, now: datetime | None = None) -> Caller | None:
    """The caller a bearer token speaks for; None for a wrong, expired or
    revoked token, or when the admin has switched tokens off. Counts the
    request against the token's rate limit (UserError when exceeded)."""
    if not secret.startswith(TOKEN_PREFIX) or not tokens_allowed(session=session):
        return None
    now = now or utcnow()
    token = session.exec(select(ApiToken).where(ApiToken.token_hash == _digest(secret))).first()
    if token is None or (token.expires_at is not None and token.expires_at <= now):
        return None
    ratelimit.enforce(f"api:token:{token.id}", limit=REQUESTS_PER_MINUTE)
    if token.last_used_at is None or now - token.last_used_at >= LAST_USE_PRECISION:
        # The activity log shows the token's use with the same precision.
        token.last_used_at = now
        session.add(token)
        log_activity(session, token.profile_id, "api_token_used", token=token.name)
        session.commit()
    return Caller(token.profile_id, token.id, frozenset(token.scopes))
