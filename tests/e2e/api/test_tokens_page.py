"""API tokens in the browser: a user makes a token for their body data,
calls the API with it, revokes it, and the same call is refused."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations

pytestmark = pytest.mark.e2e
LOADED = 20_000


@pytest.mark.scaled
def test_a_token_made_in_settings_works_until_it_is_revoked(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    page.goto(app.url + "/settings/tokens")
    expect(page.get_by_role("heading", name="API tokens", level=1)).to_be_visible(timeout=LOADED)
    expect(page.get_by_text("No tokens yet.")).to_be_visible(timeout=LOADED)

    page.get_by_role("button", name="Create token").click()
    expect(page.get_by_role("alert")).to_contain_text("Give the token a name.")
    page.get_by_label("Name").fill("Scale shortcut")
    page.get_by_label(re.compile(r"Weight.* – write")).check()
    page.get_by_role("button", name="Create token").click()
    secret = page.get_by_label("Copy the token now")
    expect(secret).to_have_value(re.compile(r"^mjt_"), timeout=LOADED)
    headers = {"Authorization": f"Bearer {secret.input_value()}"}
    expect(page.get_by_role("listitem").filter(has_text="Scale shortcut")).to_contain_text(
        "body:write"
    )

    made = httpx.post(
        app.url + "/api/v1/logs/weight",
        headers=headers,
        json={"date": "2026-03-01", "values": {"weight": 71.2}},
    )
    assert made.status_code == 201, made.text
    assert httpx.get(app.url + "/api/v1/profile", headers=headers).status_code == 403

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        problems = _violations(page)
        assert not problems, f"axe ({scheme}) on /settings/tokens:\n" + "\n".join(problems)

    page.get_by_role("button", name="Revoke Scale shortcut").click()
    page.get_by_role("alertdialog").get_by_role("button", name="Revoke").click()
    expect(page.get_by_text("The token was revoked.")).to_be_visible(timeout=LOADED)
    refused = httpx.get(app.url + "/api/v1/logs/weight", headers=headers)
    assert refused.status_code == 401 and refused.json()["status"] == 401
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
