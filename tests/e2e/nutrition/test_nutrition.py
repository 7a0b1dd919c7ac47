"""Nutrition in the browser: breakfast logged from a search and from a
recent food, totals against the targets, an implausible amount refused at
its field keeping what was typed, yesterday's lunch copied, axe in light
and dark mode; a barcode typed into the scanner's field found at the fake
Open Food Facts, an unknown one opening "create a food" with it filled in,
the camera's absence pointing to the typed number, and deleting one's own
food keeping its entries; the adaptive TDEE appearing on the 14th day of
intake and weight; a recipe from searched foods, and a whole day copied
from an earlier date."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations

pytestmark = pytest.mark.e2e
LOADED = 20_000


def _axe_light_and_dark(page, where: str) -> None:
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        problems = _violations(page)
        assert not problems, f"axe ({scheme}) on {where}:\n" + "\n".join(problems)


def _complete_profile(session, email: str, *, sex: str, height_cm: float, age: int, kg: float):
    """The signed-up profile with sex, height, birth date and today's weight."""
    from sqlmodel import select

    from mitai_app.accounts.models import Profile
    from mitai_app.body.service import add_weight

    today = date.today()
    profile = session.exec(select(Profile).where(Profile.email == email)).one()
    profile.sex, profile.height_cm = sex, height_cm
    profile.date_of_birth = date(today.year - age, 1, 1)
    session.add(profile)
    session.commit()
    add_weight(session=session, profile_id=profile.id, day=today, kg=kg, today=today)
    return profile.id


def _seed(app, email: str) -> None:
    """A complete profile with a weight, and a banana eaten yesterday (a recent food)."""
    from sqlmodel import Session

    from mitai_app.core.db import create_db_engine
    from mitai_app.nutrition import service

    engine = create_db_engine(app.database_url)
    today = date.today()
    with Session(engine) as session:
        owner = _complete_profile(session, email, sex="male", height_cm=180, age=35, kg=80)
        banana = service.search_foods(session=session, profile_id=owner, query="banana")[0]
        service.log_food(
            session=session,
            profile_id=owner,
            day=today - timedelta(days=1),
            slot="lunch",
            food_id=banana.id,
            amount=1,
            unit="serving",
            today=today,
        )
    engine.dispose()


