"""The one-source rule for a day's totals: a day's intake comes from one
source, never a sum of several. Food entries beat totals typed by hand,
which beat totals imported from another app (consts.TOTAL_SOURCES). And the
week view: seven days' totals against the targets. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from mitai_app.nutrition.consts import TARGET_KEYS, TOTAL_SOURCES

Totals = Mapping[str, float | None]


@dataclass(frozen=True)
class DayTotal:
    source: str  # one of TOTAL_SOURCES
    totals: dict[str, float | None]


def day_total(candidates: Mapping[str, Totals | None]) -> DayTotal | None:
    """The day's totals from the most preferred source that has any;
    ``candidates`` maps a source to its totals (None or empty: nothing)."""
    unknown = set(candidates) - set(TOTAL_SOURCES)
    if unknown:
        raise ValueError(f"unknown total sources {sorted(unknown)}")
    for source in TOTAL_SOURCES:
        totals = candidates.get(source)
        if totals:
            return DayTotal(source, dict(totals))
    return None


def daily_intake(
    by_source: Mapping[str, Mapping[date, Totals]], nutrient: str = "kcal"
) -> dict[date, float]:
    """Each day's ``nutrient`` by the one-source rule, over every day any
    source has; days whose chosen source lacks the nutrient are left out."""
    days = {d for per_day in by_source.values() for d in per_day}
    out: dict[date, float] = {}
    for d in days:
        chosen = day_total({s: per_day.get(d) for s, per_day in by_source.items()})
        if chosen is not None and chosen.totals.get(nutrient) is not None:
            out[d] = float(chosen.totals[nutrient])
    return out


# --- the week view ---------------------------------------------------------------------

ON_TARGET_SHARE = 0.1  # within 10 % of the target counts as on target
AT_LEAST = ("protein_g", "fiber_g", "water_l")  # for these, more than the target is fine too


def on_target(key: str, value: float, target: float) -> bool:
    """Whether a day's `value` of `key` meets its target: within
    ON_TARGET_SHARE either way, or for AT_LEAST keys anything from 10 %
    below the target up."""
    if key in AT_LEAST:
        return value >= target * (1 - ON_TARGET_SHARE)
    return abs(value - target) <= ON_TARGET_SHARE * target


@dataclass(frozen=True)
class WeekDay:
    date: date
    totals: dict[str, float]  # TARGET_KEYS it has; empty: nothing logged
    on_target: dict[str, bool]  # per key that has a target and a value


@dataclass(frozen=True)
class Week:
    """The 7 days up to a day, oldest first, with each key's average over
    the days that logged it (unlogged days are left out, not counted as
    zero) and how many days were on target (keys with a target only)."""

    days: list[WeekDay]
    days_logged: int  # days with food (kcal)
    averages: dict[str, float | None]
    on_target: dict[str, int]


def week_of(
    days: Mapping[date, Mapping[str, float]], end: date, targets: Mapping[str, float | None]
) -> Week:
    """The Week ending on `end` from each day's totals (one source a day)."""
    rows: list[WeekDay] = []
    for n in range(6, -1, -1):
        d = end - timedelta(days=n)
        found = days.get(d, {})
        totals = {key: float(found[key]) for key in TARGET_KEYS if found.get(key)}
        if "kcal" not in totals:  # a day without food has no macros to compare
            totals = {key: v for key, v in totals.items() if key == "water_l"}
        hits = {
            key: on_target(key, value, target)
            for key, value in totals.items()
            if (target := targets.get(key))
        }
        rows.append(WeekDay(d, totals, hits))
    averages: dict[str, float | None] = {}
    for key in TARGET_KEYS:
        values = [row.totals[key] for row in rows if key in row.totals]
        averages[key] = sum(values) / len(values) if values else None
    return Week(
        days=rows,
        days_logged=sum("kcal" in row.totals for row in rows),
        averages=averages,
        on_target={
            key: sum(row.on_target.get(key, False) for row in rows)
            for key in TARGET_KEYS
            if targets.get(key)
        },
    )
