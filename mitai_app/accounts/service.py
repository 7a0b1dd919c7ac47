"""Accounts and sessions: registration, verification, login, password and
e-mail changes, resets, invitations, session management, account deletion.

Every function is blocking (bcrypt, SMTP): state handlers call them from a
worker thread. Failures raise `UserError` (`error.<what>`), which the pages
show with `user_message`. Answers that could reveal whether an address has an account
(login, registration, reset) are the same either way.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache, lru_cache
from zoneinfo import available_timezones

import sqlalchemy as sa
from email_validator import EmailNotValidError, validate_email
from sqlmodel import Session, col, delete, func, select

from mitai_app.accounts import mail, passwords
from mitai_app.accounts.addresses import link_base
from mitai_app.accounts.consts import RESET, VERIFY, VERIFY_EMAIL_CHANGE
from mitai_app.accounts.models import (
    DISPLAY_NAME_MAX,
    AccountToken,
    LoginSession,
    Profile,
    UserActivityLog,
)
from mitai_app.accounts.ratelimit import RateDecision, enforce, limiter
from mitai_app.core import routes
from mitai_app.core.app_settings import APP_SETTINGS
from mitai_app.core.columns import utcnow
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.landing import landing_page
from mitai_app.core.settings import settings
from mitai_app.core.system import app_setting, put_app_setting

LOGIN_LIMIT = 5  # attempts per minute, per client and per account (and per trusted device)
REGISTRATION_LIMIT = 3  # per minute, per client
RESET_LIMIT = 5  # requests per minute, per client
# Re-entering the password while signed in (change e-mail or password, delete
# the account): per minute, per account and per client, as for sign-in.
RECHECK_LIMIT = 5
# Confirmation mails for a new address: per hour, per account and per address
# mailed, so nobody can make the app mail an address over and over.
EMAIL_CHANGE_LIMIT = 3
EMAIL_CHANGE_WINDOW_S = 3600
WINDOW_S = 60
LINK_LIFETIME = {
    "verify_email": timedelta(days=2),
    "change_email": timedelta(days=2),
    "reset_password": timedelta(hours=1),
    "invite": timedelta(days=14),
}
# Seen-at is written at most this often, not on every event.
LAST_SEEN_RESOLUTION = timedelta(minutes=5)


@dataclass(frozen=True)
class CurrentUser:
    id: uuid.UUID
    email: str
    display_name: str
    role: str
    language: str
    unit_system: str
    timezone: str
    session_days: int

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class LoginResult:
    token: str
    user: CurrentUser
    # Proves to later sign-ins to this account that this browser signed in
    # before (the device cookie): it passes the per-account limit.
    device: str = ""
    # Where signing in leads when no other page was asked for (core.landing):
    # the dashboard, or a new account's first-run flow.
    landing: str = routes.DASHBOARD


@dataclass(frozen=True)
class SessionRow:
    id: str
    device: str
    client_ip: str
    created_at: datetime | None
    last_seen_at: datetime | None
    expires_at: datetime
    current: bool


@lru_cache(maxsize=1)
def timezones() -> tuple[str, ...]:
    """Every IANA time zone the server knows, sorted (for the select)."""
    return tuple(sorted(available_timezones()))


def known_zone(zone: str) -> str:
    """The browser's time zone for a new account, or UTC when it is none
    the server knows (an old browser, a tampered request)."""
    return zone if zone in timezones() else "UTC"


def normalize_email(email: str) -> str:
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as error:
        raise UserError("error.invalid_email") from error


def _check_new_password(password: str, email: str | None) -> None:
    problem = passwords.password_problem(password, email=email)
    if problem:
        raise UserError(f"error.password_{problem}")


def _hash(password: str) -> str:
    return passwords.hash_password(
        password, key=settings().password_key, rounds=settings().bcrypt_rounds
    )


def _verify(password: str, stored_hash: str | None) -> passwords.PasswordCheck:
    """A missing account costs the same bcrypt time as a wrong password."""
    config = settings()
    if stored_hash is None:
        passwords.dummy_verify(key=config.password_key, rounds=config.bcrypt_rounds)
        return passwords.PasswordCheck(valid=False, needs_rehash=False)
    return passwords.verify_password(
        password, stored_hash, key=config.password_key, rounds=config.bcrypt_rounds
    )


def _limit(key: str, limit: int) -> None:
    decision: RateDecision = limiter().hit(key, limit=limit, window_s=WINDOW_S)
    if not decision.allowed:
        raise UserError("error.rate_limited", seconds=decision.retry_after_s)


def log_activity(session: Session, profile_id: uuid.UUID, action: str, **details) -> None:
    session.add(UserActivityLog(profile_id=profile_id, action=action, details=details or None))


def _link(path: str, token: str | None = None, *, opened_at: str | None) -> str:
    """`opened_at`: the address the person opened the app with (see addresses)."""
    config = settings()
    url = link_base(configured=config.public_base_url, opened_at=opened_at, port=config.port) + path
    return f"{url}?token={token}" if token else url


def _profile_by_email(session: Session, email: str) -> Profile | None:
    return session.exec(select(Profile).where(Profile.email == email)).first()


def profile_id_by_email(*, session: Session, email: str) -> uuid.UUID:
    """The account's id, for operators' commands; UserError when there is none."""
    profile = _profile_by_email(session, normalize_email(email))
    if profile is None:
        raise UserError("error.no_such_account", email=email)
    return profile.id


# What `current_user` reads of a profile (session_user_by_id selects only these).
_USER_COLUMNS = (
    Profile.id,
    Profile.email,
    Profile.display_name,
    Profile.role,
    Profile.language,
    Profile.unit_system,
    Profile.timezone,
    Profile.session_days,
)


def current_user(profile: Profile | sa.Row) -> CurrentUser:
    return CurrentUser(
        id=profile.id,
        email=profile.email or "",
        display_name=profile.display_name or (profile.email or "").split("@")[0],
        role=profile.role,
        language=profile.language,
        unit_system=profile.unit_system,
        timezone=profile.timezone,
        session_days=profile.session_days,
    )


# --- single-use links ------------------------------------------------------


def _issue_link(
    session: Session, profile_id: uuid.UUID, purpose: str, email: str | None = None
) -> str:
    token = passwords.new_token()
    session.add(
        AccountToken(
            profile_id=profile_id,
            purpose=purpose,
            token_hash=passwords.token_digest(token),
            email=email,
            expires_at=utcnow() + LINK_LIFETIME[purpose],
        )
    )
    return token


def _redeem_link(session: Session, token: str, purpose: str) -> AccountToken:
    """Marks the link used, or raises when it is unknown, used or expired.
    The UPDATE ... WHERE used_at IS NULL makes a double click count once."""
    digest = passwords.token_digest(token or "")
    row = session.exec(
        select(AccountToken).where(
            AccountToken.token_hash == digest, AccountToken.purpose == purpose
        )
    ).first()
    if row is None or row.used_at is not None or row.expires_at <= utcnow():
        raise UserError("error.invalid_link")
    claimed = session.execute(
        sa.update(AccountToken)
        .where(AccountToken.id == row.id, col(AccountToken.used_at).is_(None))
        .values(used_at=utcnow())
    ).rowcount
    if claimed != 1:
        raise UserError("error.invalid_link")
    return row


def _mail(to: str, language: str, kind: str, link: str = "") -> None:
    subject, body = MAIL_TEXTS[kind][language if language in ("de", "en") else "en"]
    mail.send_mail(to=to, subject=subject, body=body.format(link=link))


# --- registration and verification ---------------------------------------


def registration_open(*, session: Session) -> bool:
    return app_setting(session, "registration_open", "true") == "true"


def set_registration_open(*, session: Session, admin_id: uuid.UUID, open: bool) -> bool:
    """An admin opens or closes self-registration; returns the new setting."""
    admin = session.get(Profile, admin_id)
    if admin is None or admin.role != "admin":
        raise UserError("error.not_admin")
    put_app_setting(session, "registration_open", "true" if open else "false")
    log_activity(session, admin.id, "registration_toggled", open=bool(open))
    session.commit()
    return bool(open)


def needs_first_admin(*, session: Session) -> bool:
    return session.exec(select(func.count()).where(Profile.role == "admin")).one() == 0


def register(
    *,
    session: Session,
    email: str,
    password: str,
    language: str,
    client_ip: str,
    display_name: str | None = None,
    invite_token: str | None = None,
    timezone: str = "UTC",
    opened_at: str | None = None,
) -> bool:
    """Creates an account and mails its verification link. When the address
    is taken, mails its owner instead and answers the same. Returns whether a
    confirmation link was sent (False only for a proven invitation)."""
    _limit(f"register:ip:{client_ip}", REGISTRATION_LIMIT)
    email = normalize_email(email)
    display_name = checked_text(
        display_name, field="display_name", limit=DISPLAY_NAME_MAX, label_key="auth.display_name"
    )
    _check_new_password(password, email)
    # Hash first: no transaction waits on bcrypt, and whether the address is
    # taken or not, the answer takes the same time.
    pin_hash = _hash(password)
    invitation = _redeem_link(session, invite_token, "invite") if invite_token else None
    if invitation is None and not registration_open(session=session):
        raise UserError("error.registration_closed")
    existing = _profile_by_email(session, email)
    if existing is not None:
        session.commit()
        _mail(
            email, existing.language, "already_registered", _link(routes.LOGIN, opened_at=opened_at)
        )
        return True
    invited_by = invitation.profile_id if invitation else None
    # An invitation link that arrived at this very address proves it.
    proven = invitation is not None and invitation.email == email
    profile = Profile(
        email=email,
        pin_hash=pin_hash,
        display_name=display_name or None,
        language=language if language in ("de", "en") else "en",
        timezone=known_zone(timezone),
        tier=app_setting(session, "default_tier", APP_SETTINGS["default_tier"]),
        invited_by=invited_by,
        email_verified=proven,
    )
    session.add(profile)
    session.flush()
    log_activity(session, profile.id, "register", invited=invited_by is not None)
    token = None if proven else _issue_link(session, profile.id, "verify_email")
    session.commit()
    if token:
        _mail(email, profile.language, "verify_email", _link(VERIFY, token, opened_at=opened_at))
    return token is not None


def verify_email(*, session: Session, token: str) -> None:
    link = _redeem_link(session, token, "verify_email")
    profile = session.get(Profile, link.profile_id)
    profile.email_verified = True
    log_activity(session, profile.id, "email_verified")
    session.commit()


# --- login, sessions --------------------------------------------------------


def _start_session(session: Session, profile: Profile, *, user_agent: str, client_ip: str) -> str:
    token = passwords.new_token()
    session.add(
        LoginSession(
            token=passwords.token_digest(token),
            profile_id=profile.id,
            expires_at=utcnow() + timedelta(days=profile.session_days),
            user_agent=(user_agent or "")[:255],
            client_ip=(client_ip or "")[:45],
        )
    )
    return token


def _device_mac(email: str, nonce: str) -> str:
    key = hashlib.sha256(b"mitai device cookie\0" + settings().password_key).digest()
    return hmac.new(key, f"{email}\0{nonce}".encode(), hashlib.sha256).hexdigest()[:32]


def device_token(email: str) -> str:
    """A device cookie's value: this browser signed in to `email` (normalised) once."""
    nonce = secrets.token_urlsafe(12)
    return f"{nonce}.{_device_mac(email, nonce)}"