@pytest.mark.scaled
@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_log_breakfast_from_search_and_a_recent_food_against_targets(app, page, unique_email):
    account = create_account(app, unique_email)
    _seed(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/nutrition")
    expect(page.get_by_role("heading", name="Nutrition", level=1)).to_be_visible(timeout=LOADED)
    expect(page.get_by_text("Nothing logged for this day yet.")).to_be_visible(timeout=LOADED)

    # From a search: accents and case don't matter.
    page.get_by_label("Search foods").fill("HÄFERFLOCKEN")
    results = page.get_by_role("list", name="Search results")
    results.get_by_role("button", name=re.compile("Oats, rolled")).click()
    amount = page.get_by_label("Amount")
    page.get_by_label("Unit").select_option("g")  # oats come in 40 g servings
    amount.fill("20000")
    page.get_by_label("Meal", exact=True).select_option("breakfast")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("alert").filter(has_text="More than 10 kg")).to_be_visible()
    expect(amount).to_have_value("20000")
    expect(amount).to_have_attribute("aria-invalid", "true")
    amount.fill("60")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="Oats, rolled added.")).to_be_visible()

    # From the recent foods: one serving (a banana, 118 g) is the default.
    recent = page.get_by_role("list", name="Favourites and recent foods")
    banana = recent.get_by_role("listitem").filter(has_text="Banana")
    banana.get_by_role("button", name="Favourite").click()
    expect(banana.get_by_role("button", name="Favourite")).to_have_attribute("aria-pressed", "true")
    banana.get_by_role("button", name=re.compile("Banana")).click()
    expect(page.get_by_label("Amount")).to_have_value("1")
    page.get_by_label("Meal", exact=True).select_option("breakfast")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="Banana added.")).to_be_visible()

    breakfast = page.get_by_role("list", name="Breakfast")
    expect(breakfast.get_by_role("listitem")).to_have_count(2)
    expect(breakfast).to_contain_text("60 g")
    expect(breakfast).to_contain_text("1 × serving (118 g)")
    # 60 g oats (227 kcal) + 118 g banana (105 kcal), against BMR x activity.
    expect(page.get_by_text(re.compile(r"^332 kcal of [\d,]+ kcal$"))).to_be_visible()
    expect(page.get_by_text(re.compile(r"^9 g of 128 g$"))).to_be_visible()  # 1.6 g/kg x 80
    expect(page.get_by_text("Totals from your food entries.")).to_be_visible()
    expect(page.get_by_role("progressbar", name="Energy")).to_be_visible()

    # Yesterday's lunch, copied in one tap; yesterday is a tap away.
    page.get_by_role("button", name="Copy the previous day's lunch").click()
    expect(page.get_by_role("status").filter(has_text="1 entry copied")).to_be_visible()
    expect(page.get_by_role("list", name="Lunch")).to_contain_text("Banana")
    page.get_by_role("button", name="Previous day", exact=True).click()
    expect(page.get_by_role("heading", name="Yesterday")).to_be_visible()
    expect(page.get_by_role("list", name="Breakfast").get_by_role("listitem")).to_have_count(0)
    expect(page.get_by_role("list", name="Lunch")).to_contain_text("Banana")
    page.get_by_role("button", name="Next day", exact=True).click()
    expect(page.get_by_role("heading", name="Today")).to_be_visible()

    _axe_light_and_dark(page, "/nutrition")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    page.goto(app.url + "/dashboard")
    card = page.get_by_text("Nutrition today").locator("..")
    expect(card).to_contain_text(re.compile(r"\d[\d,]* kcal of [\d,]+ kcal"), timeout=LOADED)


SKYR = {
    "product_name": "Skyr Natur",
    "product_name_en": "Icelandic-style yogurt",
    "brands": "Milchhof",
    "serving_quantity": "150",
    "nutriments": {"energy-kcal_100g": 60, "proteins_100g": 11, "carbohydrates_100g": 4},
}


@pytest.mark.scaled
@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_breakfast_from_a_typed_barcode_and_an_unknown_one_created(app, page, unique_email):
    app.open_food_facts.products["4000000000017"] = SKYR
    account = create_account(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/nutrition")
    expect(page.get_by_role("heading", name="Nutrition", level=1)).to_be_visible(timeout=LOADED)

    # No camera here (a headless browser): the scanner says to type the number.
    page.get_by_role("button", name="Scan with the camera").click()
    expect(page.get_by_role("status").filter(has_text="camera could not be started")).to_be_visible(
        timeout=LOADED
    )

    page.get_by_label("Barcode", exact=True).fill("4000000000017")
    page.get_by_role("button", name="Look up").click()
    expect(page.get_by_text("Icelandic-style yogurt (Milchhof)", exact=True)).to_be_visible()
    expect(page.get_by_label("Amount")).to_have_value("1")  # one 150 g pot
    page.get_by_label("Meal", exact=True).select_option("breakfast")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="yogurt added.")).to_be_visible()
    expect(page.get_by_role("list", name="Breakfast")).to_contain_text("90 kcal")

    page.get_by_label("Barcode", exact=True).fill("4000000000024")
    page.get_by_role("button", name="Look up").click()
    expect(page.get_by_role("status").filter(has_text="Barcode 4000000000024")).to_be_visible()
    expect(page.get_by_label("Barcode (optional)")).to_have_value("4000000000024")
    page.get_by_label("Name", exact=True).fill("Knäckebrot")
    page.get_by_label("Energy (kcal)").fill("100")
    page.get_by_label("Protein (g)").fill("60")  # 4/4/9: 240 kcal, far more than 100
    page.get_by_role("button", name="Save food").click()
    expect(page.get_by_role("status").filter(has_text="Check the values")).to_be_visible()
    expect(page.get_by_text("Knäckebrot", exact=True)).to_be_visible()  # ready to add
    page.get_by_label("Meal", exact=True).select_option("snacks")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="Knäckebrot added.")).to_be_visible()

    # Deleting one's own food keeps the entry that used it.
    page.get_by_label("Search foods").fill("knäcke")
    mine = page.get_by_role("list", name="Search results").get_by_role("listitem")
    mine.get_by_role("button", name="Delete own food").click()
    page.get_by_role("alertdialog").get_by_role("button", name="Delete").click()
    expect(page.get_by_text("Food deleted; the entries with it stay.")).to_be_visible()
    expect(mine).to_have_count(0)
    expect(page.get_by_role("list", name="Snacks")).to_contain_text("Knäckebrot")
    expect(page.get_by_role("list", name="Snacks")).to_contain_text("100 kcal")
    page.get_by_role("button", name="Undo").click()  # ... and undo brings it back
    expect(page.get_by_text("Knäckebrot is back.")).to_be_visible()
    expect(mine.get_by_role("button", name=re.compile("Knäckebrot"))).to_be_visible()
    ua = [r["headers"]["user-agent"] for r in app.open_food_facts.requests]
    assert ua and all(agent.startswith("MitaiJinkendo/") for agent in ua)


