"""The shell's rough edges: an unknown address shows a translated page with
the way home; the theme can follow the system again; the front page and the
manifest promise only what exists (every link they hold is a page)."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e
LOADED = 20_000
# Fitness tests and training phases have no pages yet: nothing may promise them.
NOT_YET = re.compile(r"fitness tests?|training phases?", re.IGNORECASE)


@pytest.mark.both_viewports
def test_an_unknown_address_shows_the_way_home(app, page: Page, unique_email):
    page.goto(app.url + "/no/such/page")
    expect(page.get_by_role("heading", name="Page not found", level=1)).to_be_visible(
        timeout=LOADED
    )
    expect(page).to_have_title(re.compile("Page not found"))
    home = page.get_by_role("link", name="Go to the front page")
    expect(home).to_be_visible(timeout=LOADED)
    home.click()
    expect(page).to_have_url(app.url + "/", timeout=LOADED)

    page.get_by_role("radio", name="DE").click()
    # Remembered in the browser once the server's answer arrived.
    expect(page.get_by_role("heading", name="Was du festhalten kannst")).to_be_visible()
    page.goto(app.url + "/nochmal/nichts")
    expect(page.get_by_role("heading", name="Seite nicht gefunden")).to_be_visible(timeout=LOADED)
    expect(page.get_by_role("link", name="Zur Startseite")).to_be_visible()

    sign_in_as(page, app, create_account(app, unique_email))  # English in the profile
    page.goto(app.url + "/no/such/module")
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible(timeout=LOADED)
    page.get_by_role("link", name="Go to the dashboard").click()
    expect(page.get_by_role("heading", name="Dashboard", level=1)).to_be_visible(timeout=LOADED)


def test_the_theme_can_follow_the_system_again(app, page: Page):
    page.goto(app.url + "/")
    html = page.locator("html")
    switch = page.get_by_label("Colour scheme")
    page.emulate_media(color_scheme="light")
    switch.get_by_role("radio", name="Dark").click()
    expect(html).to_have_class(re.compile(r"\bdark\b"))
    switch.get_by_role("radio", name="Same as the system").click()
    expect(html).to_have_class(re.compile(r"\blight\b"))
    page.emulate_media(color_scheme="dark")
    expect(html).to_have_class(re.compile(r"\bdark\b"))
    # Remembered in this browser.
    page.reload()
    expect(page.get_by_role("radio", name="Same as the system")).to_be_checked(timeout=LOADED)
    page.emulate_media(color_scheme="light")
    expect(html).to_have_class(re.compile(r"\blight\b"))


def _served(page: Page, app, path: str) -> bool:
    return page.request.get(app.url + path).status == 200


def test_the_front_page_promises_only_what_exists(app, page: Page, unique_email):
    # An address the app does not have answers 404: a 200 below means a page.
    assert not _served(page, app, "/no-such-page")
    page.goto(app.url + "/")
    expect(page.locator("#status")).to_contain_text("database", timeout=LOADED)
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", name="What you can keep track of")).to_be_visible()
    expect(main).to_contain_text("Progress photos by pose")
    expect(main).not_to_contain_text(NOT_YET)

    sign_in_as(page, app, create_account(app, unique_email))
    for signed_in in (False, True):
        if signed_in:
            page.goto(app.url + "/")
            expect(page.get_by_role("link", name="Dashboard")).to_be_visible(timeout=LOADED)
        links = page.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
        assert links
        for link in links:
            assert link.startswith(app.url), link
            assert _served(page, app, link.removeprefix(app.url)), link


def test_the_manifest_promises_only_what_exists(app, page: Page):
    manifest = json.loads(page.request.get(app.url + "/manifest.webmanifest").text())
    assert not NOT_YET.search(manifest["description"])
    urls = [manifest["start_url"], *(icon["src"] for icon in manifest["icons"])]
    urls += [shortcut["url"] for shortcut in manifest.get("shortcuts", [])]
    for url in urls:
        assert _served(page, app, url), url
    page.goto(app.url + "/")
    description = page.locator('meta[name="description"]').get_attribute("content")
    assert not NOT_YET.search(description)
