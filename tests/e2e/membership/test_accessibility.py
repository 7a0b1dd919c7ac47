"""Accessibility of the membership pages (subscription and the four admin
pages), with the same checks as every other page: axe-core's WCAG 2.1 A/AA
rules in light and dark mode, no sideways scroll on a phone, visible focus."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _focus_is_visible, _violations

pytestmark = pytest.mark.e2e

# (path, who, the page's main heading, a text that shows its on_load has run)
CASES = [
    ("/subscription", "user", "Subscription", "Your account's own plan."),
    # The list shows the first 50 by e-mail: after other tests, perhaps not this admin.
    ("/admin/profiles", "admin", "Profiles", re.compile(r"@example\.org")),
    ("/admin/tiers", "admin", "Tiers and limits", "Weight entries – Free"),
    # Empty, or (after other tests) a list of coupons with their uses.
    ("/admin/coupons", "admin", "Coupons", re.compile(r"^No coupons yet\.$|Uses: ")),
    ("/admin/log", "admin", "Activity log", "Page"),
]


@pytest.mark.both_viewports
@pytest.mark.parametrize(("path", "who", "heading", "loaded"), CASES, ids=[c[0] for c in CASES])
def test_membership_page_is_accessible(app, page: Page, unique_email, path, who, heading, loaded):
    sign_in_as(page, app, create_account(app, unique_email, role=who))
    page.goto(app.url + path)
    expect(page.get_by_role("heading", level=1, name=heading, exact=True)).to_be_visible(
        timeout=20_000
    )
    text = loaded.format(email=unique_email) if isinstance(loaded, str) else loaded
    main = page.get_by_role("main")
    expect(main.get_by_text(text).or_(main.get_by_label(text)).first).to_be_visible(timeout=20_000)

    problems = {}
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        found = _violations(page)
        if found:
            problems[scheme] = found
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