def _days_of_intake_and_weight(app, email: str, days: int) -> None:
    """Weights of 80 kg and about 1,900 kcal (500 g oats) on each of the
    `days` days before today."""
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.body.service import add_weight
    from mitai_app.core.db import create_db_engine
    from mitai_app.nutrition import service

    engine = create_db_engine(app.database_url)
    today = date.today()
    with Session(engine) as session:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        oats = service.search_foods(session=session, profile_id=profile.id, query="oats")[0]
        for back in range(1, days + 1):
            day = today - timedelta(days=back)
            add_weight(session=session, profile_id=profile.id, day=day, kg=80, today=today)
            service.log_food(
                session=session,
                profile_id=profile.id,
                day=day,
                slot="dinner",
                food_id=oats.id,
                amount=500,
                unit="g",
                today=today,
            )
        add_weight(session=session, profile_id=profile.id, day=today, kg=80, today=today)
    engine.dispose()


@pytest.mark.scaled
@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_the_adaptive_tdee_appears_on_the_14th_day_of_intake_and_weight(app, page, unique_email):
    account = create_account(app, unique_email)
    _days_of_intake_and_weight(app, unique_email, 13)
    sign_in_as(page, app, account)
    page.goto(app.url + "/nutrition")
    adaptive = page.locator("#adaptive-tdee")
    expect(adaptive).to_have_text(
        re.compile(r"needs 14 days with both intake and weight .*\(13 so far\)"), timeout=LOADED
    )
    page.get_by_label("Search foods").fill("oats")
    page.get_by_role("list", name="Search results").get_by_role(
        "button", name=re.compile("Oats, rolled")
    ).first.click()
    page.get_by_label("Unit").select_option("g")
    page.get_by_label("Amount").fill("500")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="Oats, rolled added.")).to_be_visible()
    # Steady weight: what was eaten is what was spent (379 kcal per 100 g).
    expect(adaptive).to_have_text(
        re.compile(r"^Adaptive energy expenditure: 1,895 kcal a day \(from 14 days")
    )

    # The charts: 14 days of energy with the adaptive TDEE, over 4 weeks and everything.
    page.get_by_role("link", name="Trends and charts").click()
    expect(page.get_by_role("heading", name="Nutrition trends", level=1)).to_be_visible(
        timeout=LOADED
    )
    for chart in ("energy", "macros", "shares", "protein", "balance"):
        expect(page.locator(f"#chart-{chart} .js-plotly-plot")).to_be_visible(timeout=LOADED)
    energy = page.locator("#chart-energy .js-plotly-plot")
    kcal = "plot => plot.data[0].y.filter(v => v !== null)"
    adaptive_line = "plot => plot.data[2].y"
    expect(page.get_by_role("img", name="Energy, target and adaptive TDEE")).to_be_visible()
    assert energy.evaluate(kcal) == [1895] * 14
    assert energy.evaluate(adaptive_line)[-1] == 1895
    page.get_by_role("radio", name="All").click()
    expect(page.get_by_role("radio", name="All")).to_be_checked()
    assert energy.evaluate(kcal) == [1895] * 14
    _axe_light_and_dark(page, "/nutrition/trends")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def _earlier_day_of_meals(app, email: str, back: int) -> None:
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine
    from mitai_app.nutrition import service

    engine = create_db_engine(app.database_url)
    today = date.today()
    with Session(engine) as session:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        for query, slot in (("oats", "breakfast"), ("banana", "lunch")):
            food = service.search_foods(session=session, profile_id=profile.id, query=query)[0]
            service.log_food(
                session=session,
                profile_id=profile.id,
                day=today - timedelta(days=back),
                slot=slot,
                food_id=food.id,
                amount=1,
                unit="serving",
                today=today,
            )
    engine.dispose()


