"""Coupons, trials, the subscription overview and membership administration
on SQLite and PostgreSQL, including concurrent redemptions."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from mitai_app.accounts.models import Profile, UserActivityLog
from mitai_app.core.access import check, consume
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.models import AccessGrant
from mitai_app.membership import admin
from mitai_app.membership.models import Coupon
from mitai_app.membership.service import REDEEM_LIMIT, redeem_coupon, start_trial, subscription
from tests.db.membership_support import committed_profile, log_to_tmp
from tests.factories import new_ip, new_profile


@pytest.fixture(autouse=True)
def usage_log(tmp_path, monkeypatch):
    return log_to_tmp(tmp_path, monkeypatch)


def _error(call, **kwargs) -> str:
    with pytest.raises(UserError) as refused:
        call(**kwargs)
    return refused.value.code


def _coupon(session, admin_id, code="SPRING-7", **fields):
    values = {"tier_id": "premium", "duration_days": "7", "max_uses": ""} | fields
    return admin.create_coupon(session=session, admin_id=admin_id, code=code, **values)


# --- coupons -----------------------------------------------------------------------


def test_a_coupon_grants_its_tier_for_its_days_and_only_once(session):
    boss, user = new_profile(session, role="admin"), new_profile(session)
    _coupon(session, boss, code="spring-7")
    granted = redeem_coupon(
        session=session, profile_id=user, code="  Spring-7 ", client_ip=new_ip()
    )
    assert (granted.tier_id, granted.tier_name.en) == ("premium", "Premium")
    assert timedelta(days=6, hours=23) < granted.valid_until - datetime.now(UTC) <= timedelta(7)
    overview = subscription(session=session, profile_id=user)
    assert (overview.tier_id, overview.source) == ("premium", "coupon")
    assert _error(
        redeem_coupon, session=session, profile_id=user, code="SPRING-7", client_ip=new_ip()
    ) == ("membership.error.coupon_redeemed")
    (coupon,) = admin.list_coupons(session=session, admin_id=boss)
    assert coupon.current_uses == 1
    redeemed_by = admin.coupon_redemptions(session=session, admin_id=boss, coupon_id=coupon.id)
    assert [row.email for row in redeemed_by] == [session.get(Profile, user).email]


def test_a_coupon_is_refused_beyond_its_uses_window_or_when_switched_off(session):
    boss = new_profile(session, role="admin")
    _coupon(session, boss, code="ONCE", max_uses="1")
    redeem_coupon(session=session, profile_id=new_profile(session), code="once", client_ip=new_ip())
    late = new_profile(session)
    assert (
        _error(redeem_coupon, session=session, profile_id=late, code="ONCE", client_ip=new_ip())
        == "membership.error.coupon_invalid"
    )
    now = datetime.now(UTC)
    _coupon(session, boss, code="LATER", valid_from=now + timedelta(days=1))
    _coupon(
        session,
        boss,
        code="OVER",
        valid_until=now - timedelta(days=1),
        valid_from=now - timedelta(days=9),
    )
    assert (
        _error(redeem_coupon, session=session, profile_id=late, code="LATER", client_ip=new_ip())
        == "membership.error.coupon_invalid"
    )
    assert (
        _error(redeem_coupon, session=session, profile_id=late, code="OVER", client_ip=new_ip())
        == "membership.error.coupon_invalid"
    )
    off = _coupon(session, boss, code="OFF")
    admin.set_coupon_active(session=session, admin_id=boss, coupon_id=off.id, active=False)
    assert (
        _error(redeem_coupon, session=session, profile_id=late, code="OFF", client_ip=new_ip())
        == "membership.error.coupon_invalid"
    )
    assert (
        _error(redeem_coupon, session=session, profile_id=late, code="NOPE", client_ip=new_ip())
        == "membership.error.coupon_invalid"
    )
    assert subscription(session=session, profile_id=late).tier_id == "free"


def test_guessing_codes_is_refused_after_ten_tries_an_hour(session, auth_settings):
    ip = new_ip()
    boss, guesser, other = (
        new_profile(session, role="admin"),
        new_profile(session),
        new_profile(session),
    )
    _coupon(session, boss, code="REAL-CODE")
    for n in range(REDEEM_LIMIT):
        assert (
            _error(
                redeem_coupon, session=session, profile_id=guesser, code=f"GUESS-{n}", client_ip=ip
            )
            == "membership.error.coupon_invalid"
        )
    # The eleventh try is refused before the code is looked at, right or not.
    with pytest.raises(UserError) as refused:
        redeem_coupon(session=session, profile_id=guesser, code="REAL-CODE", client_ip="192.0.2.9")
    assert refused.value.code == "error.rate_limited"
    assert "try again in" in user_message(refused.value, "en")
    # Another profile from the same address is refused too; from elsewhere it redeems.
    assert (
        _error(redeem_coupon, session=session, profile_id=other, code="REAL-CODE", client_ip=ip)
        == "error.rate_limited"
    )
    assert (
        redeem_coupon(
            session=session, profile_id=other, code="REAL-CODE", client_ip="192.0.2.10"
        ).tier_id
        == "premium"
    )


def test_coupon_codes_are_unique_regardless_of_case_and_checked(session):
    boss = new_profile(session, role="admin")
    _coupon(session, boss, code="WELCOME")
    assert (
        _error(_coupon, session=session, admin_id=boss, code="welcome")
        == "membership.error.code_taken"
    )
    assert (
        _error(_coupon, session=session, admin_id=boss, code="a b")
        == "membership.error.code_invalid"
    )
    assert _error(_coupon, session=session, admin_id=boss, code="OK1", duration_days="0") == (
        "membership.error.days_invalid"
    )
    user = new_profile(session)
    assert (
        _error(_coupon, session=session, admin_id=user, code="MINE") == "membership.error.forbidden"
    )


@pytest.mark.timeout(120)
def test_concurrent_redemptions_never_exceed_max_uses_nor_repeat(migrated_engine):
    with committed_profile(migrated_engine, role="admin") as boss:
        with Session(migrated_engine) as setup:
            coupon = _coupon(setup, boss, code=f"RACE-{boss.hex[:8]}", max_uses="3")
        profiles = []
        with Session(migrated_engine) as setup:
            profiles = [new_profile(setup) for _ in range(5)]
        # Five profiles at once, and the first of them twice more.
        attempts = [*profiles, profiles[0], profiles[0]]
        start = threading.Barrier(len(attempts))
        outcomes: list[str] = []

        def redeem(profile) -> None:
            with Session(migrated_engine) as own:
                start.wait()
                try:
                    redeem_coupon(
                        session=own, profile_id=profile, code=coupon.code, client_ip=new_ip()
                    )
                    outcomes.append("ok")
                except UserError as error:
                    outcomes.append(error.code)

        threads = [threading.Thread(target=redeem, args=(p,)) for p in attempts]
        try:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert outcomes.count("ok") == 3
            with Session(migrated_engine) as after:
                stored = after.exec(select(Coupon).where(Coupon.code == coupon.code)).one()
                assert stored.current_uses == 3
                grants = after.exec(
                    select(AccessGrant).where(AccessGrant.coupon_id == stored.id)
                ).all()
                assert len(grants) == 3
                assert len({grant.profile_id for grant in grants}) == 3
        finally:
            with Session(migrated_engine) as cleanup:
                for profile in profiles:
                    cleanup.delete(cleanup.get(Profile, profile))
                cleanup.delete(cleanup.exec(select(Coupon).where(Coupon.code == coupon.code)).one())
                cleanup.commit()


# --- trial -----------------------------------------------------------------------------


def test_the_trial_runs_fourteen_days_of_premium_once(session):
    user = new_profile(session)
    assert subscription(session=session, profile_id=user).trial_available
    trial = start_trial(session=session, profile_id=user)
    assert trial.tier_id == "premium"
    assert timedelta(days=13, hours=23) < trial.valid_until - datetime.now(UTC) <= timedelta(14)
    overview = subscription(session=session, profile_id=user)
    assert (overview.tier_id, overview.source, overview.trial_available) == (
        "premium",
        "trial",
        False,
    )
    assert _error(start_trial, session=session, profile_id=user) == "membership.error.trial_used"
    actions = session.exec(
        select(UserActivityLog.action).where(UserActivityLog.profile_id == user)
    ).all()
    assert actions == ["trial_started"]


def test_the_overview_shows_usage_against_each_limit(session):
    user = new_profile(session)
    consume(session=session, profile_id=user, feature_id="ai_calls")
    session.commit()
    features = {f.feature_id: f for f in subscription(session=session, profile_id=user).features}
    assert (features["ai_calls"].limit, features["ai_calls"].used) == (3, 1)
    assert features["ai_calls"].limit_type == "monthly"
    assert features["weight_entries"].limit is None
    assert features["ai_pipeline"].limit == 0


# --- administration ------------------------------------------------------------------------


def test_a_tier_limit_set_in_the_matrix_applies_at_once_and_empty_is_unlimited(session):
    boss, user = new_profile(session, role="admin"), new_profile(session)
    admin.set_tier_limit(
        session=session, admin_id=boss, tier_id="free", feature_id="ai_calls", value="5"
    )
    matrix = admin.limit_matrix(session=session, admin_id=boss)
    assert matrix.cells[("free", "ai_calls")] == 5
    assert check(session=session, profile_id=user, feature_id="ai_calls").limit == 5
    admin.set_tier_limit(
        session=session, admin_id=boss, tier_id="free", feature_id="ai_calls", value=" "
    )
    assert check(session=session, profile_id=user, feature_id="ai_calls").limit is None
    assert _error(
        admin.set_tier_limit,
        session=session,
        admin_id=boss,
        tier_id="free",
        feature_id="ai_calls",
        value="-1",
    ) == ("membership.error.limit_invalid")


def test_tiers_and_features_are_edited_from_form_texts(session):
    boss = new_profile(session, role="admin")
    tier = admin.update_tier(
        session=session,
        admin_id=boss,
        tier_id="plus",
        form={
            "name": "Plus",
            "name_en": "Plus",
            "price_monthly": "5,49",
            "price_yearly": "",
            "trial_days": "7",
            "sort_order": "2",
            "is_active": "on",
        },
    )
    assert (tier.price_monthly, tier.price_yearly, tier.trial_days, tier.is_active) == (
        5.49,
        None,
        7,
        True,
    )
    feature = admin.update_feature(
        session=session,
        admin_id=boss,
        feature_id="goals",
        form={"name": "Ziele", "name_en": "Goals", "category": "goals", "default_limit": "4"},
    )
    assert (feature.default_limit, feature.limit_type) == (4, "total")
    bad = {"name": "Plus", "price_monthly": "cheap"}
    assert _error(admin.update_tier, session=session, admin_id=boss, tier_id="plus", form=bad) == (
        "membership.error.price_invalid"
    )


def test_an_admin_sets_role_tier_and_restrictions_and_cannot_demote_themselves(session):
    boss, user = new_profile(session, role="admin"), new_profile(session)
    row = admin.update_profile(
        session=session,
        admin_id=boss,
        profile_id=user,
        role="user",
        tier="plus",
        email_verified=True,
        ai_enabled=True,
    )
    assert (row.tier, row.email_verified, row.ai_enabled) == ("plus", True, True)
    assert _error(
        admin.update_profile,
        session=session,
        admin_id=boss,
        profile_id=boss,
        role="user",
        tier="free",
        email_verified=True,
        ai_enabled=False,
    ) == ("membership.error.own_role")
    admin.set_restriction(
        session=session,
        admin_id=boss,
        profile_id=user,
        feature_id="ai_calls",
        custom_limit="1",
        disabled=False,
    )
    detail = admin.profile_detail(session=session, admin_id=boss, profile_id=user)
    assert {r.feature_id: r.custom_limit for r in detail.restrictions}["ai_calls"] == 1
    assert check(session=session, profile_id=user, feature_id="ai_calls").limit == 1
    admin.set_restriction(
        session=session,
        admin_id=boss,
        profile_id=user,
        feature_id="ai_calls",
        custom_limit="",
        disabled=False,
    )
    assert check(session=session, profile_id=user, feature_id="ai_calls").limit == 30
    found = admin.search_profiles(
        session=session, admin_id=boss, query=session.get(Profile, user).email[:6].upper()
    )
    assert [r.id for r in found] == [str(user)]
    logged = session.exec(
        select(UserActivityLog.action).where(UserActivityLog.profile_id == user)
    ).all()
    assert sorted(logged) == [
        "admin_profile_updated",
        "admin_restriction_set",
        "admin_restriction_set",
    ]


def test_a_paused_grant_keeps_its_days_and_resuming_restarts_them(session):
    boss, user = new_profile(session, role="admin"), new_profile(session)
    grant = admin.grant_access(
        session=session, admin_id=boss, profile_id=user, tier_id="plus", days="10"
    )
    assert subscription(session=session, profile_id=user).source == "admin"
    admin.pause_grant(session=session, admin_id=boss, profile_id=user, grant_id=grant.id)
    assert subscription(session=session, profile_id=user).tier_id == "free"
    paused = admin.profile_detail(session=session, admin_id=boss, profile_id=user).grants[0]
    assert (paused.paused, paused.remaining_days, paused.current) == (True, 10, False)
    admin.resume_grant(session=session, admin_id=boss, profile_id=user, grant_id=grant.id)
    resumed = admin.profile_detail(session=session, admin_id=boss, profile_id=user).grants[0]
    assert resumed.current and not resumed.paused
    left = resumed.valid_until - datetime.now(UTC)
    assert timedelta(days=9, hours=23) < left <= timedelta(days=10)
    # Another profile's grant id answers like an unknown one.
    other = new_profile(session)
    assert _error(
        admin.pause_grant, session=session, admin_id=boss, profile_id=other, grant_id=grant.id
    ) == ("membership.error.not_found")


def test_the_activity_log_filters_by_profile_and_action_and_pages(session):
    boss, user = new_profile(session, role="admin"), new_profile(session)
    for _ in range(3):
        admin.set_restriction(
            session=session,
            admin_id=boss,
            profile_id=user,
            feature_id="goals",
            custom_limit="2",
            disabled=False,
        )
    start_trial(session=session, profile_id=user)
    email = session.get(Profile, user).email
    everything = admin.activity_log(session=session, admin_id=boss, email=email, page_size=2)
    assert (everything.total, everything.pages, len(everything.rows)) == (4, 2, 2)
    assert everything.rows[0].action == "trial_started"
    second = admin.activity_log(session=session, admin_id=boss, email=email, page=1, page_size=2)
    assert [row.action for row in second.rows] == ["admin_restriction_set"] * 2
    trials = admin.activity_log(session=session, admin_id=boss, email=email, action="trial_started")
    assert [row.email for row in trials.rows] == [email]
    assert "trial_started" in trials.actions


def test_the_activity_log_shows_a_deleted_account_without_naming_it(session):
    boss = new_profile(session, role="admin")
    session.add(
        UserActivityLog(profile_id=None, action="account_deleted", details={"tier": "free"})
    )
    session.commit()
    deleted = admin.activity_log(session=session, admin_id=boss, action="account_deleted")
    assert [(row.email, row.details) for row in deleted.rows] == [("", {"tier": "free"})]


# --- only what exists, and nothing to add to an unlimited plan ---------------------


def test_the_usage_list_shows_only_features_of_modules_with_pages(session):
    user = new_profile(session)
    shown = {
        feature.feature_id for feature in subscription(session=session, profile_id=user).features
    }
    assert {
        "photo_uploads",
        "ai_calls",
        "ai_pipeline",
        "activity_entries",
        "sleep_entries",
        "nutrition_entries",
        "goals",
        "data_export",
        "data_import",
    } <= shown


def test_an_unlimited_plan_is_marked_so_no_trial_or_coupon_is_offered(session):
    for tier in ("selfhosted", "premium"):
        overview = subscription(session=session, profile_id=new_profile(session, tier=tier))
        assert overview.unlimited, tier
    free = new_profile(session)
    assert not subscription(session=session, profile_id=free).unlimited
    # A trial lifts the limits only for a while: the page still says it was used.
    start_trial(session=session, profile_id=free)
    assert not subscription(session=session, profile_id=free).unlimited


@pytest.mark.parametrize(
    ("call", "target", "form", "field"),
    [
        ("update_tier", {"tier_id": "plus"}, {"name": "x" * 101}, "name"),
        ("update_tier", {"tier_id": "plus"}, {"name": "Plus", "name_en": "x" * 101}, "name_en"),
        (
            "update_feature",
            {"feature_id": "goals"},
            {"name": "Ziele", "category": "x" * 51},
            "category",
        ),
    ],
)
def test_names_beyond_their_limit_are_refused_not_cut(session, call, target, form, field):
    """The English name and the category were cut silently; a too long
    German name was told it was missing."""
    boss = new_profile(session, role="admin")
    with pytest.raises(UserError) as raised:
        getattr(admin, call)(session=session, admin_id=boss, form=form, **target)
    assert (raised.value.code, raised.value.field) == ("error.too_long_named", field)
