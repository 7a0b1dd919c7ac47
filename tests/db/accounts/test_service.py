"""Accounts as a user meets them, on SQLite and PostgreSQL: signing up and
confirming the address, signing in, rate limits, password rules, sessions on
several devices, password and address changes, resets, deleting the account,
invitations and the first admin.

Settings come from the `auth_settings` fixture (bcrypt cost 4, outbox and
photos under tmp_path, an in-memory rate limiter), not from the environment.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import threading
import uuid
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from sqlmodel import select

from mitai_app.accounts import mail, ratelimit
from mitai_app.accounts import service as auth
from mitai_app.accounts.models import AccountToken, LoginSession, Profile, UserActivityLog
from mitai_app.accounts.ratelimit import RedisRateLimiter
from mitai_app.body.models import WeightEntry
from mitai_app.core.columns import utcnow
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.models import AppSetting
from tests.factories import (
    BASE_URL,
    PASSWORD,
    UA_FIREFOX,
    UA_PHONE,
    actions,
    body,
    last_link_token,
    link_token,
    login,
    login_error,
    mails_to,
    new_ip,
    profile_id,
    register,
    register_verified,
    stored_profile,
    subject,
)

pytestmark = pytest.mark.usefixtures("auth_settings")
send_in_background = mail.in_background


@pytest.fixture
def mail_at_once(session, monkeypatch):
    """Work the services leave to the background runs at once, inside the
    test's transaction (the real one would open a session of its own)."""
    monkeypatch.setattr(mail, "in_background", lambda work, /, **kw: work(session=session, **kw))


def _code(call, **kwargs) -> str:
    with pytest.raises(UserError) as raised:
        call(**kwargs)
    return raised.value.code


def _travel(monkeypatch, delta: timedelta) -> None:
    """Moves the services' clock by `delta`."""
    monkeypatch.setattr(auth, "utcnow", lambda: utcnow() + delta)


def _set_app_setting(session, key: str, value: str) -> None:
    row = session.get(AppSetting, key) or AppSetting(key=key)
    row.value = value
    session.add(row)
    session.commit()


def _stored_sessions(session) -> list[dict]:
    table = LoginSession.__table__
    return [dict(row) for row in session.execute(sa.select(table)).mappings()]


# --- sign-up and address confirmation ------------------------------------------


def test_sign_up_mails_a_link_that_confirms_the_address_once(session):
    register(session, "Aiko@Example.org")
    messages = mails_to("aiko@example.org")
    assert len(messages) == 1
    assert subject(messages[0]) == "Please confirm your e-mail address"
    assert f"{BASE_URL}/verify?token=" in body(messages[0])
    token = link_token(messages[0], "/verify")

    assert login_error(session, "aiko@example.org").code == "error.email_not_verified"

    auth.verify_email(session=session, token=token)
    assert stored_profile(session, profile_id(session, "aiko@example.org"))["email_verified"]
    assert login(session, "aiko@example.org").user.email == "aiko@example.org"
    # The link works once.
    assert _code(auth.verify_email, session=session, token=token) == "error.invalid_link"


def test_an_expired_or_unknown_confirmation_link_is_refused(session):
    register(session, "ben@example.org")
    token = last_link_token("ben@example.org", "/verify")
    link = session.exec(select(AccountToken).where(AccountToken.purpose == "verify_email")).one()
    assert link.token_hash != token  # only the digest is kept
    link.expires_at = utcnow() - timedelta(minutes=1)
    session.add(link)
    session.commit()

    assert _code(auth.verify_email, session=session, token=token) == "error.invalid_link"
    assert _code(auth.verify_email, session=session, token="made-up") == "error.invalid_link"
    assert not stored_profile(session, profile_id(session, "ben@example.org"))["email_verified"]
    assert login_error(session, "ben@example.org").code == "error.email_not_verified"


def test_the_confirmation_link_lasts_two_days(session, monkeypatch):
    register(session, "cleo@example.org")
    token = last_link_token("cleo@example.org", "/verify")
    _travel(monkeypatch, timedelta(days=2, minutes=1))
    assert _code(auth.verify_email, session=session, token=token) == "error.invalid_link"
    _travel(monkeypatch, timedelta(days=1, hours=23))
    auth.verify_email(session=session, token=token)


def test_a_taken_address_gets_the_same_answer_and_its_owner_a_mail(session):
    owner = register_verified(session, "dana@example.org")
    before = stored_profile(session, owner)

    new_answer = register(session, "fresh@example.org", "another-fine-passphrase")
    taken_answer = register(session, "Dana@example.org", "another-fine-passphrase")

    assert new_answer is None and taken_answer is None  # no exception, same answer
    assert len(mails_to("fresh@example.org")) == 1
    owner_mails = mails_to("dana@example.org")
    assert len(owner_mails) == 2  # the confirmation, then the warning
    assert subject(owner_mails[-1]) == "You already have an account"
    assert f"{BASE_URL}/login" in body(owner_mails[-1])
    assert "/verify?token=" not in body(owner_mails[-1])
    # Nothing about the account changed: one profile, the old password.
    assert session.exec(select(Profile).where(Profile.email == "dana@example.org")).one()
    assert stored_profile(session, owner) == before
    assert login_error(session, "dana@example.org", "another-fine-passphrase").code == (
        "error.invalid_credentials"
    )
    login(session, "dana@example.org")


