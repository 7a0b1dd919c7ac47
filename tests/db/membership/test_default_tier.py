"""The plan new accounts start on: unlimited `selfhosted` on a fresh install
(a household), changed by an admin for a hosted service."""

from __future__ import annotations

import pytest

from mitai_app.core.errors import UserError
from mitai_app.membership import admin as membership_admin
from tests.factories import new_profile, profile_id, register, stored_profile


@pytest.fixture(autouse=True)
def _settings(auth_settings):
    return auth_settings


def test_a_fresh_install_registers_people_on_the_unlimited_selfhosted_plan(session):
    register(session, "house@example.org")
    assert stored_profile(session, profile_id(session, "house@example.org"))["tier"] == "selfhosted"


def test_an_admin_sets_the_plan_for_new_accounts(session):
    admin = new_profile(session, role="admin")
    assert membership_admin.set_default_tier(session=session, admin_id=admin, tier_id="free") == (
        "free"
    )
    assert membership_admin.default_tier(session=session) == "free"
    register(session, "hosted@example.org")
    assert stored_profile(session, profile_id(session, "hosted@example.org"))["tier"] == "free"


@pytest.mark.parametrize(
    ("role", "tier", "code"),
    [
        ("user", "free", "membership.error.forbidden"),
        ("admin", "gold", "membership.error.tier_unknown"),
    ],
)
def test_only_admins_set_it_and_only_to_a_known_plan(session, role, tier, code):
    caller = new_profile(session, role=role)
    with pytest.raises(UserError) as refused:
        membership_admin.set_default_tier(session=session, admin_id=caller, tier_id=tier)
    assert refused.value.code == code
    assert membership_admin.default_tier(session=session) == "selfhosted"
