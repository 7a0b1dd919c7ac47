"""Training-phase detection: from the last weeks of weights, waist and body
fat, intake against TDEE and weekly training minutes, which phase the user
is in — a cut (calorie deficit), a bulk (surplus), maintenance,
recomposition or a deload week — with a confidence and the evidence.
Pure: the caller reads the series through the domains' services.

The rates are least-squares slopes over the last 28 days (`body.trend.
weekly_rate`), so single days' swings do not decide. Thresholds, chosen to
stay clear of day-to-day noise: a weight change of at least 0.25 % of body
weight a week is a cut, 0.15 % a week a bulk (lean gains are slower than
losses); with a steadier weight, a waist falling 0.25 cm a week or body fat
0.1 points a week is recomposition; a week's training minutes 40 % or more
below the mean of at least three steady weeks before it is a deload."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from mitai_app.body.trend import Point, weekly_rate

CUT, BULK, MAINTENANCE, RECOMPOSITION, DELOAD = (
    "calorie_deficit",
    "calorie_surplus",
    "maintenance",
    "recomposition",
    "deload",
)
CUT_RATE_PCT = -0.25  # % of body weight a week
BULK_RATE_PCT = 0.15
WAIST_FALL_CM = -0.25  # cm a week
FAT_FALL_PTS = -0.1  # percentage points a week
DELOAD_DROP = 0.40
STEADY_CV = 0.25  # the earlier weeks' minutes vary by at most this share of their mean
MIN_STEADY_WEEKS = 3
MIN_WEIGHT_DAYS = 10  # weigh-ins within the last 28 days for a weight-based phase
MIN_INTAKE_DAYS = 10
ENERGY_MARGIN_KCAL = 200  # mean intake this far from TDEE counts as a deficit or surplus


@dataclass(frozen=True)
class Evidence:
    key: str  # weight_rate, intake_vs_tdee, waist_rate, body_fat_rate, volume_drop
    value: float  # kg/week, kcal/day, cm/week, points/week, share of the usual minutes


@dataclass(frozen=True)
class Detection:
    phase: str
    confidence: int  # 0–100
    evidence: tuple[Evidence, ...]


def _deload(weekly_minutes: Sequence[float]) -> Detection | None:
    """The last week 40 % or more below steady weeks before it."""
    if len(weekly_minutes) < MIN_STEADY_WEEKS + 1:
        return None
    *before, last = weekly_minutes
    steady = before[-8:]
    mean = statistics.fmean(steady)
    if mean <= 0 or statistics.pstdev(steady) / mean > STEADY_CV:
        return None
    drop = 1 - last / mean
    if drop < DELOAD_DROP:
        return None
    confidence = min(95, round(60 + (drop - DELOAD_DROP) * 100))
    return Detection(DELOAD, confidence, (Evidence("volume_drop", round(drop, 2)),))


def detect_phase(
    *,
    weights: Sequence[Point],
    waist: Sequence[Point] = (),
    body_fat: Sequence[Point] = (),
    intake: Sequence[Point] = (),
    tdee: float | None = None,
    weekly_minutes: Sequence[float] = (),
    today: date,
) -> Detection | None:
    """The phase the series show up to `today`, or None with too little
    recent data. A deload is about training and wins over the energy
    phases; `weekly_minutes` are whole weeks, oldest first, the last one
    just finished."""
    deload = _deload(weekly_minutes)
    if deload is not None:
        return deload
    known = sorted(p for p in weights if p[0] <= today)
    recent = [p for p in known if (today - p[0]).days < 28]
    rate = weekly_rate(known) if len(recent) >= MIN_WEIGHT_DAYS else None
    if rate is None:
        return None
    mean_weight = statistics.fmean(w for _, w in recent)
    rate_pct = rate / mean_weight * 100
    evidence = [Evidence("weight_rate", round(rate, 2))]
    energy = None
    if tdee is not None:
        recent_intake = [kcal for day, kcal in intake if 0 <= (today - day).days < 28]
        if len(recent_intake) >= MIN_INTAKE_DAYS:
            energy = statistics.fmean(recent_intake) - tdee
            evidence.append(Evidence("intake_vs_tdee", round(energy)))
    if rate_pct <= CUT_RATE_PCT or rate_pct >= BULK_RATE_PCT:
        phase = CUT if rate_pct < 0 else BULK
        threshold = CUT_RATE_PCT if phase == CUT else BULK_RATE_PCT
        confidence = 55 + min(25, round(abs(rate_pct / threshold - 1) * 25))
        if energy is not None:
            agrees = energy <= -ENERGY_MARGIN_KCAL if phase == CUT else energy >= ENERGY_MARGIN_KCAL
            confidence += 15 if agrees else -20
        return Detection(phase, max(10, min(95, confidence)), tuple(evidence))
    waist_rate = weekly_rate(sorted(waist)) if len(waist) >= 2 else None
    fat_rate = weekly_rate(sorted(body_fat)) if len(body_fat) >= 2 else None
    leaner = []
    if waist_rate is not None:
        evidence.append(Evidence("waist_rate", round(waist_rate, 2)))
        leaner.append(waist_rate <= WAIST_FALL_CM)
    if fat_rate is not None:
        evidence.append(Evidence("body_fat_rate", round(fat_rate, 2)))
        leaner.append(fat_rate <= FAT_FALL_PTS)
    if any(leaner):
        confidence = 60 + (15 if all(leaner) and len(leaner) == 2 else 0)
        return Detection(RECOMPOSITION, confidence, tuple(evidence))
    confidence = 60 + (15 if energy is not None and abs(energy) < ENERGY_MARGIN_KCAL else 0)
    return Detection(MAINTENANCE, confidence, tuple(evidence))
