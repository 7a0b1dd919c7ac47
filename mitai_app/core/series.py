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

from mitai_app.core.formatting import format_date_skeleton
from mitai_app.core.text import LANGUAGES

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


# --- a date axis ------------------------------------------------------------------------

# Tick steps, finest first: (days, months) apart, and how a tick is labelled.
_DAY_STEPS = (1, 2, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600)


@dataclass(frozen=True)
class DateAxis:
    """A chart's x axis over whole days, labelled in each language by the
    server: Plotly's own date ticks show times of day ("23:59:59.999") on a
    span of one day, and English month names in German."""

    range: list[str] = field(default_factory=list)  # [first, last] ISO, padded
    ticks: list[str] = field(default_factory=list)  # ISO dates
    labels: dict[str, list[str]] = field(default_factory=dict)  # by language

    def as_state(self) -> dict[str, list[str]]:
        """`range`, `ticks` and `labels_de`/`labels_en`: one state dict."""
        return {
            "range": self.range,
            "ticks": self.ticks,
            **{f"labels_{lang}": self.labels.get(lang, []) for lang in LANGUAGES},
        }


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_ticks(first: date, last: date, step: int) -> list[date]:
    """First days of months `step` apart (of years when `step` is whole years)."""
    month = (first.month - 1) // step * step + 1 if step < 12 else 1
    year_step = step // 12 if step >= 12 else 0
    year = first.year - first.year % year_step if year_step else first.year
    day = date(year, month, 1)
    if day < first:
        day = _add_months(day, step)
    ticks = []
    while day <= last:
        ticks.append(day)
        day = _add_months(day, step)
    return ticks


def _day_ticks(first: date, last: date, step: int) -> list[date]:
    """Days `step` apart; weeks start on Monday."""
    day = first if step < 7 else first + timedelta(days=-first.weekday() % 7)
    return [day + timedelta(days=i) for i in range(0, (last - day).days + 1, step)]


def date_axis(dates: Sequence[str], *, max_ticks: int = 5) -> DateAxis:
    """Whole-day ticks for the ISO `dates` of a chart, at most `max_ticks`,
    labelled "3 Sept" for days and weeks, "Sept 2026" for months, "2026"
    for years (each in the language's order and month names). A single day
    gets a week of room around its point."""
    if not dates:
        return DateAxis()
    first, last = date.fromisoformat(min(dates)), date.fromisoformat(max(dates))
    span = (last - first).days
    pad = 3 if span == 0 else max(1, round(span * 0.03))
    ticks: list[date] = []
    skeleton = "MMMd"
    for step in _DAY_STEPS:
        ticks = _day_ticks(first, last, step)
        if len(ticks) <= max_ticks:
            break
    else:
        for step in _MONTH_STEPS:
            ticks = _month_ticks(first, last, step)
            skeleton = "y" if step >= 12 else "yMMM"
            if len(ticks) <= max_ticks:
                break
    if not ticks:  # a span within one month, without a first of the month
        ticks, skeleton = [first], "MMMd"
    if skeleton == "MMMd" and first.year != last.year:
        skeleton = "yMMMd"
    return DateAxis(
        range=[(first - timedelta(days=pad)).isoformat(), (last + timedelta(days=pad)).isoformat()],
        ticks=[d.isoformat() for d in ticks],
        labels={
            lang: [format_date_skeleton(d, lang, skeleton) for d in ticks] for lang in LANGUAGES
        },
    )