# --- signing in -------------------------------------------------------------


def test_wrong_password_and_unknown_address_are_refused_alike(session):
    register_verified(session, "emil@example.org")
    wrong = login_error(session, "emil@example.org", "not-my-password-at-all")
    unknown = login_error(session, "nobody@example.org")
    malformed = login_error(session, "not an address")
    for error in (wrong, unknown, malformed):
        assert (error.code, error.values, str(error)) == (
            "error.invalid_credentials",
            {},
            "error.invalid_credentials",
        )


def test_the_sixth_attempt_from_one_address_is_refused_whatever_the_account(session):
    register_verified(session, "fay@example.org")
    ip = "203.0.113.7"
    for n in range(5):
        assert login_error(session, f"guess{n}@example.org", client_ip=ip).code == (
            "error.invalid_credentials"
        )
    # The right password does not help from that address...
    error = login_error(session, "fay@example.org", client_ip=ip)
    assert error.code == "error.rate_limited"
    assert 0 < error.values["seconds"] <= 60
    # ...but the account itself is not locked for its owner elsewhere.
    assert login(session, "fay@example.org", client_ip="198.51.100.1").token


def test_the_sixth_attempt_on_one_account_is_refused_from_any_address(session):
    register_verified(session, "gus@example.org")
    register_verified(session, "hana@example.org")
    for _ in range(5):
        assert login_error(session, "gus@example.org", "wrong-password-here").code == (
            "error.invalid_credentials"
        )
    error = login_error(session, "gus@example.org", client_ip="198.51.100.2")
    assert error.code == "error.rate_limited"
    assert 0 < error.values["seconds"] <= 60
    # Other accounts sign in from that very address.
    assert login(session, "hana@example.org", client_ip="198.51.100.2").token


def test_the_limits_forget_attempts_after_a_minute(session, monkeypatch):
    register_verified(session, "ines@example.org")
    now = [1000.0]
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(monotonic=lambda: now[0]))
    for _ in range(5):
        login_error(session, "ines@example.org", "wrong-password-here", client_ip="192.0.2.1")
    now[0] += 30
    error = login_error(session, "ines@example.org", client_ip="192.0.2.1")
    assert (error.code, error.values["seconds"]) == ("error.rate_limited", 30)
    now[0] += 31
    assert login(session, "ines@example.org", client_ip="192.0.2.1").token


def test_a_browser_that_signed_in_before_passes_a_locked_account(session):
    """F6: a stranger's wrong guesses lock the account and their address,
    but not its owner's browser, which carries the device cookie of an
    earlier sign-in."""
    register_verified(session, "kai@example.org")
    device = login(session, "kai@example.org").device
    assert device
    shared_address = "203.0.113.40"  # the owner's household NAT, say
    for _ in range(5):
        login_error(session, "kai@example.org", "wrong-password-here", client_ip=shared_address)
    # Without the cookie: refused even with the right password, as before.
    assert login_error(session, "kai@example.org").code == "error.rate_limited"
    assert login_error(session, "kai@example.org", client_ip=shared_address).code == (
        "error.rate_limited"
    )
    # With it: in, from anywhere, and the cookie is kept.
    again = login(session, "kai@example.org", client_ip=shared_address, device=device)
    assert again.token and again.device == device


def test_a_device_cookie_counts_only_for_its_own_account_and_its_own_attempts(session):
    register_verified(session, "lia@example.org")
    register_verified(session, "max@example.org")
    device = login(session, "lia@example.org").device
    for _ in range(5):
        login_error(session, "max@example.org", "wrong-password-here")
    # Lia's cookie does not open Max's locked account, nor does a forged one.
    assert login_error(session, "max@example.org", device=device).code == "error.rate_limited"
    forged = device.split(".")[0] + "." + "0" * 32
    assert login_error(session, "max@example.org", device=forged).code == "error.rate_limited"
    assert not auth.trusted_device(forged, "lia@example.org")
    # Guessing with a stolen cookie is limited on its own: five a minute.
    for _ in range(5):
        login_error(session, "lia@example.org", "wrong-password-here", device=device)
    assert login_error(session, "lia@example.org", device=device).code == "error.rate_limited"


def test_the_fourth_sign_up_from_one_address_is_refused(session):
    ip = "203.0.113.9"
    for n in range(3):
        register(session, f"new{n}@example.org", client_ip=ip)
    with pytest.raises(UserError) as raised:
        register(session, "new3@example.org", client_ip=ip)
    assert raised.value.code == "error.rate_limited"
    assert 0 < raised.value.values["seconds"] <= 60
    assert not mails_to("new3@example.org")
    register(session, "new3@example.org", client_ip="203.0.113.10")
    assert mails_to("new3@example.org")


