"""Compact chart data: what the browser needs to draw a series, and no more.

The page state holds these series (Reflex sends and stores the state on every
event), and the browser assembles the Plotly figure around them. So values
are rounded for display, and a daily series is one start date plus one value
per day (None where nothing was recorded) instead of a date per point: ten
years of daily weights stay well under 80 KB.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

Point = tuple[date, float]

# The Body page's time ranges: key -> days shown (None: everything).
RANGE_DAYS: dict[str, int | None] = {"4w": 28, "3m": 91, "1y": 365, "all": None}
DEFAULT_RANGE = "3m"
DAY_MS = 86_400_000  # Plotly steps a date axis in milliseconds


def range_start(range_key: str, today: date) -> date | None:
    """The first day shown for `range_key` (None: no limit); an unknown key
    counts as the default range."""
    days = RANGE_DAYS.get(range_key, RANGE_DAYS[DEFAULT_RANGE])
    return None if days is None else today - timedelta(days=days - 1)


def _identity(value: float) -> float:
    return value


# Nudges a value written with few decimals past the binary error below its
# half (2.675 is stored as 2.67499…), so round() rounds halves up as written.
_NUDGE = 1e-9


def display_round(value: float, decimals: int = 1) -> float:
    """Half away from zero, like units.round_half_up, for the values a chart
    shows (at most six decimals matter); about ten times faster, which
    counts for thousands of points."""
    rounded = round(value + math.copysign(_NUDGE, value), decimals)
    return rounded + 0.0  # -0.0 -> 0.0


@dataclass(frozen=True)
class DailySeries:
    """Values on a day grid: `values[i]` belongs to `start + i days`. Several
    series built from the same days share `start`."""

    start: str = ""  # ISO date; "" when there is no data
    values: list[float | None] = field(default_factory=list)


def daily_series(
    points: Sequence[Point],
    *,
    first: date,
    last: date,
    convert: Callable[[float], float] = _identity,
    decimals: int = 1,
) -> DailySeries:
    """`points` on the days `first` … `last` (points outside are dropped),
    converted (e.g. kg -> lb) and rounded; days without a point are None."""
    if last < first:
        return DailySeries()
    values: list[float | None] = [None] * ((last - first).days + 1)
    for day, value in points:
        if first <= day <= last:
            values[(day - first).days] = display_round(convert(value), decimals)
    return DailySeries(first.isoformat(), values)


@dataclass(frozen=True)
class DatedSeries:
    """A sparse series (e.g. measured weekly or monthly): one ISO date per value."""

    dates: list[str] = field(default_factory=list)
    values: list[float] = field(default_factory=list)


def dated_series(
    points: Sequence[Point],
    *,
    since: date | None = None,
    convert: Callable[[float], float] = _identity,
    decimals: int = 1,
) -> DatedSeries:
    """`points` from `since` on, oldest first, converted and rounded."""
    kept = sorted(p for p in points if since is None or p[0] >= since)
    return DatedSeries(
        [day.isoformat() for day, _ in kept],
        [display_round(convert(value), decimals) for _, value in kept],
    )


def payload_bytes(value: object) -> int:
    """The size of `value` as the compact JSON the browser receives."""
    return len(json.dumps(value, separators=(",", ":")).encode())
