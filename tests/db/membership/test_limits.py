"""Coupon codes on SQLite and PostgreSQL (issue #17, section 5): a code one
character over its limit is refused with the limit named, never cut to fit,
when an admin creates it and when someone redeems it."""

from __future__ import annotations

import pytest
from sqlmodel import select

from mitai_app.core.errors import UserError
from mitai_app.membership import admin
from mitai_app.membership.consts import CODE_MAX
from mitai_app.membership.models import Coupon, CouponRedemption
from mitai_app.membership.service import redeem_coupon
from tests.db.limits import assert_length_enforced
from tests.db.membership_support import log_to_tmp
from tests.factories import new_ip, new_profile


@pytest.fixture(autouse=True)
def usage_log(tmp_path, monkeypatch):
    return log_to_tmp(tmp_path, monkeypatch)


def _create(session, boss, code):
    return admin.create_coupon(
        session=session, admin_id=boss, code=code, tier_id="premium", duration_days="7"
    )


def test_a_new_code_over_its_limit_is_refused_and_not_stored(session):
    boss = new_profile(session, role="admin")

    def stored():  # codes are stored upper-case
        return [code.lower() for code in session.exec(select(Coupon.code)).all()]

    assert_length_enforced(
        session, lambda text: _create(session, boss, text), stored, limit=CODE_MAX, field="code"
    )


def test_a_typed_code_over_its_limit_is_refused_not_cut_to_a_real_one(session):
    code = "C" * CODE_MAX
    _create(session, new_profile(session, role="admin"), code)
    user = new_profile(session)
    with pytest.raises(UserError) as refused:
        redeem_coupon(session=session, profile_id=user, code=code + "X", client_ip=new_ip())
    assert (refused.value.code, refused.value.field) == ("error.too_long_named", "coupon_code")
    assert refused.value.values["limit"] == CODE_MAX
    assert session.exec(select(CouponRedemption)).all() == []