@pytest.fixture
def redis_limiter():
    """Makes Redis limiters (each with its own connection, as two workers
    have) whose keys are this test's alone: nothing else in TEST_REDIS_URL's
    database is emptied, so a parallel run or a running app keeps its keys."""
    import redis

    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379")
    client = redis.Redis.from_url(url)
    try:
        client.ping()
    except redis.exceptions.ConnectionError as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is required in CI: {error}")
        pytest.skip(f"no Redis at {url}: {error}")

    class ThisTestsLimiter(RedisRateLimiter):
        PREFIX = f"mitai-test:{uuid.uuid4().hex}:ratelimit:"

    yield lambda: ThisTestsLimiter(url)
    for key in client.scan_iter(match=ThisTestsLimiter.PREFIX + "*"):
        client.delete(key)
    client.close()


def test_the_shared_redis_limiter_refuses_the_sixth_attempt(session, redis_limiter, monkeypatch):
    # Two workers, each with its own connection, share the count.
    workers = itertools.cycle([redis_limiter(), redis_limiter()])
    monkeypatch.setattr(auth, "limiter", lambda: next(workers))
    register_verified(session, "jon@example.org")
    for n in range(5):
        assert login_error(session, f"guess{n}@example.org", client_ip="203.0.113.20").code == (
            "error.invalid_credentials"
        )
    error = login_error(session, "jon@example.org", client_ip="203.0.113.20")
    assert error.code == "error.rate_limited"
    assert 0 < error.values["seconds"] <= 60
    assert login(session, "jon@example.org", client_ip="203.0.113.21").token

    direct = redis_limiter()
    decisions = [direct.hit("probe", limit=5, window_s=60).allowed for _ in range(7)]
    assert decisions == [True] * 5 + [False] * 2


# --- password rules -----------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("seven77", "error.password_too_short"),
        ("x" * 129, "error.password_too_long"),
        ("password123", "error.password_too_common"),
        ("Password123", "error.password_too_common"),
        ("kimura.sora", "error.password_too_common"),  # the address's own name
    ],
)
def test_weak_passwords_are_refused(session, password, code):
    with pytest.raises(UserError) as raised:
        register(session, "kimura.sora@example.org", password)
    assert raised.value.code == code
    assert not mails_to("kimura.sora@example.org")
    assert (
        session.exec(select(Profile).where(Profile.email == "kimura.sora@example.org")).first()
        is None
    )


def test_a_long_password_counts_to_its_last_character(session):
    long = "long-passphrase-" + "abcdefghij" * 8 + "0123"
    assert len(long) == 100
    register_verified(session, "lea@example.org", long)
    assert login(session, "lea@example.org", long).token
    # Same first 72 bytes (all bcrypt itself would read), different ending.
    twin = long[:72] + "Z" * 28
    assert twin.encode()[:72] == long.encode()[:72]
    assert login_error(session, "lea@example.org", twin).code == "error.invalid_credentials"
    # 128 characters is the maximum and still works.
    edge = "q" * 120 + "-edge-ok"
    auth.change_password(
        session=session,
        client_ip="192.0.2.1",
        profile_id=profile_id(session, "lea@example.org"),
        current=long,
        new=edge,
        keep_session="",
    )
    assert login(session, "lea@example.org", edge).token


def test_a_legacy_sha256_password_signs_in_and_is_upgraded_to_bcrypt(session):
    legacy = hashlib.sha256(PASSWORD.encode()).hexdigest()
    profile = Profile(email="mio@example.org", pin_hash=legacy, email_verified=True, language="en")
    session.add(profile)
    session.commit()

    assert (
        login_error(session, "mio@example.org", "not-the-password").code
        == "error.invalid_credentials"
    )
    assert stored_profile(session, profile.id)["pin_hash"] == legacy

    assert login(session, "mio@example.org").user.email == "mio@example.org"
    upgraded = stored_profile(session, profile.id)["pin_hash"]
    assert upgraded.startswith("$2") and PASSWORD not in upgraded
    assert actions(session, profile.id)["password_rehashed"] == 1
    # The new hash works, and is not rewritten again.
    assert login(session, "mio@example.org").token
    assert stored_profile(session, profile.id)["pin_hash"] == upgraded
    assert actions(session, profile.id)["password_rehashed"] == 1


# --- sessions ---------------------------------------------------------------


def test_a_session_is_stored_as_a_digest_and_listed_as_current(session):
    register_verified(session, "nora@example.org")
    result = login(session, "nora@example.org", client_ip="198.51.100.30", user_agent=UA_FIREFOX)
    user = auth.session_user(session=session, token=result.token)
    assert user is not None and user.email == "nora@example.org" and user == result.user

    stored = _stored_sessions(session)
    assert len(stored) == 1
    assert stored[0]["token"] == hashlib.sha256(result.token.encode()).hexdigest()
    assert all(result.token not in str(value) for row in stored for value in row.values())
    assert auth.session_user(session=session, token=stored[0]["token"]) is None

    [row] = auth.list_sessions(
        session=session,
        profile_id=profile_id(session, "nora@example.org"),
        current_session=auth.session_id(result.token),
    )
    assert row.current
    assert row.device == "Firefox · Linux"
    assert row.client_ip == "198.51.100.30"
    assert result.token not in row.id
    assert row.expires_at - utcnow() > timedelta(days=29)