@pytest.mark.parametrize("page", ["desktop"], indirect=True)
def test_a_recipe_from_searched_foods_and_a_day_copied_from_an_earlier_date(
    app, page, unique_email
):
    account = create_account(app, unique_email)
    _earlier_day_of_meals(app, unique_email, 3)
    sign_in_as(page, app, account)
    page.goto(app.url + "/nutrition")
    expect(page.get_by_role("heading", name="Nutrition", level=1)).to_be_visible(timeout=LOADED)

    page.get_by_text("New recipe").click()
    for query, name, unit, amount in (
        ("oats", "Oats, rolled", "g", "80"),
        ("whole milk", "Whole milk", "serving", "1"),
    ):
        page.get_by_label("Search foods").fill(query)
        page.get_by_role("list", name="Search results").get_by_role(
            "button", name=re.compile(name)
        ).first.click()
        page.get_by_label("Unit").select_option(unit)
        page.get_by_label("Amount").fill(amount)
        page.get_by_role("button", name="Add to recipe").click()
        expect(
            page.get_by_role("status").filter(has_text=f"{name} added to the recipe")
        ).to_be_visible()
    ingredients = page.get_by_role("list", name="Ingredients")
    expect(ingredients.get_by_role("listitem")).to_have_count(2)
    expect(ingredients).to_contain_text("200 ml")
    page.get_by_label("Recipe name").fill("Porridge")
    page.get_by_label("Cooked weight (g)").fill("40")  # far less than its 280 g: refused
    page.get_by_role("button", name="Save recipe").click()
    expect(page.get_by_role("alert").filter(has_text="finished dish weighs")).to_be_visible()
    expect(page.get_by_label("Recipe name")).to_have_value("Porridge")
    _axe_light_and_dark(page, "/nutrition")  # the recipe open, with its ingredients and an error
    page.get_by_label("Cooked weight (g)").fill("400")
    page.get_by_label("Servings (optional)").fill("2")
    page.get_by_role("button", name="Save recipe").click()
    expect(page.get_by_role("status").filter(has_text="Recipe Porridge saved")).to_be_visible()
    expect(page.get_by_label("Amount")).to_have_value("1")  # one of 2 servings, 200 g
    page.get_by_label("Meal", exact=True).select_option("breakfast")
    page.get_by_role("button", name="Add", exact=True).click()
    breakfast = page.get_by_role("list", name="Breakfast")
    expect(breakfast).to_contain_text("Porridge")
    expect(breakfast).to_contain_text("213 kcal")  # (303 + 122 kcal) / 400 g x 200 g

    page.get_by_text("Copy from an earlier day").click()
    earlier = date.today() - timedelta(days=3)
    page.get_by_label("From day").fill(earlier.isoformat())
    page.get_by_label("What").select_option("day")
    page.get_by_role("button", name="Copy", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="2 entries copied from")).to_be_visible()
    expect(breakfast.get_by_role("listitem")).to_have_count(2)
    expect(page.get_by_role("list", name="Lunch")).to_contain_text("Banana")
    page.get_by_label("From day").fill(date.today().isoformat())
    page.get_by_role("button", name="Copy", exact=True).click()
    expect(page.get_by_role("alert").filter(has_text="other than the one shown")).to_be_visible()
    expect(page.get_by_label("From day")).to_have_attribute("aria-invalid", "true")


