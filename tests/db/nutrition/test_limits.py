"""Nutrition's typed input on SQLite and PostgreSQL (issue #17, section 5):
a food's name, brand or serving, a recipe's or meal slot's name one
character too long is refused at its field, not cut; a meal, a glass of
water or a copied meal before the birth date or 1900 is refused like a body
log's entry."""

from __future__ import annotations

import pytest
from sqlmodel import select

from mitai_app.nutrition import service
from mitai_app.nutrition.consts import BRAND_MAX, NAME_MAX, SERVING_NAME_MAX, SLOT_NAME_MAX
from mitai_app.nutrition.models import Food, MealSlot
from mitai_app.nutrition.service import FoodInput, IngredientInput, RecipeInput
from mitai_app.nutrition.slots import add_slot, rename_slot
from tests.db.limits import TODAY, assert_length_enforced, assert_lifetime_enforced
from tests.db.nutrition.test_service import _food, _log
from tests.factories import new_profile

KCAL = {"kcal": 250}


def _food_text(column: str, typed):
    """A case for one text of a food: `typed(text)` the FoodInput with it."""

    def case(session):
        me = new_profile(session)

        def store(text):
            service.create_food(session=session, profile_id=me, food=typed(text))

        def stored():
            return session.exec(select(getattr(Food, column)).where(Food.profile_id == me)).all()

        return store, stored

    return case


def _recipe(session):
    me = new_profile(session)
    oats = _food(session, me, "Hafer")

    def store(text):
        recipe = RecipeInput(text, [IngredientInput(oats.id, 100, "g")])
        service.create_recipe(session=session, profile_id=me, recipe=recipe)

    def stored():
        return session.exec(select(Food.name_en).where(Food.profile_id == me)).all()

    return store, stored


def _slot(rename: bool):
    def case(session):
        me = new_profile(session)
        key = add_slot(session=session, profile_id=me, name="Pre-workout").key

        def store(text):
            if rename:
                rename_slot(session=session, profile_id=me, key=key, name=text)
            else:
                add_slot(session=session, profile_id=me, name=text)

        def stored():
            return session.exec(select(MealSlot.name).where(MealSlot.profile_id == me)).all()

        return store, stored

    return case


@pytest.mark.parametrize(
    ("case", "field", "limit"),
    [
        (_food_text("name_en", lambda text: FoodInput(text, KCAL)), "name", NAME_MAX),
        (_food_text("brand", lambda text: FoodInput("Brot", KCAL, brand=text)), "brand", BRAND_MAX),
        (
            _food_text(
                "serving_name_en",
                lambda text: FoodInput("Brot", KCAL, serving_name=text, serving_amount=50),
            ),
            "serving_name",
            SERVING_NAME_MAX,
        ),
        (_recipe, "recipe_name", NAME_MAX),
        (_slot(rename=False), "slot_name", SLOT_NAME_MAX),
        (_slot(rename=True), "slot_name", SLOT_NAME_MAX),
    ],
    ids=["food_name", "brand", "serving_name", "recipe_name", "slot_name", "slot_rename"],
)
def test_a_name_over_its_limit_is_refused_at_its_field_and_not_stored(session, case, field, limit):
    store, stored = case(session)
    assert_length_enforced(session, store, stored, limit=limit, field=field)


def _meal(session, me, day):
    _log(session, me, _food(session, me).id, day=day)


def _water(session, me, day):
    service.add_water(session=session, profile_id=me, day=day, today=TODAY)


def _copy_to(session, me, day):
    service.copy_meal(
        session=session, profile_id=me, from_day=TODAY, to_day=day, slot=None, today=TODAY
    )


def _copy_from(session, me, day):
    service.copy_meal(
        session=session, profile_id=me, from_day=day, to_day=TODAY, slot=None, today=TODAY
    )


@pytest.mark.parametrize(
    ("store", "field"),
    [(_meal, "date"), (_water, "date"), (_copy_to, "to_day"), (_copy_from, "from_day")],
    ids=["meal", "water", "copy_to", "copy_from"],
)
def test_a_day_outside_the_users_lifetime_is_refused(session, store, field):
    assert_lifetime_enforced(session, lambda me, day: store(session, me, day), field=field)