def test_ending_another_device_from_settings_signs_it_out_at_once(session):
    owner = register_verified(session, "omar@example.org")
    laptop = login(session, "omar@example.org", user_agent=UA_FIREFOX).token
    phone = login(session, "omar@example.org", user_agent=UA_PHONE).token

    rows = auth.list_sessions(
        session=session, profile_id=owner, current_session=auth.session_id(laptop)
    )
    assert sorted((r.device, r.current) for r in rows) == [
        ("Chrome · Android", False),
        ("Firefox · Linux", True),
    ]
    phone_row = next(r for r in rows if not r.current)
    assert auth.end_session(session=session, profile_id=owner, session_id=phone_row.id)

    assert auth.session_user(session=session, token=phone) is None
    assert auth.session_user(session=session, token=laptop).email == "omar@example.org"
    assert [
        r.current
        for r in auth.list_sessions(
            session=session, profile_id=owner, current_session=auth.session_id(laptop)
        )
    ] == [True]
    # Ending it twice does nothing.
    assert not auth.end_session(session=session, profile_id=owner, session_id=phone_row.id)


def test_a_profile_cannot_end_another_profiles_session(session):
    pia = register_verified(session, "pia@example.org")
    register_verified(session, "quin@example.org")
    quin_token = login(session, "quin@example.org").token
    login(session, "pia@example.org")
    quin_id = hashlib.sha256(quin_token.encode()).hexdigest()

    assert auth.end_session(session=session, profile_id=pia, session_id=quin_id) is False
    assert auth.session_user(session=session, token=quin_token).email == "quin@example.org"
    assert actions(session, pia)["session_revoked"] == 0


def test_signing_out_ends_the_session(session):
    owner = register_verified(session, "rosa@example.org")
    token = login(session, "rosa@example.org").token
    auth.logout(session=session, session_id=auth.session_id(token))
    assert auth.session_user(session=session, token=token) is None
    assert (
        auth.list_sessions(
            session=session, profile_id=owner, current_session=auth.session_id(token)
        )
        == []
    )
    assert actions(session, owner)["logout"] == 1
    auth.logout(
        session=session, session_id=auth.session_id(token)
    )  # again: nothing to do, no error


def test_changing_the_password_signs_out_every_other_device(session):
    owner = register_verified(session, "sami@example.org")
    here, there, elsewhere = (login(session, "sami@example.org").token for _ in range(3))

    assert (
        _code(
            auth.change_password,
            session=session,
            client_ip="192.0.2.1",
            profile_id=owner,
            current="not-my-password",
            new="a-brand-new-secret",
            keep_session=auth.session_id(here),
        )
        == "error.wrong_password"
    )
    assert (
        _code(
            auth.change_password,
            session=session,
            client_ip="192.0.2.1",
            profile_id=owner,
            current=PASSWORD,
            new="short",
            keep_session=auth.session_id(here),
        )
        == "error.password_too_short"
    )
    assert auth.session_user(session=session, token=there) is not None

    auth.change_password(
        session=session,
        client_ip="192.0.2.1",
        profile_id=owner,
        current=PASSWORD,
        new="a-brand-new-secret",
        keep_session=auth.session_id(here),
    )

    assert auth.session_user(session=session, token=here).email == "sami@example.org"
    assert auth.session_user(session=session, token=there) is None
    assert auth.session_user(session=session, token=elsewhere) is None
    assert login_error(session, "sami@example.org").code == "error.invalid_credentials"
    assert login(session, "sami@example.org", "a-brand-new-secret").token
    assert actions(session, owner)["password_changed"] == 1


def test_a_mailed_reset_link_sets_a_new_password_once_and_signs_out_everywhere(
    session, mail_at_once
):
    owner = register_verified(session, "tara@example.org")
    devices = [login(session, "tara@example.org").token for _ in range(2)]

    auth.request_password_reset(session=session, email="Tara@example.org", client_ip=new_ip())
    message = mails_to("tara@example.org")[-1]
    assert subject(message) == "Reset your password"
    token = link_token(message, "/reset")

    auth.reset_password(session=session, token=token, new_password="fresh-start-after-reset")
    assert all(auth.session_user(session=session, token=t) is None for t in devices)
    assert login_error(session, "tara@example.org").code == "error.invalid_credentials"
    assert login(session, "tara@example.org", "fresh-start-after-reset").token
    assert (
        _code(
            auth.reset_password, session=session, token=token, new_password="yet-another-passphrase"
        )
        == "error.invalid_link"
    )
    assert login(session, "tara@example.org", "fresh-start-after-reset").token
    assert actions(session, owner)["password_reset"] == 1


def test_a_reset_for_an_unknown_address_answers_the_same_and_mails_nobody(session, mail_at_once):
    assert (
        auth.request_password_reset(session=session, email="ghost@example.org", client_ip=new_ip())
        is None
    )
    assert (
        auth.request_password_reset(session=session, email="not an address", client_ip=new_ip())
        is None
    )
    assert mail.outbox_messages() == []


