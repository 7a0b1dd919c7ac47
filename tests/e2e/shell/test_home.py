"""The home page and the health route, on both deployments, in Chromium."""

import pytest
import redis
from playwright.sync_api import Page, expect

from mitai_app import __version__
from mitai_app.core.migrations import head_revision

pytestmark = pytest.mark.e2e


@pytest.mark.scaled
def test_home_page_loads_and_reports_a_live_database(app, page: Page):
    page.goto(app.url)
    expect(page.get_by_role("heading", name="Mitai Jinkendo")).to_be_visible()
    # The status arrives through a state event over the websocket: the backend
    # answered and reached its database.
    expect(page.locator("#status")).to_have_text(
        f"Version {__version__} · database ok", timeout=30_000
    )
    # No horizontal scrolling at either width.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.scaled
def test_health_route_reports_version_and_database(app, page: Page):
    response = page.request.get(app.url + "/health")
    assert response.ok
    assert response.json() == {
        "status": "ok",
        "version": __version__,
        "database": "ok",
        "dialect": app.dialect,
        "revision": head_revision(),
    }


@pytest.mark.scaled
def test_larger_deployment_keeps_state_in_redis_across_two_workers(app, browser):
    if app.redis_url is None:
        pytest.skip("the embedded deployment has no Redis")
    assert app.worker_count() == 2
    # Several browsers at once: each one's state lives in Redis, whichever
    # worker answers its events.
    contexts = [browser.new_context() for _ in range(4)]
    try:
        for context in contexts:
            page = context.new_page()
            page.goto(app.url)
            expect(page.locator("#status")).to_contain_text("database ok", timeout=30_000)
        keys = redis.Redis.from_url(app.redis_url).keys("*")
        assert len(keys) >= 4
    finally:
        for context in contexts:
            context.close()
