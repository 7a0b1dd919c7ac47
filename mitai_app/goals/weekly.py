"""Weekly goals: targets such as 3 workouts, 150 active minutes, 5 weigh-in
days or 6 days of food logged, each week's progress from the training, body
and nutrition data, and the streaks of met weeks and of logged days.

Targets are kept in `weekly_goals`, one row per week they were set in; a
week is judged by the newest targets set in or before it. Streaks look back
`WEEKS_READ` weeks; the longest run seen is kept (`streak_records`), so
"longest" stays the longest ever once a run falls out of that year."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from mitai_app.body.logs import WEIGHT
from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.core.formatting import format_date, format_number, in_both
from mitai_app.core.i18n import translate
from mitai_app.core.records import as_uuid
from mitai_app.goals.consts import WEEKLY_KINDS, WEEKLY_LIMITS
from mitai_app.goals.models import StreakRecord, WeeklyGoal
from mitai_app.goals.weeks import (
    WEEK,
    Streak,
    WeekGoal,
    day_streak,
    week_progress,
    week_start,
    week_streak,
)
from mitai_app.nutrition.logs import TOTALS
from mitai_app.nutrition.models import MealEntry
from mitai_app.training.logs import ACTIVITY
from mitai_app.training.overview import counted_per_day

WEEKS_READ = 52  # a year of weeks for the streaks


@dataclass(frozen=True)
class WeeklyOverview:
    week: date  # this week's Monday in the user's zone
    targets: dict[str, int]  # the targets in force, in WEEKLY_KINDS order
    goals: list[WeekGoal]  # this week's progress against them
    weeks_met: Streak  # weeks whose goals were all met
    logged_days: Streak  # days with a workout, weigh-in or food logged


def _targets_by_week(
    session: Session, owner: uuid.UUID, since: date
) -> list[tuple[date, dict[str, int]]]:
    """The weeks targets were set in from `since` on, oldest first, with
    those targets, led by the newest set before `since` (still in force)."""
    mine = WeeklyGoal.profile_id == owner
    in_force = (  # one read: the subquery is not correlated to the rows read
        select(sa.func.max(WeeklyGoal.week_start))
        .where(mine, WeeklyGoal.week_start < since)
        .correlate(None)
        .scalar_subquery()
    )
    found = session.exec(
        select(WeeklyGoal.week_start, WeeklyGoal.goals)
        .where(mine, WeeklyGoal.week_start >= sa.func.coalesce(in_force, since))
        .order_by(col(WeeklyGoal.week_start))
    ).all()
    return [
        (monday, {k: int(goals[k]) for k in WEEKLY_KINDS if (goals or {}).get(k)})
        for monday, goals in found
    ]


def _food_days(session: Session, owner: uuid.UUID, since: date, today: date) -> set[date]:
    """Days with food (or water) logged: meal entries or entered totals.
    Read as day lists, not through `nutrition.service.daily_totals`, which
    sums every day by its one-source rule (a year of it is most of this
    page's time); the days it returns are the same."""
    meals = session.exec(
        select(MealEntry.date)
        .where(MealEntry.profile_id == owner, MealEntry.date >= since, MealEntry.date <= today)
        .distinct()
    ).all()
    entered = logs.logged_days(TOTALS, session=session, profile_id=owner, since=since, until=today)
    return set(meals) | entered


def _per_week(session: Session, owner: uuid.UUID, since: date, today: date):
    """Each week's counts by kind, and every day something was logged,
    from each source's per-day sums (one grouped read per source)."""
    weeks: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    # The sessions that count (the quality filter), as the training card
    # counts them; any logged session still keeps the logging streak going.
    trained = counted_per_day(session=session, profile_id=owner, since=since, until=today)
    for day, done in trained.items():
        counts = weeks[week_start(day)]
        counts["workouts"] += done.count
        counts["active_minutes"] += done.sums.get("duration", 0.0)
    weighed = logs.logged_days(WEIGHT, session=session, profile_id=owner, since=since, until=today)
    fed = _food_days(session, owner, since, today)
    for kind, days in (("weigh_ins", weighed), ("food_days", fed)):
        for day in days:
            weeks[week_start(day)][kind] += 1
    logged = logs.logged_days(ACTIVITY, session=session, profile_id=owner, since=since, until=today)
    return weeks, logged | weighed | fed


def weekly_overview(
    *, session: Session, profile_id: uuid.UUID | str, today: date
) -> WeeklyOverview:
    """This week's goals with their progress, and both streaks."""
    owner = as_uuid(profile_id)
    this_week = week_start(today)
    since = this_week - WEEK * (WEEKS_READ - 1)
    changes = _targets_by_week(session, owner, since)
    weeks, logged = _per_week(session, owner, since, today)
    met, targets, upcoming = [], {}, iter(changes)
    change = next(upcoming, None)
    monday = min(since, changes[0][0]) if changes else this_week
    while monday <= this_week:
        while change is not None and change[0] <= monday:  # the newest set in or before it
            targets, change = change[1], next(upcoming, None)
        counts = weeks.get(monday, {})
        if monday >= since and targets and all(g.met for g in week_progress(targets, counts)):
            met.append(monday)
        monday += WEEK
    kept = _kept_longest(
        session,
        owner,
        {"weeks_met": week_streak(met, this_week), "logged_days": day_streak(logged, today)},
        today,
    )
    return WeeklyOverview(
        week=this_week,
        targets=targets,
        goals=week_progress(targets, weeks.get(this_week, {})),
        weeks_met=kept["weeks_met"],
        logged_days=kept["logged_days"],
    )


def targets_in_force(
    *, session: Session, profile_id: uuid.UUID | str, today: date
) -> dict[str, int]:
    """The targets `today`'s week is judged by: the newest set in or before
    it (what goals publishes through core.weekly_targets)."""
    this_week = week_start(today)
    changes = _targets_by_week(session, as_uuid(profile_id), this_week)
    in_force = [targets for monday, targets in changes if monday <= this_week]
    return in_force[-1] if in_force else {}


def _kept_longest(
    session: Session, owner: uuid.UUID, streaks: dict[str, Streak], today: date
) -> dict[str, Streak]:
    """The streaks with the longest run ever: the kept record, raised (and
    stored) when the year read holds a longer one."""
    records = {
        r.kind: r
        for r in session.exec(select(StreakRecord).where(StreakRecord.profile_id == owner)).all()
    }
    out, raised = {}, False
    for kind, streak in streaks.items():
        record = records.get(kind)
        if streak.longest > (record.longest if record is not None else 0):
            record = record or StreakRecord(profile_id=owner, kind=kind, longest=0)
            record.longest, record.reached_on = streak.longest, today
            session.add(record)
            raised = True
        longest = max(streak.longest, record.longest if record is not None else 0)
        out[kind] = Streak(streak.current, longest)
    if raised:
        try:
            session.commit()
        except IntegrityError:  # another tab stored the first record at the same moment
            session.rollback()
    return out


def set_weekly_targets(
    *, session: Session, profile_id: uuid.UUID | str, targets: Mapping[str, str], today: date
) -> WeeklyOverview:
    """The targets from this week on, as typed: a blank one is no target.
    A number that is not whole, below 1 or above what a week holds is
    refused at its field, and nothing is stored."""
    owner = as_uuid(profile_id)
    chosen: dict[str, int] = {}
    for kind in WEEKLY_KINDS:
        text = str(targets.get(kind) or "").strip()
        if not text:
            continue
        if not text.isdigit():
            raise UserError("goals.weekly.error.whole", field=kind)
        if not 1 <= int(text) <= WEEKLY_LIMITS[kind]:
            raise UserError("goals.weekly.error.range", field=kind, limit=WEEKLY_LIMITS[kind])
        chosen[kind] = int(text)
    monday = week_start(today)
    row = session.exec(
        select(WeeklyGoal).where(WeeklyGoal.profile_id == owner, WeeklyGoal.week_start == monday)
    ).first() or WeeklyGoal(profile_id=owner, week_start=monday)
    row.goals = chosen
    session.add(row)
    session.commit()
    return weekly_overview(session=session, profile_id=owner, today=today)


# --- words -------------------------------------------------------------------------------


def week_goal_words(goal: WeekGoal, lang: str) -> dict[str, str]:
    """A week's goal in `lang`: its name, and "2 of 3" (with "done" once met)."""
    done = translate(
        "goals.weekly.done",
        lang,
        done=format_number(goal.done, lang, decimals=0),
        target=format_number(goal.target, lang, decimals=0),
    )
    if goal.met:
        done += " · " + translate("goals.weekly.met", lang)
    return {"name": translate(f"goals.weekly.kind.{goal.kind}", lang), "done": done}


def week_rows(overview: WeeklyOverview) -> list[dict[str, str]]:
    """This week's goals as view rows: `percent`, and the words in both languages."""
    return [
        {"percent": str(goal.percent), **in_both(lambda lang, g=goal: week_goal_words(g, lang))}
        for goal in overview.goals
    ]


def streak_words(overview: WeeklyOverview, lang: str) -> dict[str, str]:
    """The week's first day and both streaks in `lang`."""
    return {
        "since": translate("goals.weekly.since", lang, date=format_date(overview.week, lang)),
        "weeks_met": translate(
            "goals.weekly.weeks_met",
            lang,
            current=overview.weeks_met.current,
            longest=overview.weeks_met.longest,
        ),
        "logged_days": translate(
            "goals.weekly.logged_days",
            lang,
            current=overview.logged_days.current,
            longest=overview.logged_days.longest,
        ),
    }