def test_a_reset_link_lasts_one_hour(session, mail_at_once, monkeypatch):
    owner = register_verified(session, "uma@example.org")
    auth.request_password_reset(session=session, email="uma@example.org", client_ip=new_ip())
    token = last_link_token("uma@example.org", "/reset")
    before = stored_profile(session, owner)["pin_hash"]

    _travel(monkeypatch, timedelta(minutes=61))
    assert (
        _code(auth.reset_password, session=session, token=token, new_password="too-late-for-this")
        == "error.invalid_link"
    )
    assert stored_profile(session, owner)["pin_hash"] == before

    # (Not signing in meanwhile: a sign-in an hour later purges the stale link.)
    _travel(monkeypatch, timedelta(minutes=59))
    auth.reset_password(session=session, token=token, new_password="just-in-time-reset")
    assert login(session, "uma@example.org", "just-in-time-reset").token


def _reset_tokens(address: str) -> list[str]:
    return [
        link_token(m, "/reset") for m in mails_to(address) if subject(m) == "Reset your password"
    ]


def test_using_one_reset_link_ends_every_other(session, mail_at_once):
    register_verified(session, "ivo@example.org")
    for _ in range(2):
        auth.request_password_reset(session=session, email="ivo@example.org", client_ip=new_ip())
    first, second = _reset_tokens("ivo@example.org")
    auth.reset_password(session=session, token=second, new_password="second-link-password")
    assert (
        _code(auth.reset_password, session=session, token=first, new_password="first-link-pass")
        == "error.invalid_link"
    )
    assert login(session, "ivo@example.org", "second-link-password").token


def test_changing_the_password_ends_open_reset_links(session, mail_at_once):
    owner = register_verified(session, "jan@example.org")
    auth.request_password_reset(session=session, email="jan@example.org", client_ip=new_ip())
    (token,) = _reset_tokens("jan@example.org")
    auth.change_password(
        session=session,
        profile_id=owner,
        current=PASSWORD,
        new="changed-while-signed-in",
        keep_session="",
        client_ip=new_ip(),
    )
    assert (
        _code(auth.reset_password, session=session, token=token, new_password="from-an-old-mail")
        == "error.invalid_link"
    )


def test_a_reset_request_answers_before_anything_is_looked_up_or_mailed(session, monkeypatch):
    """Known and unknown addresses take one path: the answer hands the same
    work to the background, and whether the address has an account is
    found out only there."""
    register_verified(session, "kim@example.org")
    handed: list[tuple] = []
    monkeypatch.setattr(mail, "in_background", lambda work, /, **kw: handed.append((work, kw)))
    before = len(mail.outbox_messages())
    for address in ("kim@example.org", "nobody@example.org"):
        assert (
            auth.request_password_reset(session=session, email=address, client_ip="192.0.2.4")
            is None
        )
    assert len(mail.outbox_messages()) == before
    assert (
        session.exec(select(AccountToken).where(AccountToken.purpose == "reset_password")).all()
        == []
    )
    (known, known_args), (unknown, unknown_args) = handed
    assert known is unknown
    assert known_args.keys() == unknown_args.keys()

    for work, kwargs in handed:
        work(session=session, **kwargs)
    assert len(_reset_tokens("kim@example.org")) == 1
    assert mails_to("nobody@example.org") == []


def test_a_reset_request_does_not_wait_for_the_mail(session, monkeypatch):
    """A slow mail server (here: one that waits to be let go) does not hold
    the answer back."""
    register_verified(session, "lea@example.org")
    monkeypatch.setattr(mail, "in_background", send_in_background)
    monkeypatch.setattr(mail.db, "session", lambda: contextlib.nullcontext(session))
    let_go = threading.Event()
    send = mail.send_mail

    def slow_send(**message):
        let_go.wait(30)
        send(**message)

    monkeypatch.setattr(mail, "send_mail", slow_send)
    caller = threading.Thread(
        target=auth.request_password_reset,
        kwargs={"session": session, "email": "lea@example.org", "client_ip": "192.0.2.5"},
    )
    caller.start()
    caller.join(timeout=10)
    answered = not caller.is_alive()
    let_go.set()
    caller.join()
    mail._background.submit(lambda: None).result(timeout=30)  # the mail job has finished
    assert answered
    assert len(_reset_tokens("lea@example.org")) == 1


def test_expired_sessions_never_sign_in_and_are_purged(session, monkeypatch):
    owner = register_verified(session, "vera@example.org")
    old = login(session, "vera@example.org").token
    current = login(session, "vera@example.org").token
    row = session.get(LoginSession, hashlib.sha256(old.encode()).hexdigest())
    row.expires_at = utcnow() - timedelta(seconds=1)
    session.add(row)
    session.commit()

    assert auth.session_user(session=session, token=old) is None
    assert [
        r.current
        for r in auth.list_sessions(
            session=session, profile_id=owner, current_session=auth.session_id(current)
        )
    ] == [True]
    assert auth.purge_expired(session=session) >= 1
    assert len(_stored_sessions(session)) == 1
    assert auth.session_user(session=session, token=old) is None

    # A session lives as long as the profile's session_days (30 by default).
    _travel(monkeypatch, timedelta(days=30, minutes=1))
    assert auth.session_user(session=session, token=current) is None


