"""A goal's progress from its data: the share of the way from start to
target, the weekly rate of the smoothed trend, the date the target is
reached at that rate, and an honest status. Pure functions on (date, value)
points, one point per day; the smoothing and the rate are body's weight
trend (`body.trend`), used for every goal type."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from mitai_app.body.trend import Point, smoothed_trend, weekly_rate
from mitai_app.goals.consts import BEHIND, NOT_ENOUGH_DATA, ON_TRACK, REACHED

# A projection further out than this is no projection ("behind").
MAX_PROJECTION_DAYS = 3650


@dataclass(frozen=True)
class Progress:
    current: float | None  # the newest value; None without data
    percent: float | None  # 0–100 of the way from start to target
    weekly_rate: float | None  # change per week of the recent values; None: too little data
    projected: date | None  # when the trend reaches the target at that rate
    status: str  # consts.REACHED, ON_TRACK, BEHIND or NOT_ENOUGH_DATA


def reached(start: float, current: float, target: float) -> bool:
    """Whether `current` has got to `target` coming from `start`."""
    return current >= target if target >= start else current <= target


def percent(start: float, current: float, target: float) -> float:
    """The share of the way from `start` to `target`, held to 0–100
    (a value moving away counts as 0, one past the target as 100)."""
    if target == start:
        return 100.0
    share = (current - start) / (target - start) * 100
    return min(max(share, 0.0), 100.0)


def assess(
    points: Sequence[Point],
    *,
    start: float,
    target: float,
    target_date: date | None,
    today: date,
) -> Progress:
    """Progress of a goal from `start` to `target` given its recorded points.

    The rate is the least-squares slope of the last 28 days' values (the
    weight trend's `weekly_rate`), the projection starts from the smoothed
    trend's last value, so one day's swing moves neither. Too few points for
    a rate (under a week of data) is "not enough data", not a guess; a rate
    away from the target, a flat one, or a projected date after the target
    date is "behind"."""
    if not points:
        return Progress(None, None, None, None, NOT_ENOUGH_DATA)
    ordered = sorted(points)
    current = ordered[-1][1]
    share = percent(start, current, target)
    if reached(start, current, target):
        return Progress(current, 100.0, weekly_rate(ordered), None, REACHED)
    rate = weekly_rate(ordered)
    if rate is None:
        return Progress(current, share, None, None, NOT_ENOUGH_DATA)
    trend_day, trend_value = smoothed_trend(ordered)[-1]
    remaining = target - trend_value
    projected = None
    if reached(start, trend_value, target):  # the smoothed value is there already
        projected = today
    elif rate != 0 and (remaining > 0) == (rate > 0):
        days = remaining / rate * 7
        if days <= MAX_PROJECTION_DAYS:
            projected = max(trend_day + timedelta(days=round(days)), today)
    if projected is None or (target_date is not None and projected > target_date):
        return Progress(current, share, rate, projected, BEHIND)
    return Progress(current, share, rate, projected, ON_TRACK)
