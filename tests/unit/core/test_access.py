"""The feature-access decision: which tier applies, which limit wins, when
counters start again (in the profile's time zone), and what a refused user
reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mitai_app.core import access_rules as rules
from mitai_app.core.access import refusal_message
from mitai_app.core.access_rules import AccessDecision, Grant, Limit, Restriction, TierLimitRule
from mitai_app.core.text import Text

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def _grant(tier: str = "premium", by: str = "coupon", **changes) -> Grant:
    values = {
        "tier_id": tier,
        "granted_by": by,
        "valid_from": NOW - DAY,
        "valid_until": NOW + 6 * DAY,
        "is_active": True,
        "paused_at": None,
    }
    return Grant(**(values | changes))


# --- effective tier --------------------------------------------------------------


def test_without_grants_the_profiles_own_tier_applies():
    assert rules.effective_tier("free", [], NOW) == rules.EffectiveTier("free", "profile", None)


@pytest.mark.parametrize(
    ("granted_by", "source"),
    [("coupon", "coupon"), ("trial", "trial"), ("admin:5e1f", "admin")],
)
def test_an_active_grant_wins_over_the_profile_tier(granted_by, source):
    tier = rules.effective_tier("free", [_grant(by=granted_by)], NOW)
    assert (tier.tier_id, tier.source, tier.valid_until) == ("premium", source, NOW + 6 * DAY)


def test_an_expired_grant_falls_back_to_the_profile_tier_without_anyone_acting():
    grant = _grant(valid_until=NOW + DAY)
    assert rules.effective_tier("free", [grant], NOW).tier_id == "premium"
    assert rules.effective_tier("free", [grant], NOW + DAY).tier_id == "free"


def test_paused_deactivated_and_future_grants_do_not_count():
    grants = [
        _grant(paused_at=NOW - DAY),
        _grant(is_active=False),
        _grant(valid_from=NOW + DAY),
    ]
    assert rules.effective_tier("plus", grants, NOW).tier_id == "plus"


def test_of_two_grants_the_one_running_longest_applies():
    grants = [_grant("plus", valid_until=NOW + 30 * DAY), _grant("premium", by="trial")]
    assert rules.effective_tier("free", grants, NOW).tier_id == "plus"


def test_grants_read_back_naive_from_sqlite_are_taken_as_utc():
    naive = _grant(
        valid_from=(NOW - DAY).replace(tzinfo=None), valid_until=(NOW + DAY).replace(tzinfo=None)
    )
    assert rules.effective_tier("free", [naive], NOW).tier_id == "premium"


# --- which limit -------------------------------------------------------------------


def _limit(restriction=None, tier=None, default=5, limit_type="monthly") -> Limit:
    return rules.resolve_limit(
        restriction=restriction,
        tier_limit=tier,
        default_limit=default,
        feature_limit_type=limit_type,
    )


def test_a_disabled_restriction_refuses_whatever_the_tier_allows():
    limit = _limit(Restriction(custom_limit=50, is_disabled=True), TierLimitRule(None, None))
    assert (limit.value, limit.disabled, limit.source) == (0, True, "restriction")
    assert rules.decide(limit, used=0) == (False, 0, "disabled")


def test_a_custom_limit_wins_over_the_tier_limit():
    limit = _limit(Restriction(custom_limit=2, is_disabled=False), TierLimitRule(None, None))
    assert (limit.value, limit.source) == (2, "restriction")


def test_an_empty_restriction_leaves_the_tier_limit():
    limit = _limit(Restriction(custom_limit=None, is_disabled=False), TierLimitRule(30, "daily"))
    assert (limit.value, limit.limit_type, limit.source) == (30, "daily", "tier")


def test_a_tier_row_without_a_value_is_unlimited_and_wins_over_the_default():
    limit = _limit(tier=TierLimitRule(None, None), default=3)
    assert (limit.value, limit.limit_type, limit.source) == (None, "monthly", "tier")
    assert rules.decide(limit, used=1000) == (True, None, "unlimited")


def test_without_restriction_or_tier_row_the_feature_default_applies():
    limit = _limit(default=3, limit_type="total")
    assert (limit.value, limit.limit_type, limit.source) == (3, "total", "default")


def test_the_last_unit_is_allowed_and_the_one_after_refused():
    limit = Limit(10, "monthly", "tier")
    assert rules.decide(limit, used=9) == (True, 1, "within_limit")
    assert rules.decide(limit, used=10) == (False, 0, "limit_reached")
    assert rules.decide(limit, used=9, amount=2) == (False, 1, "limit_reached")


def test_a_limit_of_zero_refuses_from_the_start():
    assert rules.decide(Limit(0, "monthly", "tier"), used=0) == (False, 0, "limit_reached")


# --- periods in the profile's time zone ----------------------------------------------


def test_a_daily_counter_restarts_at_local_midnight_in_auckland():
    # 10 March, 10:30 UTC is 23:30 in Auckland (NZDT, UTC+13): the day ends at 11:00 UTC.
    used_at = datetime(2026, 3, 10, 10, 30, tzinfo=UTC)
    resets = rules.period_end("daily", used_at, "Pacific/Auckland")
    assert resets == datetime(2026, 3, 10, 11, 0, tzinfo=UTC)
    assert rules.current_usage(2, resets, used_at + timedelta(minutes=29)) == 2
    assert rules.current_usage(2, resets, used_at + timedelta(minutes=30)) == 0


def test_the_same_moment_in_utc_keeps_counting_until_utc_midnight():
    used_at = datetime(2026, 3, 10, 10, 30, tzinfo=UTC)
    resets = rules.period_end("daily", used_at, "UTC")
    assert resets == datetime(2026, 3, 11, 0, 0, tzinfo=UTC)
    assert rules.current_usage(2, resets, datetime(2026, 3, 10, 11, 30, tzinfo=UTC)) == 2


def test_a_monthly_counter_restarts_on_the_first_in_the_profiles_zone():
    # 31 March 12:00 UTC is already 1 April 01:00 in Auckland (NZDT): a new month there.
    march_in_utc = datetime(2026, 3, 31, 10, 0, tzinfo=UTC)
    auckland = rules.period_end("monthly", march_in_utc, "Pacific/Auckland")
    assert auckland == datetime(2026, 3, 31, 11, 0, tzinfo=UTC)
    assert rules.period_end("monthly", march_in_utc, "UTC") == datetime(2026, 4, 1, tzinfo=UTC)
    # December rolls over into January.
    december = datetime(2026, 12, 15, tzinfo=UTC)
    assert rules.period_end("monthly", december, "UTC") == datetime(2027, 1, 1, tzinfo=UTC)


def test_a_total_counter_never_restarts():
    assert rules.period_end("total", NOW, "Pacific/Auckland") is None
    assert rules.current_usage(7, None, NOW + 3650 * DAY) == 7


def test_a_total_count_starts_afresh_when_the_limit_becomes_monthly():
    assert rules.current_usage(50, None, NOW, "monthly") == 0
    assert rules.current_usage(50, None, NOW, "total") == 50


def test_a_naive_reset_time_from_sqlite_is_taken_as_utc():
    resets = datetime(2026, 3, 11, 0, 0)
    assert rules.current_usage(4, resets, datetime(2026, 3, 10, 23, 59, tzinfo=UTC)) == 4
    assert rules.current_usage(4, resets, datetime(2026, 3, 11, 0, 0, tzinfo=UTC)) == 0


# --- the message --------------------------------------------------------------------


def _refused(**changes) -> AccessDecision:
    values = {
        "feature_id": "weight_entries",
        "allowed": False,
        "limit": 2,
        "used": 2,
        "remaining": 0,
        "reason": "limit_reached",
        "limit_type": "daily",
        "tier_id": "free",
        "tier_name": Text(de="Kostenlos", en="Free"),
        "feature_name": Text(de="Gewichtseinträge", en="Weight entries"),
    }
    return AccessDecision(**(values | changes))


def test_the_refusal_says_what_the_plan_allows_and_how_to_get_more():
    assert refusal_message(_refused(), "en") == (
        "Your plan (Free) allows 2 weight entries per day; you have used 2. "
        "Redeem a coupon or start a trial on the Subscription page."
    )
    assert refusal_message(_refused(), "de") == (
        "Dein Tarif (Kostenlos) erlaubt 2 Gewichtseinträge pro Tag; du hast 2 genutzt. "
        "Löse auf der Seite Mitgliedschaft einen Gutschein ein oder starte eine Testphase."
    )


def test_a_feature_the_plan_lacks_and_one_switched_off_read_differently():
    lacking = _refused(
        limit=0,
        used=0,
        limit_type="monthly",
        feature_name=Text(de="KI-Gesamtanalyse", en="AI pipeline"),
    )
    assert refusal_message(lacking, "en").startswith(
        "Your plan (Free) does not include AI pipeline. Redeem a coupon"
    )
    disabled = _refused(reason="disabled", limit=0)
    assert refusal_message(disabled, "en") == (
        "Weight entries: switched off for your account. Please ask an administrator."
    )