# --- changing the address ---------------------------------------------------------


def test_changing_the_address_needs_the_password_and_the_new_mailbox(session):
    owner = register_verified(session, "will@example.org")
    assert (
        _code(
            auth.request_email_change,
            session=session,
            client_ip="192.0.2.1",
            profile_id=owner,
            password="not-my-password",
            new_email="will@new.example",
        )
        == "error.wrong_password"
    )
    assert not mails_to("will@new.example")

    auth.request_email_change(
        session=session,
        client_ip="192.0.2.1",
        profile_id=owner,
        password=PASSWORD,
        new_email="Will@New.example",
    )
    assert stored_profile(session, owner)["email"] == "will@example.org"  # not yet
    assert len(mails_to("will@example.org")) == 1  # only the sign-up confirmation
    token = last_link_token("will@new.example", "/verify-email-change")

    auth.confirm_email_change(session=session, token=token)
    assert stored_profile(session, owner)["email"] == "will@new.example"
    assert login(session, "will@new.example").user.email == "will@new.example"
    assert login_error(session, "will@example.org").code == "error.invalid_credentials"
    assert _code(auth.confirm_email_change, session=session, token=token) == "error.invalid_link"
    assert actions(session, owner)["email_changed"] == 1


def test_confirmation_mails_to_a_new_address_are_limited(session):
    owner = register_verified(session, "sol@example.org")
    other = register_verified(session, "tom@example.org")

    def change(profile, new_email: str) -> None:
        auth.request_email_change(
            session=session,
            profile_id=profile,
            password=PASSWORD,
            new_email=new_email,
            client_ip=new_ip(),
        )

    for _ in range(auth.EMAIL_CHANGE_LIMIT):
        change(owner, "target@example.net")
    assert len(mails_to("target@example.net")) == auth.EMAIL_CHANGE_LIMIT
    with pytest.raises(UserError) as refused:
        change(owner, "target@example.net")
    assert refused.value.code == "error.rate_limited"
    assert 3500 < refused.value.values["seconds"] <= 3600
    # Per address mailed: another account cannot mail it either...
    assert _code(change, profile=other, new_email="target@example.net") == "error.rate_limited"
    # ...and per account: this one cannot mail other addresses.
    assert _code(change, profile=owner, new_email="else@example.net") == "error.rate_limited"
    assert len(mails_to("target@example.net")) == auth.EMAIL_CHANGE_LIMIT
    assert mails_to("else@example.net") == []


# --- re-entering the password -------------------------------------------------


def test_the_sixth_password_recheck_in_a_minute_is_refused(session):
    owner = register_verified(session, "rex@example.org")
    ip = new_ip()
    for _ in range(auth.RECHECK_LIMIT):
        assert (
            _code(
                auth.delete_account,
                session=session,
                profile_id=owner,
                password="guess",
                client_ip=ip,
            )
            == "error.wrong_password"
        )
    # The right password, too, waits until the minute has passed.
    with pytest.raises(UserError) as refused:
        auth.change_password(
            session=session,
            profile_id=owner,
            current=PASSWORD,
            new="a-new-secret-phrase",
            keep_session="",
            client_ip=new_ip(),
        )
    assert refused.value.code == "error.rate_limited"
    assert user_message(refused.value, "en").startswith("Too many attempts. Please try again in")
    # Per client as well: another account from that address is refused.
    neighbour = register_verified(session, "sam@example.org")
    assert (
        _code(
            auth.request_email_change,
            session=session,
            profile_id=neighbour,
            password=PASSWORD,
            new_email="sam@new.example",
            client_ip=ip,
        )
        == "error.rate_limited"
    )
    assert login(session, "rex@example.org").token  # nothing was changed


# --- deleting the account -----------------------------------------------------


def test_deleting_the_account_removes_its_rows_and_photos(session, auth_settings):
    owner = register_verified(session, "xena@example.org")
    keeper = register_verified(session, "yuki@example.org")
    token = login(session, "xena@example.org").token
    keeper_token = login(session, "yuki@example.org").token
    for who in (owner, keeper):
        session.add(WeightEntry(profile_id=who, date=date(2026, 1, 1), weight=70.5))
    session.commit()
    photos = auth_settings.photo_dir / str(owner)
    photos.mkdir(parents=True)
    (photos / "front.jpg").write_bytes(b"\xff\xd8\xff")

    assert (
        _code(
            auth.delete_account,
            session=session,
            client_ip="192.0.2.1",
            profile_id=owner,
            password="not-my-password",
        )
        == "error.wrong_password"
    )
    assert stored_profile(session, owner) is not None and photos.exists()

    auth.delete_account(session=session, client_ip="192.0.2.1", profile_id=owner, password=PASSWORD)
    session.expunge_all()  # the next request starts with an empty session

    assert stored_profile(session, owner) is None
    assert session.exec(select(WeightEntry).where(WeightEntry.profile_id == owner)).all() == []
    assert session.exec(select(LoginSession).where(LoginSession.profile_id == owner)).all() == []
    assert not photos.exists()
    assert auth.session_user(session=session, token=token) is None
    assert login_error(session, "xena@example.org").code == "error.invalid_credentials"
    # The other profile keeps everything.
    assert session.exec(select(WeightEntry).where(WeightEntry.profile_id == keeper)).one()
    assert auth.session_user(session=session, token=keeper_token).email == "yuki@example.org"
    # The admins' log keeps that an account went, naming no one.
    (deleted,) = session.exec(
        select(UserActivityLog).where(UserActivityLog.action == "account_deleted")
    ).all()
    assert deleted.profile_id is None and set(deleted.details) == {"tier", "role"}
    assert "xena" not in repr(deleted.details)