def trusted_device(device: str, email: str) -> str:
    """The device's id when `device` is a device cookie issued for `email`, else ""."""
    nonce, _, mac = (device or "").partition(".")
    if nonce and mac and hmac.compare_digest(mac, _device_mac(email, nonce)):
        return nonce
    return ""


def _login_limits(client_ip: str, email: str, device: str) -> None:
    """A browser that signed in to this account before counts on its own: a
    stranger using up the account's or the address's attempts (to lock the
    owner out) does not stop it. Everyone else counts per address and per
    account."""
    known = trusted_device(device, email)
    if known:
        _limit(f"login:device:{known}", LOGIN_LIMIT)
        return
    _limit(f"login:ip:{client_ip}", LOGIN_LIMIT)
    _limit(f"login:account:{email}", LOGIN_LIMIT)


def login(
    *,
    session: Session,
    email: str,
    password: str,
    client_ip: str,
    user_agent: str,
    device: str = "",
) -> LoginResult:
    try:
        email = normalize_email(email)
    except UserError as error:
        _limit(f"login:ip:{client_ip}", LOGIN_LIMIT)
        raise UserError("error.invalid_credentials") from error
    _login_limits(client_ip, email, device)
    found = _profile_by_email(session, email)
    profile_id, stored_hash = (found.id, found.pin_hash) if found else (None, None)
    session.rollback()  # hold no transaction (on SQLite: no lock) across bcrypt
    check = _verify(password, stored_hash)
    new_hash = _hash(password) if check.valid and check.needs_rehash else None
    if profile_id is None:
        raise UserError("error.invalid_credentials")
    if not check.valid:
        log_activity(session, profile_id, "login_failed", client_ip=client_ip)
        session.commit()
        raise UserError("error.invalid_credentials")
    profile = session.get(Profile, profile_id)
    if not profile.email_verified and (
        app_setting(session, "email_verification_required", "true") == "true"
    ):
        raise UserError("error.email_not_verified")
    if new_hash:
        profile.pin_hash = new_hash
        log_activity(session, profile.id, "password_rehashed")
    purge_expired(session=session)
    token = _start_session(session, profile, user_agent=user_agent, client_ip=client_ip)
    log_activity(session, profile.id, "login", client_ip=client_ip)
    session.commit()
    known = trusted_device(device, email)
    return LoginResult(
        token=token,
        user=current_user(profile),
        device=device if known else device_token(email),
        landing=landing_page(session=session, profile_id=profile.id),
    )


