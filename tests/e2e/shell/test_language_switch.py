"""Text the server composes follows the language switch without a reload:
History's rows, the Body page's derived values and weight summary, and the
dashboard card switch between German and English in place."""

from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.body.test_body import _seed, _set_profile
from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e
LOADED = 20_000


def _switch(page: Page, code: str) -> None:
    """The sidebar's switch: the page stays, nothing is loaded again."""
    page.locator("nav:visible").get_by_role("radio", name=code).first.click()


@pytest.mark.both_viewports
def test_composed_text_follows_the_language_switch(app, page: Page, unique_email):
    if page.viewport_size["width"] <= 640:
        pytest.skip("phones switch the language under More, on another page")
    account = create_account(app, unique_email)
    _set_profile(app, unique_email, sex="male", date_of_birth=date(1990, 6, 1), height_cm=180)
    _seed(app, unique_email, days=14)
    sign_in_as(page, app, account)
    # Navigations and reloads would redraw in the new language anyway: any
    # of them during the test would make it prove nothing.
    loads = []
    page.on("load", lambda _: loads.append(page.url))

    page.goto(app.url + "/history")
    first = page.get_by_role("tabpanel").get_by_role("listitem").first
    expect(first).to_contain_text("entered by hand", timeout=LOADED)
    expect(first).to_contain_text(re.compile(r"\d{1,2} \w{3} \d{4}"))  # 29 Mar 2026
    expect(first).to_contain_text(re.compile(r"\d+\.\d kg"))
    _switch(page, "DE")
    expect(first).to_contain_text("von Hand erfasst")
    expect(first).to_contain_text(re.compile(r"\d{2}\.\d{2}\.\d{4}"))  # 29.03.2026
    expect(first).to_contain_text(re.compile(r"\d+,\d kg"))
    page.get_by_role("tab", name="Hautfalten").click()
    skinfolds = page.get_by_role("tabpanel").get_by_role("listitem").first
    expect(skinfolds).to_contain_text("17,5 % · Jackson-Pollock, 3 Stellen")
    _switch(page, "EN")
    expect(skinfolds).to_contain_text("17.5 % · Jackson-Pollock, 3 sites")

    page.goto(app.url + "/body")
    derived = page.get_by_role("main").get_by_role("listitem").filter(has_text="Body fat (caliper)")
    expect(derived).to_contain_text("17.5 %", timeout=LOADED)
    expect(page.get_by_text(re.compile(r"Latest: \d+\.\d kg"))).to_be_visible()
    _switch(page, "DE")
    derived = (
        page.get_by_role("main").get_by_role("listitem").filter(has_text="Körperfett (Caliper)")
    )
    expect(derived).to_contain_text("17,5 %")
    expect(page.get_by_text(re.compile(r"Zuletzt: \d+,\d kg"))).to_be_visible()

    page.goto(app.url + "/dashboard")
    expect(page.get_by_text(re.compile(r"Zuletzt: \d+,\d kg"))).to_be_visible(timeout=LOADED)
    expect(page.get_by_text("Körperfett (Caliper)")).to_be_visible()
    _switch(page, "EN")
    expect(page.get_by_text(re.compile(r"Latest: \d+\.\d kg"))).to_be_visible()
    expect(page.get_by_text("Body fat (caliper)")).to_be_visible()

    assert [url.rstrip("/").rsplit("/", 1)[-1] for url in loads] == ["history", "body", "dashboard"]
