"""Personal baselines: where a morning value stands against the user's own
recent values. Pure: no database.

The baseline of a measure on a day is the mean of its values in the
BASELINE_DAYS days before that day (the day itself excluded, so today's
value is judged against the past), and its normal band the mean ± one
standard deviation. With fewer than BASELINE_MIN_VALUES values there is no
baseline yet.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from mitai_app.recovery.consts import BASELINE_DAYS, BASELINE_MIN_VALUES


@dataclass(frozen=True)
class Baseline:
    mean: float
    low: float  # the normal band: mean - 1 SD …
    high: float  # … mean + 1 SD
    count: int  # values it was computed from


def baseline(
    series: Sequence[tuple[date, float]],
    day: date,
    *,
    days: int = BASELINE_DAYS,
    min_values: int = BASELINE_MIN_VALUES,
) -> Baseline | None:
    """The baseline of `day` from the values of the `days` days before it."""
    first = day - timedelta(days=days)
    values = [v for d, v in series if first <= d < day]
    if len(values) < min_values:
        return None
    mean = sum(values) / len(values)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))
    return Baseline(round(mean, 1), round(mean - sd, 1), round(mean + sd, 1), len(values))


def flag(value: float | None, band: Baseline | None) -> str:
    """ "low", "high", "normal", or "" when there is no value or baseline."""
    if value is None or band is None:
        return ""
    if value < band.low:
        return "low"
    if value > band.high:
        return "high"
    return "normal"