def session_user(*, session: Session, token: str) -> CurrentUser | None:
    """The signed-in user for a browser's session cookie (HTTP routes)."""
    return session_user_by_id(session=session, session_id=session_id(token))


def session_id(token: str) -> str:
    """A session's id (what the database keeps) for its cookie's token."""
    return passwords.token_digest(token) if token else ""


def session_user_by_id(*, session: Session, session_id: str) -> CurrentUser | None:
    """The signed-in user for a session id, or None when it is unknown,
    ended or expired. Called by every page load and event handler."""
    # Just the columns a CurrentUser needs, no ORM row: this runs before
    # every event of every signed-in user.
    found = _live_session(session, session_id, _USER_COLUMNS)
    return None if found is None else current_user(found)


def session_profile_by_id(*, session: Session, session_id: str) -> Profile | None:
    """`session_user_by_id`, but the profile's row: a caller that goes on to
    run a service in `session` while it holds the row has that service find
    it there (the identity map) instead of reading it again (a save's date
    check, the Capture card's defaults)."""
    found = _live_session(session, session_id, (Profile,))
    return None if found is None else found.Profile


@cache
def _live_session_query(columns: tuple) -> sa.Select:
    """`_live_session`'s statement, built once per process (it runs before
    every event, and building it cost more than running it)."""
    return (
        select(LoginSession.expires_at, LoginSession.last_seen_at, *columns)
        .join(Profile, col(Profile.id) == col(LoginSession.profile_id))
        .where(LoginSession.token == sa.bindparam("token"))
    )


