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
from mitai_app.nutrition.consts import (
    ACTIVITY_FACTORS,
    ATWATER,
    BMR_FORMULAS,
    LEAN_MASS_FORMULAS,
)

# Energy of one kilogram of body-weight change, the usual approximation for
# mostly fat tissue (Wishnofsky M, 1958, Am J Clin Nutr 6:542–546: 3,500 kcal
# per pound ≈ 7,700 kcal per kg).
KCAL_PER_KG = 7700.0
ATWATER_PROTEIN, ATWATER_CARBS, ATWATER_FAT = (
    ATWATER[k] for k in ("protein_g", "carbs_g", "fat_g")
)
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


def energy_out_counted(rest_kcal: float, active_kcal: float) -> float:
    """A day's expenditure from a daily activity summary (a watch or phone):
    its resting energy (or, not counted, BMR) plus its active energy. That
    active energy counts every movement beyond rest, daily life included,
    so no activity factor is applied on top."""
    return _positive(rest_kcal, "rest_kcal") + max(0.0, active_kcal)


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


# What the derived targets beyond kcal and protein rest on.
# Fat: 30 % of energy, the DGE's reference value (EFSA 2010 gives 20–35 %);
# carbohydrates: the energy left after protein and fat (Atwater's 4/4/9).
FAT_ENERGY_SHARE = 0.30
# Fibre: 14 g per 1,000 kcal, the adequate intake of the US Institute of
# Medicine (Dietary Reference Intakes for Energy, Carbohydrate, Fiber, 2005).
FIBRE_G_PER_1000_KCAL = 14.0
# Water to drink: EFSA's adequate intake of total water (2010: women 2.0 L,
# men 2.5 L a day), of which about 80 % comes from drinks, 20 % from food.
WATER_L = {"female": 2.0, "male": 2.5}
WATER_FROM_DRINKS = 0.8
# A weight goal's daily deficit or surplus, limited to safe rates: losing at
# most 1 % of body weight a week (ACSM position stand, Donnelly et al. 2009:
# 0.5–1 kg a week), gaining at most 0.5 % (Iraki et al. 2019: 0.25–0.5 % a
# week keeps the gain mostly lean). Without a target date: half of each.
LOSS_SHARE_PER_WEEK = 0.01
GAIN_SHARE_PER_WEEK = 0.005
GOAL_REACHED_KG = 0.5  # closer than this to the goal weight: maintain


@dataclass(frozen=True)
class GoalRate:
    kcal_per_day: float  # negative: a deficit
    limited: bool  # the goal's date asked for more than the safe rate


def goal_rate(weight_kg: float, target_kg: float, days_left: int | None) -> GoalRate:
    """The daily deficit (losing) or surplus (gaining) that reaches
    `target_kg` from `weight_kg` in `days_left` days at KCAL_PER_KG, never
    beyond the safe weekly share of body weight; with no date (or one
    passed) half that share. Within GOAL_REACHED_KG: zero."""
    weight = _positive(weight_kg, "weight_kg")
    change = _positive(target_kg, "target_kg") - weight
    if abs(change) < GOAL_REACHED_KG:
        return GoalRate(0.0, False)
    share = LOSS_SHARE_PER_WEEK if change < 0 else GAIN_SHARE_PER_WEEK
    safe = weight * share / 7 * KCAL_PER_KG
    if days_left is None or days_left <= 0:
        wanted, limited = safe / 2, False
    else:
        wanted = abs(change) * KCAL_PER_KG / days_left
        limited = wanted > safe
    return GoalRate(math.copysign(min(wanted, safe), change), limited)


@dataclass(frozen=True)
class Macros:
    carbs_g: float
    fat_g: float
    fiber_g: float


def macro_targets(kcal: float, protein_g: float) -> Macros:
    """Fat at FAT_ENERGY_SHARE of `kcal`, carbohydrates the energy left after
    protein and fat (never below zero), fibre by FIBRE_G_PER_1000_KCAL."""
    fat = kcal * FAT_ENERGY_SHARE / ATWATER_FAT
    carbs = max(0.0, kcal - protein_g * ATWATER_PROTEIN - fat * ATWATER_FAT) / ATWATER_CARBS
    return Macros(carbs_g=carbs, fat_g=fat, fiber_g=kcal / 1000 * FIBRE_G_PER_1000_KCAL)


def water_target_l(sex: str) -> float:
    """Litres to drink a day (EFSA's total water less the share from food)."""
    return WATER_L[sex] * WATER_FROM_DRINKS


@dataclass(frozen=True)
class Targets:
    kcal: float  # static TDEE plus the goal's deficit or surplus, never below BMR
    protein_g: float  # g per kg body weight × weight
    bmr: float
    formula: str
    tdee: float  # BMR × activity factor
    goal: GoalRate | None  # None: no primary weight goal


def derived_targets(
    *,
    sex: str,
    age: float,
    weight_kg: float,
    height_cm: float,
    activity: str,
    protein_g_per_kg: float,
    lean_kg: float | None = None,
    goal_kg: float | None = None,
    goal_days: int | None = None,
) -> Targets:
    """The day's kcal and protein targets: Katch–McArdle when lean mass is
    known (it needs no assumption about body composition), else
    Mifflin–St Jeor, times the activity factor, plus the primary weight
    goal's safe deficit or surplus (goal_rate) and never below BMR;
    protein per kg of weight."""
    formula = "katch_mcardle" if lean_kg else "mifflin_st_jeor"
    basal = bmr(
        formula, sex=sex, age=age, weight_kg=weight_kg, height_cm=height_cm, lean_kg=lean_kg
    )
    tdee = static_tdee(basal, activity)
    rate = None if goal_kg is None else goal_rate(weight_kg, goal_kg, goal_days)
    kcal = tdee + (rate.kcal_per_day if rate else 0.0)
    if kcal < basal and rate is not None:
        kcal, rate = basal, GoalRate(basal - tdee, True)
    return Targets(
        kcal=kcal,
        protein_g=_positive(protein_g_per_kg, "protein_g_per_kg") * weight_kg,
        bmr=basal,
        formula=formula,
        tdee=tdee,
        goal=rate,
    )