# --- invitations and admins ---------------------------------------------------------


def test_closed_registration_lets_in_only_invited_addresses(session):
    admin = auth.create_admin(session=session, email="admin@example.org", password=PASSWORD)
    _set_app_setting(session, "registration_open", "false")
    assert not auth.registration_open(session=session)

    with pytest.raises(UserError) as raised:
        register(session, "zoe@example.org")
    assert raised.value.code == "error.registration_closed"
    assert not mails_to("zoe@example.org")

    link = auth.invite(session=session, admin_id=admin.id, email="Zoe@example.org")
    assert link.startswith(f"{BASE_URL}/register?token=")
    token = last_link_token("zoe@example.org", "/register")
    assert link.endswith(token)

    register(session, "zoe@example.org", invite_token=token)
    zoe = session.exec(select(Profile).where(Profile.email == "zoe@example.org")).one()
    assert zoe.invited_by == admin.id
    assert zoe.email_verified
    assert len(mails_to("zoe@example.org")) == 1  # the invitation, no confirmation needed
    assert login(session, "zoe@example.org").token
    # The link is used up.
    with pytest.raises(UserError) as raised:
        register(session, "zoe2@example.org", invite_token=token)
    assert raised.value.code == "error.invalid_link"


def test_an_invitation_used_by_another_address_still_needs_confirmation(session):
    admin = auth.create_admin(session=session, email="admin@example.org", password=PASSWORD)
    _set_app_setting(session, "registration_open", "false")
    auth.invite(session=session, admin_id=admin.id, email="invited@example.org")
    token = last_link_token("invited@example.org", "/register")
    register(session, "forwarded@example.org", invite_token=token)
    assert login_error(session, "forwarded@example.org").code == "error.email_not_verified"
    assert mails_to("forwarded@example.org")


def test_only_admins_invite(session):
    user = register_verified(session, "user@example.org")
    assert (
        _code(auth.invite, session=session, admin_id=user, email="friend@example.org")
        == "error.not_admin"
    )
    assert not mails_to("friend@example.org")


def test_the_first_admin_is_created_once(session):
    assert auth.needs_first_admin(session=session)
    admin = auth.create_admin(
        session=session, email="root@example.org", password=PASSWORD, only_if_none=True
    )
    assert admin.is_admin and admin.email == "root@example.org"
    assert not auth.needs_first_admin(session=session)
    assert (
        _code(
            auth.create_admin,
            session=session,
            email="second@example.org",
            password=PASSWORD,
            only_if_none=True,
        )
        == "error.admin_exists"
    )
    assert (
        session.exec(select(Profile).where(Profile.email == "second@example.org")).first() is None
    )
    assert login(session, "root@example.org").user.is_admin


# --- the activity log -----------------------------------------------------------


def test_sign_ins_failures_password_changes_and_revocations_are_logged(session):
    owner = register_verified(session, "abe@example.org")
    assert actions(session, owner) == {"register": 1, "email_verified": 1}

    first = login(session, "abe@example.org").token
    second = login(session, "abe@example.org").token
    login_error(session, "abe@example.org", "not-my-password")
    auth.end_session(
        session=session, profile_id=owner, session_id=hashlib.sha256(second.encode()).hexdigest()
    )
    auth.change_password(
        session=session,
        client_ip="192.0.2.1",
        profile_id=owner,
        current=PASSWORD,
        new="abe-has-a-new-one",
        keep_session=auth.session_id(first),
    )

    assert actions(session, owner) == {
        "register": 1,
        "email_verified": 1,
        "login": 2,
        "login_failed": 1,
        "session_revoked": 1,
        "password_changed": 1,
    }


def test_an_admin_who_invited_someone_can_still_delete_the_account(session):
    admin = auth.create_admin(session=session, email="boss@example.org", password=PASSWORD)
    auth.invite(session=session, admin_id=admin.id, email="guest@example.org")
    register(
        session, "guest@example.org", invite_token=last_link_token("guest@example.org", "/register")
    )
    guest = profile_id(session, "guest@example.org")
    assert stored_profile(session, guest)["invited_by"] == admin.id

    auth.delete_account(
        session=session, client_ip="192.0.2.1", profile_id=admin.id, password=PASSWORD
    )
    assert stored_profile(session, admin.id) is None
    assert stored_profile(session, guest)["invited_by"] is None
    assert login(session, "guest@example.org").token


