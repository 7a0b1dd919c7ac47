"""Energy balance: basal metabolic rate by four published equations, the
static TDEE (BMR × activity factor) and the adaptive TDEE from the user's own
intake and smoothed weight trend. Pure: no database, no Reflex.

Every formula names its source; tests/unit/nutrition/test_energy.py works
the examples through.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from mitai_app.body.trend import Point, smoothed_trend
from mitai_app.nutrition.consts import ACTIVITY_FACTORS, BMR_FORMULAS, LEAN_MASS_FORMULAS

# Energy of one kilogram of body-weight change, the usual approximation for
# mostly fat tissue (Wishnofsky M, 1958, Am J Clin Nutr 6:542–546: 3,500 kcal
# per pound ≈ 7,700 kcal per kg).
KCAL_PER_KG = 7700.0
ADAPTIVE_MIN_DAYS = 14  # days with both intake and weight
ADAPTIVE_WINDOW_DAYS = 28  # the last four weeks (at least two are needed)
# Weights before the window that the smoothed trend settles on (0.9^90 < 0.0001).
TREND_WARM_UP_DAYS = 90


def _positive(value: float | None, name: str) -> float:
    if (
        value is None
        or isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ValueError(f"{name} must be a positive number, got {value!r}")
    return float(value)


def bmr(
    formula: str,
    *,
    sex: str,
    age: float,
    weight_kg: float,
    height_cm: float,
    lean_kg: float | None = None,
) -> float:
    """Basal (resting) metabolic rate in kcal per day.

    - ``mifflin_st_jeor``: Mifflin MD, St Jeor ST et al. (1990). A new
      predictive equation for resting energy expenditure in healthy
      individuals. Am J Clin Nutr 51:241–247.
      10·W + 6.25·H − 5·A + 5 (men), − 161 (women).
    - ``harris_benedict``: the revision by Roza AM, Shizgal HM (1984). The
      Harris Benedict equation reevaluated. Am J Clin Nutr 40:168–182.
      Men 88.362 + 13.397·W + 4.799·H − 5.677·A;
      women 447.593 + 9.247·W + 3.098·H − 4.330·A.
    - ``katch_mcardle``: McArdle WD, Katch FI, Katch VL. Exercise Physiology
      (Lea & Febiger, 1986 and later editions): 370 + 21.6·LBM.
    - ``cunningham``: Cunningham JJ (1980). A reanalysis of the factors
      influencing basal metabolic rate in normal adults. Am J Clin Nutr
      33:2372–2374: 500 + 22·LBM.

    W weight in kg, H height in cm, A age in years, LBM lean (fat-free) mass
    in kg. The last two need ``lean_kg`` and ignore sex, age and height.
    """
    if formula not in BMR_FORMULAS:
        raise ValueError(f"unknown BMR formula {formula!r}")
    if formula in LEAN_MASS_FORMULAS:
        lean = _positive(lean_kg, "lean_kg")
        return 370 + 21.6 * lean if formula == "katch_mcardle" else 500 + 22 * lean
    if sex not in ("male", "female"):
        raise ValueError(f"sex must be 'male' or 'female', got {sex!r}")
    w = _positive(weight_kg, "weight_kg")
    h = _positive(height_cm, "height_cm")
    a = _positive(age, "age")
    if formula == "mifflin_st_jeor":
        return 10 * w + 6.25 * h - 5 * a + (5 if sex == "male" else -161)
    if sex == "male":
        return 88.362 + 13.397 * w + 4.799 * h - 5.677 * a
    return 447.593 + 9.247 * w + 3.098 * h - 4.330 * a


def static_tdee(bmr_kcal: float, activity: str) -> float:
    """Total daily energy expenditure: BMR × the activity level's factor
    (consts.ACTIVITY_FACTORS, the common 1.2–1.9 scale)."""
    if activity not in ACTIVITY_FACTORS:
        raise ValueError(f"unknown activity level {activity!r}")
    return _positive(bmr_kcal, "bmr_kcal") * ACTIVITY_FACTORS[activity]


def energy_out(bmr_kcal: float, active_kcal: float) -> float:
    """A day's expenditure when its exercise energy is known: BMR × the
    sedentary factor (daily life without exercise) plus that energy, so
    training is not counted twice as it would be in an activity factor."""
    return static_tdee(bmr_kcal, "sedentary") + max(0.0, active_kcal)


@dataclass(frozen=True)
class AdaptiveTdee:
    kcal: float | None  # None: too little data
    days: int  # days in the window with both intake and weight
    mean_intake: float | None
    trend_change_kg: float | None  # smoothed trend, last minus first of those days
    first: date | None
    last: date | None


def adaptive_tdee(
    intake: Mapping[date, float],
    weights: Sequence[Point],
    *,
    end: date,
    window_days: int = ADAPTIVE_WINDOW_DAYS,
    min_days: int = ADAPTIVE_MIN_DAYS,
) -> AdaptiveTdee:
    """TDEE from what the user ate and how their weight moved:

        mean intake − 7,700 kcal/kg × (trend change in kg / days elapsed)

    over the days of the ``window_days`` up to ``end`` that have both a
    logged intake and a weight. The trend is The Hacker's Diet's smoothing
    (body.trend.smoothed_trend) over every weight up to ``end``, so it has
    settled before the window starts. Days without a log are left out, not
    counted as zero. With fewer than ``min_days`` such days (or under a week
    between the first and the last) there is no estimate.

    Limitation (the page says it too): every kilogram gained or lost is
    taken to hold 7,700 kcal, while shifts of water and glycogen (salt,
    carbohydrates, training) move the weight without that energy, and
    intake left unlogged makes the estimate too low.
    """
    if window_days < 14 or min_days < 2:
        raise ValueError("the window needs at least two weeks and two days")
    trend = dict(smoothed_trend([p for p in weights if p[0] <= end]))
    return _adaptive(intake, trend, end, window_days, min_days)


def _adaptive(
    intake: Mapping[date, float],
    trend: Mapping[date, float],
    end: date,
    window_days: int = ADAPTIVE_WINDOW_DAYS,
    min_days: int = ADAPTIVE_MIN_DAYS,
) -> AdaptiveTdee:
    """adaptive_tdee on a smoothed trend already worked out (the smoothing
    only looks back, so one trend serves every end)."""
    window = (end - timedelta(days=n) for n in range(window_days - 1, -1, -1))
    days = [d for d in window if intake.get(d) is not None and d in trend]
    if len(days) < min_days or (days[-1] - days[0]).days < 7:
        return AdaptiveTdee(None, len(days), None, None, None, None)
    mean = sum(float(intake[d]) for d in days) / len(days)
    change = trend[days[-1]] - trend[days[0]]
    per_day = change / (days[-1] - days[0]).days
    return AdaptiveTdee(mean - KCAL_PER_KG * per_day, len(days), mean, change, days[0], days[-1])


def adaptive_by_week(
    intake: Mapping[date, float], weights: Sequence[Point], *, end: date, weeks: int = 4
) -> list[tuple[date, float | None]]:
    """The adaptive TDEE as it stood at the end of each of the last
    ``weeks`` weeks, oldest first (how it moved week by week)."""
    ends = [end - timedelta(days=7 * n) for n in range(weeks - 1, -1, -1)]
    trend = dict(smoothed_trend([p for p in weights if p[0] <= end]))
    return [(e, _adaptive(intake, trend, e).kcal) for e in ends]


@dataclass(frozen=True)
class Targets:
    kcal: float  # static TDEE: BMR × activity factor
    protein_g: float  # g per kg body weight × weight
    bmr: float
    formula: str


def derived_targets(
    *,
    sex: str,
    age: float,
    weight_kg: float,
    height_cm: float,
    activity: str,
    protein_g_per_kg: float,
    lean_kg: float | None = None,
) -> Targets:
    """The day's kcal and protein targets: Katch–McArdle when lean mass is
    known (it needs no assumption about body composition), else
    Mifflin–St Jeor, times the activity factor; protein per kg of weight."""
    formula = "katch_mcardle" if lean_kg else "mifflin_st_jeor"
    basal = bmr(
        formula, sex=sex, age=age, weight_kg=weight_kg, height_cm=height_cm, lean_kg=lean_kg
    )
    return Targets(
        kcal=static_tdee(basal, activity),
        protein_g=_positive(protein_g_per_kg, "protein_g_per_kg") * weight_kg,
        bmr=basal,
        formula=formula,
    )
