"""Nutrition on SQLite and PostgreSQL, the second part: the six targets by
hand or derived from the primary weight goal, the week view, energy out
from the daily activity summary, meal slots of one's own, editing foods
and recipes, and entries of a food given per 100 ml shown in ml."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.accounts.profile import change_words, profile_changes
from mitai_app.body.service import add_weight
from mitai_app.goals import service as goals
from mitai_app.nutrition import service
from mitai_app.nutrition.service import FoodInput, IngredientInput, RecipeInput
from mitai_app.nutrition.slots import add_slot, delete_slot, meal_slots, rename_slot
from mitai_app.nutrition.targets import activity_on, set_targets
from mitai_app.nutrition.words import day_words, entry_row, week_rows
from mitai_app.training.daily_activity import record_day
from tests.db.nutrition.test_service import _log, _refused
from tests.factories import new_profile

TODAY = date(2026, 3, 29)
PERSON = {"sex": "male", "date_of_birth": date(1996, 3, 1), "height_cm": 175}
MAINTAIN = 1648.75 * 1.55  # Mifflin-St Jeor, man of 30, 70 kg, 175 cm; moderate


def _person(session):
    me = new_profile(session, **PERSON)
    add_weight(session=session, profile_id=me, day=TODAY, kg=70, today=TODAY)
    set_targets(session=session, profile_id=me, activity="moderate", protein_g_per_kg=2.0)
    return me


def _targets(session, me, day=TODAY):
    return service.day_overview(session=session, profile_id=me, day=day).targets


def test_six_targets_are_derived_and_each_can_be_set_by_hand(session):
    me = _person(session)
    targets = _targets(session, me)
    assert targets.kcal == pytest.approx(MAINTAIN)
    assert targets.protein_g == pytest.approx(140)
    assert targets.fat_g == pytest.approx(MAINTAIN * 0.3 / 9)
    assert targets.carbs_g == pytest.approx((MAINTAIN * 0.7 - 140 * 4) / 4)
    assert targets.fiber_g == pytest.approx(MAINTAIN / 1000 * 14)
    assert targets.water_l == pytest.approx(2.0)
    assert targets.hand == ()

    set_targets(
        session=session,
        profile_id=me,
        activity="moderate",
        protein_g_per_kg=2.0,
        hand={"kcal": 2000, "water_l": 3.0, "fat_g": None},
    )
    targets = _targets(session, me)
    assert (targets.kcal, targets.water_l, targets.hand) == (2000, 3.0, ("kcal", "water_l"))
    assert targets.fat_g == pytest.approx(2000 * 0.3 / 9)  # follows the hand-set kcal
    words = day_words(service.day_overview(session=session, profile_id=me, day=TODAY), "metric")
    assert words["kcal_en"] == "0 kcal of 2,000 kcal (set by hand)"
    assert words["water_en"] == "0 ml of 3,000 ml (set by hand)"

    # Someone without sex, age or height still gets the targets set by hand.
    bare = new_profile(session)
    assert _targets(session, bare) is None
    set_targets(
        session=session,
        profile_id=bare,
        activity="light",
        protein_g_per_kg=1.6,
        hand={"kcal": 1800},
    )
    assert (_targets(session, bare).kcal, _targets(session, bare).protein_g) == (1800, None)

    for hand, field in (({"kcal": 200}, "target_kcal"), ({"fiber_g": -1}, "target_fiber_g")):
        assert (
            _refused(
                set_targets,
                session=session,
                profile_id=me,
                activity="moderate",
                protein_g_per_kg=2.0,
                hand=hand,
            )[0]
            == field
        )
    assert _targets(session, me).kcal == 2000  # nothing half-written


def test_the_primary_weight_goal_sets_a_safe_deficit(session):
    me = _person(session)
    goals.create_goal(
        session=session,
        profile_id=me,
        goal_type="weight",
        title="Leichter",
        target_value=66,
        target_date=TODAY + timedelta(days=56),
        primary=True,
        today=TODAY,
    )
    targets = _targets(session, me)
    # 4 kg in 56 days: 4 × 7,700 / 56 = 550 kcal a day (the safe limit is 770).
    assert targets.goal_kg == 66 and targets.goal_kcal == pytest.approx(-550)
    assert targets.kcal == pytest.approx(MAINTAIN - 550) and not targets.goal_limited
    words = day_words(service.day_overview(session=session, profile_id=me, day=TODAY), "metric")
    assert words["goal_en"].startswith("Primary goal 66.0 kg: −550 kcal a day")

    other = _person(session)  # a goal too steep is held at 1 % of the weight a week
    goals.create_goal(
        session=session,
        profile_id=other,
        goal_type="weight",
        title="Sofort",
        target_value=60,
        target_date=TODAY + timedelta(days=14),
        primary=True,
        today=TODAY,
    )
    steep = _targets(session, other)
    assert steep.goal_kcal == pytest.approx(-770) and steep.goal_limited


def test_the_week_view_shows_each_day_against_the_targets(session):
    me = _person(session)
    set_targets(
        session=session,
        profile_id=me,
        activity="moderate",
        protein_g_per_kg=2.0,
        hand={"kcal": 2000, "protein_g": 100},
    )
    food = service.create_food(
        session=session,
        profile_id=me,
        food=FoodInput("Eintopf", {"kcal": 100, "protein_g": 5, "carbs_g": 10, "fat_g": 3}),
    )
    _log(session, me, food.id, 2000)  # 2,000 kcal, 100 g protein: on target
    _log(session, me, food.id, 1000, day=TODAY - timedelta(days=3))  # 1,000 kcal: not
    service.add_water(session=session, profile_id=me, day=TODAY - timedelta(days=5), today=TODAY)
    overview = service.day_overview(session=session, profile_id=me, day=TODAY)
    week = overview.week
    assert [d.date for d in week.days] == [TODAY - timedelta(days=n) for n in range(6, -1, -1)]
    assert week.days[-1].on_target == {  # no fibre logged: nothing to compare
        "kcal": True,
        "protein_g": True,
        "carbs_g": False,
        "fat_g": False,
    }
    assert week.days[1].totals == {"water_l": 0.25}  # water only: no food day
    assert week.days_logged == 2 and week.averages["kcal"] == pytest.approx(1500)
    assert week.on_target["kcal"] == 1 and week.on_target["protein_g"] == 1
    rows = week_rows(week, overview.targets, "metric")
    assert [r["kind"] for r in rows] == ["day"] * 7 + ["average", "on_target"]
    assert rows[6]["kcal_en"] == "2,000 kcal" and rows[6]["kcal_hit"] == "1"
    assert rows[7]["kcal_en"] == "1,500 kcal" and rows[8]["kcal_en"] == "1 of 7"


def test_energy_out_uses_the_daily_activity_summary_where_present(session):
    me = _person(session)
    record_day(session=session, profile_id=me, day=TODAY, values={"active_kcal": 600}, today=TODAY)
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert (day.active_kcal, day.active_source) == (600, "summary")
    assert day.energy_out == pytest.approx(1648.75 + 600)  # BMR + all active energy
    record_day(
        session=session,
        profile_id=me,
        day=TODAY,
        values={"resting_kcal": 1700},
        source="apple_health",
    )
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert day.energy_out == pytest.approx(1700 + 600)  # resting energy as counted
    assert (
        "resting 1,700 kcal + 600 kcal active energy" in day_words(day, "metric")["energy_out_en"]
    )


def test_own_meal_slots_hold_entries_are_renamed_and_deleted_only_when_empty(session):
    me = new_profile(session)
    slot = add_slot(session=session, profile_id=me, name="Pre-workout")
    assert [s.key for s in meal_slots(session=session, profile_id=me)][:4] == [
        "breakfast",
        "lunch",
        "dinner",
        "snacks",
    ]
    assert meal_slots(session=session, profile_id=me)[4] == slot
    assert _refused(add_slot, session=session, profile_id=me, name="pre-WORKOUT") == (
        "slot_name",
        "nutrition.error.slot_taken",
    )
    assert _refused(add_slot, session=session, profile_id=me, name="  ")[0] == "slot_name"
    banana = service.search_foods(session=session, profile_id=me, query="banana")[0]
    entry = _log(session, me, banana.id, 120, slot=slot.key)
    assert entry.slot == slot.key
    rename_slot(session=session, profile_id=me, key=slot.key, name="Vor dem Training")
    assert meal_slots(session=session, profile_id=me)[4].name == "Vor dem Training"
    assert _refused(delete_slot, session=session, profile_id=me, key=slot.key) == (
        "slot_name",
        "nutrition.error.slot_in_use",
    )
    # Copying the whole day takes the own slot along; the entry stays in it.
    copied = service.copy_meal(
        session=session,
        profile_id=me,
        from_day=TODAY,
        to_day=TODAY - timedelta(days=1),
        slot=None,
        today=TODAY,
    )
    assert copied == 1
    for day in (TODAY, TODAY - timedelta(days=1)):
        for row in service.day_overview(session=session, profile_id=me, day=day).entries:
            service.delete_entry(session=session, profile_id=me, entry_id=row.id)
    delete_slot(session=session, profile_id=me, key=slot.key)
    assert len(meal_slots(session=session, profile_id=me)) == 4
    assert _refused(_log, session=session, owner=me, food_id=banana.id, amount=1, slot=slot.key)[
        0
    ] == ("slot")


def test_an_own_food_is_edited_listed_and_deleted(session):
    me = new_profile(session)
    food = service.create_food(
        session=session, profile_id=me, food=FoodInput("Hafermilch", {"kcal": 46}, basis="ml")
    )
    entry = _log(session, me, food.id, 200, unit="ml")
    assert entry_row(entry, "metric")["amount_en"] == "200 ml"
    edited = service.update_food(
        session=session,
        profile_id=me,
        food_id=food.id,
        food=FoodInput("Hafermilch Barista", {"kcal": 59, "fat_g": 3}, basis="ml"),
    )
    assert (edited.name_en, edited.values["kcal"]) == ("Hafermilch Barista", 59)
    assert [f.name_en for f in service.own_foods(session=session, profile_id=me)] == [
        "Hafermilch Barista"
    ]
    assert service.search_foods(session=session, profile_id=me, query="barista")[0].id == food.id
    # What was logged keeps its values; bad input is refused, nothing changed.
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert day.entries[0].values["kcal"] == pytest.approx(92)
    assert _refused(
        service.update_food,
        session=session,
        profile_id=me,
        food_id=food.id,
        food=FoodInput("X", {"kcal": 1200}),
    ) == ("kcal", "nutrition.error.kcal_range")
    assert service.get_food(session=session, profile_id=me, food_id=food.id).values["kcal"] == 59
    bundled = service.search_foods(session=session, profile_id=me, query="banana")[0]
    assert _refused(
        service.update_food,
        session=session,
        profile_id=me,
        food_id=bundled.id,
        food=FoodInput("Mine", {"kcal": 1}),
    ) == ("food", "record.error.not_found")
    service.delete_food(session=session, profile_id=me, food_id=food.id)
    assert service.own_foods(session=session, profile_id=me) == []


def test_a_recipes_ingredients_are_edited(session):
    me = new_profile(session)
    oats = service.create_food(
        session=session, profile_id=me, food=FoodInput("Hafer", {"kcal": 370, "protein_g": 13})
    )
    milk = service.create_food(
        session=session, profile_id=me, food=FoodInput("Milch", {"kcal": 64}, basis="ml")
    )
    recipe = service.create_recipe(
        session=session,
        profile_id=me,
        recipe=RecipeInput("Porridge", [IngredientInput(oats.id, 100, "g")], 400, 2),
    )
    view = service.get_recipe(session=session, profile_id=me, recipe_id=recipe.id)
    assert (view.yield_amount, view.servings) == (400, 2)
    assert [i.name for i in view.ingredients] == ["Hafer"]
    updated = service.update_recipe(
        session=session,
        profile_id=me,
        recipe_id=recipe.id,
        recipe=RecipeInput(
            "Porridge mit Milch",
            [IngredientInput(oats.id, 100, "g"), IngredientInput(milk.id, 300, "ml")],
            400,
            2,
        ),
    )
    # (370 + 192) kcal over 400 g
    assert updated.values["kcal"] == pytest.approx(140.5)
    view = service.get_recipe(session=session, profile_id=me, recipe_id=recipe.id)
    assert [(i.name, i.basis) for i in view.ingredients] == [("Hafer", "g"), ("Milch", "ml")]
    assert _refused(
        service.update_food,
        session=session,
        profile_id=me,
        food_id=recipe.id,
        food=FoodInput("Porridge", {"kcal": 100}),
    ) == ("name", "nutrition.error.recipe_values")
    service.delete_food(session=session, profile_id=me, food_id=milk.id)
    gone = service.get_recipe(session=session, profile_id=me, recipe_id=recipe.id)
    assert [i.food_id for i in gone.ingredients][1] == ""  # kept by name, its food gone


def test_undo_of_a_food_delete_puts_it_back_with_its_links(session):
    me = new_profile(session)
    oats = service.create_food(
        session=session,
        profile_id=me,
        food=FoodInput("Omas Hafermix", {"kcal": 370, "protein_g": 13}),
    )
    porridge = service.create_recipe(
        session=session,
        profile_id=me,
        recipe=RecipeInput("Porridge", [IngredientInput(oats.id, 100, "g")], 400, 2),
    )
    service.toggle_favourite(session=session, profile_id=me, food_id=oats.id)
    _log(session, me, oats.id, amount=50)

    deleted = service.delete_food(session=session, profile_id=me, food_id=oats.id)
    assert service.search_foods(session=session, profile_id=me, query="omas") == []
    restored = service.restore_food(session=session, profile_id=me, deleted=deleted)

    assert (restored.id, restored.name_en, restored.favourite) == (oats.id, "Omas Hafermix", True)
    assert [
        f.id for f in service.search_foods(session=session, profile_id=me, query="omas haf")
    ] == [oats.id]
    view = service.get_recipe(session=session, profile_id=me, recipe_id=porridge.id)
    assert [i.food_id for i in view.ingredients] == [oats.id]
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert [e.name for e in day.entries] == ["Omas Hafermix"]
    # a recipe comes back with its ingredients
    gone = service.delete_food(session=session, profile_id=me, food_id=porridge.id)
    service.restore_food(session=session, profile_id=me, deleted=gone)
    view = service.get_recipe(session=session, profile_id=me, recipe_id=porridge.id)
    assert [(i.food_id, i.name) for i in view.ingredients] == [(oats.id, "Omas Hafermix")]


def test_undo_of_a_food_delete_is_refused_to_another_profile(session):
    me, other = new_profile(session), new_profile(session)
    food = service.create_food(session=session, profile_id=me, food=FoodInput("Mine", {"kcal": 1}))
    deleted = service.delete_food(session=session, profile_id=me, food_id=food.id)
    assert _refused(service.restore_food, session=session, profile_id=other, deleted=deleted) == (
        "food",
        "record.error.not_found",
    )
    assert service.own_foods(session=session, profile_id=other) == []


def test_the_activity_level_is_versioned_with_the_profile_for_the_level_valid_at_a_date(session):
    me = new_profile(session, **PERSON)
    other = new_profile(session, email="activity-other@example.com")
    spring, summer = TODAY - timedelta(days=90), TODAY
    assert activity_on(session=session, profile_id=me, day=spring) == "light"  # the default
    set_targets(
        session=session, profile_id=me, activity="moderate", protein_g_per_kg=2.0, today=spring
    )
    set_targets(  # the same level again is no change
        session=session, profile_id=me, activity="moderate", protein_g_per_kg=1.8, today=spring
    )
    set_targets(
        session=session, profile_id=me, activity="active", protein_g_per_kg=1.8, today=summer
    )
    set_targets(
        session=session, profile_id=other, activity="sedentary", protein_g_per_kg=1.0, today=spring
    )
    assert activity_on(session=session, profile_id=me, day=spring - timedelta(days=1)) == "light"
    assert activity_on(session=session, profile_id=me, day=spring) == "moderate"
    assert activity_on(session=session, profile_id=me, day=summer - timedelta(days=1)) == "moderate"
    assert activity_on(session=session, profile_id=me, day=summer) == "active"
    changes = profile_changes(session=session, profile_id=me)
    assert [(c.day, c.field, c.before, c.after) for c in changes] == [
        (summer, "activity_level", "moderate", "active"),
        (spring, "activity_level", "light", "moderate"),
    ]
    words = change_words(changes[0], "en", "metric")
    assert (words["field"], words["before"], words["after"]) == (
        "Activity level",
        "Moderately active (×1.55)",
        "Very active (×1.725)",
    )
