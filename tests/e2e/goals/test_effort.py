"""The Goals page's "where your effort goes" and an achievement in the
browser, on a phone: with focus weights and a weight goal the effort table
sets the focus beside the goals by category; thirty days of weigh-ins earn
an achievement that is shown as new once and then only listed as earned.
Axe in light and dark."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import violations_light_and_dark

pytestmark = pytest.mark.e2e
LOADED = 20_000
EARNED = "30 days in a row with something logged"


def _seed(app, email: str) -> None:
    """Thirty days of weights up to today, focus weights and a weight goal."""
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.body.models import WeightEntry
    from mitai_app.core.db import create_db_engine
    from mitai_app.goals import focus, service

    engine = create_db_engine(app.database_url)
    today = date.today()
    with Session(engine) as session:
        owner = session.exec(select(Profile).where(Profile.email == email)).one().id
        for i in range(30):
            day = today - timedelta(days=29 - i)
            session.add(WeightEntry(profile_id=owner, date=day, weight=90 - i * 0.05))
        session.commit()
        focus.set_focus_weights(
            session=session, profile_id=owner, typed={"weight_loss": "60", "max_strength": "40"}
        )
        service.create_goal(
            session=session,
            profile_id=owner,
            goal_type="weight",
            title="Leichter",
            target_value="85",
            today=today,
        )
    engine.dispose()


@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_effort_goes_by_category_and_an_achievement_is_shown_once(app, page: Page, unique_email):
    account = create_account(app, unique_email)
    _seed(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/goals")

    effort = page.locator("#effort")
    expect(effort.get_by_role("heading", name="Where your effort goes")).to_be_visible(
        timeout=LOADED
    )
    body = effort.get_by_role("row").filter(has_text="Body composition")
    expect(body).to_contain_text("60 %", timeout=LOADED)  # your focus
    expect(body).to_contain_text("100 %")  # your one goal's contributions
    expect(effort.get_by_role("row").filter(has_text="Strength")).to_contain_text("40 %")

    new = page.locator("#achievements-new")
    expect(new).to_contain_text(f"Newly earned: {EARNED}", timeout=LOADED)
    problems = violations_light_and_dark(page)
    assert not problems, "axe on /goals with effort and an achievement:\n" + "\n".join(
        f"{scheme}: {line}" for scheme, lines in problems.items() for line in lines
    )
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    page.reload()
    expect(page.locator("#achievements")).to_contain_text(f"Earned: {EARNED}", timeout=LOADED)
    expect(new).to_have_count(0)  # shown once, quietly
