"""Body composition's placeholders on small hand-made data sets: weight,
circumferences, skinfold body fat and the values derived by the formulas,
windows at their boundaries, and "no data" for what is missing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.accounts.placeholders import ProfileFacts
from mitai_app.body import formulas
from mitai_app.body.placeholders import BodyData, Circumference, Skinfold
from mitai_app.core.placeholders import REGISTRY, ProfileData
from mitai_app.core.text import Text

TODAY = date(2026, 3, 29)
MAN = ProfileFacts(sex="male", date_of_birth=date(1986, 1, 1), height_cm=180.0)
WOMAN = ProfileFacts(sex="female", date_of_birth=date(1986, 1, 1), height_cm=165.0)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def body(profile: ProfileFacts | None = None, totals=None, **logs) -> ProfileData:
    parts = {"body": BodyData(**logs)} | ({"accounts": profile} if profile else {})
    return ProfileData(parts=parts, totals=totals or {})


def value(name: str, data: ProfileData, today: date = TODAY):
    return REGISTRY[name].compute(data, today)


# --- weight -------------------------------------------------------------------------------


def test_weight_windows_include_their_first_day_and_exclude_the_day_before():
    # 7 days: today and the six days before it.
    data = body(weights=[(days_ago(7), 90.0), (days_ago(6), 80.0), (TODAY, 82.0)])
    assert value("weight_avg_7d", data) == 81.0
    assert value("weight_avg_30d", data) == pytest.approx(84.0)
    assert value("weight_count_30d", data) == 3


def test_weight_latest_ignores_entries_after_today():
    data = body(weights=[(days_ago(3), 81.0), (TODAY + timedelta(days=1), 99.0)])
    assert value("weight_latest", data) == 81.0
    assert value("weight_latest_date", data) == days_ago(3)
    assert value("weight_avg_7d", data) == 81.0


def test_weight_change_min_max_and_old_data():
    data = body(
        weights=[(days_ago(120), 95.0), (days_ago(29), 85.0), (days_ago(10), 83.0), (TODAY, 84.0)]
    )
    assert value("weight_change_30d", data) == pytest.approx(-1.0)
    assert value("weight_change_90d", data) == pytest.approx(-1.0)
    assert value("weight_min_30d", data) == 83.0
    assert value("weight_max_30d", data) == 85.0
    # Only old data: the latest is known, the windows are empty.
    old = body(weights=[(days_ago(100), 90.0)], totals={"weight_log": 1})
    assert value("weight_latest", old) == 90.0
    assert value("weight_avg_7d", old) is None
    assert value("weight_count_30d", old) == 0
    assert value("weight_change_30d", old) is None
    assert value("weight_count_total", old) == 1


def test_weight_trend_and_weekly_rate_use_the_body_functions():
    # A steady loss of 0.1 kg a day over four weeks: 0.7 kg a week.
    weights = [(days_ago(n), 80.0 + 0.1 * n) for n in range(28)]
    data = body(weights=weights)
    assert value("weight_trend_weekly_kg", data) == pytest.approx(-0.7)
    trend = value("weight_trend_kg", data)
    assert 80.0 < trend < 81.0  # the smoothed trend lags behind the last weight
    # Hand-checked smoothing: 80, then 90 a day later -> 80 + 0.1 * 10; two
    # days later 91 -> 81 + (1 - 0.9²) * 10.
    steps = body(weights=[(days_ago(3), 80.0), (days_ago(2), 90.0), (TODAY, 91.0)])
    assert value("weight_trend_kg", steps) == pytest.approx(82.9)
    # Less than a week of data is too little to call a rate.
    assert value("weight_trend_weekly_kg", body(weights=weights[:6])) is None


# --- circumferences and skinfolds ---------------------------------------------------------


def test_each_site_shows_its_newest_measurement_even_when_the_newest_entry_lacks_it():
    data = body(
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
    data = body(
        circumferences=[
            Circumference(days_ago(90), waist=95.0),
            Circumference(days_ago(89), waist=92.0),
            Circumference(TODAY, waist=89.5),
        ]
    )
    assert value("waist_change_90d", data) == pytest.approx(-2.5)


def test_skinfold_values():
    data = body(
        skinfolds=[
            Skinfold(days_ago(100), body_fat_pct=24.0, formula="jp7"),
            Skinfold(days_ago(60), body_fat_pct=22.0, formula="jp7"),
            Skinfold(days_ago(5), body_fat_pct=20.5, formula="jp3"),
        ],
        totals={"caliper_log": 3},
    )
    assert value("body_fat_latest", data) == 20.5
    assert value("body_fat_latest_date", data) == days_ago(5)
    assert value("body_fat_method_latest", data) == "Jackson-Pollock 3"
    assert value("body_fat_change_90d", data) == pytest.approx(-1.5)
    assert value("caliper_count_total", data) == 3


# --- derived body values ------------------------------------------------------------------


def test_derived_values_come_from_the_body_formulas():
    data = body(
        MAN,
        weights=[(days_ago(1), 81.0)],
        circumferences=[Circumference(days_ago(2), neck=40.0, waist=90.0, hips=100.0)],
        skinfolds=[Skinfold(days_ago(3), body_fat_pct=20.0, formula="jp3")],
    )
    assert value("bmi", data) == pytest.approx(25.0)
    assert value("bmi_category", data) == Text(de="Übergewicht", en="Overweight")
    assert value("whtr", data) == pytest.approx(0.5)
    assert value("whtr_category", data) == Text(de="Erhöhtes Risiko", en="Increased risk")
    assert value("whr", data) == pytest.approx(0.9)
    assert value("waist_category", data) == Text(de="Normal", en="Normal")
    assert value("body_fat_navy", data) == pytest.approx(
        formulas.navy_body_fat(sex="male", height_cm=180.0, neck_cm=40.0, waist_cm=90.0)
    )
    assert value("body_fat_rfm", data) == pytest.approx(24.0)  # 64 - 20 * 180 / 90
    assert value("body_fat_category", data) == Text(de="Gesund", en="Healthy")  # 40, 11–22 %
    assert value("fat_mass", data) == pytest.approx(16.2)
    assert value("lean_mass", data) == pytest.approx(64.8)
    assert value("ffmi", data) == pytest.approx(20.0)
    assert value("ffmi_normalized", data) == pytest.approx(20.0)


def test_navy_for_women_needs_the_hip():
    tape = Circumference(days_ago(2), neck=33.0, waist=75.0)
    without_hip = body(WOMAN, circumferences=[tape])
    assert value("body_fat_navy", without_hip) is None
    with_hip = body(WOMAN, circumferences=[tape, Circumference(days_ago(1), hips=98.0)])
    assert value("body_fat_navy", with_hip) == pytest.approx(
        formulas.navy_body_fat(
            sex="female", height_cm=165.0, neck_cm=33.0, waist_cm=75.0, hip_cm=98.0
        )
    )


def test_derived_values_are_no_data_without_height_or_sex_never_a_guess():
    data = body(
        weights=[(TODAY, 80.0)],
        circumferences=[Circumference(TODAY, neck=40.0, waist=90.0, hips=100.0)],
        skinfolds=[Skinfold(TODAY, body_fat_pct=20.0)],
    )
    for name in ("bmi", "bmi_category", "whtr", "body_fat_navy", "body_fat_rfm", "ffmi"):
        assert value(name, data) is None, name
    assert value("body_fat_category", data) is None
    assert value("whr", data) == pytest.approx(0.9)  # needs neither
    assert value("lean_mass", data) == pytest.approx(64.0)


def test_implausible_inputs_give_no_data_instead_of_an_error():
    # Neck wider than waist: the Navy formula refuses it.
    data = body(MAN, circumferences=[Circumference(TODAY, neck=95.0, waist=90.0)])
    assert value("body_fat_navy", data) is None