def _live_session(session: Session, session_id: str, columns: tuple) -> sa.Row | None:
    """The row of `columns` of the profile a live session belongs to, read
    with the session in one statement; None when the session is unknown,
    ended or expired."""
    if not session_id:
        return None
    found = session.exec(_live_session_query(columns), params={"token": session_id}).first()
    now = utcnow()
    if found is None:  # unknown, ended, or its profile deleted a moment ago
        return None
    if found.expires_at <= now:
        return None
    if found.last_seen_at is None or now - found.last_seen_at > LAST_SEEN_RESOLUTION:
        session.execute(
            sa.update(LoginSession)
            .where(col(LoginSession.token) == session_id)
            .values(last_seen_at=now)
        )
        session.commit()
    return found


def session_lifetime_s(*, session: Session, session_id: str) -> int:
    """Seconds until the session ends (0 when it has): the cookie's Max-Age."""
    row = session.get(LoginSession, session_id) if session_id else None
    if row is None:
        return 0
    return max(0, int((row.expires_at - utcnow()).total_seconds()))


def logout(*, session: Session, session_id: str) -> None:
    row = session.get(LoginSession, session_id) if session_id else None
    if row is not None:
        log_activity(session, row.profile_id, "logout")
        session.delete(row)
        session.commit()


def list_sessions(
    *, session: Session, profile_id: uuid.UUID, current_session: str
) -> list[SessionRow]:
    current = current_session
    rows = session.exec(
        select(LoginSession)
        .where(LoginSession.profile_id == profile_id, LoginSession.expires_at > utcnow())
        .order_by(col(LoginSession.last_seen_at).desc())
    ).all()
    return [
        SessionRow(
            id=row.token,
            device=describe_device(row.user_agent or ""),
            client_ip=row.client_ip or "",
            created_at=row.created_at,
            last_seen_at=row.last_seen_at,
            expires_at=row.expires_at,
            current=row.token == current,
        )
        for row in rows
    ]


