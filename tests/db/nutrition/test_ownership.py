"""Profile B using every nutrition service with A's ids (entries, own foods)
leaves every row A owns as it was, and cannot read A's own foods."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.core.errors import UserError
from mitai_app.nutrition import service
from mitai_app.nutrition.service import FoodInput
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
    service.set_targets(session=session, profile_id=a, activity="active", protein_g_per_kg=2.0)
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
    service.set_targets(session=session, profile_id=b, activity="sedentary", protein_g_per_kg=1.0)
    assert service.day_overview(session=session, profile_id=b, day=TODAY).entries == []
    assert_scoped(session, before, a)
