"""Test data for every tier: a profile in one call (`new_profile`), and for
the account tests: sign up through the real services, read the mail outbox,
read what the database holds.

Every call gets a client address of its own unless the test names one, so
the rate limits only bite where a test means them to.
"""

from __future__ import annotations

import itertools
import re
import uuid
from collections import Counter
from email.header import decode_header, make_header
from email.message import Message

import sqlalchemy as sa
from sqlmodel import Session, select

from mitai_app.accounts import mail
from mitai_app.accounts import service as auth
from mitai_app.accounts.models import Profile, UserActivityLog
from mitai_app.core.errors import UserError

BASE_URL = "https://mitai.test"  # the auth_settings fixture's public_base_url
PASSWORD = "plum-orchard-47-lantern"
UA_FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
UA_PHONE = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"
)

_addresses = itertools.count(1)


# A premium profile that has switched AI analyses on, reading English.
AI_USER = {"tier": "premium", "language": "en", "ai_enabled": True}


def new_profile(session: Session, *, email: str | None = None, **fields) -> uuid.UUID:
    """A stored profile (no usable password); `fields` set any column, e.g.
    `tier="premium"`, `sex="male"`, `date_of_birth=date(1990, 6, 1)`."""
    profile = Profile(
        email=email or f"{uuid.uuid4().hex[:12]}@example.org", pin_hash="not-a-hash", **fields
    )
    session.add(profile)
    session.commit()
    return profile.id


def new_ip() -> str:
    n = next(_addresses)
    return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"


# --- mail ------------------------------------------------------------------


def subject(message: Message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def body(message: Message) -> str:
    payload = message.get_payload(decode=True)
    return payload.decode(message.get_content_charset() or "utf-8")


def mails_to(address: str) -> list[Message]:
    return [m for m in mail.outbox_messages() if m["To"] == address]


def link_token(message: Message, path: str) -> str:
    """The token of the `BASE_URL + path?token=…` link in a mail (fails without one)."""
    match = re.search(re.escape(f"{BASE_URL}{path}?token=") + r"([A-Za-z0-9_-]+)", body(message))
    assert match, f"no {path} link in: {body(message)!r}"
    return match.group(1)


def last_link_token(address: str, path: str) -> str:
    messages = mails_to(address)
    assert messages, f"no mail to {address}"
    return link_token(messages[-1], path)


# --- accounts ----------------------------------------------------------------


def register(
    session: Session, email: str, password: str = PASSWORD, *, language: str = "en", **kwargs
) -> None:
    kwargs.setdefault("client_ip", new_ip())
    auth.register(session=session, email=email, password=password, language=language, **kwargs)


def register_verified(session: Session, email: str, password: str = PASSWORD) -> uuid.UUID:
    """Signs up and clicks the mailed link, as a new user would; returns the profile id."""
    register(session, email, password)
    auth.verify_email(session=session, token=last_link_token(email, "/verify"))
    return profile_id(session, email)


def login(
    session: Session,
    email: str,
    password: str = PASSWORD,
    *,
    client_ip: str | None = None,
    user_agent: str = UA_FIREFOX,
    device: str = "",
) -> auth.LoginResult:
    return auth.login(
        session=session,
        email=email,
        password=password,
        client_ip=client_ip or new_ip(),
        user_agent=user_agent,
        device=device,
    )


def login_error(session: Session, email: str, password: str = PASSWORD, **kwargs) -> UserError:
    try:
        login(session, email, password, **kwargs)
    except UserError as error:
        return error
    raise AssertionError(f"login of {email} was not refused")


# --- what the database holds -------------------------------------------------


def profile_id(session: Session, email: str) -> uuid.UUID:
    return session.exec(select(Profile.id).where(Profile.email == email)).one()


def stored_profile(session: Session, profile: uuid.UUID) -> dict | None:
    """The profiles row as the database has it (not the session's cached object)."""
    table = Profile.__table__
    row = session.execute(sa.select(table).where(table.c.id == profile)).mappings().first()
    return dict(row) if row else None


def actions(session: Session, profile: uuid.UUID) -> Counter:
    """How often each action is in the profile's activity log."""
    return Counter(
        session.exec(select(UserActivityLog.action).where(UserActivityLog.profile_id == profile))
    )