def end_session(*, session: Session, profile_id: uuid.UUID, session_id: str) -> bool:
    """Ends one of the caller's own sessions; an id of someone else's does nothing."""
    ended = session.execute(
        sa.delete(LoginSession).where(
            LoginSession.token == session_id, LoginSession.profile_id == profile_id
        )
    ).rowcount
    if ended:
        log_activity(session, profile_id, "session_revoked")
    session.commit()
    return bool(ended)


def end_other_sessions(*, session: Session, profile_id: uuid.UUID, keep_session: str) -> int:
    """ "Sign out everywhere else": ends every session of the profile but the
    one whose id is `keep_session`; returns how many ended. Each other
    device's next page or action finds its session gone and lands on the
    login page."""
    ended = _end_all_sessions(session, profile_id, keep_session=keep_session)
    if ended:
        log_activity(session, profile_id, "other_sessions_ended", count=ended)
    session.commit()
    return ended


def _end_all_sessions(session: Session, profile_id: uuid.UUID, *, keep_session: str = "") -> int:
    return session.execute(
        sa.delete(LoginSession).where(
            LoginSession.profile_id == profile_id, LoginSession.token != keep_session
        )
    ).rowcount


def purge_expired(*, session: Session) -> int:
    """Deletes expired sessions and expired links; returns how many."""
    now = utcnow()
    purged = session.execute(sa.delete(LoginSession).where(LoginSession.expires_at <= now)).rowcount
    purged += session.execute(
        delete(AccountToken).where(col(AccountToken.expires_at) <= now)
    ).rowcount
    session.commit()
    return purged


