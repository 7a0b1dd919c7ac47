"""Accessibility: every page passes axe-core's WCAG 2.1 A/AA rules in light
and dark mode at both widths, has no horizontal scroll on a phone, and shows
where the keyboard focus is.

axe-core comes bundled in axe-playwright-python (axe.min.js is injected into
the page): nothing is downloaded at run time.
"""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE = Axe()

# (path, who, the page's main heading, a text that shows its on_load has run:
# the prerendered first paint already has the heading)
CASES = [
    ("/", "public", "Mitai Jinkendo", None),
    ("/login", "public", "Sign in", None),
    ("/register", "public", "Create account", None),
    ("/forgot", "public", "Forgot your password?", None),
    ("/dashboard", "user", "Dashboard", "{name}"),
    ("/capture", "user", "Capture", None),
    ("/more", "user", "More", None),
    ("/profile", "user", "Profile", "{email}"),
    ("/settings", "user", "Settings", "This device"),
    ("/sleep", "user", "Sleep", "No nights yet. Enter the first one above."),
    ("/vitals", "user", "Vitals", "No morning vitals yet. Add them on Capture."),
    ("/rest-days", "user", "Rest days", "No rest days in the last four weeks or planned."),
    ("/admin", "admin", "Admin", None),
]


def _violations(page: Page) -> list[str]:
    """axe's WCAG 2.1 A/AA violations, one readable line per rule and node."""
    results = AXE.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    lines = []
    for violation in results.response["violations"]:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            summary = node.get("failureSummary", "").replace("\n", " ")
            lines.append(f"    {node['target']}  {summary}")
    return lines


def violations_light_and_dark(page: Page) -> dict[str, list[str]]:
    """axe's violations in light and in dark mode, by mode (empty: none);
    the page is left in light mode."""
    problems = {}
    for scheme in ("light", "dark"):
        _colour_scheme(page, scheme)
        found = _violations(page)
        if found:
            problems[scheme] = found
    _colour_scheme(page, "light")
    return problems


def _colour_scheme(page: Page, scheme: str) -> None:
    # The app follows the system's colour mode (Reflex listens for changes).
    page.emulate_media(color_scheme=scheme)
    expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))


def _wait_until_settled(page: Page, heading: str) -> None:
    expect(page.get_by_role("heading", level=1, name=heading, exact=True)).to_be_visible(
        timeout=20_000
    )
    # The home page's status line arrives over the websocket; wait for it so
    # axe sees the page as a user does.
    if page.locator("#status").count():
        expect(page.locator("#status")).to_contain_text("database", timeout=20_000)


def _focus_is_visible(page: Page) -> str | None:
    """Tab to the first link or button; None when its focus outline shows,
    else what was focused."""
    for _ in range(15):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                if (!el || !el.matches('a[href], button, [role=button], [role=link]')) return null;
                return {outline: getComputedStyle(el).outlineStyle, html: el.outerHTML.slice(0, 120)};
            }"""
        )
        if focused is not None:
            return None if focused["outline"] != "none" else focused["html"]
    return "no link or button received focus after 15 Tab presses"


@pytest.mark.both_viewports
@pytest.mark.parametrize(("path", "who", "heading", "loaded"), CASES, ids=[c[0] for c in CASES])
def test_page_is_accessible(app, page: Page, unique_email, path, who, heading, loaded):
    if who != "public":
        sign_in_as(page, app, create_account(app, unique_email, role=who))
    page.goto(app.url + path)
    _wait_until_settled(page, heading)
    if loaded:
        text = loaded.format(email=unique_email, name=unique_email.split("@")[0])
        expect(page.get_by_text(text, exact=True)).to_be_visible()

    problems = violations_light_and_dark(page)
    assert not problems, "\n".join(
        f"axe found WCAG violations on {path} in {scheme} mode:\n" + "\n".join(lines)
        for scheme, lines in problems.items()
    )

    if page.viewport_size["width"] <= 640:
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
            f"{path} scrolls sideways on a phone"
        )
    problem = _focus_is_visible(page)
    assert problem is None, f"keyboard focus is not visible on {path}: {problem}"
