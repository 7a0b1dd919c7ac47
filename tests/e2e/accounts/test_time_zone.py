"""A new account takes the browser's time zone instead of UTC, and the
profile's picker offers the browser's zone and the usual ones first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlmodel import Session, select

from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e
ZONE = "Asia/Tokyo"  # neither the server's UTC nor one of the usual zones


@pytest.fixture
def in_tokyo(browser: Browser, page: Page) -> Iterator[Page]:
    """A browser in Tokyo's time zone, the size of `page`."""
    context = browser.new_context(viewport=page.viewport_size, timezone_id=ZONE)
    yield context.new_page()
    context.close()


def _stored_zone(app, email: str) -> str:
    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        zone = session.exec(select(Profile.timezone).where(Profile.email == email)).one()
    engine.dispose()
    return zone


def test_the_registration_form_carries_the_browsers_time_zone(app, in_tokyo: Page):
    """Sent with the form itself, so it is there however fast the user is
    (the service's test shows the account keeps it; signing up here would
    spend the per-address sign-up limit other tests need)."""
    in_tokyo.goto(app.url + "/register")
    form = in_tokyo.get_by_role("main").locator("form")
    expect(form.locator('input[type="hidden"][name="timezone"]')).to_have_value(
        ZONE, timeout=20_000
    )


def test_the_profile_offers_the_browsers_zone_first(app, in_tokyo: Page, unique_email):
    page = in_tokyo
    sign_in_as(page, app, create_account(app, unique_email))  # created in UTC
    page.goto(app.url + "/profile")
    expect(page.get_by_role("heading", name="Profile", level=1)).to_be_visible(timeout=20_000)
    picker = page.get_by_label("Time zone")
    common = picker.locator("optgroup").first
    expect(common).to_have_attribute("label", "Common time zones")
    expect(common.locator("option").first).to_have_text(ZONE, timeout=20_000)
    expect(common.locator("option").nth(1)).to_have_text("Europe/Berlin")
    expect(picker.locator("optgroup").nth(1)).to_have_attribute("label", "All time zones")
    # A profile still on the UTC it was created with is offered the browser's.
    expect(picker).to_have_value(ZONE)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="Saved.")).to_be_visible(timeout=20_000)
    assert _stored_zone(app, unique_email) == ZONE
