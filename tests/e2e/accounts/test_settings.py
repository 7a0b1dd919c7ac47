"""Settings in the browser: ending another device's session and changing the
password sign that device out at its very next step."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import add_session, create_account, sign_in_as

pytestmark = pytest.mark.e2e


@pytest.fixture
def other_device(browser: Browser, page: Page) -> Iterator[Page]:
    """A second browser (its own cookies) of the same size as `page`."""
    context = browser.new_context(viewport=page.viewport_size)
    yield context.new_page()
    context.close()


def _signed_in_twice(app, page: Page, other_device: Page, email: str):
    """One account, signed in on `page` and, with a session of its own, on
    `other_device`; `page` shows the settings."""
    account = create_account(app, email)
    sign_in_as(other_device, app, replace(account, session_token=add_session(app, email)))
    other_device.goto(app.url + "/dashboard")
    expect(other_device.get_by_role("heading", name="Dashboard")).to_be_visible(timeout=20_000)
    # The display name (here the e-mail's local part) arrives with the page's
    # on_load: the session check has run, and will not redirect later.
    expect(other_device.get_by_text(email.split("@")[0], exact=True)).to_be_visible()

    sign_in_as(page, app, account)
    page.goto(app.url + "/settings")
    expect(page.get_by_role("heading", name="Settings", level=1)).to_be_visible(timeout=20_000)
    # Both devices are listed once the page's on_load has run.
    expect(page.get_by_role("main").get_by_role("listitem")).to_have_count(2, timeout=20_000)
    return account


def _navigate(page: Page) -> None:
    """A client-side navigation (no reload), as a user moves between tabs."""
    page.get_by_role("link", name="History").first.click()


def _still_signed_in(page: Page, email: str) -> None:
    """This device moves on as before: the dashboard's on_load (which sends a
    signed-out browser to /login) fills in the display name."""
    page.get_by_role("link", name="Dashboard").first.click()
    expect(page.get_by_text(email.split("@")[0], exact=True)).to_be_visible(timeout=20_000)
    expect(page).to_have_url(re.compile(r"/dashboard$"))


def test_ending_another_session_signs_that_device_out(app, page: Page, other_device, unique_email):
    _signed_in_twice(app, page, other_device, unique_email)
    devices = page.get_by_role("main").get_by_role("listitem")
    expect(devices.filter(has_text="This device")).to_have_count(1)

    page.get_by_role("button", name="End session").click()
    expect(page.get_by_text("Session ended.")).to_be_visible(timeout=20_000)
    expect(devices).to_have_count(1)
    expect(page.get_by_text("You are not signed in on any other device.")).to_be_visible()

    _navigate(other_device)
    expect(other_device).to_have_url(re.compile(r"/login/?(\?next=\S+)?$"), timeout=20_000)
    _still_signed_in(page, unique_email)


def test_changing_the_password_signs_other_devices_out(app, page: Page, other_device, unique_email):
    account = _signed_in_twice(app, page, other_device, unique_email)
    new_password = "a brand new e2e secret"
    form = page.get_by_role("main")
    form.get_by_label("Current password").fill("not the password at all")
    form.get_by_label("New password").fill(new_password)
    form.get_by_label("Repeat password").fill(new_password)
    form.get_by_role("button", name="Change password").click()
    expect(page.get_by_role("alert").filter(has_text="The password is incorrect.")).to_be_visible(
        timeout=20_000
    )
    expect(page.get_by_role("main").get_by_role("status")).to_have_count(0)

    form.get_by_label("Current password").fill(account.password)
    form.get_by_role("button", name="Change password").click()
    expect(
        page.get_by_role("status").filter(has_text="Your password has been changed.")
    ).to_be_visible(timeout=20_000)
    expect(page.get_by_role("alert").filter(has_text="The password is incorrect.")).to_have_count(0)
    expect(page.get_by_role("main").get_by_role("listitem")).to_have_count(1)

    _navigate(other_device)
    expect(other_device).to_have_url(re.compile(r"/login/?(\?next=\S+)?$"), timeout=20_000)
    _still_signed_in(page, unique_email)


@pytest.mark.scaled
def test_signing_out_everywhere_else_keeps_only_this_device(
    app, page: Page, other_device, unique_email
):
    _signed_in_twice(app, page, other_device, unique_email)
    page.get_by_role("button", name="Sign out everywhere else").click()
    # It asks first.
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("this one stays signed in")
    dialog.get_by_role("button", name="Sign out everywhere else").click()
    expect(page.get_by_text("Every other device is signed out.")).to_be_visible(timeout=20_000)
    devices = page.get_by_role("main").get_by_role("listitem")
    expect(devices).to_have_count(1)
    expect(devices).to_contain_text("This device")
    expect(page.get_by_role("button", name="Sign out everywhere else")).to_be_hidden()

    _navigate(other_device)
    expect(other_device).to_have_url(re.compile(r"/login/?(\?next=\S+)?$"), timeout=20_000)
    _still_signed_in(page, unique_email)
