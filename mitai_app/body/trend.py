"""The weight trend: moving average, exponential smoothing (The Hacker's
Diet) and the weekly rate. Pure functions on (date, value) points, one point
per day; malformed input raises ValueError naming it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from itertools import pairwise

Point = tuple[date, float]


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return float(value)


def _sorted_points(points: Sequence[Point]) -> list[Point]:
    ordered = sorted(((d, _number(w, f"value on {d}")) for d, w in points), key=lambda p: p[0])
    for (a, _), (b, _) in pairwise(ordered):
        if a == b:
            raise ValueError(f"two values on {a}: one value per day is expected")
    return ordered


def moving_average(points: Sequence[Point], days: int = 7) -> list[Point]:
    """For each entry, the mean of the entries within the last ``days``
    calendar days including its own day (day − days + 1 … day).

    Missing days are not invented: a window averages only what was recorded,
    so after a gap the average rests on fewer entries. Input in any order,
    at most one entry per day; output sorted by date.
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise ValueError(f"days must be a whole number of at least 1, got {days!r}")
    ordered = _sorted_points(points)
    result: list[Point] = []
    start = 0
    total = 0.0
    for d, w in ordered:
        total += w
        while (d - ordered[start][0]).days >= days:
            total -= ordered[start][1]
            start += 1
        result.append((d, total / (len(result) + 1 - start)))
    return result


def smoothed_trend(points: Sequence[Point], alpha: float = 0.1) -> list[Point]:
    """Exponentially smoothed weight trend, as in The Hacker's Diet.

    Walker J (2005). The Hacker's Diet, online edition (fourmilab.ch):
        trend_t = trend_{t−1} + alpha·(w_t − trend_{t−1}),   alpha = 0.1
    starting from the first weight. Walker weighs every day; here a gap of
    n days between two entries is smoothed as n daily steps towards the new
    weight, alpha_eff = 1 − (1 − alpha)^n, which is exactly what daily
    smoothing gives if the missing days had weighed the same as the next
    entry. So a gap neither stalls the trend nor makes one entry count as if
    it had been a single day. Input in any order, at most one entry per day.
    """
    alpha = _number(alpha, "alpha")
    if not 0 < alpha <= 1:
        raise ValueError(f"alpha must be more than 0 and at most 1, got {alpha:g}")
    ordered = _sorted_points(points)
    if not ordered:
        return []
    previous_day, trend = ordered[0]
    result: list[Point] = [(previous_day, trend)]
    for d, w in ordered[1:]:
        elapsed = (d - previous_day).days
        alpha_eff = 1 - (1 - alpha) ** elapsed
        trend += alpha_eff * (w - trend)
        result.append((d, trend))
        previous_day = d
    return result


WEEKLY_RATE_WINDOW_DAYS = 28
WEEKLY_RATE_MIN_SPAN_DAYS = 7


def weekly_rate(trend: Sequence[Point], days: int = WEEKLY_RATE_WINDOW_DAYS) -> float | None:
    """Change in kg per week: the least-squares slope (per day, times 7) of the
    points within the last ``days`` calendar days of ``trend`` (the last
    entry's day − days + 1 … that day).

    None when the window holds fewer than 2 points or spans under 7 days,
    too little to call a rate.
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise ValueError(f"days must be a whole number of at least 1, got {days!r}")
    ordered = _sorted_points(trend)
    if not ordered:
        return None
    last = ordered[-1][0]
    window = [(d, w) for d, w in ordered if (last - d).days < days]
    if len(window) < 2 or (last - window[0][0]).days < WEEKLY_RATE_MIN_SPAN_DAYS:
        return None
    xs = [(d - window[0][0]).days for d, _ in window]
    ys = [w for _, w in window]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mean_x) ** 2 for x in xs)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return sxy / sxx * 7
