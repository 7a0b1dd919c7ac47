"""BMR by each published equation, worked through by hand from the source's
coefficients; the static and adaptive TDEE; the derived targets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.nutrition.energy import (
    KCAL_PER_KG,
    GoalRate,
    adaptive_by_week,
    adaptive_tdee,
    bmr,
    derived_targets,
    energy_out,
    energy_out_counted,
    goal_rate,
    macro_targets,
    static_tdee,
    water_target_l,
)

END = date(2026, 3, 29)


def test_mifflin_st_jeor_worked_examples():
    # Mifflin et al. 1990, Am J Clin Nutr 51:241: 10W + 6.25H - 5A + 5 / - 161.
    # Man, 70 kg, 175 cm, 30 y: 700 + 1093.75 - 150 + 5 = 1648.75
    assert bmr("mifflin_st_jeor", sex="male", age=30, weight_kg=70, height_cm=175) == (
        pytest.approx(1648.75)
    )
    # Woman, 60 kg, 165 cm, 25 y: 600 + 1031.25 - 125 - 161 = 1345.25
    assert bmr("mifflin_st_jeor", sex="female", age=25, weight_kg=60, height_cm=165) == (
        pytest.approx(1345.25)
    )


def test_harris_benedict_roza_shizgal_worked_examples():
    # Roza & Shizgal 1984, Am J Clin Nutr 40:168.
    # Man, 70 kg, 175 cm, 30 y: 88.362 + 937.79 + 839.825 - 170.31 = 1695.667
    assert bmr("harris_benedict", sex="male", age=30, weight_kg=70, height_cm=175) == (
        pytest.approx(1695.667)
    )
    # Woman, 60 kg, 165 cm, 25 y: 447.593 + 554.82 + 511.17 - 108.25 = 1405.333
    assert bmr("harris_benedict", sex="female", age=25, weight_kg=60, height_cm=165) == (
        pytest.approx(1405.333)
    )


def test_lean_mass_equations_worked_examples():
    # Katch-McArdle: 370 + 21.6 x 60 = 1666; Cunningham 1980: 500 + 22 x 60 = 1820.
    person = {"sex": "female", "age": 40, "weight_kg": 75, "height_cm": 170}
    assert bmr("katch_mcardle", **person, lean_kg=60) == pytest.approx(1666)
    assert bmr("cunningham", **person, lean_kg=60) == pytest.approx(1820)


def test_lean_mass_equations_need_lean_mass_and_unknown_input_is_refused():
    person = {"sex": "male", "age": 30, "weight_kg": 70, "height_cm": 175}
    with pytest.raises(ValueError, match="lean_kg"):
        bmr("katch_mcardle", **person)
    with pytest.raises(ValueError, match="unknown BMR formula"):
        bmr("kleiber", **person)
    with pytest.raises(ValueError, match="sex"):
        bmr("mifflin_st_jeor", **{**person, "sex": "x"})
    with pytest.raises(ValueError, match="weight_kg"):
        bmr("mifflin_st_jeor", **{**person, "weight_kg": -1})


def test_static_tdee_is_bmr_times_the_activity_factor():
    assert static_tdee(1600, "sedentary") == pytest.approx(1920)
    assert static_tdee(1600, "moderate") == pytest.approx(2480)
    with pytest.raises(ValueError):
        static_tdee(1600, "couch")


def test_derived_targets_use_lean_mass_when_known():
    plain = derived_targets(
        sex="male",
        age=30,
        weight_kg=70,
        height_cm=175,
        activity="moderate",
        protein_g_per_kg=1.6,
    )
    assert plain.formula == "mifflin_st_jeor"
    assert plain.kcal == pytest.approx(1648.75 * 1.55)
    assert plain.protein_g == pytest.approx(112)
    lean = derived_targets(
        sex="male",
        age=30,
        weight_kg=70,
        height_cm=175,
        activity="moderate",
        protein_g_per_kg=1.6,
        lean_kg=60,
    )
    assert lean.formula == "katch_mcardle" and lean.bmr == pytest.approx(1666)


PERSON = {"sex": "male", "age": 30, "weight_kg": 80, "height_cm": 175, "protein_g_per_kg": 1.6}


def test_a_weight_goal_turns_into_a_safe_daily_deficit_or_surplus():
    # 80 → 76 kg in 56 days: 4 × 7,700 / 56 = 550 kcal a day, within the 1 %
    # a week limit (0.8 kg × 7,700 / 7 = 880 kcal a day).
    assert goal_rate(80, 76, 56) == GoalRate(-550.0, False)
    # 80 → 70 kg in 28 days would be 2,750 a day: held at 880 and said so.
    assert goal_rate(80, 70, 28) == GoalRate(pytest.approx(-880.0), True)
    # Gaining: at most 0.5 % a week (0.4 kg × 7,700 / 7 = 440 kcal a day).
    assert goal_rate(80, 90, 30) == GoalRate(pytest.approx(440.0), True)
    # No date, or one passed: half the safe rate, not limited.
    assert goal_rate(80, 70, None) == GoalRate(pytest.approx(-440.0), False)
    assert goal_rate(80, 90, -3) == GoalRate(pytest.approx(220.0), False)
    # Within half a kilogram: maintain.
    assert goal_rate(80, 79.6, 10) == GoalRate(0.0, False)


def test_derived_kcal_follow_the_goal_but_never_drop_below_bmr():
    plain = derived_targets(activity="moderate", **PERSON)
    cut = derived_targets(activity="moderate", goal_kg=76, goal_days=56, **PERSON)
    assert cut.tdee == pytest.approx(plain.kcal)
    assert cut.kcal == pytest.approx(plain.kcal - 550)
    assert cut.goal == GoalRate(-550.0, False)
    # Sedentary and a steep goal: the deficit stops at BMR and is marked limited.
    floor = derived_targets(activity="sedentary", goal_kg=60, goal_days=30, **PERSON)
    assert floor.kcal == pytest.approx(floor.bmr)
    assert floor.goal is not None and floor.goal.limited
    assert plain.goal is None


def test_macro_fibre_and_water_targets():
    # 2,000 kcal with 120 g protein: fat 30 % = 600 kcal = 66.7 g; carbs
    # (2,000 − 480 − 600) / 4 = 230 g; fibre 14 g per 1,000 kcal = 28 g.
    macros = macro_targets(2000, 120)
    assert macros.fat_g == pytest.approx(66.667, abs=0.01)
    assert macros.carbs_g == pytest.approx(230)
    assert macros.fiber_g == pytest.approx(28)
    assert macro_targets(1200, 400).carbs_g == 0  # protein and fat take it all
    assert water_target_l("female") == pytest.approx(1.6)
    assert water_target_l("male") == pytest.approx(2.0)


def _series(days: int, *, intake: float, start_kg: float, kg_per_day: float):
    first = END - timedelta(days=days - 1)
    dates = [first + timedelta(days=n) for n in range(days)]
    eaten = {d: intake for d in dates}
    weights = [(d, start_kg + kg_per_day * n) for n, d in enumerate(dates)]
    return eaten, weights


def test_steady_weight_means_tdee_equals_intake():
    eaten, weights = _series(60, intake=2400, start_kg=80, kg_per_day=0)
    result = adaptive_tdee(eaten, weights, end=END)
    assert result.kcal == pytest.approx(2400)
    assert result.days == 28


def test_a_steady_loss_adds_its_energy_to_the_intake():
    # 0.05 kg a day lost on 2,000 kcal: TDEE = 2000 + 7700 x 0.05 = 2385.
    eaten, weights = _series(120, intake=2000, start_kg=90, kg_per_day=-0.05)
    result = adaptive_tdee(eaten, weights, end=END)
    assert result.kcal == pytest.approx(2000 + KCAL_PER_KG * 0.05, abs=1)
    assert result.trend_change_kg == pytest.approx(-0.05 * 27, abs=0.01)


def test_missing_days_are_left_out_not_counted_as_zero():
    eaten, weights = _series(120, intake=2000, start_kg=90, kg_per_day=-0.05)
    for n in range(0, 28, 3):  # every third day of the window without a log
        eaten.pop(END - timedelta(days=n))
    result = adaptive_tdee(eaten, weights, end=END)
    assert result.days == 18
    assert result.mean_intake == pytest.approx(2000)
    assert result.kcal == pytest.approx(2385, abs=2)


def test_days_without_a_weight_do_not_count():
    eaten, weights = _series(60, intake=2200, start_kg=70, kg_per_day=0)
    weights = [p for p in weights if p[0].day % 2 == 0]  # weighed every other day
    result = adaptive_tdee(eaten, weights, end=END)
    assert result.days == 14
    assert result.kcal == pytest.approx(2200)


def test_too_short_a_series_gives_no_estimate():
    eaten, weights = _series(13, intake=2000, start_kg=80, kg_per_day=0)
    result = adaptive_tdee(eaten, weights, end=END)
    assert result.kcal is None and result.days == 13
    eaten, weights = _series(14, intake=2000, start_kg=80, kg_per_day=0)
    assert adaptive_tdee(eaten, weights, end=END).kcal == pytest.approx(2000)


def test_week_by_week_shows_when_the_estimate_appears():
    eaten, weights = _series(20, intake=2000, start_kg=80, kg_per_day=0)
    weekly = adaptive_by_week(eaten, weights, end=END, weeks=3)
    assert [d for d, _ in weekly] == [END - timedelta(days=14), END - timedelta(days=7), END]
    assert weekly[0][1] is None and weekly[1][1] is None
    assert weekly[2][1] == pytest.approx(2000)


def test_energy_out_with_training_counts_daily_life_as_sedentary():
    assert energy_out(1600, 400) == pytest.approx(1600 * 1.2 + 400)
    assert energy_out(1600, 0) == pytest.approx(static_tdee(1600, "sedentary"))


def test_energy_out_from_a_daily_summary_counts_rest_plus_active_energy():
    # Resting energy (or BMR) plus active energy; no activity factor on top.
    assert energy_out_counted(1700, 550) == pytest.approx(2250)
    # Sessions alone: BMR × the sedentary factor plus their energy.
    assert energy_out(1600, 550) == pytest.approx(1920 + 550)