def describe_device(user_agent: str) -> str:
    """A short, human description of a browser's user agent."""
    ua = user_agent.lower()
    browser = next(
        (name for key, name in _BROWSERS if key in ua), "Browser" if ua else "Unknown device"
    )
    system = next((name for key, name in _SYSTEMS if key in ua), "")
    return f"{browser} · {system}" if system else browser


_BROWSERS = (
    ("edg/", "Edge"),
    ("firefox/", "Firefox"),
    ("chrome/", "Chrome"),
    ("chromium/", "Chromium"),
    ("safari/", "Safari"),
)
_SYSTEMS = (
    ("android", "Android"),
    ("iphone", "iPhone"),
    ("ipad", "iPad"),
    ("windows", "Windows"),
    ("mac os", "macOS"),
    ("linux", "Linux"),
)


def set_language(*, session: Session, profile_id: uuid.UUID, language: str) -> None:
    profile = session.get(Profile, profile_id)
    if profile is not None and language in ("de", "en"):
        profile.language = language
        session.commit()


# --- passwords and e-mail ---------------------------------------------------


def _require_password(
    session: Session, profile_id: uuid.UUID, password: str, client_ip: str
) -> Profile:
    """Checks the account's password with no transaction open during bcrypt,
    then returns the profile, freshly read. Counted like sign-in attempts: a
    stolen session cannot guess the password at the speed of bcrypt."""
    _limit(f"recheck:account:{profile_id}", RECHECK_LIMIT)
    _limit(f"recheck:ip:{client_ip}", RECHECK_LIMIT)
    stored_hash = session.exec(select(Profile.pin_hash).where(Profile.id == profile_id)).first()
    session.rollback()
    if stored_hash is None or not _verify(password, stored_hash).valid:
        raise UserError("error.wrong_password")
    return session.get(Profile, profile_id)


def change_password(
    *,
    session: Session,
    profile_id: uuid.UUID,
    current: str,
    new: str,
    keep_session: str,
    client_ip: str,
) -> None:
    """Ends every other session: whoever knew the old password is signed out."""
    email = _require_password(session, profile_id, current, client_ip).email
    _check_new_password(new, email)
    session.rollback()
    new_hash = _hash(new)
    profile = session.get(Profile, profile_id)
    profile.pin_hash = new_hash
    _end_reset_links(session, profile.id)
    _end_all_sessions(session, profile.id, keep_session=keep_session)
    log_activity(session, profile.id, "password_changed")
    session.commit()


def request_password_reset(
    *, session: Session, email: str, client_ip: str, opened_at: str | None = None
) -> None:
    """Answers at once, and alike for every address: looking the address up,
    making the link and mailing it happen in the background, so how long the
    answer takes tells nothing about whether the address has an account."""
    _limit(f"reset:ip:{client_ip}", RESET_LIMIT)
    try:
        email = normalize_email(email)
    except UserError:
        return
    mail.in_background(_mail_reset_link, email=email, client_ip=client_ip, opened_at=opened_at)


def _mail_reset_link(
    *, session: Session, email: str, client_ip: str, opened_at: str | None
) -> None:
    profile = _profile_by_email(session, email)
    if profile is None:
        return
    token = _issue_link(session, profile.id, "reset_password")
    log_activity(session, profile.id, "password_reset_requested", client_ip=client_ip)
    session.commit()
    _mail(email, profile.language, "reset_password", _link(RESET, token, opened_at=opened_at))


def _end_reset_links(session: Session, profile_id: uuid.UUID) -> None:
    """A new password ends every reset link still open: an older mail that
    someone else may have read can no longer set one."""
    session.execute(
        sa.update(AccountToken)
        .where(
            AccountToken.profile_id == profile_id,
            AccountToken.purpose == "reset_password",
            col(AccountToken.used_at).is_(None),
        )
        .values(used_at=utcnow())
    )


