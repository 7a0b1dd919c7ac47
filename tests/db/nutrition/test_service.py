"""Nutrition services on SQLite and PostgreSQL: the food search (accent- and
case-insensitive full text, recent foods first), own foods with their
checks and the 4/4/9 warning, meal entries with their values kept when the
food goes, copying a meal, water, the day's totals by one source, targets,
the adaptive TDEE, and that nothing crosses profiles."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from mitai_app.body.service import add_weight
from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.core.models import UserFeatureUsage
from mitai_app.nutrition import service
from mitai_app.nutrition.logs import TOTALS
from mitai_app.nutrition.models import MealEntry, NutritionEntry, RecipeIngredient
from mitai_app.nutrition.service import FoodInput
from mitai_app.nutrition.targets import set_targets
from mitai_app.nutrition.words import day_words
from mitai_app.training.models import Activity
from tests.factories import new_profile

TODAY = date(2026, 3, 29)
PERSON = {"sex": "male", "date_of_birth": date(1996, 3, 1), "height_cm": 175}


def _food(session, owner, name="Joghurt", **values):
    values = {"kcal": 61, "protein_g": 3.5, "carbs_g": 4.7, "fat_g": 3.3, **values}
    return service.create_food(
        session=session, profile_id=owner, food=FoodInput(name=name, values=values)
    )


def _log(session, owner, food_id, amount=150.0, unit="g", slot="breakfast", day=TODAY):
    return service.log_food(
        session=session,
        profile_id=owner,
        day=day,
        slot=slot,
        food_id=food_id,
        amount=amount,
        unit=unit,
        today=TODAY,
    )


def _refused(call, **kwargs) -> tuple[str, str]:
    with pytest.raises(UserError) as raised:
        call(**kwargs)
    return raised.value.field, raised.value.code


def _names(rows, lang="en"):
    return [getattr(r, f"name_{lang}") for r in rows]


def test_search_ignores_case_and_accents(session):
    me = new_profile(session)
    _food(session, me, "Joghurt")
    for query in ("joghurt", "jöghurt", "JOGH", "Jog", "j", "joghu"):
        found = service.search_foods(session=session, profile_id=me, query=query)
        assert "Joghurt" in _names(found), query
    for query in ("jogx", "oghurt", "joghurts"):  # words match from their start, whole
        found = service.search_foods(session=session, profile_id=me, query=query)
        assert "Joghurt" not in _names(found), query


def test_search_finds_the_bundled_starter_foods_in_both_languages(session):
    me = new_profile(session)
    assert "Haferflocken" in _names(
        service.search_foods(session=session, profile_id=me, query="hafer"), "de"
    )
    assert "Oats, rolled" in _names(
        service.search_foods(session=session, profile_id=me, query="oats")
    )
    found = service.search_foods(session=session, profile_id=me, query="hähnchen roh")
    assert "Hähnchenbrust, roh" in _names(found, "de")


def test_recent_foods_come_first_and_other_profiles_foods_stay_hidden(session):
    me, other = new_profile(session), new_profile(session)
    theirs = _food(session, other, "Joghurt vom Nachbarn")
    greek = service.search_foods(session=session, profile_id=me, query="greek yogurt")[0]
    _log(session, me, greek.id)
    found = service.search_foods(session=session, profile_id=me, query="yogurt")
    assert found[0].id == greek.id
    assert theirs.id not in {
        f.id for f in service.search_foods(session=session, profile_id=me, query="nachbarn")
    }
    assert _names(service.recent_foods(session=session, profile_id=me)) == [greek.name_en]
    assert _refused(
        service.log_food,
        session=session,
        profile_id=me,
        day=TODAY,
        slot="lunch",
        food_id=theirs.id,
        amount=100,
        unit="g",
        today=TODAY,
    ) == ("food", "record.error.not_found")


def test_implausible_foods_are_refused_at_the_field_and_a_4_4_9_mismatch_warns(session):
    me = new_profile(session)
    for values, expected in (
        ({"kcal": 100, "protein_g": 101}, ("protein_g", "nutrition.error.per_100")),
        (
            {"kcal": 100, "protein_g": 50, "carbs_g": 40, "fat_g": 20},
            ("fat_g", "nutrition.error.macros_sum"),
        ),
        ({"kcal": 950}, ("kcal", "nutrition.error.kcal_range")),
        ({"kcal": None}, ("kcal", "nutrition.error.kcal_required")),
        ({"kcal": 50, "carbs_g": 5, "sugar_g": 9}, ("sugar_g", "nutrition.error.sugar_g_part")),
    ):
        food = FoodInput(name="Test", values=values)
        assert _refused(service.create_food, session=session, profile_id=me, food=food) == expected
    saved = _food(session, me, "Typo", kcal=6.1)  # the decimal point slipped
    assert saved.warning
    assert not _food(session, me, "Fine").warning


def test_an_entry_keeps_its_values_when_its_food_is_deleted(session):
    me = new_profile(session)
    food = _food(session, me, "Müsli", kcal=380, protein_g=10, carbs_g=60, fat_g=8)
    entry = _log(session, me, food.id, amount=50)
    assert entry.values["kcal"] == pytest.approx(190)
    service.delete_food(session=session, profile_id=me, food_id=food.id)
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert [e.name for e in day.entries] == ["Müsli"]
    assert day.totals["kcal"] == pytest.approx(190)
    assert session.exec(select(MealEntry.food_id)).all() == [None]


def test_amounts_in_servings_and_ounces_and_too_much_is_refused(session):
    me = new_profile(session)
    egg = service.search_foods(session=session, profile_id=me, query="egg")[0]
    assert egg.serving_amount == 50
    two = _log(session, me, egg.id, amount=2, unit="serving")
    assert two.quantity == 100 and two.values["kcal"] == pytest.approx(143)
    assert _log(session, me, egg.id, amount=1, unit="oz").quantity == pytest.approx(28.3)
    for amount, code in (
        (10_001, "nutrition.error.amount_too_much"),
        (0, "nutrition.error.amount_positive"),
    ):
        assert _refused(
            service.log_food,
            session=session,
            profile_id=me,
            day=TODAY,
            slot="lunch",
            food_id=egg.id,
            amount=amount,
            unit="g",
            today=TODAY,
        ) == ("amount", code)


def test_entries_charge_the_feature_copy_a_meal_and_add_water(session):
    me = new_profile(session)
    oats = service.search_foods(session=session, profile_id=me, query="haferflocken")[0]
    milk = service.search_foods(session=session, profile_id=me, query="vollmilch")[0]
    yesterday = TODAY - timedelta(days=1)
    _log(session, me, oats.id, 60, slot="lunch", day=yesterday)
    _log(session, me, milk.id, 200, unit="ml", slot="lunch", day=yesterday)
    copied = service.copy_meal(
        session=session, profile_id=me, from_day=yesterday, to_day=TODAY, slot="lunch", today=TODAY
    )
    assert copied == 2
    service.add_water(session=session, profile_id=me, day=TODAY, today=TODAY)
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert [e.slot for e in day.entries] == ["lunch", "lunch"]
    assert day.totals["kcal"] == pytest.approx(379 * 0.6 + 61 * 2, abs=0.1)
    assert day.water_ml == 250 and day.source == "entries"
    usage = session.exec(
        select(UserFeatureUsage.usage_count).where(
            UserFeatureUsage.profile_id == me, UserFeatureUsage.feature_id == "nutrition_entries"
        )
    ).one()
    assert usage == 5


def test_a_days_total_has_one_source(session):
    me = new_profile(session)
    session.add(NutritionEntry(profile_id=me, date=TODAY, kcal=2500, source="fddb_import"))
    session.commit()
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert (day.source, day.totals["kcal"]) == ("imported", 2500)
    session.add(NutritionEntry(profile_id=me, date=TODAY, kcal=2000, source="manual"))
    session.commit()
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert (day.source, day.totals["kcal"]) == ("manual", 2000)
    banana = service.search_foods(session=session, profile_id=me, query="banana")[0]
    _log(session, me, banana.id, 100)
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert (day.source, day.totals["kcal"]) == ("entries", 89)


def test_targets_come_from_bmr_activity_and_protein_per_kg(session):
    me = new_profile(session, **PERSON)
    assert service.day_overview(session=session, profile_id=me, day=TODAY).targets is None
    add_weight(session=session, profile_id=me, day=TODAY, kg=70, today=TODAY)
    set_targets(session=session, profile_id=me, activity="moderate", protein_g_per_kg=2.0)
    targets = service.day_overview(session=session, profile_id=me, day=TODAY).targets
    # Mifflin-St Jeor, man of 30: 10x70 + 6.25x175 - 5x30 + 5 = 1648.75; x 1.55
    assert targets.kcal == pytest.approx(1648.75 * 1.55)
    assert targets.protein_g == pytest.approx(140)
    butter = service.search_foods(session=session, profile_id=me, query="butter")[0]
    _log(session, me, butter.id, 350)  # 2,510 kcal: within 10 % of 2,556
    _log(session, me, butter.id, 100, day=TODAY - timedelta(days=2))  # 717 kcal
    week = service.day_overview(session=session, profile_id=me, day=TODAY).week
    assert (week.days_logged, week.on_target["kcal"]) == (2, 1)
    assert week.averages["kcal"] == pytest.approx((2509.5 + 717) / 2)
    assert _refused(
        set_targets, session=session, profile_id=me, activity="moderate", protein_g_per_kg=9
    ) == ("protein_g_per_kg", "nutrition.error.protein_per_kg")


def test_the_adaptive_tdee_appears_after_14_days_of_intake_and_weight(session):
    me = new_profile(session)
    butter = service.search_foods(session=session, profile_id=me, query="butter")[0]
    for n in range(14):
        day = TODAY - timedelta(days=n)
        add_weight(session=session, profile_id=me, day=day, kg=80, today=TODAY)
        if n < 13:
            _log(session, me, butter.id, 300, day=day)  # 2,151 kcal
    assert service.adaptive_tdee(session=session, profile_id=me, day=TODAY).kcal is None
    _log(session, me, butter.id, 300, day=TODAY - timedelta(days=13))
    result = service.adaptive_tdee(session=session, profile_id=me, day=TODAY)
    assert result.days == 14 and result.kcal == pytest.approx(2151)
    weeks = service.adaptive_weeks(session=session, profile_id=me, day=TODAY, weeks=2)
    assert weeks[0] == (TODAY - timedelta(days=7), None)  # a week earlier: 7 days only
    assert weeks[1][1] == pytest.approx(2151)
    words = day_words(service.day_overview(session=session, profile_id=me, day=TODAY), "metric")
    assert "2,151 kcal a day (from 14 days" in words["adaptive_en"]
    assert words["adaptive_weeks_en"].startswith("Week by week: ")


def test_totals_typed_on_capture_count_until_the_day_has_food_entries(session):
    me = new_profile(session)
    form = {"nutrition_date": TODAY.isoformat(), "kcal": "2100", "protein_g": "95,5"}
    entry = logs.parse(TOTALS, form, "metric", "nutrition_")
    service.add_totals(session=session, profile_id=me, entry=entry, today=TODAY)
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert (day.source, day.totals["kcal"], day.totals["protein_g"]) == ("manual", 2100, 95.5)


def test_favourites_come_first_in_search_and_in_the_recent_list(session):
    me = new_profile(session)
    found = service.search_foods(session=session, profile_id=me, query="milk")
    last = found[-1]
    assert service.toggle_favourite(session=session, profile_id=me, food_id=last.id)
    found = service.search_foods(session=session, profile_id=me, query="milk")
    assert found[0].id == last.id and found[0].favourite
    assert [f.id for f in service.recent_foods(session=session, profile_id=me)] == [last.id]
    assert not service.toggle_favourite(session=session, profile_id=me, food_id=last.id)
    assert service.recent_foods(session=session, profile_id=me) == []


def test_a_whole_day_is_copied_from_an_earlier_date_without_its_water(session):
    me = new_profile(session)
    oats = service.search_foods(session=session, profile_id=me, query="haferflocken")[0]
    banana = service.search_foods(session=session, profile_id=me, query="banana")[0]
    earlier = TODAY - timedelta(days=5)
    _log(session, me, oats.id, 60, slot="breakfast", day=earlier)
    _log(session, me, banana.id, 1, unit="serving", slot="snacks", day=earlier)
    service.add_water(session=session, profile_id=me, day=earlier, today=TODAY)

    def copy(**kwargs):
        args = {"from_day": earlier, "to_day": TODAY, "slot": None, "today": TODAY, **kwargs}
        return service.copy_meal(session=session, profile_id=me, **args)

    assert copy() == 2
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert [(e.slot, e.name) for e in day.entries] == [
        ("breakfast", oats.name_en),
        ("snacks", banana.name_en),
    ]
    assert day.water_ml == 0
    assert copy(from_day=TODAY - timedelta(days=9)) == 0
    assert _refused(copy, from_day=TODAY) == ("from_day", "nutrition.error.copy_same_day")
    tomorrow = TODAY + timedelta(days=1)
    assert _refused(copy, from_day=tomorrow) == ("from_day", "log.error.date_future")
    assert len(service.day_overview(session=session, profile_id=me, day=TODAY).entries) == 2


def test_a_recipe_is_a_food_made_of_foods_with_its_yield_and_servings(session):
    me = new_profile(session)
    oats = service.search_foods(session=session, profile_id=me, query="haferflocken")[0]
    milk = service.search_foods(session=session, profile_id=me, query="vollmilch")[0]
    ingredients = [
        service.IngredientInput(oats.id, 80, "g"),
        service.IngredientInput(milk.id, 1, "serving"),  # a glass, 200 ml
    ]
    checked = service.check_ingredient(
        session=session, profile_id=me, ingredient=ingredients[1], lang="de"
    )
    assert (checked.name, checked.quantity, checked.kcal) == ("Vollmilch", 200, 122)
    recipe = service.RecipeInput("Porridge", ingredients, yield_amount=400, servings=2)
    porridge = service.create_recipe(session=session, profile_id=me, recipe=recipe)
    assert porridge.source == "recipe" and porridge.own
    assert porridge.values["kcal"] == pytest.approx((379 * 0.8 + 61 * 2) / 4, abs=0.01)
    assert porridge.serving_amount == 200 and porridge.serving_en == "1 serving"
    # Found like any food, logged by the serving, and kept when an ingredient goes.
    assert service.search_foods(session=session, profile_id=me, query="porri")[0].id == porridge.id
    entry = _log(session, me, porridge.id, 1, unit="serving")
    assert entry.values["kcal"] == pytest.approx(porridge.values["kcal"] * 2, abs=0.1)
    kept = session.exec(select(RecipeIngredient).where(RecipeIngredient.profile_id == me)).all()
    assert [(row.name, row.quantity) for row in kept] == [(oats.name_en, 80), (milk.name_en, 200)]


def test_a_recipe_refuses_bad_ingredients_yield_and_servings_at_their_field(session):
    me, other = new_profile(session), new_profile(session)
    oats = service.search_foods(session=session, profile_id=me, query="haferflocken")[0]
    theirs = _food(session, other, "Geheimzutat")

    def refused(name="Brei", ingredients=((oats.id, 100, "g"),), **kwargs):
        items = [service.IngredientInput(*item) for item in ingredients]
        recipe = service.RecipeInput(name, items, **kwargs)
        return _refused(service.create_recipe, session=session, profile_id=me, recipe=recipe)

    assert refused(ingredients=()) == ("recipe_name", "nutrition.error.recipe_empty")
    assert refused(name=" ") == ("recipe_name", "nutrition.error.name_required")
    assert refused(ingredients=((oats.id, 20_000, "g"),)) == (
        "amount",
        "nutrition.error.amount_too_much",
    )
    assert refused(ingredients=((theirs.id, 100, "g"),)) == ("food", "record.error.not_found")
    assert refused(yield_amount=0) == ("yield_amount", "nutrition.error.recipe_yield")
    # 100 g of oats can't weigh 10 g cooked: 600 g carbs per 100 g.
    assert refused(yield_amount=10) == ("yield_amount", "nutrition.error.recipe_yield")
    assert refused(servings=0) == ("servings", "nutrition.error.recipe_servings")
    assert service.search_foods(session=session, profile_id=me, query="brei") == []


def test_the_charts_cover_the_range_with_the_adaptive_tdee_and_one_source_a_day(session):
    me = new_profile(session, **PERSON)
    assert (
        service.nutrition_charts(session=session, profile_id=me, range_key="all", today=TODAY).first
        is None
    )
    butter = service.search_foods(session=session, profile_id=me, query="butter")[0]
    for n in range(20):
        day = TODAY - timedelta(days=n)
        add_weight(session=session, profile_id=me, day=day, kg=80, today=TODAY)
        _log(session, me, butter.id, 300, day=day)  # 2,151 kcal
    # An imported total on a day with entries is not added.
    session.add(NutritionEntry(profile_id=me, date=TODAY, kcal=900, source="fddb_import"))
    session.commit()
    view = service.nutrition_charts(session=session, profile_id=me, range_key="4w", today=TODAY)
    series = view.series
    assert len(series.dates) == 20 and set(series.kcal) == {2151}
    assert series.tdee_dates[-1] == TODAY.isoformat() and series.tdee[-1] == pytest.approx(2151)
    assert series.balance[-1] == 0  # steady weight: intake is expenditure
    assert series.weight_trend[-1] == 80 and view.static_tdee is not None
    everything = service.nutrition_charts(
        session=session, profile_id=me, range_key="all", today=TODAY
    )
    assert everything.first == TODAY - timedelta(days=19)


def test_a_days_training_energy_gives_its_energy_out(session):
    me = new_profile(session, **PERSON)
    add_weight(session=session, profile_id=me, day=TODAY, kg=70, today=TODAY)
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert (day.active_kcal, day.energy_out) == (None, None)
    session.add_all(
        Activity(profile_id=me, date=TODAY, kcal=kcal, duration_minutes=45) for kcal in (300, 150)
    )
    session.add(Activity(profile_id=new_profile(session), date=TODAY, kcal=900))
    session.commit()
    day = service.day_overview(session=session, profile_id=me, day=TODAY)
    assert day.active_kcal == 450
    assert day.energy_out == pytest.approx(1648.75 * 1.2 + 450)  # Mifflin-St Jeor, 30, 70 kg
    assert "Energy out today: about 2,429 kcal" in day_words(day, "metric")["energy_out_en"]
