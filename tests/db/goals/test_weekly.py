"""Weekly goals on SQLite and PostgreSQL: this week's progress comes from
the workouts, weigh-ins and food days of the week from Monday, met weeks
and logged days make streaks with the longest kept, bad targets are
answered at their field, and one profile's targets are its own."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.body.models import WeightEntry
from mitai_app.core.errors import UserError
from mitai_app.goals import weekly
from mitai_app.goals.models import WeeklyGoal
from mitai_app.goals.weeks import Streak
from mitai_app.nutrition.models import NutritionEntry
from mitai_app.training.models import Activity
from tests.factories import new_profile

TODAY = date(2026, 3, 26)  # a Thursday
MONDAY = date(2026, 3, 23)


def test_this_weeks_goals_count_from_monday(session):
    owner = new_profile(session, email="w1@example.com")
    weekly.set_weekly_targets(
        session=session,
        profile_id=owner,
        targets={"workouts": "3", "active_minutes": "150", "weigh_ins": "", "food_days": "2"},
        today=TODAY,
    )
    sunday = MONDAY - timedelta(days=1)  # last week's: not counted
    for day, minutes in ((sunday, 60), (MONDAY, 45), (TODAY, 50)):
        session.add(Activity(profile_id=owner, date=day, duration_minutes=minutes))
    for day in (MONDAY, MONDAY + timedelta(days=1)):
        session.add(NutritionEntry(profile_id=owner, date=day, kcal=2000))
    session.commit()
    overview = weekly.weekly_overview(session=session, profile_id=owner, today=TODAY)
    assert overview.week == MONDAY
    assert overview.targets == {"workouts": 3, "active_minutes": 150, "food_days": 2}
    assert [(g.kind, g.done, g.met) for g in overview.goals] == [
        ("workouts", 2, False),
        ("active_minutes", 95, False),
        ("food_days", 2, True),
    ]


def test_met_weeks_and_logged_days_make_streaks_with_the_longest_kept(session):
    owner = new_profile(session, email="w2@example.com")
    # Targets set eight weeks ago: weigh in twice a week.
    session.add(
        WeeklyGoal(profile_id=owner, week_start=MONDAY - timedelta(weeks=8), goals={"weigh_ins": 2})
    )
    met_weeks = (8, 7, 6, 4, 3)  # weeks ago: three in a row, a gap, then the last two before this
    for weeks_ago in (*met_weeks, 1, 2):
        monday = MONDAY - timedelta(weeks=weeks_ago)
        days = 2 if weeks_ago in met_weeks or weeks_ago in (1, 2) else 1
        for n in range(days):
            session.add(WeightEntry(profile_id=owner, date=monday + timedelta(days=n), weight=80))
    session.add(WeightEntry(profile_id=owner, date=TODAY - timedelta(days=1), weight=80))
    session.add(WeightEntry(profile_id=owner, date=TODAY, weight=80))
    session.commit()
    overview = weekly.weekly_overview(session=session, profile_id=owner, today=TODAY)
    # Weeks 4..1 ago met and this week met too (two weigh-ins): five in a row; 8..6 ago three.
    assert (overview.weeks_met.current, overview.weeks_met.longest) == (5, 5)
    assert (overview.logged_days.current, overview.logged_days.longest) == (2, 2)


@pytest.mark.parametrize(
    ("typed", "field", "code"),
    [
        ({"workouts": "2.5"}, "workouts", "goals.weekly.error.whole"),
        ({"weigh_ins": "-1"}, "weigh_ins", "goals.weekly.error.whole"),
        ({"weigh_ins": "8"}, "weigh_ins", "goals.weekly.error.range"),
        ({"food_days": "0"}, "food_days", "goals.weekly.error.range"),
    ],
)
def test_bad_targets_are_answered_at_their_field_and_nothing_is_stored(session, typed, field, code):
    owner = new_profile(session, email=f"w3-{field}-{code[-5:]}@example.com")
    with pytest.raises(UserError) as refused:
        weekly.set_weekly_targets(session=session, profile_id=owner, targets=typed, today=TODAY)
    assert (refused.value.field, refused.value.code) == (field, code)
    assert weekly.weekly_overview(session=session, profile_id=owner, today=TODAY).targets == {}


def test_targets_are_the_profiles_own_and_a_change_this_week_replaces_them(session):
    owner = new_profile(session, email="w4@example.com")
    other = new_profile(session, email="w5@example.com")
    for workouts in ("3", "4"):
        weekly.set_weekly_targets(
            session=session, profile_id=owner, targets={"workouts": workouts}, today=TODAY
        )
    assert weekly.weekly_overview(session=session, profile_id=owner, today=TODAY).targets == {
        "workouts": 4
    }
    assert weekly.weekly_overview(session=session, profile_id=other, today=TODAY).targets == {}


def test_targets_set_long_ago_stay_in_force(session):
    owner = new_profile(session, email="w9@example.com")
    session.add(
        WeeklyGoal(
            profile_id=owner, week_start=MONDAY - timedelta(weeks=104), goals={"workouts": 2}
        )
    )
    session.add(WeeklyGoal(profile_id=owner, week_start=MONDAY - timedelta(weeks=200), goals={}))
    session.add(Activity(profile_id=owner, date=MONDAY, duration_minutes=30))
    session.commit()
    overview = weekly.weekly_overview(session=session, profile_id=owner, today=TODAY)
    assert overview.targets == {"workouts": 2}
    assert [(g.kind, g.done) for g in overview.goals] == [("workouts", 1)]


def test_the_longest_streak_stays_the_longest_ever_after_its_year_has_passed(session):
    owner = new_profile(session, email="w10@example.com")
    other = new_profile(session, email="w11@example.com")
    long_ago = TODAY - timedelta(days=330)
    for n in range(40):  # forty days in a row, eleven months ago
        session.add(WeightEntry(profile_id=owner, date=long_ago + timedelta(days=n), weight=80))
    session.add(WeightEntry(profile_id=owner, date=TODAY, weight=80))
    session.commit()
    seen = weekly.weekly_overview(session=session, profile_id=owner, today=TODAY)
    assert (seen.logged_days.current, seen.logged_days.longest) == (1, 40)
    a_year_later = TODAY + timedelta(days=200)  # the forty days are no longer read
    session.add(WeightEntry(profile_id=owner, date=a_year_later, weight=80))
    session.commit()
    later = weekly.weekly_overview(session=session, profile_id=owner, today=a_year_later)
    assert (later.logged_days.current, later.logged_days.longest) == (1, 40)
    assert weekly.weekly_overview(session=session, profile_id=other, today=TODAY).logged_days == (
        Streak(0, 0)
    )


def test_workouts_the_quality_filter_leaves_out_do_not_count_but_keep_the_streak(session):
    from mitai_app.core import logs
    from mitai_app.training import evaluation, service
    from mitai_app.training.card import training_card

    owner = new_profile(session, email="w9@example.com")
    weekly.set_weekly_targets(
        session=session,
        profile_id=owner,
        targets={"workouts": "2", "active_minutes": "60", "weigh_ins": "", "food_days": ""},
        today=TODAY,
    )

    def add(day: date, minutes: int, kcal: int) -> None:
        entry = logs.LogInput(
            day,
            {"duration": [minutes], "active_kcal": [kcal]},
            {"training_type": "running", "session_mood": "none"},
            "",
        )
        service.add_activity(session=session, profile_id=owner, entry=entry, today=TODAY)

    add(MONDAY, 45, 420)  # a real session
    add(TODAY, 5, 5)  # too short to count once a filter is set

    def counted() -> list[tuple[str, int]]:
        overview = weekly.weekly_overview(session=session, profile_id=owner, today=TODAY)
        card = training_card(session=session, profile_id=owner, today=TODAY)
        assert [(g.kind, g.done) for g in card.goals] == [(g.kind, g.done) for g in overview.goals]
        return [(g.kind, g.done) for g in overview.goals]

    assert counted() == [("workouts", 2), ("active_minutes", 50)]
    evaluation.set_quality_filter(session=session, profile_id=owner, level="moderate")
    assert counted() == [("workouts", 1), ("active_minutes", 45)]
    overview = weekly.weekly_overview(session=session, profile_id=owner, today=TODAY)
    assert overview.logged_days.current == 1  # today's short session is still logged
