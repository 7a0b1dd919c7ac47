"""Weeks and streaks for weekly goals: the Monday a user's week starts on in
their time zone, a week's progress against its targets, and the streaks of
logged days and of weeks whose goals were all met. Pure: days are the
user's calendar dates, so counting them steps over DST changes without
gaining or losing a day."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mitai_app.core.formatting import zone

WEEK = timedelta(days=7)


def local_day(moment: datetime, timezone: str | None) -> date:
    """The user's calendar date at `moment` (an aware time, or naive UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone("UTC"))
    return moment.astimezone(zone(timezone)).date()


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekGoal:
    kind: str  # consts.WEEKLY_KINDS
    target: int
    done: float
    met: bool

    @property
    def percent(self) -> int:
        return min(100, round(self.done / self.target * 100)) if self.target else 0


def week_progress(targets: Mapping[str, int], done: Mapping[str, float]) -> list[WeekGoal]:
    """Each target with what the week holds so far, in the targets' order."""
    return [
        WeekGoal(kind, target, done.get(kind, 0.0), done.get(kind, 0.0) >= target)
        for kind, target in targets.items()
    ]


@dataclass(frozen=True)
class Streak:
    current: int
    longest: int


def day_streak(days: Iterable[date], today: date) -> Streak:
    """Consecutive logged days: the current run ends today, or yesterday
    while today is still open; the longest run among `days` up to today."""
    logged = {d for d in days if d <= today}
    longest = run = 0
    previous: date | None = None
    for day in sorted(logged):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest, previous = max(longest, run), day
    end = today if today in logged else today - timedelta(days=1)
    current = 0
    while end in logged:
        current, end = current + 1, end - timedelta(days=1)
    return Streak(current, longest)


def week_streak(met: Iterable[date], this_week: date) -> Streak:
    """Consecutive weeks (by their Mondays) whose goals were all met: the
    current run ends this week once it is met, else last week."""
    weeks = {week_start(w) for w in met if week_start(w) <= this_week}
    longest = run = 0
    previous: date | None = None
    for monday in sorted(weeks):
        run = run + 1 if previous is not None and monday - previous == WEEK else 1
        longest, previous = max(longest, run), monday
    end = this_week if this_week in weeks else this_week - WEEK
    current = 0
    while end in weeks:
        current, end = current + 1, end - WEEK
    return Streak(current, longest)
