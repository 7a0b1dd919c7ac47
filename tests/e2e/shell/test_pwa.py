"""The app is an installable PWA: manifest, icons, service worker, offline page
(shown for a page the worker never cached)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import CHROMIUM_ARGS, VIEWPORTS

pytestmark = pytest.mark.e2e

OFFLINE_TEXT = "Mitai Jinkendo cannot reach its server"


def _open_with_active_worker(page: Page, url: str) -> None:
    page.goto(url)
    assert page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    # clients.claim() hands the open page to the worker; later fetches go through it.
    page.wait_for_function("navigator.serviceWorker.controller !== null")


@pytest.fixture(params=sorted(VIEWPORTS))
def profile_page(request, browser: Browser, tmp_path) -> Iterator[Page]:
    """A page in a browser profile of its own.

    The shared `browser`'s contexts are incognito, and Chromium never offers
    to install an app there (installability error "in-incognito").
    """
    context = browser.browser_type.launch_persistent_context(
        tmp_path / "profile",
        executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        args=CHROMIUM_ARGS,
        viewport=VIEWPORTS[request.param],
    )
    yield context.pages[0]
    context.close()


def test_chromium_reports_the_app_installable(app, profile_page: Page):
    page = profile_page
    _open_with_active_worker(page, app.url)
    cdp = page.context.new_cdp_session(page)
    assert cdp.send("Page.getInstallabilityErrors") == {"installabilityErrors": []}
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["url"] == app.url + "/manifest.webmanifest"
    assert not manifest["errors"]
    assert manifest["manifest"]["name"] == "Mitai Jinkendo"
    assert manifest["manifest"]["startUrl"] == app.url + "/"


def test_manifest_and_head_icons_are_served(app, page: Page):
    response = page.request.get(app.url + "/manifest.webmanifest")
    assert response.ok
    assert response.headers["content-type"].startswith("application/manifest+json")
    manifest = response.json()
    assert (manifest["start_url"], manifest["scope"]) == ("/", "/")
    icons = manifest["icons"]
    assert {icon["sizes"] for icon in icons if icon["purpose"] == "any"} == {
        "192x192",
        "512x512",
    }
    assert any(icon["purpose"] == "maskable" for icon in icons)

    page.goto(app.url)
    head_icons = page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    assert "/icons/apple-touch-icon.png" in head_icons
    for src in {icon["src"] for icon in icons} | set(head_icons):
        answer = page.request.get(app.url + src)
        assert answer.status == 200, src
        assert answer.headers["content-type"].startswith("image/"), src


def test_worker_caches_static_files_but_never_the_health_report(app, page: Page):
    _open_with_active_worker(page, app.url)
    # Now controlled, the page's bundles pass through the worker on a reload.
    page.reload()
    assert page.evaluate("fetch('/health').then(r => r.ok)")
    cached = page.evaluate(
        """async () => {
            const paths = [];
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
            }
            return paths;
        }"""
    )
    assert "/offline.html" in cached
    assert any(path.startswith("/assets/") and path.endswith(".js") for path in cached)
    assert "/" in cached  # the page itself, prerendered and the same for everyone
    assert "/health" not in cached


def test_offline_page_appears_for_a_page_never_opened(app, page: Page):
    _open_with_active_worker(page, app.url)
    offline_text = page.get_by_text(OFFLINE_TEXT)
    try_again = page.get_by_role("button", name="Try again")
    page.context.set_offline(True)
    try:
        # A page opened before comes from the cache (tests/e2e/shell/test_offline.py).
        page.goto(app.url + "/verify")
        expect(offline_text).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        # Still unreachable: trying again lands on the offline page once more.
        with page.expect_navigation():
            try_again.click()
        expect(try_again).to_be_visible()
    finally:
        page.context.set_offline(False)
    page.goto(app.url)
    expect(offline_text).to_be_hidden()
    expect(try_again).to_be_hidden()
