"""The week view: seven days oldest first, unlogged days left out of the
averages (not counted as zero), and days on target by each key's rule."""

from __future__ import annotations

from datetime import date, timedelta

from mitai_app.nutrition.daily import on_target, week_of

END = date(2026, 3, 29)


def test_on_target_is_within_ten_percent_or_at_least_ninety_for_protein_fibre_water():
    assert on_target("kcal", 2200, 2000) and not on_target("kcal", 2201, 2000)
    assert on_target("kcal", 1800, 2000) and not on_target("kcal", 1799, 2000)
    assert on_target("protein_g", 250, 120) and not on_target("protein_g", 107, 120)
    assert on_target("water_l", 1.8, 2.0)


def test_a_week_leaves_unlogged_days_out_of_its_averages():
    days = {
        END: {"kcal": 2000, "protein_g": 120, "water_l": 2.0},
        END - timedelta(days=2): {"kcal": 1000, "protein_g": 60},
        END - timedelta(days=4): {"kcal": 0, "water_l": 1.0},  # water only
        END - timedelta(days=9): {"kcal": 3000},  # before the week
    }
    week = week_of(days, END, {"kcal": 2000, "protein_g": 120, "water_l": 2.0, "fat_g": None})
    assert [d.date for d in week.days] == [END - timedelta(days=n) for n in range(6, -1, -1)]
    assert week.days_logged == 2
    assert week.averages["kcal"] == 1500 and week.averages["protein_g"] == 90
    assert week.averages["water_l"] == 1.5 and week.averages["fat_g"] is None
    assert week.on_target == {"kcal": 1, "protein_g": 1, "water_l": 1}
    assert week.days[2].totals == {"water_l": 1.0} and week.days[2].on_target == {"water_l": False}
    assert week_of({}, END, {}).on_target == {}