# --- sign out everywhere else, time zones of new accounts ----------------------


def test_signing_out_everywhere_else_keeps_only_this_device(session):
    owner = register_verified(session, "tess@example.org")
    here, phone, tablet = (login(session, "tess@example.org").token for _ in range(3))
    register_verified(session, "uma@example.org")
    someone_else = login(session, "uma@example.org").token

    assert (
        auth.end_other_sessions(
            session=session, profile_id=owner, keep_session=auth.session_id(here)
        )
        == 2
    )

    assert auth.session_user(session=session, token=here).email == "tess@example.org"
    assert auth.session_user(session=session, token=phone) is None
    assert auth.session_user(session=session, token=tablet) is None
    assert auth.session_user(session=session, token=someone_else).email == "uma@example.org"
    assert actions(session, owner)["other_sessions_ended"] == 1
    # Nothing else to end: nothing logged either.
    assert (
        auth.end_other_sessions(
            session=session, profile_id=owner, keep_session=auth.session_id(here)
        )
        == 0
    )
    assert actions(session, owner)["other_sessions_ended"] == 1


def test_a_new_account_takes_the_browsers_time_zone_or_utc(session):
    register(session, "vera@example.org", timezone="Europe/Vienna")
    register(session, "wim@example.org", timezone="Mars/Olympus_Mons")
    register(session, "xia@example.org")
    zones = {
        email: stored_profile(session, profile_id(session, email))["timezone"]
        for email in ("vera@example.org", "wim@example.org", "xia@example.org")
    }
    assert zones == {
        "vera@example.org": "Europe/Vienna",
        "wim@example.org": "UTC",
        "xia@example.org": "UTC",
    }


def test_the_first_admin_takes_the_browsers_time_zone(session):
    result = auth.create_first_admin(
        session=session,
        email="yara@example.org",
        password=PASSWORD,
        language="de",
        client_ip=new_ip(),
        user_agent=UA_FIREFOX,
        timezone="Europe/Zurich",
    )
    assert result.user.timezone == "Europe/Zurich"


def test_a_display_name_beyond_its_limit_is_refused_at_sign_up_not_cut(session):
    with pytest.raises(UserError) as raised:
        register(session, "long.name@example.org", display_name="x" * 101)
    assert (raised.value.code, raised.value.field) == ("error.too_long_named", "display_name")
    assert session.exec(select(Profile).where(Profile.email == "long.name@example.org")).all() == []
    register(session, "fine.name@example.org", display_name=" " + "x" * 100 + " ")
    stored = session.exec(select(Profile).where(Profile.email == "fine.name@example.org")).one()
    assert stored.display_name == "x" * 100


# --- where mailed links point ---------------------------------------------------


def test_without_a_public_address_links_use_the_address_the_app_was_opened_with(
    session, auth_settings, monkeypatch, mail_at_once
):
    monkeypatch.setattr(auth_settings, "public_base_url", None)
    lan = "http://192.168.1.20:3000"
    register(session, "vera@example.org", opened_at=lan)
    assert f"{lan}/verify?token=" in body(mails_to("vera@example.org")[-1])
    # The owner of a taken address is pointed at the same place.
    register(session, "vera@example.org", opened_at=lan)
    assert f"{lan}/login" in body(mails_to("vera@example.org")[-1])

    auth.request_password_reset(
        session=session, email="vera@example.org", client_ip=new_ip(), opened_at=lan
    )
    assert f"{lan}/reset?token=" in body(mails_to("vera@example.org")[-1])
    auth.request_email_change(
        session=session,
        profile_id=profile_id(session, "vera@example.org"),
        password=PASSWORD,
        new_email="vera.new@example.org",
        client_ip=new_ip(),
        opened_at=lan,
    )
    assert f"{lan}/verify-email-change?token=" in body(mails_to("vera.new@example.org")[-1])
    admin = auth.create_admin(session=session, email="boss@example.org", password=PASSWORD)
    link = auth.invite(session=session, admin_id=admin.id, email="walt@example.org", opened_at=lan)
    assert link.startswith(f"{lan}/register?token=")


def test_an_address_on_the_internet_is_not_taken_from_the_request(
    session, auth_settings, monkeypatch, mail_at_once
):
    # Anyone can send any Origin: a reset link to their server would hand them the token.
    register_verified(session, "xena@example.org")
    monkeypatch.setattr(auth_settings, "public_base_url", None)
    auth.request_password_reset(
        session=session,
        email="xena@example.org",
        client_ip=new_ip(),
        opened_at="https://evil.example",
    )
    message = body(mails_to("xena@example.org")[-1])
    assert "evil.example" not in message
    assert f"http://localhost:{auth_settings.port}/reset?token=" in message


def test_the_configured_public_address_wins(session):
    register(session, "yusuf@example.org", opened_at="http://192.168.1.20:3000")
    message = body(mails_to("yusuf@example.org")[-1])
    assert f"{BASE_URL}/verify?token=" in message and "192.168" not in message
