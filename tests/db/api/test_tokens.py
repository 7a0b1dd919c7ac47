"""Making and revoking tokens: shown once, stored as a digest, refused with
a message for a missing name, no area, a past expiry, or when the admin
switched tokens off; someone else's token cannot be revoked."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlmodel import select

from mitai_app.accounts.models import UserActivityLog
from mitai_app.api import tokens
from mitai_app.api.consts import REQUESTS_PER_MINUTE
from mitai_app.api.models import ApiToken
from mitai_app.core.errors import UserError
from mitai_app.core.models import AppSetting
from tests.factories import new_profile


def test_the_secret_is_shown_once_and_only_its_digest_is_kept(session):
    ana = new_profile(session)
    row, secret = tokens.create_token(
        session=session, profile_id=ana, name="Scale", scopes=["body:write"]
    )
    stored = session.exec(select(ApiToken)).one()
    assert secret.startswith("mjt_") and len(secret) > 40
    assert stored.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in repr(stored.__dict__) and row.scopes == ["body:write"]


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"name": " ", "scopes": ["body:read"]}, "api.error.name_required"),
        ({"name": "x", "scopes": []}, "api.error.scopes"),
        ({"name": "x", "scopes": ["admin:write"]}, "api.error.scopes"),
        (
            {"name": "x", "scopes": ["body:read"], "expires_on": "2026-03-01"},
            "api.error.expiry_past",
        ),
        ({"name": "x", "scopes": ["body:read"], "expires_on": "soon"}, "log.error.date_invalid"),
        ({"name": "x" * 101, "scopes": ["body:read"]}, "error.too_long"),
    ],
)
def test_a_token_that_cannot_work_is_refused_with_its_reason(session, options, code):
    with pytest.raises(UserError) as refused:
        tokens.create_token(
            session=session, profile_id=new_profile(session), today=date(2026, 3, 1), **options
        )
    assert refused.value.code == code


def test_the_admin_can_switch_tokens_off(session):
    session.merge(AppSetting(key="api_tokens_allowed", value="false"))
    session.commit()
    with pytest.raises(UserError) as refused:
        tokens.create_token(
            session=session, profile_id=new_profile(session), name="x", scopes=["body:read"]
        )
    assert refused.value.code == "api.error.not_allowed"


def test_someone_elses_token_cannot_be_revoked(session):
    ana, ben = new_profile(session), new_profile(session)
    row, _ = tokens.create_token(session=session, profile_id=ana, name="x", scopes=["body:read"])
    with pytest.raises(UserError) as refused:
        tokens.revoke_token(session=session, profile_id=ben, token_id=row.id)
    assert refused.value.code == "record.error.not_found"
    assert len(tokens.list_tokens(session=session, profile_id=ana)) == 1


def test_making_using_and_revoking_a_token_is_in_the_activity_log(session, auth_settings):
    ana = new_profile(session)
    row, secret = tokens.create_token(
        session=session, profile_id=ana, name="Scale", scopes=["body:write"]
    )
    assert tokens.authenticate(session=session, secret=secret) is not None
    assert tokens.authenticate(session=session, secret=secret) is not None  # within the minute
    tokens.revoke_token(session=session, profile_id=ana, token_id=row.id)

    logged = session.exec(
        select(UserActivityLog.action, UserActivityLog.details)
        .where(UserActivityLog.profile_id == ana)
        .order_by(UserActivityLog.created, UserActivityLog.action)
    ).all()
    assert sorted(action for action, _ in logged) == [
        "api_token_created",
        "api_token_revoked",
        "api_token_used",
    ]
    assert all(details["token"] == "Scale" for _, details in logged)


def test_a_token_is_limited_per_minute(session, auth_settings):
    ana = new_profile(session)
    _, secret = tokens.create_token(session=session, profile_id=ana, name="x", scopes=["body:read"])
    for _ in range(REQUESTS_PER_MINUTE):
        tokens.authenticate(session=session, secret=secret)
    with pytest.raises(UserError):
        tokens.authenticate(session=session, secret=secret)


def test_only_an_admin_switches_tokens_off_and_existing_ones_stop(session, auth_settings):
    admin, ana = new_profile(session, role="admin"), new_profile(session)
    _, secret = tokens.create_token(session=session, profile_id=ana, name="x", scopes=["body:read"])
    with pytest.raises(UserError) as refused:
        tokens.set_tokens_allowed(session=session, admin_id=ana, allowed=False)
    assert refused.value.code == "error.not_admin"

    assert tokens.set_tokens_allowed(session=session, admin_id=admin, allowed=False) is False
    assert tokens.authenticate(session=session, secret=secret) is None
    assert tokens.set_tokens_allowed(session=session, admin_id=admin, allowed=True) is True
    assert tokens.authenticate(session=session, secret=secret) is not None
