"""Rest days in the browser, on a phone: a rest day marked today shows in
this week's strip beside a run logged on Capture, and in the list; deleting
it can be undone. A new account's dashboard says readiness is still
learning."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import violations_light_and_dark

pytestmark = pytest.mark.e2e
LOADED = 20_000


@pytest.mark.scaled
@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_a_rest_day_shows_in_the_week_strip(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    # A run today, logged on Capture, stands in the strip beside the rest day.
    page.goto(app.url + "/capture")
    card = page.get_by_role("main")
    expect(card.get_by_label("Start time")).not_to_have_value("", timeout=LOADED)
    card.get_by_role("radio", name="Running").click()
    card.get_by_role("button", name="30 min").click()
    card.get_by_role("button", name="Save workout").click()
    expect(page.get_by_role("status").filter(has_text="Saved: ")).to_be_visible(timeout=LOADED)

    page.goto(app.url + "/rest-days")
    expect(page.get_by_label("Day", exact=True)).not_to_have_value("", timeout=LOADED)
    strip = page.locator("#week-strip").get_by_role("listitem")
    expect(strip).to_have_count(7)
    expect(page.locator("#week-strip")).not_to_contain_text("Active recovery")

    page.get_by_label("Kind").select_option("active_recovery")
    page.get_by_role("button", name="Save rest day").click()
    expect(page.get_by_role("status").filter(has_text="Rest day saved.")).to_be_visible()
    expect(page.locator("#week-strip")).to_contain_text("Active recovery")
    expect(page.locator("#week-strip")).to_contain_text("Running 30 min")
    listed = page.locator("#rest-list").get_by_role("listitem")
    expect(listed).to_have_count(1)
    assert violations_light_and_dark(page) == {}

    listed.first.get_by_role("button", name="Delete rest day").click()
    expect(page.locator("#week-strip")).not_to_contain_text("Active recovery")
    page.get_by_role("button", name="Undo").click()
    expect(page.locator("#week-strip")).to_contain_text("Active recovery")

    page.goto(app.url + "/dashboard")
    readiness = page.get_by_text("Today's readiness", exact=True).locator("..")
    expect(readiness).to_contain_text("Still learning: 0 of 14 days", timeout=LOADED)