def reset_password(*, session: Session, token: str, new_password: str) -> None:
    link = _redeem_link(session, token, "reset_password")
    profile = session.get(Profile, link.profile_id)
    _check_new_password(new_password, profile.email)
    profile.pin_hash = _hash(new_password)
    _end_reset_links(session, profile.id)
    # The link proves the mailbox, so the address counts as verified.
    profile.email_verified = True
    _end_all_sessions(session, profile.id)
    log_activity(session, profile.id, "password_reset")
    session.commit()


def request_email_change(
    *,
    session: Session,
    profile_id: uuid.UUID,
    password: str,
    new_email: str,
    client_ip: str,
    opened_at: str | None = None,
) -> None:
    profile = _require_password(session, profile_id, password, client_ip)
    new_email = normalize_email(new_email)
    if new_email == profile.email:
        raise UserError("error.same_email")
    for key in (f"email_change:account:{profile_id}", f"email_change:to:{new_email}"):
        enforce(key, limit=EMAIL_CHANGE_LIMIT, window_s=EMAIL_CHANGE_WINDOW_S)
    if _profile_by_email(session, new_email) is not None:
        # Tell the owner of that address, answer as if it worked.
        session.commit()
        _mail(
            new_email,
            profile.language,
            "already_registered",
            _link(routes.LOGIN, opened_at=opened_at),
        )
        return
    token = _issue_link(session, profile.id, "change_email", email=new_email)
    log_activity(session, profile.id, "email_change_requested")
    session.commit()
    _mail(
        new_email,
        profile.language,
        "change_email",
        _link(VERIFY_EMAIL_CHANGE, token, opened_at=opened_at),
    )


def confirm_email_change(*, session: Session, token: str) -> None:
    link = _redeem_link(session, token, "change_email")
    if _profile_by_email(session, link.email) is not None:
        raise UserError("error.invalid_link")
    profile = session.get(Profile, link.profile_id)
    old = profile.email
    profile.email = link.email
    profile.email_verified = True
    log_activity(session, profile.id, "email_changed", previous=old)
    session.commit()


def delete_account(
    *, session: Session, profile_id: uuid.UUID, password: str, client_ip: str
) -> None:
    """Removes the profile, every row it owns (ON DELETE CASCADE) and its
    photos. The activity log keeps that an account was deleted, with its
    plan and role only: nothing that names the person."""
    profile = _require_password(session, profile_id, password, client_ip)
    # Invitations name their inviter without a cascade (spec: NO ACTION).
    session.execute(
        sa.update(Profile).where(Profile.invited_by == profile.id).values(invited_by=None)
    )
    session.delete(profile)
    session.add(
        UserActivityLog(
            profile_id=None,
            action="account_deleted",
            details={"tier": profile.tier, "role": profile.role},
        )
    )
    session.commit()
    shutil.rmtree(settings().photo_dir / str(profile_id), ignore_errors=True)


# --- invitations and admins -------------------------------------------------


def invite(
    *, session: Session, admin_id: uuid.UUID, email: str, opened_at: str | None = None
) -> str:
    """Mails an invitation link (valid 14 days) and returns it for the admin to share."""
    admin = session.get(Profile, admin_id)
    if admin is None or admin.role != "admin":
        raise UserError("error.not_admin")
    email = normalize_email(email)
    token = _issue_link(session, admin.id, "invite", email=email)
    log_activity(session, admin.id, "invitation_sent", email=email)
    session.commit()
    link = _link(routes.REGISTER, token, opened_at=opened_at)
    _mail(email, admin.language, "invite", link)
    return link


