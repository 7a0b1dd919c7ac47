"""A lost connection is an ordinary event: a calm banner (no developer toast
naming the server), tabs that still open, weights kept in the browser across
a reload and sent once each when the connection is back, a day's weight
asked about before it is replaced, as online, and a Sleep night and taps on
"+ 250 ml water" kept and sent like them (the Sleep page, open meanwhile,
shows its night)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e
LOADED = 20_000
BANNER = "Offline — your entries are kept and will be sent"


def _capture_with_the_app_cached(page: Page, app) -> None:
    """Capture, once the service worker has cached the pages the tabs lead to."""
    page.goto(app.url + "/capture")
    expect(page.get_by_label("Date", exact=True)).not_to_have_value("", timeout=LOADED)
    assert page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    # The warm-up notes the build last, once every page and its files are cached.
    for _ in range(LOADED // 250):
        if page.evaluate(
            "caches.match('/__mitai-build', {cacheName: 'mitai-pages'}).then(Boolean)"
        ):
            return
        page.wait_for_timeout(250)
    pytest.fail("the service worker did not cache the app's pages")


def _keep_weight(page: Page, weight: str, day: date) -> None:
    page.get_by_label("Weight (kg)").fill(weight)
    page.get_by_label("Date", exact=True).fill(day.isoformat())
    page.get_by_role("button", name="Save weight").click()
    expect(page.get_by_text("Kept on this device")).to_be_visible()


def _history(page: Page, app):
    page.goto(app.url + "/history")
    return page.get_by_role("main").get_by_role("listitem")


@pytest.mark.scaled
def test_weights_kept_offline_survive_a_reload_and_are_sent_once(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    _capture_with_the_app_cached(page, app)
    banner = page.get_by_text(BANNER)
    today = date.fromisoformat(page.get_by_label("Date", exact=True).input_value())

    page.context.set_offline(True)
    expect(banner).to_be_visible(timeout=LOADED)
    expect(page.get_by_text("Cannot connect to server")).to_have_count(0)
    expect(page.get_by_text(re.compile(r"reachable at|ws://"))).to_have_count(0)
    _keep_weight(page, "80.4", today - timedelta(days=2))
    _keep_weight(page, "79.8", today - timedelta(days=1))
    expect(page.get_by_text("2 entries waiting.")).to_be_visible()

    # A tab opens from the cache instead of React Router's "Application Error".
    page.get_by_role("link", name="History").first.click()
    expect(page).to_have_url(re.compile(r"/history/?$"))
    expect(page.get_by_role("heading", name="History", level=1)).to_be_visible()
    expect(page.get_by_text("Application Error")).to_have_count(0)

    # Reopened while still offline: served by the service worker, still waiting,
    # and Capture still keeps entries (dated today on this device).
    page.reload()
    expect(page.get_by_role("heading", name="History", level=1)).to_be_visible()
    expect(page.get_by_text("2 entries waiting.")).to_be_visible(timeout=LOADED)
    page.get_by_role("link", name="Capture").first.click()
    page.get_by_label("Weight (kg)").fill("79.5")
    expect(page.get_by_label("Date", exact=True)).to_have_value(today.isoformat())
    page.get_by_role("button", name="Save weight").click()
    expect(page.get_by_text("3 entries waiting.")).to_be_visible()

    page.context.set_offline(False)
    for weight in ("80.4", "79.8", "79.5"):
        sent = page.get_by_text(re.compile(rf"Sent: Weight of .*: {re.escape(weight)} kg"))
        expect(sent).to_be_visible(timeout=LOADED)
    expect(banner).to_be_hidden()

    entries = _history(page, app)
    expect(entries).to_have_count(3, timeout=LOADED)
    for index, weight in enumerate(("79.5", "79.8", "80.4")):
        expect(entries.nth(index)).to_contain_text(f"{weight} kg")
    # Nothing is left to send: another visit sends nothing twice.
    page.reload()
    expect(entries).to_have_count(3, timeout=LOADED)
    assert (
        page.evaluate(
            """new Promise((resolve) => {
            const open = indexedDB.open('mitai-offline');
            open.onsuccess = () => {
                const count = open.result.transaction('queue').objectStore('queue').count();
                count.onsuccess = () => resolve(count.result);
            };
        })"""
        )
        == 0
    )


def test_a_days_weight_kept_offline_asks_before_replacing(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    _capture_with_the_app_cached(page, app)
    page.get_by_label("Weight (kg)").fill("81")
    page.get_by_role("button", name="Save weight").click()
    expect(page.get_by_role("status").filter(has_text="Weight saved.")).to_be_visible()

    page.context.set_offline(True)
    expect(page.get_by_text(BANNER)).to_be_visible(timeout=LOADED)
    page.get_by_label("Weight (kg)").fill("80.2")
    page.get_by_role("button", name="Save weight").click()
    expect(page.get_by_text("Kept on this device")).to_be_visible()
    page.context.set_offline(False)

    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("There is already an entry for this day", timeout=LOADED)
    expect(dialog).to_contain_text("Saved: Weight of")
    expect(dialog).to_contain_text("81.0 kg")
    expect(dialog).to_contain_text("80.2 kg")
    dialog.get_by_role("button", name="Replace").click()
    expect(page.get_by_text(re.compile(r"Sent: Weight of .*: 80\.2 kg"))).to_be_visible()

    entries = _history(page, app)
    expect(entries).to_have_count(1, timeout=LOADED)
    expect(entries.first).to_contain_text("80.2 kg")


def test_a_night_and_two_glasses_of_water_kept_offline_are_sent(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    _capture_with_the_app_cached(page, app)
    page.context.set_offline(True)
    expect(page.get_by_text(BANNER)).to_be_visible(timeout=LOADED)
    page.get_by_role("heading", name="Nutrition", level=2).click()  # folded on a phone
    water = page.get_by_role("button", name="+ 250 ml water")
    water.click()
    expect(page.get_by_text("1 entry waiting.")).to_be_visible()
    water.click()
    expect(page.get_by_text("2 entries waiting.")).to_be_visible()

    page.get_by_role("link", name="More", exact=True).click()
    page.get_by_role("main").get_by_role("link", name="Sleep", exact=True).click()
    page.get_by_label("Bed time").fill("23:00")
    page.get_by_label("Wake time").fill("07:00")
    page.get_by_role("button", name="Save night").click()
    expect(page.get_by_text("Kept on this device")).to_be_visible()
    expect(page.get_by_text("3 entries waiting.")).to_be_visible()

    page.context.set_offline(False)
    night = re.compile(r"Sent: Sleep of .*: 23:00–07:00: 8 h 00 min in bed")
    expect(page.get_by_text(night)).to_be_visible(timeout=LOADED)
    expect(page.get_by_text(re.compile(r"Sent: Water of .*: 250 ml"))).to_have_count(2)
    # The Sleep page, still open, shows the night it kept; and after a reload.
    nights = page.locator("#nights").get_by_role("listitem").filter(has_text="Sleep score")
    expect(nights).to_have_count(1)
    expect(nights.first).to_contain_text("23:00–07:00")
    page.goto(app.url + "/sleep")
    expect(nights).to_have_count(1, timeout=LOADED)
    expect(nights.first).to_contain_text("23:00–07:00")
    page.goto(app.url + "/nutrition")
    # The day's water: the two taps, once each; online a tap adds at once.
    expect(page.get_by_text("500 ml", exact=True).first).to_be_visible(timeout=LOADED)
    page.get_by_role("button", name="+ 250 ml water").click()
    expect(page.get_by_role("status").filter(has_text="250 ml of water added.")).to_be_visible()
    expect(page.get_by_text("750 ml", exact=True).first).to_be_visible()
