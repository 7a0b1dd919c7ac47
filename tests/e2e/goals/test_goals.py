"""Goals in the browser: a weight goal made on an account with three weeks
of weights starts from the newest weight and shows its progress, status and
projected date, and can be edited; the dashboard shows it as the primary goal; the page passes
axe in light and dark mode and fits a phone."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations

pytestmark = pytest.mark.e2e
LOADED = 20_000


def _seed_weights(app, email: str, days: int = 21) -> None:
    """A weight every day up to today, 0.1 kg less each day (88 kg today)."""
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.body.models import WeightEntry
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    today = date.today()
    with Session(engine) as session:
        owner = session.exec(select(Profile).where(Profile.email == email)).one().id
        for i in range(days):
            day = today - timedelta(days=days - 1 - i)
            session.add(WeightEntry(profile_id=owner, date=day, weight=90 - i * 0.1))
        session.commit()
    engine.dispose()


@pytest.mark.scaled
def test_a_weight_goal_shows_its_progress_and_projection(app, page: Page, unique_email):
    account = create_account(app, unique_email)
    _seed_weights(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/goals")
    expect(page.get_by_role("heading", name="Goals", level=1)).to_be_visible(timeout=LOADED)
    expect(page.get_by_text("No goals yet")).to_be_visible(timeout=LOADED)

    page.get_by_label("Goal type").select_option("weight")
    page.get_by_label("Title").fill("Summer shape")
    target = page.get_by_label("Target value")
    # A target date in the past is answered at its field, keeping what was typed.
    target.fill("85")
    page.get_by_label("Target date (optional)").fill((date.today() - timedelta(days=1)).isoformat())
    page.get_by_role("button", name="Create goal").click()
    expect(page.get_by_role("alert").filter(has_text="must be in the future")).to_be_visible(
        timeout=LOADED
    )
    expect(target).to_have_value("85")

    page.get_by_label("Target date (optional)").fill(
        (date.today() + timedelta(weeks=10)).isoformat()
    )
    page.get_by_role("button", name="Create goal").click()
    expect(page.get_by_role("status").filter(has_text="Goal created.")).to_be_visible(
        timeout=LOADED
    )
    goal = page.locator(".goal")
    expect(goal).to_have_count(1)
    expect(goal).to_contain_text("Summer shape")
    expect(goal).to_contain_text("Primary goal")
    expect(goal).to_contain_text("88.0 → 85.0 kg")
    expect(goal).to_contain_text("On track")
    expect(goal).to_contain_text("-0.7 kg per week")
    expect(goal).to_contain_text(re.compile(r"Projected to be reached on \w+"))
    expect(goal.get_by_role("progressbar")).to_be_visible()

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        problems = _violations(page)
        assert not problems, f"axe ({scheme}) on /goals:\n" + "\n".join(problems)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    # Editing changes the target and keeps the start.
    goal.get_by_role("button", name="Edit").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Target value").fill("84")
    dialog.get_by_role("button", name="Save").click()
    expect(dialog).to_be_hidden(timeout=LOADED)
    expect(goal).to_contain_text("88.0 → 84.0 kg")

    page.goto(app.url + "/dashboard")
    expect(page.get_by_text("Summer shape")).to_be_visible(timeout=LOADED)
    expect(page.get_by_role("link", name="To your goals")).to_be_visible()


def test_a_second_primary_goal_asks_before_replacing_the_first(app, page: Page, unique_email):
    account = create_account(app, unique_email)
    _seed_weights(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/goals")
    expect(page.get_by_text("No goals yet")).to_be_visible(timeout=LOADED)
    for title, target in (("First", "85"), ("Second", "84")):
        page.get_by_label("Goal type").select_option("weight")
        page.get_by_label("Title").fill(title)
        page.get_by_label("Target value").fill(target)
        if title == "Second":
            page.get_by_label("Make it the primary goal").check()
        page.get_by_role("button", name="Create goal").click()
        if title == "First":
            expect(page.locator(".goal")).to_have_count(1, timeout=LOADED)
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("“First” is your primary goal.", timeout=LOADED)
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()
    expect(page.locator(".goal")).to_have_count(1)
    expect(page.get_by_label("Title")).to_have_value("Second")  # what was typed is kept

    page.get_by_role("button", name="Create goal").click()
    dialog.get_by_role("button", name="Replace").click()
    expect(page.get_by_role("status").filter(has_text="Goal created.")).to_be_visible(
        timeout=LOADED
    )
    primary = page.locator(".goal").filter(has_text="Primary goal")
    expect(primary).to_have_count(1)
    expect(primary).to_contain_text("Second")

    # Making the first primary again asks too.
    page.locator(".goal").filter(has_text="First").get_by_role(
        "button", name="Make primary"
    ).click()
    expect(dialog).to_contain_text("“First” becomes your primary goal; “Second” stays")
    dialog.get_by_role("button", name="Replace").click()
    expect(page.locator(".goal").filter(has_text="Primary goal")).to_contain_text("First")
