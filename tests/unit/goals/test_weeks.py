"""Weeks and streaks: the week starts on Monday in the user's own zone,
a week's goals are met or not, and streaks of days and weeks count the
calendar days the user lived, across time zones and DST changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from mitai_app.goals.weeks import (
    Streak,
    day_streak,
    local_day,
    week_progress,
    week_start,
    week_streak,
)


@pytest.mark.parametrize(
    ("moment", "timezone", "monday"),
    [
        # Sunday 23:30 UTC is already Monday in Berlin: a new week there, not in New York.
        (datetime(2026, 3, 8, 23, 30, tzinfo=UTC), "Europe/Berlin", date(2026, 3, 9)),
        (datetime(2026, 3, 8, 23, 30, tzinfo=UTC), "America/New_York", date(2026, 3, 2)),
        # Monday 02:00 UTC is still Sunday evening in Los Angeles.
        (datetime(2026, 3, 9, 2, 0, tzinfo=UTC), "America/Los_Angeles", date(2026, 3, 2)),
        # Auckland is 13 hours ahead: Sunday 11:00 UTC is Monday there.
        (datetime(2026, 3, 8, 11, 0, tzinfo=UTC), "Pacific/Auckland", date(2026, 3, 9)),
        # A naive moment is UTC; an unknown zone counts as UTC.
        (datetime(2026, 3, 8, 23, 30), "Europe/Berlin", date(2026, 3, 9)),
        (datetime(2026, 3, 8, 23, 30, tzinfo=UTC), "Not/AZone", date(2026, 3, 2)),
    ],
)
def test_the_week_starts_on_monday_in_the_users_zone(moment, timezone, monday):
    day = local_day(moment, timezone)
    assert week_start(day) == monday
    assert week_start(day).weekday() == 0


def test_the_week_boundary_follows_the_clock_change():
    """Berlin springs forward on Sunday 29 March 2026 and falls back on
    Sunday 25 October: 22:30 UTC that Sunday is 00:30 Monday in summer time
    (a new week) but 23:30 Sunday in winter time (the same week)."""
    spring = local_day(datetime(2026, 3, 29, 22, 30, tzinfo=UTC), "Europe/Berlin")
    autumn = local_day(datetime(2026, 10, 25, 22, 30, tzinfo=UTC), "Europe/Berlin")
    assert (spring, week_start(spring)) == (date(2026, 3, 30), date(2026, 3, 30))
    assert (autumn, week_start(autumn)) == (date(2026, 10, 25), date(2026, 10, 19))
    # The weeks either side of a change are seven calendar days apart.
    assert week_start(date(2026, 3, 30)) - week_start(date(2026, 3, 29)) == timedelta(days=7)


def test_entries_each_evening_across_the_dst_change_make_an_unbroken_streak():
    """A weigh-in at 23:30 Berlin time every day from 25 March to 1 April
    2026: the clock change on 29 March neither skips nor doubles a day."""
    days = []
    for n in range(8):
        local = date(2026, 3, 25) + timedelta(days=n)
        offset = 1 if local < date(2026, 3, 29) else 2  # CET, then CEST
        moment = datetime(local.year, local.month, local.day, 23, 30, tzinfo=UTC) - timedelta(
            hours=offset
        )
        days.append(local_day(moment, "Europe/Berlin"))
    assert days == [date(2026, 3, 25) + timedelta(days=n) for n in range(8)]
    assert day_streak(days, today=date(2026, 4, 1)) == Streak(8, 8)


def test_the_same_moments_fall_on_other_days_in_another_zone():
    moments = [datetime(2026, 3, 9, 6, 0, tzinfo=UTC) + timedelta(days=n) for n in range(3)]
    berlin = {local_day(m, "Europe/Berlin") for m in moments}
    honolulu = {local_day(m, "Pacific/Honolulu") for m in moments}  # 20:00 the evening before
    assert berlin == {date(2026, 3, 9), date(2026, 3, 10), date(2026, 3, 11)}
    assert honolulu == {date(2026, 3, 8), date(2026, 3, 9), date(2026, 3, 10)}
    assert day_streak(honolulu, today=date(2026, 3, 11)) == Streak(3, 3)  # still open today


def test_a_day_streak_keeps_the_longest_run_and_breaks_on_a_missed_day():
    today = date(2026, 5, 20)
    old_run = [date(2026, 4, 1) + timedelta(days=n) for n in range(10)]
    recent = [today - timedelta(days=n) for n in range(4)]
    assert day_streak(old_run + recent, today) == Streak(4, 10)
    assert day_streak(old_run + recent[1:], today) == Streak(3, 10)  # today not yet logged
    assert day_streak(old_run + recent[2:], today) == Streak(0, 10)  # yesterday missed
    assert day_streak([], today) == Streak(0, 0)
    assert day_streak([today + timedelta(days=1)], today) == Streak(0, 0)


def test_a_week_streak_counts_met_weeks_up_to_this_or_last_week():
    this_week = date(2026, 5, 18)
    met = [this_week - timedelta(weeks=n) for n in (1, 2, 3)] + [
        date(2026, 1, 5) + timedelta(weeks=n) for n in range(6)
    ]
    assert week_streak(met, this_week) == Streak(3, 6)
    assert week_streak([*met, this_week], this_week) == Streak(4, 6)
    assert week_streak(met[1:], this_week) == Streak(0, 6)  # last week missed


def test_week_progress_is_met_at_the_target():
    goals = week_progress({"workouts": 3, "weigh_ins": 5}, {"workouts": 3, "weigh_ins": 2})
    assert [(g.kind, g.met, g.percent) for g in goals] == [
        ("workouts", True, 100),
        ("weigh_ins", False, 40),
    ]
