"""The one-source rule for a day's totals: a day's intake comes from one
source, never a sum of several. Food entries beat totals typed by hand,
which beat totals imported from another app (consts.TOTAL_SOURCES). Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from mitai_app.nutrition.consts import TOTAL_SOURCES

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