def create_admin(
    *,
    session: Session,
    email: str,
    password: str,
    only_if_none: bool = False,
    language: str | None = None,
    timezone: str | None = None,
) -> CurrentUser:
    """The command line's and the first run's way to an admin account."""
    email = normalize_email(email)
    _check_new_password(password, email)
    if only_if_none:
        # Serialises concurrent first runs on PostgreSQL; SQLite has one writer anyway.
        if session.get_bind().dialect.name == "postgresql":
            session.execute(sa.text("LOCK TABLE profiles IN SHARE ROW EXCLUSIVE MODE"))
        if not needs_first_admin(session=session):
            raise UserError("error.admin_exists")
    profile = _profile_by_email(session, email)
    if profile is None:
        profile = Profile(email=email, pin_hash=_hash(password))
        session.add(profile)
    else:
        profile.pin_hash = _hash(password)
    profile.role = "admin"
    profile.tier = "selfhosted"
    if language in ("de", "en"):
        profile.language = language
    if timezone is not None:
        profile.timezone = known_zone(timezone)
    profile.email_verified = True
    session.flush()
    log_activity(session, profile.id, "admin_created")
    session.commit()
    return current_user(profile)


def create_first_admin(
    *,
    session: Session,
    email: str,
    password: str,
    language: str,
    client_ip: str,
    user_agent: str,
    timezone: str = "UTC",
    device: str = "",
) -> LoginResult:
    """First run: the first administrator (in the browser's time zone), signed in at once."""
    create_admin(
        session=session,
        email=email,
        password=password,
        only_if_none=True,
        language=language,
        timezone=timezone,
    )
    return login(
        session=session,
        email=email,
        password=password,
        client_ip=client_ip,
        user_agent=user_agent,
        device=device,
    )


MAIL_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "verify_email": {
        "de": (
            "Bitte bestätige deine E-Mail-Adresse",
            "Willkommen bei Mitai Jinkendo!\n\nBestätige deine Adresse mit diesem Link "
            "(48 Stunden gültig, nur einmal verwendbar):\n\n{link}\n\n"
            "Wenn du dich nicht registriert hast, ignoriere diese Nachricht.",
        ),
        "en": (
            "Please confirm your e-mail address",
            "Welcome to Mitai Jinkendo!\n\nConfirm your address with this link "
            "(valid for 48 hours, usable once):\n\n{link}\n\n"
            "If you did not sign up, ignore this message.",
        ),
    },
    "already_registered": {
        "de": (
            "Du hast bereits ein Konto",
            "Jemand wollte mit dieser Adresse ein Konto bei Mitai Jinkendo anlegen. "
            "Du hast schon eines: melde dich an oder setze dein Passwort zurück.\n\n{link}",
        ),
        "en": (
            "You already have an account",
            "Someone tried to create a Mitai Jinkendo account with this address. "
            "You already have one: sign in, or reset your password.\n\n{link}",
        ),
    },
    "reset_password": {
        "de": (
            "Passwort zurücksetzen",
            "Mit diesem Link setzt du dein Passwort zurück (1 Stunde gültig, nur einmal "
            "verwendbar):\n\n{link}\n\nWenn du das nicht warst, ignoriere diese Nachricht; "
            "dein Passwort bleibt unverändert.",
        ),
        "en": (
            "Reset your password",
            "Use this link to reset your password (valid for 1 hour, usable once):\n\n"
            "{link}\n\nIf this wasn't you, ignore this message; your password stays as it is.",
        ),
    },
    "change_email": {
        "de": (
            "Neue E-Mail-Adresse bestätigen",
            "Bestätige deine neue Adresse für Mitai Jinkendo (48 Stunden gültig):\n\n{link}",
        ),
        "en": (
            "Confirm your new e-mail address",
            "Confirm your new address for Mitai Jinkendo (valid for 48 hours):\n\n{link}",
        ),
    },
    "invite": {
        "de": (
            "Einladung zu Mitai Jinkendo",
            "Du wurdest zu Mitai Jinkendo eingeladen. Lege dein Konto mit diesem Link an "
            "(14 Tage gültig):\n\n{link}",
        ),
        "en": (
            "Your invitation to Mitai Jinkendo",
            "You have been invited to Mitai Jinkendo. Create your account with this link "
            "(valid for 14 days):\n\n{link}",
        ),
    },
}
