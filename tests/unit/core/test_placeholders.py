"""The placeholder registry on small hand-made data sets: templates, value
formatting, windows at their boundaries, and "no data" for what is missing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.body import formulas as body
from mitai_app.core.placeholders import (
    NO_DATA,
    PLACEHOLDER,
    REGISTRY,
    Activity,
    BloodPressure,
    Caliper,
    Circumference,
    FocusArea,
    Goal,
    Localized,
    Nutrition,
    ProfileData,
    ProfileFacts,
    Sleep,
    Vitals,
    format_value,
    goal_current,
    goal_progress,
    referenced,
    render,
    unknown,
)

TODAY = date(2026, 3, 29)
# Placeholders that describe the moment, not the profile's data.
CONTEXT = {"today"}


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def value(name: str, data: ProfileData, today: date = TODAY):
    return REGISTRY[name].compute(data, today)


# --- templates ----------------------------------------------------------------------------


def test_referenced_lists_each_name_once_in_order_of_first_use():
    template = "Gewicht {{weight_latest}}, Schnitt {{ weight_avg_7d }}, wieder {{weight_latest}}"
    assert referenced(template) == ["weight_latest", "weight_avg_7d"]


def test_referenced_ignores_text_that_is_not_a_placeholder():
    assert referenced("{{Weight}} {weight_latest} {{ }} {{a-b}} plain") == []


def test_unknown_names_what_the_registry_lacks():
    template = "{{weight_latest}} {{weight_avg_7d}} {{wieght_latest}} {{goal.x}}"
    assert unknown(template, REGISTRY) == ["wieght_latest", "goal.x"]
    assert unknown(template, ["weight_latest", "weight_avg_7d", "wieght_latest", "goal.x"]) == []


def test_render_replaces_known_names_and_leaves_missing_ones_as_written():
    rendered = render(
        "A {{weight_latest}} B {{ bmi }} C {{missing}}",
        {"weight_latest": "82,4 kg", "bmi": "24,1 kg/m²"},
    )
    assert rendered == "A 82,4 kg B 24,1 kg/m² C {{missing}}"


def test_render_does_not_expand_placeholders_inside_values():
    assert render("{{a}}", {"a": "{{b}}", "b": "no"}) == "{{b}}"


def test_registered_names_match_the_template_syntax():
    for name in REGISTRY:
        assert PLACEHOLDER.fullmatch("{{" + name + "}}"), name
        assert name == name.lower()


# --- format_value -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "unit", "de", "en"),
    [
        (None, "kg", "keine Daten", "no data"),
        (82.449, "kg", "82,4 kg", "82.4 kg"),
        (82.45, "kg", "82,5 kg", "82.5 kg"),
        (2154.6, "kcal", "2.155 kcal", "2,155 kcal"),
        (-0.4567, "kg/week", "-0,46 kg/week", "-0.46 kg/week"),
        (0.5234, "", "0,52", "0.52"),
        (12, "", "12", "12"),
        (37, "years", "37 years", "37 years"),
        (date(2026, 3, 29), "", "29.03.2026", "29 Mar 2026"),
        ("128/82", "mmHg", "128/82 mmHg", "128/82 mmHg"),
        ("Anna", "", "Anna", "Anna"),
        (Localized("männlich", "male"), "", "männlich", "male"),
    ],
)
def test_format_value_in_german_and_english(raw, unit, de, en):
    assert format_value(raw, unit, "de") == de
    assert format_value(raw, unit, "en") == en


def test_no_data_in_both_languages():
    assert NO_DATA == {"de": "keine Daten", "en": "no data"}


# --- the registry -------------------------------------------------------------------------


def test_at_least_sixty_placeholders_each_described_in_both_languages():
    assert len(REGISTRY) >= 60
    for name, placeholder in REGISTRY.items():
        info = placeholder.info
        assert info.name == name
        assert info.description_de and info.description_en, name
        assert info.window in {
            "latest",
            "7 days",
            "28 days",
            "30 days",
            "90 days",
            "365 days",
            "all",
        }


def test_every_placeholder_on_an_empty_profile_is_no_data():
    empty = ProfileData()
    shown = {
        name: format_value(p.compute(empty, TODAY), p.info.unit, "en")
        for name, p in REGISTRY.items()
        if name not in CONTEXT
    }
    assert {name: text for name, text in shown.items() if text != "no data"} == {}


# --- profile ------------------------------------------------------------------------------


def test_profile_values():
    data = ProfileData(
        profile=ProfileFacts(
            display_name="Anna",
            sex="female",
            date_of_birth=date(1990, 3, 30),
            height_cm=168.0,
            language="de",
            timezone="Europe/Berlin",
        )
    )
    assert value("profile_name", data) == "Anna"
    assert value("profile_age", data) == 35  # the birthday is tomorrow
    assert value("profile_age", data, date(2026, 3, 30)) == 36
    assert value("profile_sex", data) == Localized("weiblich", "female")
    assert value("profile_height", data) == 168.0
    assert value("profile_language", data) == Localized("Deutsch", "German")
    assert value("profile_timezone", data) == "Europe/Berlin"
    assert value("today", data) == TODAY


# --- weight -------------------------------------------------------------------------------


def test_weight_windows_include_their_first_day_and_exclude_the_day_before():
    # 7 days: today and the six days before it.
    data = ProfileData(weights=[(days_ago(7), 90.0), (days_ago(6), 80.0), (TODAY, 82.0)])
    assert value("weight_avg_7d", data) == 81.0
    assert value("weight_avg_30d", data) == pytest.approx(84.0)
    assert value("weight_count_30d", data) == 3


def test_weight_latest_ignores_entries_after_today():
    data = ProfileData(weights=[(days_ago(3), 81.0), (TODAY + timedelta(days=1), 99.0)])
    assert value("weight_latest", data) == 81.0
    assert value("weight_latest_date", data) == days_ago(3)
    assert value("weight_avg_7d", data) == 81.0


def test_weight_change_min_max_and_old_data():
    data = ProfileData(
        weights=[(days_ago(120), 95.0), (days_ago(29), 85.0), (days_ago(10), 83.0), (TODAY, 84.0)]
    )
    assert value("weight_change_30d", data) == pytest.approx(-1.0)
    assert value("weight_change_90d", data) == pytest.approx(-1.0)
    assert value("weight_min_30d", data) == 83.0
    assert value("weight_max_30d", data) == 85.0
    # Only old data: the latest is known, the windows are empty.
    old = ProfileData(weights=[(days_ago(100), 90.0)], totals={"weight_log": 1})
    assert value("weight_latest", old) == 90.0
    assert value("weight_avg_7d", old) is None
    assert value("weight_count_30d", old) == 0
    assert value("weight_change_30d", old) is None
    assert value("weight_count_total", old) == 1


def test_weight_trend_and_weekly_rate_use_the_body_functions():
    # A steady loss of 0.1 kg a day over four weeks: 0.7 kg a week.
    weights = [(days_ago(n), 80.0 + 0.1 * n) for n in range(28)]
    data = ProfileData(weights=weights)
    assert value("weight_trend_weekly_kg", data) == pytest.approx(-0.7)
    trend = value("weight_trend_kg", data)
    assert 80.0 < trend < 81.0  # the smoothed trend lags behind the last weight
    # Hand-checked smoothing: 80, then 90 a day later -> 80 + 0.1 * 10; two
    # days later 91 -> 81 + (1 - 0.9²) * 10.
    steps = ProfileData(weights=[(days_ago(3), 80.0), (days_ago(2), 90.0), (TODAY, 91.0)])
    assert value("weight_trend_kg", steps) == pytest.approx(82.9)
    # Less than a week of data is too little to call a rate.
    assert value("weight_trend_weekly_kg", ProfileData(weights=weights[:6])) is None


# --- tape and caliper ---------------------------------------------------------------------


def test_each_site_shows_its_newest_measurement_even_when_the_newest_entry_lacks_it():
    data = ProfileData(
        circumferences=[
            Circumference(days_ago(40), waist=90.0, hips=100.0, neck=40.0),
            Circumference(days_ago(3), waist=88.0),
        ]
    )
    assert value("waist_latest", data) == 88.0
    assert value("hips_latest", data) == 100.0
    assert value("neck_latest", data) == 40.0
    assert value("chest_latest", data) is None
    assert value("circumference_latest_date", data) == days_ago(3)


def test_waist_change_over_ninety_days_starts_at_day_eighty_nine():
    data = ProfileData(
        circumferences=[
            Circumference(days_ago(90), waist=95.0),
            Circumference(days_ago(89), waist=92.0),
            Circumference(TODAY, waist=89.5),
        ]
    )
    assert value("waist_change_90d", data) == pytest.approx(-2.5)


def test_caliper_values():
    data = ProfileData(
        calipers=[
            Caliper(days_ago(100), body_fat_pct=24.0, formula="jp7"),
            Caliper(days_ago(60), body_fat_pct=22.0, formula="jp7"),
            Caliper(days_ago(5), body_fat_pct=20.5, formula="jp3"),
        ],
        totals={"caliper_log": 3},
    )
    assert value("body_fat_latest", data) == 20.5
    assert value("body_fat_latest_date", data) == days_ago(5)
    assert value("body_fat_method_latest", data) == "Jackson-Pollock 3"
    assert value("body_fat_change_90d", data) == pytest.approx(-1.5)
    assert value("caliper_count_total", data) == 3


# --- derived body values ------------------------------------------------------------------

MAN = ProfileFacts(sex="male", date_of_birth=date(1986, 1, 1), height_cm=180.0)
WOMAN = ProfileFacts(sex="female", date_of_birth=date(1986, 1, 1), height_cm=165.0)


def test_derived_values_come_from_the_body_formulas():
    data = ProfileData(
        profile=MAN,
        weights=[(days_ago(1), 81.0)],
        circumferences=[Circumference(days_ago(2), neck=40.0, waist=90.0, hips=100.0)],
        calipers=[Caliper(days_ago(3), body_fat_pct=20.0, formula="jp3")],
    )
    assert value("bmi", data) == pytest.approx(25.0)
    assert value("bmi_category", data) == Localized("Übergewicht", "Overweight")
    assert value("whtr", data) == pytest.approx(0.5)
    assert value("whtr_category", data) == Localized("Erhöhtes Risiko", "Increased risk")
    assert value("whr", data) == pytest.approx(0.9)
    assert value("waist_category", data) == Localized("Normal", "Normal")
    assert value("body_fat_navy", data) == pytest.approx(
        body.navy_body_fat(sex="male", height_cm=180.0, neck_cm=40.0, waist_cm=90.0)
    )
    assert value("body_fat_rfm", data) == pytest.approx(24.0)  # 64 - 20 * 180 / 90
    assert value("body_fat_category", data) == Localized("Gesund", "Healthy")  # 40, 11–22 %
    assert value("fat_mass", data) == pytest.approx(16.2)
    assert value("lean_mass", data) == pytest.approx(64.8)
    assert value("ffmi", data) == pytest.approx(20.0)
    assert value("ffmi_normalized", data) == pytest.approx(20.0)


def test_navy_for_women_needs_the_hip():
    tape = Circumference(days_ago(2), neck=33.0, waist=75.0)
    without_hip = ProfileData(profile=WOMAN, circumferences=[tape])
    assert value("body_fat_navy", without_hip) is None
    with_hip = ProfileData(
        profile=WOMAN, circumferences=[tape, Circumference(days_ago(1), hips=98.0)]
    )
    assert value("body_fat_navy", with_hip) == pytest.approx(
        body.navy_body_fat(sex="female", height_cm=165.0, neck_cm=33.0, waist_cm=75.0, hip_cm=98.0)
    )


def test_derived_values_are_no_data_without_height_or_sex_never_a_guess():
    data = ProfileData(
        weights=[(TODAY, 80.0)],
        circumferences=[Circumference(TODAY, neck=40.0, waist=90.0, hips=100.0)],
        calipers=[Caliper(TODAY, body_fat_pct=20.0)],
    )
    for name in ("bmi", "bmi_category", "whtr", "body_fat_navy", "body_fat_rfm", "ffmi"):
        assert value(name, data) is None, name
    assert value("body_fat_category", data) is None
    assert value("whr", data) == pytest.approx(0.9)  # needs neither
    assert value("lean_mass", data) == pytest.approx(64.0)


def test_implausible_inputs_give_no_data_instead_of_an_error():
    # Neck wider than waist: the Navy formula refuses it.
    data = ProfileData(profile=MAN, circumferences=[Circumference(TODAY, neck=95.0, waist=90.0)])
    assert value("body_fat_navy", data) is None


# --- training -----------------------------------------------------------------------------


def test_training_windows_counts_sums_and_categories():
    data = ProfileData(
        activities=[
            Activity(days_ago(7), minutes=60, kcal=500, category="strength"),  # outside 7 days
            Activity(days_ago(6), minutes=30, kcal=300, category="cardio", distance_km=5.0),
            Activity(days_ago(6), minutes=45, kcal=None, category="cardio", avg_hr=150),
            Activity(TODAY, minutes=None, kcal=200, category="mind", avg_hr=100),
            Activity(days_ago(30), minutes=90, category="cardio"),  # outside 30 days
        ]
    )
    assert value("training_count_7d", data) == 3
    assert value("training_count_30d", data) == 4
    assert value("training_count_90d", data) == 5
    assert value("training_minutes_7d", data) == 75
    assert value("training_minutes_30d", data) == 135
    assert value("training_kcal_7d", data) == 500
    assert value("activity_days", data) == 3
    assert value("training_per_week_28d", data) == 1.0
    assert value("training_distance_30d", data) == 5.0
    assert value("training_avg_hr_30d", data) == 125.0
    assert value("training_last_date", data) == TODAY
    assert value("training_cardio_count_30d", data) == 2
    assert value("training_cardio_minutes_30d", data) == 75
    assert value("training_strength_count_30d", data) == 1
    assert value("training_outdoor_count_30d", data) == 0
    assert value("training_outdoor_minutes_30d", data) == 0
    assert value("training_top_category_30d", data) == Localized("Ausdauer", "Cardio")


def test_training_sums_are_no_data_when_the_sessions_do_not_record_them():
    data = ProfileData(activities=[Activity(TODAY, minutes=40, category="mind")])
    assert value("training_minutes_7d", data) == 40
    assert value("training_kcal_7d", data) is None
    assert value("training_distance_30d", data) is None
    assert value("training_mind_minutes_30d", data) == 40


def test_a_profile_that_trained_long_ago_has_zero_sessions_not_no_data():
    data = ProfileData(activities=[Activity(days_ago(200), minutes=30)], totals={"activity_log": 8})
    assert value("training_count_30d", data) == 0
    assert value("training_minutes_30d", data) == 0
    assert value("activity_days", data) == 0
    assert value("training_count_total", data) == 8
    assert value("training_top_category_30d", data) is None
    assert value("training_last_date", data) == days_ago(200)


# --- nutrition, sleep, vitals, blood pressure, rest days ----------------------------------


def test_nutrition_averages_sum_each_days_meals_and_skip_unlogged_days():
    data = ProfileData(
        profile=MAN,
        weights=[(TODAY, 80.0)],
        nutrition=[
            Nutrition(TODAY, kcal=600, protein_g=40.0, water_l=0.5),
            Nutrition(TODAY, kcal=1400, protein_g=80.0, water_l=1.0),
            Nutrition(days_ago(6), kcal=2400, protein_g=120.0),
            Nutrition(days_ago(7), kcal=9000, protein_g=500.0),  # outside 7 days
        ],
    )
    assert value("kcal_avg_7d", data) == 2200.0
    assert value("protein_avg_7d", data) == 120.0
    assert value("protein_per_kg_7d", data) == 1.5
    assert value("water_avg_7d", data) == 1.5  # only today records water
    assert value("fiber_avg_7d", data) is None
    assert value("kcal_avg_30d", data) == pytest.approx((2000 + 2400 + 9000) / 3)
    assert value("nutrition_days_30d", data) == 3


def test_sleep_values():
    data = ProfileData(
        sleep=[
            Sleep(days_ago(8), minutes=300, quality=40),
            Sleep(days_ago(1), minutes=420, quality=80, deep_minutes=90, rem_minutes=100),
            Sleep(TODAY, minutes=480, quality=90, deep_minutes=70),
        ]
    )
    assert value("sleep_avg_7d_h", data) == 7.5
    assert value("sleep_latest_h", data) == 8.0
    assert value("sleep_quality_avg_7d", data) == 85.0
    assert value("sleep_quality_avg_30d", data) == 70.0
    assert value("sleep_deep_avg_7d", data) == 80.0
    assert value("sleep_rem_avg_7d", data) == 100.0
    assert value("sleep_nights_30d", data) == 3
    assert value("sleep_short_nights_30d", data) == 1


def test_vitals_values():
    data = ProfileData(
        vitals=[
            Vitals(days_ago(20), resting_hr=60, hrv=40, vo2_max=44.0),
            Vitals(days_ago(2), resting_hr=54, hrv=60, spo2=97),
            Vitals(TODAY, resting_hr=52, respiratory_rate=14),
        ]
    )
    assert value("resting_hr_latest", data) == 52
    assert value("resting_hr_avg_7d", data) == 53.0
    assert value("resting_hr_avg_30d", data) == pytest.approx(166 / 3)
    assert value("hrv_latest", data) == 60
    assert value("hrv_avg_30d", data) == 50.0
    assert value("vo2max_latest", data) == 44.0
    assert value("spo2_avg_7d", data) == 97.0
    assert value("respiratory_rate_avg_7d", data) == 14.0


def test_blood_pressure_values_and_the_140_90_threshold():
    data = ProfileData(
        blood_pressure=[
            BloodPressure(days_ago(40), 180, 110),  # outside 30 days
            BloodPressure(days_ago(10), 139, 89, pulse=70),
            BloodPressure(days_ago(2), 140, 80, pulse=60),
            BloodPressure(TODAY, 120, 90),
            BloodPressure(TODAY, 125, 82),  # later the same day: the latest
        ]
    )
    assert value("bp_latest", data) == "125/82"
    assert format_value(value("bp_latest", data), "mmHg", "de") == "125/82 mmHg"
    assert value("bp_latest_date", data) == TODAY
    assert value("bp_systolic_avg_7d", data) == pytest.approx(385 / 3)
    assert value("bp_diastolic_avg_30d", data) == pytest.approx(341 / 4)
    assert value("bp_pulse_avg_30d", data) == 65.0
    assert value("bp_count_30d", data) == 4
    assert value("bp_high_count_30d", data) == 2


def test_rest_days_count_each_day_once():
    data = ProfileData(rest_days=[TODAY, TODAY, days_ago(6), days_ago(7), days_ago(40)])
    assert value("rest_days_7d", data) == 2
    assert value("rest_days_30d", data) == 3
    assert value("rest_day_last_date", data) == TODAY


# --- goals and focus areas ----------------------------------------------------------------


def weight_goal(**fields) -> Goal:
    defaults = dict(
        title="Sommerform",
        goal_type="weight",
        target_value=80.0,
        type_name_de="Gewicht",
        type_name_en="Weight",
        unit="kg",
        start_value=90.0,
        current_value=88.0,
        target_date=date(2026, 6, 30),
    )
    return Goal(**(defaults | fields))


def test_goal_progress():
    assert goal_progress(90.0, 85.0, 80.0) == 50.0
    assert goal_progress(10.0, 40.0, 50.0) == 75.0
    assert goal_progress(90.0, 92.0, 80.0) == -20.0
    assert goal_progress(None, 85.0, 80.0) is None
    assert goal_progress(80.0, 80.0, 80.0) is None


def test_a_goal_reads_its_current_value_from_the_logs_and_falls_back_to_the_stored_one():
    goal = weight_goal()
    assert goal_current(goal, ProfileData(weights=[(TODAY, 86.0)]), TODAY) == 86.0
    assert goal_current(goal, ProfileData(), TODAY) == 88.0
    custom = Goal(title="Klimmzüge", goal_type="custom", target_value=10, current_value=4)
    assert goal_current(custom, ProfileData(weights=[(TODAY, 86.0)]), TODAY) == 4


def test_goal_placeholders_in_both_languages():
    data = ProfileData(
        weights=[(TODAY, 85.0)],
        goals=[
            Goal(
                title="Schlaf",
                goal_type="sleep_duration",
                target_value=480,
                type_name_de="Schlafdauer",
                type_name_en="Sleep duration",
                unit="min",
                priority=1,
            ),
            weight_goal(is_primary=True),
        ],
    )
    goals = value("goals_active", data)
    assert goals.de == (
        "Sommerform (Gewicht): Ziel 80,0 kg, aktuell 85,0 kg, Fortschritt 50 %, bis 30.06.2026; "
        "Schlaf (Schlafdauer): Ziel 480 min, aktuell keine Daten"
    )
    assert goals.en == (
        "Sommerform (Weight): target 80.0 kg, current 85.0 kg, progress 50 %, by 30 Jun 2026; "
        "Schlaf (Sleep duration): target 480 min, current no data"
    )
    assert value("goals_active_count", data) == 2
    assert value("goal_primary", data).en.startswith("Sommerform (Weight): target 80.0 kg")
    assert value("goal_primary_progress", data) == 50.0
    assert value("goal_weight", data) == 80.0
    assert value("goal_weight_date", data) == date(2026, 6, 30)
    assert value("goal_weight_remaining", data) == 5.0
    assert value("goal_body_fat", data) is None


def test_goals_are_listed_by_priority_when_none_is_primary():
    data = ProfileData(
        goals=[
            weight_goal(title="B", priority=0, target_date=None, start_value=None),
            weight_goal(title="A", priority=0, target_date=None, start_value=None),
            weight_goal(title="C", priority=2, target_value=75.0),
        ]
    )
    assert value("goals_active", data).en.split("; ") == [
        "C (Weight): target 75.0 kg, current 88.0 kg, progress 13 %, by 30 Jun 2026",
        "A (Weight): target 80.0 kg, current 88.0 kg",
        "B (Weight): target 80.0 kg, current 88.0 kg",
    ]
    assert value("goal_weight", data) == 75.0


def test_without_a_primary_goal_the_primary_placeholders_are_no_data():
    data = ProfileData(goals=[weight_goal()])
    assert value("goal_primary", data) is None
    assert value("goal_primary_progress", data) is None
    assert value("goal_weight", data) == 80.0


def test_focus_areas_strongest_first_without_unweighted_ones():
    data = ProfileData(
        focus_areas=[
            FocusArea("Kraft", "Strength", 30.0),
            FocusArea("Gewicht reduzieren", "Weight loss", 50.0),
            FocusArea("Beweglichkeit", "Mobility", 0.0),
        ]
    )
    assert value("focus_areas", data) == Localized(
        "Gewicht reduzieren (50 %), Kraft (30 %)", "Weight loss (50 %), Strength (30 %)"
    )
    assert value("focus_area_top", data) == Localized("Gewicht reduzieren", "Weight loss")
