"""A phone's first load stays light: the sign-in page's JavaScript within its
budget, and Plotly's bundle (the largest library) sent only to a page that
draws a chart. bench/first_load.py measures the same on a throttled link."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, Request, expect

from tests.e2e.body.test_body import LOADED
from tests.e2e.body.test_edges import _add
from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e

LOGIN_JS_BUDGET = 400_000  # bytes transferred (compressed), issue #17


def _scripts_fetched(page: Page) -> dict[str, int]:
    """Every script the page fetches from now on: its address and the bytes
    that came over the wire for it (compressed, as a phone receives them)."""
    fetched: dict[str, int] = {}

    def finished(request: Request) -> None:
        if request.resource_type == "script":
            fetched[request.url] = request.sizes()["responseBodySize"]

    page.on("requestfinished", finished)
    return fetched


@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_sign_in_sends_a_small_bundle_and_plotly_only_comes_with_a_chart(
    app, page: Page, unique_email
):
    scripts = _scripts_fetched(page)
    page.goto(app.url + "/login")
    expect(page.get_by_label("E-mail")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert scripts, "no script was fetched"
    assert not [url for url in scripts if "plotly" in url], scripts
    assert sum(scripts.values()) <= LOGIN_JS_BUDGET, sorted(scripts.items(), key=lambda s: -s[1])

    from mitai_app.body.models import WeightEntry

    sign_in_as(page, app, create_account(app, unique_email))
    today = date.today()
    _add(
        app,
        unique_email,
        *[(WeightEntry, {"date": today - timedelta(days=d), "weight": 80 - d}) for d in range(3)],
    )
    page.goto(app.url + "/body")
    expect(page.locator("#chart-weight .js-plotly-plot")).to_be_visible(timeout=LOADED)
    assert [url for url in scripts if "plotly" in url]
