"""The shell at the edges: the narrowest phones, and the 640 px switch from the
bottom tab bar to the sidebar."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e

PUBLIC = ["/", "/login", "/register", "/forgot"]
SIGNED_IN = [
    "/dashboard",
    "/capture",
    "/history",
    "/analysis",
    "/body",
    "/photos",
    "/subscription",
    "/more",
    "/profile",
    "/settings",
]


def test_nothing_scrolls_sideways_at_360_px(app, browser, unique_email):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        for path in PUBLIC:
            page.goto(app.url + path)
            expect(page.locator("h1").first).to_be_visible(timeout=20_000)
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
        sign_in_as(page, app, create_account(app, unique_email))
        for path in SIGNED_IN:
            page.goto(app.url + path)
            expect(page.get_by_role("navigation", name="Main navigation")).to_be_visible(
                timeout=20_000
            )
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    finally:
        context.close()


@pytest.mark.parametrize(("width", "tab_bar"), [(640, True), (641, False)])
def test_tab_bar_up_to_640_px_sidebar_above(app, browser, unique_email, width, tab_bar):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        sign_in_as(page, app, create_account(app, unique_email))
        page.goto(app.url + "/dashboard")
        expect(page.get_by_role("heading", name="Dashboard")).to_be_visible(timeout=20_000)
        tabs, sidebar = page.locator(".mj-tabbar"), page.locator(".mj-sidebar")
        expect(tabs if tab_bar else sidebar).to_be_visible()
        expect(sidebar if tab_bar else tabs).to_be_hidden()
        # Five destinations in the tab bar, the "More" one included.
        if tab_bar:
            expect(tabs.get_by_role("link")).to_have_count(5)
    finally:
        context.close()
