"""Daily readiness from the user's own data, every input shown with its
contribution and the reason. Pure: no database.

Inputs and weights (a missing input leaves its weight to the others):

| input | weight | score of the input (0–100) |
| --- | --- | --- |
| HRV: mean of the last 7 days' ln(HRV) against the 60 days before (mean ± 1 SD of ln values; Plews et al., Sports Med 2013;43:773) | 40 | 50 + 25 × z, z = (7-day mean − 60-day mean) / SD |
| resting heart rate of the day against its 60-day baseline | 30 | 50 − 25 × z (a higher pulse than usual lowers it) |
| last night's sleep score (sleep_score.py) | 30 | the sleep score |
| training load: acute (7 days) : chronic (28 days) session-RPE load (the training module; Gabbett, Br J Sports Med 2016;50:273: 0.8–1.3 the "sweet spot", from 1.5 the risk rises) | 20 | 100 up to 1.3, falling linearly to 0 at 1.7 |

Each score is clipped to 0–100; readiness is their weighted mean. With
fewer than LEARNING_DAYS days of morning values in the last 60 there is no
number: the page says it is still learning. Training load counts only when
there is a chronic load to compare with (a ratio).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

LEARNING_DAYS = 14
WINDOW_DAYS = 60
HRV_DAYS = 7
WEIGHTS = {"hrv": 40, "resting_hr": 30, "sleep": 30, "load": 20}
LOAD_SWEET_SPOT = (0.8, 1.3)
LOAD_ZERO = 1.7  # the ratio that scores 0


@dataclass(frozen=True)
class ReadinessInput:
    key: str  # "hrv", "resting_hr", "sleep", "load"
    value: float  # the 7-day ln HRV mean as ms (e^mean), the pulse, the sleep score, the ratio
    usual: float | None  # the baseline it is compared with (None for sleep)
    z: float | None  # standard deviations from the baseline (None for sleep)
    score: float  # 0–100
    weight: int
    points: float  # the contribution to readiness: score × weight / total weight
    # "above", "below", "within"; for sleep "good"/"fair"/"poor"; for load "low"/"within"/"above"
    reason: str


@dataclass(frozen=True)
class Readiness:
    day: date
    days_of_data: int
    learning: bool  # fewer than LEARNING_DAYS days: no number
    score: int | None
    inputs: tuple[ReadinessInput, ...]


def _clip(value: float) -> float:
    return max(0.0, min(100.0, value))


def _band(values: Sequence[float]) -> tuple[float, float] | None:
    if len(values) < 2:
        return None
    sd = statistics.stdev(values)
    return statistics.fmean(values), sd


def _reason(z: float) -> str:
    return "above" if z > 1 else "below" if z < -1 else "within"


def readiness(
    day: date,
    *,
    hrv: Sequence[tuple[date, float]] = (),
    resting_hr: Sequence[tuple[date, float]] = (),
    sleep_score: float | None = None,
    load_ratio: float | None = None,
) -> Readiness:
    """Readiness on `day` from the daily series (date, value) up to that
    day, last night's sleep score and the acute:chronic training-load ratio."""
    first = day - timedelta(days=WINDOW_DAYS)
    days = {d for d, _ in (*hrv, *resting_hr) if first <= d <= day}
    found: list[tuple[str, float, float | None, float | None, float, str]] = []

    recent = [math.log(v) for d, v in hrv if day - timedelta(days=HRV_DAYS) < d <= day and v > 0]
    before = [math.log(v) for d, v in hrv if first <= d <= day - timedelta(days=HRV_DAYS) and v > 0]
    band = _band(before)
    if recent and band is not None:
        mean, sd = band
        week = statistics.fmean(recent)
        z = (week - mean) / sd if sd > 0 else 0.0
        found.append(("hrv", math.exp(week), math.exp(mean), z, _clip(50 + 25 * z), _reason(z)))

    today = [v for d, v in resting_hr if d == day]
    band = _band([v for d, v in resting_hr if first <= d < day])
    if today and band is not None:
        mean, sd = band
        z = (today[0] - mean) / sd if sd > 0 else 0.0
        found.append(("resting_hr", today[0], mean, z, _clip(50 - 25 * z), _reason(z)))

    if sleep_score is not None:
        quality = "good" if sleep_score >= 80 else "fair" if sleep_score >= 60 else "poor"
        found.append(("sleep", sleep_score, None, None, _clip(sleep_score), quality))

    if load_ratio is not None:
        low, high = LOAD_SWEET_SPOT
        reason = "low" if load_ratio < low else "within" if load_ratio <= high else "above"
        score = _clip(100 * (LOAD_ZERO - load_ratio) / (LOAD_ZERO - high))
        found.append(("load", load_ratio, None, None, score, reason))

    learning = len(days) < LEARNING_DAYS
    total = sum(WEIGHTS[key] for key, *_ in found)
    inputs = tuple(
        ReadinessInput(
            key,
            round(value, 2),
            None if usual is None else round(usual, 1),
            None if z is None else round(z, 2),
            round(score, 1),
            WEIGHTS[key],
            round(score * WEIGHTS[key] / total, 1),
            reason,
        )
        for key, value, usual, z, score, reason in found
    )
    score = None if learning or not inputs else round(sum(i.points for i in inputs))
    return Readiness(day, len(days), learning, score, inputs)
