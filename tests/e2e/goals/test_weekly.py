"""Weekly goals and focus areas in the browser: a target a week cannot
hold is answered at its field keeping what was typed; saved targets show
this week's progress from the user's workouts and the streaks on the Goals
page, and the dashboard shows the week's goals. Focus weights that do not
add up to 100 are refused keeping what was typed; saved ones show where
the weight goes."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e
LOADED = 20_000


def _workout_today(app, email: str) -> None:
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine
    from mitai_app.training.models import Activity

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        owner = session.exec(select(Profile).where(Profile.email == email)).one().id
        session.add(Activity(profile_id=owner, date=date.today(), duration_minutes=40))
        session.commit()
    engine.dispose()


def test_weekly_goals_show_this_weeks_progress_and_reach_the_dashboard(
    app, page: Page, unique_email
):
    account = create_account(app, unique_email)
    _workout_today(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/goals")
    week = page.locator("#week-goals")
    expect(week).to_contain_text("No weekly goals yet", timeout=LOADED)

    workouts = week.get_by_role("textbox", name="Workouts")
    workouts.fill("3")
    weigh_ins = week.get_by_label("Weigh-in days")
    weigh_ins.fill("8")
    week.get_by_role("button", name="Save weekly goals").click()
    expect(week.get_by_text("Please choose between 1 and 7 a week.")).to_be_visible(timeout=LOADED)
    expect(weigh_ins).to_have_value("8")

    weigh_ins.fill("")
    week.get_by_role("button", name="Save weekly goals").click()
    expect(week.get_by_role("status").filter(has_text="Weekly goals saved.")).to_be_visible(
        timeout=LOADED
    )
    expect(week.locator(".week-goal")).to_have_count(1)
    expect(week.locator(".week-goal")).to_contain_text("Workouts")
    expect(week.locator(".week-goal")).to_contain_text("1 of 3")
    expect(page.locator("#streak-days")).to_contain_text(
        "Days in a row with an entry: 1 (longest 1)"
    )
    expect(workouts).to_have_value("3")

    areas = page.locator("#focus-areas")
    expect(areas).to_contain_text("No focus areas weighted yet")
    areas.get_by_text("Weight your focus areas").click()
    inputs = areas.get_by_role("textbox")
    expect(inputs).to_have_count(26)
    inputs.nth(0).fill("50")
    inputs.nth(5).fill("30")
    areas.get_by_role("button", name="Save weights").click()
    expect(areas.get_by_role("alert").filter(has_text="add up to 80.0 %")).to_be_visible(
        timeout=LOADED
    )
    expect(inputs.nth(5)).to_have_value("30")
    inputs.nth(5).fill("50")
    areas.get_by_role("button", name="Save weights").click()
    expect(areas.get_by_role("status").filter(has_text="Weights saved.")).to_be_visible(
        timeout=LOADED
    )
    expect(areas.get_by_role("progressbar")).to_have_count(2)

    page.goto(app.url + "/dashboard")
    card = page.locator("#week-card")
    expect(card).to_contain_text("The week's goals", timeout=LOADED)
    expect(card).to_contain_text("1 of 3")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