def _own_food_and_recipe(app, email: str) -> None:
    """A complete profile with a weight, oat milk of its own (per 100 ml, a
    250 ml glass) and a recipe of oats."""
    from sqlmodel import Session

    from mitai_app.core.db import create_db_engine
    from mitai_app.nutrition import service

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        owner = _complete_profile(session, email, sex="female", height_cm=168, age=40, kg=65)
        service.create_food(
            session=session,
            profile_id=owner,
            food=service.FoodInput(
                "Hafermilch", {"kcal": 46}, basis="ml", serving_name="1 Glas", serving_amount=250
            ),
        )
        oats = service.search_foods(session=session, profile_id=owner, query="oats")[0]
        service.create_recipe(
            session=session,
            profile_id=owner,
            recipe=service.RecipeInput("Porridge", [service.IngredientInput(oats.id, 80, "g")]),
        )
    engine.dispose()


@pytest.mark.scaled  # the food waiting for undo is kept in the state (Redis there)
@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_own_meal_slot_hand_targets_week_view_and_editing_own_foods(app, page, unique_email):
    account = create_account(app, unique_email)
    _own_food_and_recipe(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/nutrition")
    expect(page.get_by_role("heading", name="Nutrition", level=1)).to_be_visible(timeout=LOADED)

    # A meal of one's own, and a glass of oat milk logged into it, shown in ml.
    page.get_by_text("Your own meals").click()
    page.get_by_label("Meal name").fill("Pre-workout")
    page.get_by_role("button", name="Add meal").click()
    expect(page.get_by_role("status").filter(has_text="Pre-workout added.")).to_be_visible()
    page.get_by_label("Search foods").fill("hafermilch")
    page.get_by_role("list", name="Search results").get_by_role(
        "button", name=re.compile("Hafermilch")
    ).click()
    expect(page.get_by_label("Amount")).to_have_value("1")
    page.get_by_label("Meal", exact=True).select_option(label="Pre-workout")
    page.get_by_role("button", name="Add", exact=True).click()
    own = page.get_by_role("list", name="Pre-workout")
    expect(own).to_contain_text("1 × serving (250 ml)")
    expect(own).to_contain_text("115 kcal")
    # A meal still holding an entry is not deleted: said on its own line,
    # not under the field that adds meals.
    page.get_by_role("button", name="Delete Pre-workout").click()
    own_line = page.get_by_role("list", name="Your own meals").get_by_role("listitem")
    expect(own_line.get_by_role("alert")).to_contain_text("still holds 1 entries")
    expect(page.get_by_label("Rename Pre-workout")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Meal name")).not_to_have_attribute("aria-invalid", "true")
    expect(own).to_contain_text("115 kcal")
    page.get_by_label("Meal name").fill("Late snack")
    page.get_by_role("button", name="Add meal").click()
    expect(page.get_by_role("status").filter(has_text="Late snack added.")).to_be_visible()
    expect(own_line.get_by_role("alert")).to_have_count(0)  # the section says one thing

    # An energy target set by hand; the others follow it or stay derived.
    page.get_by_text("Targets", exact=True).click()
    page.get_by_label("Energy target (kcal)").fill("300")
    page.get_by_role("button", name="Save targets").click()
    expect(page.get_by_role("alert").filter(has_text="more than 500")).to_be_visible()
    expect(page.get_by_label("Energy target (kcal)")).to_have_value("300")
    page.get_by_label("Energy target (kcal)").fill("1800")
    page.get_by_role("button", name="Save targets").click()
    expect(page.get_by_text("115 kcal of 1,800 kcal (set by hand)")).to_be_visible()
    expect(page.get_by_role("progressbar", name="Fibre")).to_be_visible()
    expect(page.get_by_role("progressbar", name="Water")).to_be_visible()

    # The week: seven days and the averages against the targets.
    week = page.get_by_role("region", name="Week")
    expect(week.get_by_role("row")).to_have_count(10)  # header, 7 days, average, on target
    expect(week.get_by_role("row").filter(has_text="Average")).to_contain_text("115 kcal")

    _axe_light_and_dark(page, "/nutrition")

    # Foods: edit the oat milk, change the recipe's ingredients, delete.
    page.get_by_role("link", name="Your foods").click()
    expect(page.get_by_role("heading", name="Your foods and recipes")).to_be_visible(timeout=LOADED)
    page.get_by_role("button", name="Edit Hafermilch").click()
    page.get_by_label("Name", exact=True).fill("Hafermilch Barista")
    page.get_by_label("Energy (kcal)").fill("1000")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("alert").filter(has_text="900 kcal")).to_be_visible()
    expect(page.get_by_label("Name", exact=True)).to_have_value("Hafermilch Barista")
    page.get_by_label("Energy (kcal)").fill("59")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="Hafermilch Barista saved.")).to_be_visible()

    page.get_by_role("button", name="Edit Porridge").click()
    ingredients = page.get_by_role("list", name="Ingredients")
    expect(ingredients.get_by_role("listitem")).to_have_count(1)
    page.get_by_label("Search foods").fill("barista")
    page.get_by_role("list", name="Search results").get_by_role(
        "button", name=re.compile("Hafermilch Barista")
    ).click()
    page.get_by_label("Amount").fill("200")
    page.get_by_role("button", name="Add to recipe").click()
    expect(ingredients.get_by_role("listitem")).to_have_count(2)
    expect(ingredients).to_contain_text("200 ml")
    _axe_light_and_dark(page, "/nutrition/foods")
    page.get_by_role("button", name="Save recipe").click()
    expect(page.get_by_role("status").filter(has_text="Porridge saved.")).to_be_visible()

    page.get_by_role("button", name="Delete Hafermilch Barista").click()
    page.get_by_role("alertdialog").get_by_role("button", name="Delete").click()
    expect(page.get_by_text("Food deleted; the entries with it stay.")).to_be_visible()
    expect(page.get_by_role("button", name="Edit Hafermilch Barista")).to_have_count(0)
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_role("button", name="Edit Hafermilch Barista")).to_be_visible()
    page.get_by_role("button", name="Delete Hafermilch Barista").click()
    page.get_by_role("alertdialog").get_by_role("button", name="Delete").click()
    expect(page.get_by_role("button", name="Edit Hafermilch Barista")).to_have_count(0)
    expect(page.get_by_role("alertdialog")).to_have_count(0)  # it keeps the focus until gone

    # Foods has Today's search with its favourites, and "create a food".
    page.get_by_label("Search foods").fill("banana")
    found = page.get_by_role("list", name="Search results").get_by_role("listitem").first
    expect(found).to_contain_text("Banana", timeout=LOADED)
    found.get_by_role("button", name="Favourite").click()
    expect(found.get_by_role("button", name="Favourite")).to_have_attribute("aria-pressed", "true")
    page.get_by_label("Search foods").fill("")
    expect(page.get_by_role("list", name="Favourites and recent foods")).to_contain_text("Banana")
    page.get_by_text("Create a food").click()
    page.get_by_label("Name", exact=True).fill("Linsensuppe")
    page.get_by_label("Energy (kcal)").fill("80")
    page.get_by_role("button", name="Save food").click()
    expect(page.get_by_role("status").filter(has_text="Linsensuppe saved.")).to_be_visible()
    expect(page.get_by_role("button", name="Edit Linsensuppe")).to_be_visible()
    _axe_light_and_dark(page, "/nutrition/foods with the search")
    page.get_by_role("link", name="Nutrition").first.click()
    expect(page.get_by_role("list", name="Pre-workout")).to_contain_text("Hafermilch")
