"""Nutrition in the browser at phone size: breakfast logged from a search
and from a recent food, totals against the targets, an implausible amount
refused at its field keeping what was typed, yesterday's snack copied, axe
in light and dark mode; a typed barcode finds a food or opens "create a
food" with it filled in, and deleting one's own food keeps its entries."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations

pytestmark = pytest.mark.e2e
LOADED = 20_000


def _seed(app, email: str) -> None:
    """A complete profile with a weight, and a banana eaten yesterday (a recent food)."""
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.body.service import add_weight
    from mitai_app.core.db import create_db_engine
    from mitai_app.nutrition import service

    engine = create_db_engine(app.database_url)
    today = date.today()
    with Session(engine) as session:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        profile.sex, profile.height_cm = "male", 180
        profile.date_of_birth = date(today.year - 35, 1, 1)
        session.add(profile)
        session.commit()
        add_weight(session=session, profile_id=profile.id, day=today, kg=80, today=today)
        banana = service.search_foods(session=session, profile_id=profile.id, query="banana")[0]
        service.log_food(
            session=session,
            profile_id=profile.id,
            day=today - timedelta(days=1),
            slot="snacks",
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
    page.get_by_label("Meal").select_option("breakfast")
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
    page.get_by_label("Meal").select_option("breakfast")
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

    # Yesterday's snack, copied in one tap; yesterday is a tap away.
    page.get_by_role("button", name="Copy the previous day's snacks").click()
    expect(page.get_by_role("status").filter(has_text="1 entry copied")).to_be_visible()
    expect(page.get_by_role("list", name="Snacks")).to_contain_text("Banana")
    page.get_by_role("button", name="Previous day", exact=True).click()
    expect(page.get_by_role("heading", name="Yesterday")).to_be_visible()
    expect(page.get_by_role("list", name="Breakfast").get_by_role("listitem")).to_have_count(0)
    expect(page.get_by_role("list", name="Snacks")).to_contain_text("Banana")
    page.get_by_role("button", name="Next day", exact=True).click()
    expect(page.get_by_role("heading", name="Today")).to_be_visible()

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        problems = _violations(page)
        assert not problems, f"axe ({scheme}) on /nutrition:\n" + "\n".join(problems)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    page.goto(app.url + "/dashboard")
    card = page.get_by_text("Nutrition today").locator("..")
    expect(card).to_contain_text(re.compile(r"\d[\d,]* kcal of [\d,]+ kcal"), timeout=LOADED)


def _own_food_with_barcode(app, email: str, barcode: str) -> None:
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine
    from mitai_app.core.system import put_app_setting
    from mitai_app.nutrition import service

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        food = service.FoodInput(name="Hausmüsli", values={"kcal": 380}, barcode=barcode)
        service.create_food(session=session, profile_id=profile.id, food=food)
        put_app_setting(session, service.OFF_SETTING, "false")  # no network in tests
        session.commit()
    engine.dispose()


@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_a_typed_barcode_finds_a_food_or_opens_create_with_it_filled_in(app, page, unique_email):
    account = create_account(app, unique_email)
    _own_food_with_barcode(app, unique_email, "40000000")
    sign_in_as(page, app, account)
    page.goto(app.url + "/nutrition")
    expect(page.get_by_role("heading", name="Nutrition", level=1)).to_be_visible(timeout=LOADED)

    page.get_by_label("Barcode", exact=True).fill("40000000")
    page.get_by_role("button", name="Look up").click()
    expect(page.get_by_text("Hausmüsli", exact=True)).to_be_visible()
    page.get_by_role("button", name="Cancel").click()

    page.get_by_label("Barcode", exact=True).fill("4000000000017")
    page.get_by_role("button", name="Look up").click()
    expect(page.get_by_role("status").filter(has_text="Barcode 4000000000017")).to_be_visible()
    expect(page.get_by_label("Barcode (optional)")).to_have_value("4000000000017")
    page.get_by_label("Name", exact=True).fill("Knäckebrot")
    page.get_by_label("Energy (kcal)").fill("100")
    page.get_by_label("Protein (g)").fill("60")  # 4/4/9: 240 kcal, far more than 100
    page.get_by_role("button", name="Save food").click()
    expect(page.get_by_role("status").filter(has_text="Check the values")).to_be_visible()
    expect(page.get_by_text("Knäckebrot", exact=True)).to_be_visible()  # ready to add
    page.get_by_label("Meal").select_option("snacks")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="Knäckebrot added.")).to_be_visible()

    # Deleting one's own food keeps the entry that used it.
    page.get_by_label("Search foods").fill("knäcke")
    mine = page.get_by_role("list", name="Search results").get_by_role("listitem")
    mine.get_by_role("button", name="Delete own food").click()
    page.get_by_role("alertdialog").get_by_role("button", name="Delete").click()
    expect(page.get_by_role("status").filter(has_text="Food deleted")).to_be_visible()
    expect(page.get_by_role("list", name="Snacks")).to_contain_text("Knäckebrot")
    expect(page.get_by_role("list", name="Snacks")).to_contain_text("100 kcal")
