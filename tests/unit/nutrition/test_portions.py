"""Unit conversions, scaling a food's values to an amount, the plausibility
checks and the 4/4/9 rule, and the one-source rule for a day's totals."""

from __future__ import annotations

from datetime import date

import pytest

from mitai_app.nutrition.daily import daily_intake, day_total
from mitai_app.nutrition.portions import (
    atwater_kcal,
    atwater_mismatch,
    fl_oz_to_ml,
    g_to_oz,
    implausible,
    ml_to_fl_oz,
    oz_to_g,
    recipe_per_100,
    scaled,
)

OATS = {"kcal": 379, "protein_g": 13.2, "carbs_g": 67.7, "fat_g": 6.5, "fiber_g": 10.1}


def test_ounces_and_fluid_ounces():
    assert oz_to_g(1) == pytest.approx(28.3495, abs=1e-4)
    assert g_to_oz(453.59237) == pytest.approx(16)  # a pound
    assert fl_oz_to_ml(1) == pytest.approx(29.5735, abs=1e-4)
    assert ml_to_fl_oz(fl_oz_to_ml(8)) == pytest.approx(8)


def test_scaled_values_of_an_amount():
    values = scaled(OATS, 50)
    assert values["kcal"] == pytest.approx(189.5)
    assert values["protein_g"] == pytest.approx(6.6)
    assert values["salt_g"] is None  # not stated stays unknown, not zero


def test_a_recipe_per_100_g_follows_what_the_cooked_dish_weighs():
    # 100 g oats and 300 g water (nothing stated) cooked down to 350 g of porridge.
    porridge = recipe_per_100([scaled(OATS, 100), {"kcal": 0}], 350)
    assert porridge["kcal"] == pytest.approx(379 / 3.5)
    assert porridge["protein_g"] == pytest.approx(13.2 / 3.5)
    assert porridge["salt_g"] is None  # stated by no ingredient
    # Water boiled off concentrates: 400 g of ingredients weighing 200 g.
    assert recipe_per_100([scaled(OATS, 100), {"kcal": 0}], 200)["kcal"] == pytest.approx(189.5)


def test_atwater_rule_warns_only_beyond_the_tolerance():
    assert atwater_kcal(OATS) == pytest.approx(4 * 13.2 + 4 * 67.7 + 9 * 6.5)
    assert not atwater_mismatch(OATS)
    assert atwater_mismatch({**OATS, "kcal": 37.9})  # a slipped decimal point
    assert not atwater_mismatch({"protein_g": 1})  # no kcal stated: nothing to compare


def test_implausible_values_name_their_field():
    assert implausible(OATS) == ""
    assert implausible({**OATS, "kcal": 950}) == "kcal"
    assert implausible({**OATS, "protein_g": -1}) == "protein_g"
    assert implausible({"protein_g": 40, "carbs_g": 40, "fat_g": 30}) == "macros"
    assert implausible({"carbs_g": 10, "sugar_g": 12}) == "sugar_g"
    assert implausible({"fat_g": 5, "sat_fat_g": 6}) == "sat_fat_g"


def test_one_source_per_day_entries_beat_manual_beat_imported():
    entries, manual, imported = {"kcal": 1800}, {"kcal": 2000}, {"kcal": 2500}
    assert day_total({"entries": entries, "manual": manual, "imported": imported}).source == (
        "entries"
    )
    chosen = day_total({"entries": None, "manual": manual, "imported": imported})
    assert chosen.source == "manual" and chosen.totals == {"kcal": 2000}
    assert day_total({"imported": imported}).totals["kcal"] == 2500
    assert day_total({"entries": {}}) is None
    with pytest.raises(ValueError):
        day_total({"guess": entries})


def test_daily_intake_never_adds_sources():
    d1, d2, d3 = date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 3)
    intake = daily_intake(
        {
            "entries": {d1: {"kcal": 1800}},
            "manual": {d1: {"kcal": 2000}, d2: {"kcal": 2100}},
            "imported": {d1: {"kcal": 9999}, d2: {"kcal": 9999}, d3: {"kcal": 2300}},
        }
    )
    assert intake == {d1: 1800, d2: 2100, d3: 2300}


def test_a_query_matches_as_the_full_text_search_does():
    from mitai_app.nutrition.search import matches, postgresql_query, search_text, sqlite_query

    indexed = search_text(("Hähnchenbrust, roh", "Chicken breast, raw"))
    assert matches(indexed, "HÄHN roh") and matches(indexed, "chick")
    assert not matches(indexed, "brust")  # words match from their start
    assert not matches(indexed, "!!")
    assert sqlite_query("Jöghurt natur") == '"joghurt"* "natur"*'
    assert postgresql_query("Jöghurt natur") == "joghurt:* & natur:*"
    # up to four letters: the indexed word beginning itself, one lookup
    assert postgresql_query("mi Natu") == "mi & natu"
