"""The training formulas against the worked examples of their sources."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.training.formulas import (
    abilities_profile,
    acute_chronic,
    banister_trimp,
    brzycki_1rm,
    epley_1rm,
    heart_rate_seconds,
    karvonen_zones,
    met_kcal,
    session_rpe_load,
    tanaka_max_hr,
    zone_minutes,
    zone_of,
)


def test_epley_worked_example_and_a_single_rep():
    assert epley_1rm(100, 10) == pytest.approx(133.33, abs=0.01)
    assert epley_1rm(80, 5) == pytest.approx(93.33, abs=0.01)
    assert epley_1rm(120, 1) == 120


def test_brzycki_worked_examples():
    assert brzycki_1rm(100, 10) == pytest.approx(133.33, abs=0.01)
    assert brzycki_1rm(100, 5) == pytest.approx(112.5)
    assert brzycki_1rm(100, 1) == pytest.approx(100)


@pytest.mark.parametrize("reps", [0, -1, 37, 2.5, True])
def test_brzycki_refuses_reps_outside_its_range(reps):
    with pytest.raises(ValueError, match="reps"):
        brzycki_1rm(100, reps)


def test_epley_refuses_no_weight():
    with pytest.raises(ValueError, match="weight_kg"):
        epley_1rm(0, 5)


def test_tanaka_worked_examples():
    assert tanaka_max_hr(40) == pytest.approx(180)
    assert tanaka_max_hr(20) == pytest.approx(194)
    with pytest.raises(ValueError, match="age"):
        tanaka_max_hr(0)


def test_karvonen_zones_on_the_reserve():
    assert karvonen_zones(180, 60) == [
        pytest.approx((120, 132)),
        pytest.approx((132, 144)),
        pytest.approx((144, 156)),
        pytest.approx((156, 168)),
        pytest.approx((168, 180)),
    ]
    with pytest.raises(ValueError, match="resting_hr"):
        karvonen_zones(60, 70)


def test_zone_of_an_average():
    zones = karvonen_zones(180, 60)
    assert [zone_of(hr, zones) for hr in (100, 120, 131, 150, 175, 200)] == [
        None,
        1,
        1,
        3,
        5,
        5,
    ]


def test_banister_trimp_with_its_sex_factor():
    assert banister_trimp(30, 150, 60, 180, "male") == pytest.approx(60.78, abs=0.01)
    assert banister_trimp(30, 150, 60, 180, "female") == pytest.approx(67.71, abs=0.01)
    with pytest.raises(ValueError, match="sex"):
        banister_trimp(30, 150, 60, 180, "other")


def test_session_rpe_load_foster():
    assert session_rpe_load(7, 60) == 420
    for rpe in (0, 11):
        with pytest.raises(ValueError, match="rpe"):
            session_rpe_load(rpe, 60)


def test_met_kcal_compendium_example():
    assert met_kcal(9.8, 70, 30) == pytest.approx(343)
    with pytest.raises(ValueError, match="duration_min"):
        met_kcal(9.8, 70, 0)


def test_acute_chronic_ratio():
    today = date(2026, 3, 29)
    # 2,000 AU in the last 7 days, 4,400 AU in the three weeks before.
    loads = [(today - timedelta(days=d), 400.0) for d in range(5)]
    loads += [(today - timedelta(days=7 + d), 4400 / 11) for d in range(11)]
    loads += [(today - timedelta(days=40), 9999.0), (today + timedelta(days=1), 9999.0)]
    acute, chronic, ratio = acute_chronic(loads, today)
    assert acute == pytest.approx(2000)
    assert chronic == pytest.approx(1600)
    assert ratio == pytest.approx(1.25)
    assert acute_chronic([], today) == (0.0, 0.0, None)


def test_abilities_profile_weighs_each_types_ratings_by_its_minutes():
    rated = {
        "running": {"ausdauer": 90, "kraft": 20},
        "strength_training": {"ausdauer": 30, "kraft": 90},
    }
    found = abilities_profile({"running": 120, "strength_training": 60}, rated)
    assert found == pytest.approx({"ausdauer": 70, "kraft": 130 / 3})
    # Only running: its own ratings; an unrated name and no minutes leave nothing.
    assert abilities_profile({"running": 30, "mystery": 90}, rated) == {"ausdauer": 90, "kraft": 20}
    assert abilities_profile({"mystery": 90}, rated) == {}
    assert abilities_profile({}, rated) == {}


def test_heart_rate_samples_kept_as_seconds_at_each_rate():
    samples = [(0, 120), (10, 130), (15, 130.4), (400, 140)]
    assert heart_rate_seconds(samples) == {"120": 10, "130": 5}  # 385 s without a sample: a pause
    assert heart_rate_seconds([]) == {} and heart_rate_seconds([(0, 150)]) == {}


def test_minutes_in_each_zone_from_the_seconds_at_each_rate():
    zones = karvonen_zones(180, 60)  # 120–132–144–156–168–180
    seconds = {"100": 600, "125": 300, "150": 1200, "190": 60}
    assert zone_minutes(seconds, zones) == pytest.approx([5, 0, 20, 0, 1])
