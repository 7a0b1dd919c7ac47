"""Admin → AI provider in the browser: an admin points the app at a (fake)
provider, tests the connection and reads the reply; the key is used by the
server but never shown to, or kept in, the page."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations
from tests.fake_ai_provider import FakeProvider, Status

pytestmark = pytest.mark.e2e

KEY = "sk-e2e-never-in-the-browser-7f3a9c"


@pytest.fixture(scope="module")
def provider() -> Iterator[FakeProvider]:
    """The app runs in its own process and calls this server over localhost."""
    fake = FakeProvider(required_key=KEY).start()
    yield fake
    fake.stop()


@pytest.mark.scaled
def test_admin_saves_a_provider_and_tests_the_connection(
    app, page: Page, provider: FakeProvider, unique_email
):
    # Everything the server sends this page (Reflex state updates arrive over
    # the websocket): the key typed in may go up, but never come back down.
    received: list[str] = []
    page.on(
        "websocket",
        lambda socket: socket.on("framereceived", lambda frame: received.append(str(frame))),
    )
    sign_in_as(page, app, create_account(app, unique_email, role="admin"))
    page.goto(app.url + "/admin/ai")
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", name="AI provider", level=1)).to_be_visible(timeout=20_000)

    # A provider's usual address is filled in when it is chosen.
    main.get_by_label("Provider").select_option("openrouter")
    expect(main.get_by_label("Base URL")).to_have_value("https://openrouter.ai/api/v1")

    main.get_by_label("Provider").select_option("openai")
    expect(main.get_by_label("Base URL")).to_have_value("https://api.openai.com/v1")
    main.get_by_label("Base URL").fill(provider.base_url)
    main.get_by_label("Default model").fill("fake-model")
    main.get_by_label("API key").fill(KEY)
    main.get_by_role("button", name="Save").click()
    expect(main.get_by_text("Provider saved.")).to_be_visible(timeout=20_000)
    expect(main.get_by_text("Key stored ✓", exact=False)).to_be_visible()
    expect(main.get_by_label("API key")).to_have_value("")
    expect(main.get_by_label("Base URL")).to_have_value(provider.base_url)

    main.get_by_role("button", name="Test connection").click()
    expect(main.get_by_text("The provider answered:")).to_be_visible(timeout=20_000)
    expect(main.get_by_text("Fake analysis of: Reply with one short sentence")).to_be_visible()
    assert provider.requests[-1].headers["authorization"] == f"Bearer {KEY}"
    assert provider.requests[-1].body["model"] == "fake-model"

    # A failing provider is reported in words.
    provider.enqueue(Status(503))
    main.get_by_role("button", name="Test connection").click()
    expect(main.get_by_text("The provider cannot be reached or is failing.")).to_be_visible(
        timeout=20_000
    )
    expect(main.get_by_text("The provider answered:")).to_have_count(0)

    # After a reload, too, the page knows only that a key is stored.
    page.reload()
    expect(main.get_by_text("Key stored ✓", exact=False)).to_be_visible(timeout=20_000)
    assert KEY not in page.content()
    assert received and not [frame for frame in received if KEY in frame]


@pytest.mark.both_viewports
def test_the_page_is_accessible_with_a_test_result(
    app, page: Page, provider: FakeProvider, unique_email
):
    sign_in_as(page, app, create_account(app, unique_email, role="admin"))
    page.goto(app.url + "/admin/ai")
    main = page.get_by_role("main")
    main.get_by_role("button", name="Test connection").click()
    # Whatever this app has saved (maybe nothing yet): an answer or an error.
    expect(main.get_by_role("status").or_(main.get_by_role("alert")).first).to_be_visible(
        timeout=20_000
    )
    expect(main.get_by_text("Waiting for the provider's answer…")).to_have_count(0)

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        assert _violations(page) == [], scheme
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_user_who_is_not_admin_is_sent_away(app, page: Page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    page.goto(app.url + "/admin/ai")

    expect(page).to_have_url(re.compile(r"/dashboard$"), timeout=20_000)
    expect(page.get_by_label("API key")).to_have_count(0)
