"""Services that take a profile_id act on that profile only.

Profile B calls every account service that takes a profile id (with its own
id, and with A's session ids, token and password where a confused or hostile
caller could pass them); every row A owns, in every table with a profile_id
column, stays exactly as it was. The walk over SQLModel.metadata means a new
owned table is covered without touching this file.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from mitai_app.accounts import service as auth
from mitai_app.accounts.models import Profile
from mitai_app.body.models import WeightEntry
from mitai_app.core.errors import UserError
from mitai_app.core.modules import import_models
from tests.factories import (
    last_link_token,
    login,
    login_error,
    mails_to,
    register_verified,
    stored_profile,
)

import_models()  # registers every table

pytestmark = pytest.mark.usefixtures("auth_settings")

OWNED_TABLES = [t for t in SQLModel.metadata.sorted_tables if "profile_id" in t.c]


def snapshot(session, profile_id: uuid.UUID) -> dict[str, list[tuple]]:
    """Every row the profile owns, as the database holds it, table by table."""
    owned = {"profiles": [tuple(sorted((stored_profile(session, profile_id) or {}).items()))]}
    for table in OWNED_TABLES:
        rows = session.execute(sa.select(table).where(table.c.profile_id == profile_id))
        owned[table.name] = sorted((tuple(sorted(row._mapping.items())) for row in rows), key=repr)
    return owned


def assert_scoped(session, before: dict[str, list[tuple]], profile_id: uuid.UUID) -> None:
    """Fails naming the table when any row of the profile was added, changed or removed."""
    after = snapshot(session, profile_id)
    for table, rows in before.items():
        assert after[table] == rows, f"{table}: rows of profile {profile_id} changed"


@dataclass
class Pair:
    a: uuid.UUID
    a_email: str
    a_password: str
    a_tokens: list[str]
    b: uuid.UUID
    b_email: str
    b_password: str
    b_tokens: list[str]

    @property
    def a_session_ids(self) -> list[str]:
        return [hashlib.sha256(t.encode()).hexdigest() for t in self.a_tokens]


@pytest.fixture
def pair(session) -> Pair:
    """A and B, two sessions each; A also has a weight and a pending address change."""
    a_password, b_password = "alpha-owns-these-rows", "bravo-is-someone-else"
    a = register_verified(session, "alpha@example.org", a_password)
    b = register_verified(session, "bravo@example.org", b_password)
    a_tokens = [login(session, "alpha@example.org", a_password).token for _ in range(2)]
    b_tokens = [login(session, "bravo@example.org", b_password).token for _ in range(2)]
    session.add(WeightEntry(profile_id=a, date=date(2026, 1, 1), weight=64.2))
    session.add(WeightEntry(profile_id=b, date=date(2026, 1, 1), weight=81.0))
    session.commit()
    auth.request_email_change(
        session=session,
        client_ip="192.0.2.1",
        profile_id=a,
        password=a_password,
        new_email="alpha@new.example",
    )
    return Pair(
        a, "alpha@example.org", a_password, a_tokens, b, "bravo@example.org", b_password, b_tokens
    )


def _code(call, **kwargs) -> str:
    with pytest.raises(UserError) as raised:
        call(**kwargs)
    return raised.value.code


def test_the_walk_sees_the_owned_tables_and_a_owns_rows_in_them(session, pair):
    names = {t.name for t in OWNED_TABLES}
    assert {"sessions", "account_tokens", "user_activity_log", "weight_log"} <= names
    assert len(names) >= 25
    before = snapshot(session, pair.a)
    for table in ("sessions", "account_tokens", "user_activity_log", "weight_log"):
        assert before[table], table


def test_b_using_every_account_service_never_touches_a(session, pair, monkeypatch):
    # This walk re-enters b's password more often in a minute than a person would.
    monkeypatch.setattr(auth, "RECHECK_LIMIT", 100)
    before = snapshot(session, pair.a)

    rows = auth.list_sessions(
        session=session, profile_id=pair.b, current_session=auth.session_id(pair.a_tokens[0])
    )
    assert len(rows) == 2 and not any(r.current for r in rows)
    assert not {r.id for r in rows} & set(pair.a_session_ids)
    for session_id in pair.a_session_ids:
        assert not auth.end_session(session=session, profile_id=pair.b, session_id=session_id)
    assert (
        _code(
            auth.change_password,
            session=session,
            client_ip="192.0.2.1",
            profile_id=pair.b,
            current=pair.a_password,
            new="taken-over-maybe",
            keep_session="",
        )
        == "error.wrong_password"
    )
    auth.change_password(
        session=session,
        client_ip="192.0.2.1",
        profile_id=pair.b,
        current=pair.b_password,
        new="bravo-changed-password",
        keep_session=auth.session_id(pair.a_tokens[0]),
    )
    assert (
        _code(
            auth.request_email_change,
            session=session,
            client_ip="192.0.2.1",
            profile_id=pair.b,
            password=pair.a_password,
            new_email="hijack@example.org",
        )
        == "error.wrong_password"
    )
    auth.request_email_change(
        session=session,
        client_ip="192.0.2.1",
        profile_id=pair.b,
        password="bravo-changed-password",
        new_email=pair.a_email,
    )
    assert (
        _code(
            auth.delete_account,
            session=session,
            client_ip="192.0.2.1",
            profile_id=pair.b,
            password=pair.a_password,
        )
        == "error.wrong_password"
    )
    auth.delete_account(
        session=session, client_ip="192.0.2.1", profile_id=pair.b, password="bravo-changed-password"
    )
    session.expunge_all()  # the next request starts with an empty session

    assert_scoped(session, before, pair.a)
    assert stored_profile(session, pair.b) is None
    for token in pair.a_tokens:
        assert auth.session_user(session=session, token=token).email == pair.a_email
    assert login(session, pair.a_email, pair.a_password).token


def test_list_sessions_shows_only_the_callers_sessions(session, pair):
    mine = auth.list_sessions(
        session=session, profile_id=pair.a, current_session=auth.session_id(pair.a_tokens[1])
    )
    assert sorted(r.id for r in mine) == sorted(pair.a_session_ids)
    assert [r.current for r in mine].count(True) == 1
    theirs = auth.list_sessions(
        session=session, profile_id=pair.b, current_session=auth.session_id(pair.a_tokens[1])
    )
    assert len(theirs) == 2
    assert not {r.id for r in theirs} & {r.id for r in mine}


def test_end_session_with_another_profiles_session_id_does_nothing(session, pair):
    before = snapshot(session, pair.a)
    assert not auth.end_session(
        session=session, profile_id=pair.b, session_id=pair.a_session_ids[0]
    )
    assert_scoped(session, before, pair.a)
    assert auth.session_user(session=session, token=pair.a_tokens[0]).email == pair.a_email


def test_change_password_of_b_leaves_a_signed_in_with_the_old_password(session, pair):
    before = snapshot(session, pair.a)
    auth.change_password(
        session=session,
        client_ip="192.0.2.1",
        profile_id=pair.b,
        current=pair.b_password,
        new="bravo-changed-password",
        keep_session=auth.session_id(pair.b_tokens[0]),
    )
    assert_scoped(session, before, pair.a)
    assert all(auth.session_user(session=session, token=t) for t in pair.a_tokens)
    assert auth.session_user(session=session, token=pair.b_tokens[1]) is None
    assert login(session, pair.a_email, pair.a_password).token
    assert login_error(session, pair.a_email, "bravo-changed-password").code == (
        "error.invalid_credentials"
    )


def test_email_change_of_b_never_changes_a(session, pair):
    before = snapshot(session, pair.a)
    # Asking for A's own address: answered like any request, A only gets a warning.
    auth.request_email_change(
        session=session,
        client_ip="192.0.2.1",
        profile_id=pair.b,
        password=pair.b_password,
        new_email=pair.a_email,
    )
    assert not any("/verify-email-change" in str(m) for m in mails_to(pair.a_email))
    auth.request_email_change(
        session=session,
        client_ip="192.0.2.1",
        profile_id=pair.b,
        password=pair.b_password,
        new_email="bravo@new.example",
    )
    auth.confirm_email_change(
        session=session, token=last_link_token("bravo@new.example", "/verify-email-change")
    )
    assert_scoped(session, before, pair.a)
    assert stored_profile(session, pair.b)["email"] == "bravo@new.example"
    assert session.get(Profile, pair.a).email == pair.a_email


def test_delete_account_of_b_leaves_a_whole(session, pair):
    before = snapshot(session, pair.a)
    auth.delete_account(
        session=session, client_ip="192.0.2.1", profile_id=pair.b, password=pair.b_password
    )
    session.expunge_all()
    assert_scoped(session, before, pair.a)
    assert snapshot(session, pair.b)["weight_log"] == []
    assert auth.session_user(session=session, token=pair.b_tokens[0]) is None
    assert auth.session_user(session=session, token=pair.a_tokens[0]).email == pair.a_email
