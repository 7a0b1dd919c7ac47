"""Profile B using every nutrition service with A's ids (entries, own foods)
leaves every row A owns as it was, and cannot read A's own foods."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.core.errors import UserError
from mitai_app.nutrition import service
from mitai_app.nutrition.service import FoodInput
from mitai_app.nutrition.slots import add_slot, delete_slot, rename_slot
from mitai_app.nutrition.targets import set_targets
from tests.db.core.test_ownership import assert_scoped, snapshot
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def test_b_cannot_read_or_change_as_foods_and_entries(session):
    a, b = new_profile(session), new_profile(session)
    food = service.create_food(
        session=session, profile_id=a, food=FoodInput(name="Omas Kuchen", values={"kcal": 350})
    )
    entry = service.log_food(
        session=session,
        profile_id=a,
        day=TODAY,
        slot="dinner",
        food_id=food.id,
        amount=120,
        unit="g",
        today=TODAY,
    )
    set_targets(session=session, profile_id=a, activity="active", protein_g_per_kg=2.0)
    slot = add_slot(session=session, profile_id=a, name="Pre-workout")
    recipe = service.create_recipe(
        session=session,
        profile_id=a,
        recipe=service.RecipeInput("Omas Auflauf", [service.IngredientInput(food.id, 200, "g")]),
    )
    before = snapshot(session, a)

    calls = (
        lambda: service.get_food(session=session, profile_id=b, food_id=food.id),
        lambda: service.delete_food(session=session, profile_id=b, food_id=food.id),
        lambda: service.toggle_favourite(session=session, profile_id=b, food_id=food.id),
        lambda: service.delete_entry(session=session, profile_id=b, entry_id=entry.id),
        lambda: service.log_food(
            session=session,
            profile_id=b,
            day=TODAY,
            slot="lunch",
            food_id=food.id,
            amount=100,
            unit="g",
            today=TODAY,
        ),
        lambda: service.update_food(
            session=session, profile_id=b, food_id=food.id, food=FoodInput("Mine", {"kcal": 1})
        ),
        lambda: service.get_recipe(session=session, profile_id=b, recipe_id=recipe.id),
        lambda: service.update_recipe(
            session=session,
            profile_id=b,
            recipe_id=recipe.id,
            recipe=service.RecipeInput("Mine", [service.IngredientInput(food.id, 100, "g")]),
        ),
        lambda: rename_slot(session=session, profile_id=b, key=slot.key, name="Mine"),
        lambda: delete_slot(session=session, profile_id=b, key=slot.key),
        lambda: service.check_ingredient(
            session=session, profile_id=b, ingredient=service.IngredientInput(food.id, 100, "g")
        ),
        lambda: service.create_recipe(
            session=session,
            profile_id=b,
            recipe=service.RecipeInput("Kuchenreste", [service.IngredientInput(food.id, 100, "g")]),
        ),
    )
    for call in calls:
        with pytest.raises(UserError) as raised:
            call()
        assert raised.value.code == "record.error.not_found"
    with pytest.raises(UserError) as raised:  # A's own slot is no slot of B's
        service.log_food(
            session=session,
            profile_id=b,
            day=TODAY,
            slot=slot.key,
            food_id=service.search_foods(session=session, profile_id=b, query="banana")[0].id,
            amount=100,
            unit="g",
            today=TODAY,
        )
    assert raised.value.field == "slot"
    assert service.own_foods(session=session, profile_id=b) == []
    assert service.search_foods(session=session, profile_id=b, query="omas kuchen") == []
    assert (
        service.copy_meal(
            session=session,
            profile_id=b,
            from_day=TODAY,
            to_day=TODAY - timedelta(days=1),
            slot="dinner",
            today=TODAY,
        )
        == 0
    )
    set_targets(session=session, profile_id=b, activity="sedentary", protein_g_per_kg=1.0)
    assert service.day_overview(session=session, profile_id=b, day=TODAY).entries == []
    assert_scoped(session, before, a)
