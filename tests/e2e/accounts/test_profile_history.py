"""The profile's history in the browser, on a phone: a saved height shows
in the Profile page's history with its day and old and new value, and so
does an activity level chosen for nutrition. Axe in light and dark."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import violations_light_and_dark

pytestmark = pytest.mark.e2e
LOADED = 20_000


def _choose_activity(app, email: str) -> None:
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine
    from mitai_app.nutrition.targets import set_targets

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        owner = session.exec(select(Profile).where(Profile.email == email)).one().id
        set_targets(session=session, profile_id=owner, activity="active", protein_g_per_kg=1.8)
    engine.dispose()


@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_the_profile_page_lists_what_changed_and_when(app, page: Page, unique_email):
    account = create_account(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/profile")
    history = page.locator("#profile-history")
    expect(history.get_by_role("heading", name="Your profile's history")).to_be_visible(
        timeout=LOADED
    )
    expect(history).to_contain_text("No changes yet.", timeout=LOADED)

    page.get_by_label("Height (cm)").fill("172")
    page.get_by_role("button", name="Save", exact=True).click()
    change = history.locator(".profile-change").filter(has_text="Height")
    expect(change).to_contain_text("Height: — → 172.0 cm", timeout=LOADED)

    _choose_activity(app, unique_email)
    page.reload()
    activity = history.locator(".profile-change").filter(has_text="Activity level")
    expect(activity).to_contain_text(
        "Activity level: Lightly active (×1.375) → Very active (×1.725)", timeout=LOADED
    )
    problems = violations_light_and_dark(page)
    assert not problems, "axe on /profile with its history:\n" + "\n".join(
        f"{scheme}: {line}" for scheme, lines in problems.items() for line in lines
    )
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
