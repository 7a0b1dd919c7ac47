"""The access check against the database, on SQLite and PostgreSQL: which
limit applies, counting only what commits, resets, the usage log, and that
concurrent requests cannot take more than is left."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import Session, select

from mitai_app.body.service import add_weight
from mitai_app.core import access
from mitai_app.core import settings as settings_module
from mitai_app.core.access import FeatureRefused, check, consume
from mitai_app.core.models import AccessGrant, UserFeatureRestriction, UserFeatureUsage
from mitai_app.core.text import Text
from tests.db.membership_support import committed_profile, log_to_tmp, set_limit
from tests.factories import new_profile

NOW = datetime(2026, 3, 10, 10, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def usage_log(tmp_path, monkeypatch):
    return log_to_tmp(tmp_path, monkeypatch)


def _take(session, profile, feature="ai_calls", now=NOW):
    decision = consume(session=session, profile_id=profile, feature_id=feature, now=now)
    session.commit()
    return decision


def _refusal(session, profile, feature="ai_calls", now=NOW):
    with pytest.raises(FeatureRefused) as refused:
        consume(session=session, profile_id=profile, feature_id=feature, now=now)
    session.rollback()
    return refused.value.decision


def test_the_tier_limit_counts_down_then_refuses_with_the_numbers(session, usage_log):
    profile = new_profile(session)  # free: 3 AI analyses a month (seeded)
    taken = [_take(session, profile) for _ in range(3)]
    assert [(d.used, d.remaining) for d in taken] == [(1, 2), (2, 1), (3, 0)]
    refused = _refusal(session, profile)
    assert (refused.allowed, refused.limit, refused.used, refused.remaining, refused.reason) == (
        False,
        3,
        3,
        0,
        "limit_reached",
    )
    assert (refused.tier_name, refused.feature_name) == (
        Text(de="Kostenlos", en="Free"),
        Text(de="KI-Auswertungen", en="AI analyses"),
    )
    assert [(line["allowed"], line["used"], line["remaining"]) for line in usage_log()] == [
        (True, 1, 2),
        (True, 2, 1),
        (True, 3, 0),
        (False, 3, 0),
    ]
    assert set(usage_log()[-1]) == {
        "time",
        "profile",
        "feature",
        "allowed",
        "limit",
        "used",
        "remaining",
        "reason",
    }
    assert usage_log()[-1]["profile"] == str(profile)


def test_a_usage_row_read_before_a_use_shows_the_use(session):
    profile = new_profile(session)
    _take(session, profile)
    held = session.exec(
        select(UserFeatureUsage).where(UserFeatureUsage.profile_id == profile)
    ).one()
    consume(session=session, profile_id=profile, feature_id="ai_calls", now=NOW)
    assert held.usage_count == 2


def test_a_rolled_back_action_counts_nothing(session):
    profile = new_profile(session)
    consume(session=session, profile_id=profile, feature_id="ai_calls", now=NOW)
    session.rollback()
    assert check(session=session, profile_id=profile, feature_id="ai_calls", now=NOW).used == 0


def test_the_monthly_counter_starts_again_in_the_next_month(session):
    profile = new_profile(session)
    for _ in range(3):
        _take(session, profile)
    _refusal(session, profile)
    next_month = datetime(2026, 4, 1, 0, 0, tzinfo=UTC)
    assert (
        check(session=session, profile_id=profile, feature_id="ai_calls", now=next_month).used == 0
    )
    assert _take(session, profile, now=next_month).used == 1


def test_a_daily_counter_starts_again_at_midnight_in_the_profiles_zone(session):
    set_limit(session, "free", "weight_entries", 1, "daily")
    auckland = new_profile(session, timezone="Pacific/Auckland")
    utc = new_profile(session)
    for profile in (auckland, utc):
        _take(session, profile, "weight_entries")
    # 11:30 UTC: a new day in Auckland (UTC+13), still the same day in UTC.
    later = NOW + timedelta(hours=1)
    assert _take(session, auckland, "weight_entries", now=later).used == 1
    assert _refusal(session, utc, "weight_entries", now=later).used == 1


def test_a_restriction_wins_over_the_tier_and_a_grant_over_the_profile_tier(session):
    profile = new_profile(session)
    session.add(UserFeatureRestriction(profile_id=profile, feature_id="ai_calls", custom_limit=1))
    session.commit()
    _take(session, profile)
    assert _refusal(session, profile).limit == 1

    session.add(UserFeatureRestriction(profile_id=profile, feature_id="photo_uploads"))
    other = new_profile(session)
    session.add(
        AccessGrant(
            profile_id=other,
            tier_id="premium",
            granted_by="coupon",
            valid_from=NOW - timedelta(days=1),
            valid_until=NOW + timedelta(days=1),
        )
    )
    session.commit()
    for _ in range(5):
        assert _take(session, other).reason == "unlimited"
    # When the grant has run out, free's 3 a month apply to what was used.
    assert _refusal(session, other, now=NOW + timedelta(days=1)).used == 5


# (tier, valid from, valid until, active, paused) of each grant, relative to NOW.
GRANT_CASES = {
    "none": [],
    "covering": [("plus", -1, 1, True, False)],
    "expired": [("plus", -3, -1, True, False)],
    "not yet begun": [("plus", 1, 3, True, False)],
    "paused": [("plus", -1, 1, True, True)],
    "ended by an admin": [("plus", -1, 1, False, False)],
    "the longest of two": [("plus", -1, 5, True, False), ("premium", -2, 2, True, False)],
    "a paused longer one": [("plus", -1, 2, True, False), ("premium", -1, 5, True, True)],
}


@pytest.mark.parametrize("case", GRANT_CASES)
def test_an_action_is_charged_to_the_tier_the_membership_page_shows(session, case):
    profile = new_profile(session)
    for tier, since, until, active, paused in GRANT_CASES[case]:
        session.add(
            AccessGrant(
                profile_id=profile,
                tier_id=tier,
                granted_by="admin",
                valid_from=NOW + timedelta(days=since),
                valid_until=NOW + timedelta(days=until),
                is_active=active,
                paused_at=NOW - timedelta(hours=1) if paused else None,
            )
        )
    session.commit()
    shown = access.effective_tier(session=session, profile_id=profile, now=NOW)
    assert _take(session, profile).tier_id == shown.tier_id
    assert check(session=session, profile_id=profile, feature_id="ai_calls", now=NOW).tier_id == (
        shown.tier_id
    )


def test_a_disabled_feature_is_refused_whatever_the_tier(session):
    profile = new_profile(session, tier="premium")
    session.add(UserFeatureRestriction(profile_id=profile, feature_id="ai_calls", is_disabled=True))
    session.commit()
    assert _refusal(session, profile).reason == "disabled"


def test_the_body_service_asks_before_it_saves_a_weight(session):
    set_limit(session, "free", "weight_entries", 2, "total")
    profile = new_profile(session)
    for day in (date(2026, 3, 1), date(2026, 3, 2)):
        add_weight(session=session, profile_id=profile, day=day, kg=80, today=date(2026, 3, 9))
    with pytest.raises(FeatureRefused) as refused:
        add_weight(
            session=session, profile_id=profile, day=date(2026, 3, 3), kg=80, today=date(2026, 3, 9)
        )
    assert (refused.value.decision.limit, refused.value.decision.used) == (2, 2)


@pytest.mark.timeout(120)
def test_twenty_concurrent_uses_with_ten_left_succeed_exactly_ten_times(migrated_engine):
    with committed_profile(migrated_engine) as profile:
        with Session(migrated_engine) as setup:
            setup.add(
                UserFeatureRestriction(profile_id=profile, feature_id="ai_calls", custom_limit=10)
            )
            setup.commit()
        start = threading.Barrier(20)
        outcomes: list[str] = []

        def one_request() -> None:
            with Session(migrated_engine) as own:
                start.wait()
                try:
                    consume(session=own, profile_id=profile, feature_id="ai_calls")
                    own.commit()
                    outcomes.append("allowed")
                except FeatureRefused:
                    own.rollback()
                    outcomes.append("refused")

        threads = [threading.Thread(target=one_request) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes).count("allowed") == 10
        assert outcomes.count("refused") == 10
        with Session(migrated_engine) as after:
            usage = after.exec(
                select(UserFeatureUsage).where(UserFeatureUsage.profile_id == profile)
            ).one()
            assert usage.usage_count == 10


def test_an_unknown_feature_is_a_programming_error(session):
    profile = new_profile(session)
    with pytest.raises(LookupError):
        access.consume(session=session, profile_id=profile, feature_id="teleportation")


def test_an_unwritable_usage_log_does_not_refuse_the_action(session, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log's folder should be")
    broken = settings_module.Settings(_env_file=None, usage_log=blocker / "usage.log")
    monkeypatch.setattr(access, "settings", lambda: broken)
    profile = new_profile(session)
    assert _take(session, profile).used == 1
