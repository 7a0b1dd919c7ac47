"""The nutrition charts' numbers: each day's (or, over long ranges, each
week's mean) energy, macros in grams and as shares of their energy, protein
per kg of the smoothed weight, and the energy balance beside the weight
trend. Pure: no database, no Reflex.

The balance is intake minus the expenditure of that day: the adaptive TDEE
as it stood at the end of that week where it exists, else the static TDEE
(BMR × activity factor) of today's targets.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from mitai_app.core.series import display_round
from mitai_app.nutrition.consts import ATWATER, MACROS

WEEKLY_FROM_DAYS = 120  # longer ranges show weekly means (a year of daily bars is unreadable)

Values = list[float | None]


@dataclass(frozen=True)
class ChartSeries:
    dates: list[str] = field(default_factory=list)  # a day, or the Monday of a week
    kcal: Values = field(default_factory=list)
    macros: dict[str, Values] = field(default_factory=dict)  # g, by consts.MACROS
    shares: dict[str, Values] = field(default_factory=dict)  # % of the macros' energy
    protein_per_kg: Values = field(default_factory=list)
    balance: Values = field(default_factory=list)  # kcal a day above (+) or below expenditure
    weight_trend: Values = field(default_factory=list)  # kg
    tdee_dates: list[str] = field(default_factory=list)  # week ends
    tdee: Values = field(default_factory=list)  # the adaptive TDEE at each


def _mean(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _rounded(value: float | None, decimals: int = 0) -> float | None:
    return None if value is None else display_round(value, decimals)


def _tdee_on(day: date, weekly: Sequence[tuple[date, float | None]], static: float | None):
    """The adaptive TDEE of the first week end on or after `day`, else `static`."""
    for end, kcal in weekly:
        if end >= day:
            return kcal if kcal is not None else static
    return static


def chart_series(
    days: Mapping[date, Mapping[str, float]],
    trend: Mapping[date, float],
    weekly_tdee: Sequence[tuple[date, float | None]],
    *,
    static_tdee: float | None,
    first: date,
    last: date,
) -> ChartSeries:
    """The series from `first` to `last`: `days` are the daily totals (one
    source a day, unlogged days absent), `trend` the smoothed weight by day,
    `weekly_tdee` the adaptive TDEE at week ends, oldest first."""
    weekly = (last - first).days + 1 > WEEKLY_FROM_DAYS
    buckets: dict[date, list[date]] = defaultdict(list)
    for day in sorted(d for d, totals in days.items() if first <= d <= last and totals.get("kcal")):
        key = day - timedelta(days=day.weekday()) if weekly else day
        buckets[key].append(day)
    out = ChartSeries(macros={name: [] for name in MACROS}, shares={name: [] for name in MACROS})
    for key, members in sorted(buckets.items()):
        kcal = _mean([days[d]["kcal"] for d in members])
        grams = {name: _mean([days[d].get(name) for d in members]) for name in MACROS}
        energy = {name: (grams[name] or 0) * ATWATER[name] for name in MACROS}
        total = sum(energy.values())
        per_kg = _mean(
            [(days[d].get("protein_g") or 0) / trend[d] for d in members if trend.get(d)]
        )
        balance = [
            days[d]["kcal"] - tdee
            for d in members
            if (tdee := _tdee_on(d, weekly_tdee, static_tdee)) is not None
        ]
        out.dates.append(key.isoformat())
        out.kcal.append(_rounded(kcal))
        for name in MACROS:
            out.macros[name].append(_rounded(grams[name], 1))
            out.shares[name].append(_rounded(energy[name] / total * 100) if total else None)
        out.protein_per_kg.append(_rounded(per_kg, 2))
        out.balance.append(_rounded(_mean(balance)))
        out.weight_trend.append(_rounded(_mean([trend.get(d) for d in members]), 1))
    for end, kcal in weekly_tdee:
        if first <= end <= last and kcal is not None:
            out.tdee_dates.append(end.isoformat())
            out.tdee.append(_rounded(kcal))
    return out
