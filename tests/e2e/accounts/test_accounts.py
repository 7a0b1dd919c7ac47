"""Accounts in the browser: sign up, confirm by the mailed link, sign in,
switch language, sign out; and the server, not the browser, decides who
is signed in."""

import contextlib
import mailbox
import re

import pytest
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from mitai_app.core.db import create_db_engine
from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e


def _mailed_link(app, email: str, path: str) -> str:
    box = mailbox.mbox(app.outbox)
    try:
        bodies = [m.get_payload(decode=True).decode() for m in box if m["To"] == email]
    finally:
        box.close()
    assert bodies, f"no mail to {email}"
    return re.search(rf"http\S+{path}\?token=\S+", bodies[-1]).group(0)


def _switch_language(page: Page, code: str) -> None:
    """The switch sits in the sidebar on wide screens and under "More" on phones."""
    if page.viewport_size["width"] <= 640:
        page.get_by_role(
            "navigation", name=re.compile("Main navigation|Hauptnavigation")
        ).get_by_role("link", name=re.compile("More|Mehr")).click()
    page.locator("main, nav:visible").get_by_role("radio", name=code).first.click()


@pytest.mark.scaled
def test_register_confirm_sign_in_switch_language_sign_out(app, page: Page, unique_email):
    password = "correct horse battery"
    page.goto(app.url + "/register")
    page.get_by_label("E-mail address").fill(unique_email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_label("Repeat password").fill(password)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_text("Almost there")).to_be_visible(timeout=20_000)

    link = _mailed_link(app, unique_email, "/verify")
    # No MITAI_PUBLIC_BASE_URL is set: the link names the address the browser
    # used, so a phone on the LAN can open it.
    assert link.startswith(app.url + "/verify?token=")
    page.goto(link)
    expect(page.get_by_text("Your e-mail address is confirmed")).to_be_visible(timeout=20_000)

    page.goto(app.url + "/login")
    page.get_by_label("E-mail address").fill(unique_email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    # A new account is led to its first run; "Set up later" leaves it for good.
    expect(page.get_by_role("heading", name="Getting started")).to_be_visible(timeout=20_000)
    page.get_by_role("button", name="Set up later").click()
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible(timeout=20_000)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    _switch_language(page, "DE")
    expect(page.get_by_role("link", name="Übersicht").first).to_be_visible()
    page.goto(app.url + "/dashboard")
    # The choice is stored in the profile: it survives a reload.
    expect(page.get_by_role("heading", name="Übersicht")).to_be_visible(timeout=20_000)
    _switch_language(page, "EN")
    expect(page.get_by_role("link", name="Dashboard").first).to_be_visible()

    if page.viewport_size["width"] <= 640:
        page.get_by_role("link", name="More").click()
    page.get_by_role("button", name="Sign out").last.click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible(timeout=20_000)
    page.goto(app.url + "/dashboard")
    # The sign-in page remembers where to return.
    expect(page).to_have_url(re.compile(r"/login/?\?next=%2Fdashboard(%2F)?$"), timeout=20_000)


def test_the_page_title_follows_the_language_switch(app, page: Page):
    page.goto(app.url + "/login")
    page.get_by_role("radio", name="EN").click()
    expect(page).to_have_title("Sign in · Mitai Jinkendo", timeout=20_000)
    page.get_by_role("radio", name="DE").click()
    expect(page).to_have_title("Anmelden · Mitai Jinkendo")
    page.get_by_role("radio", name="EN").click()
    expect(page).to_have_title("Sign in · Mitai Jinkendo")


def test_signed_out_visitor_is_sent_to_sign_in(app, page: Page):
    page.goto(app.url + "/history")
    expect(page).to_have_url(re.compile(r"/login/?\?next=%2Fhistory(%2F)?$"), timeout=20_000)
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()


@pytest.mark.scaled
def test_a_session_ended_on_the_server_stops_working_at_once(app, page: Page, unique_email):
    account = create_account(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/dashboard")
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible(timeout=20_000)
    # The heading is in the pre-built page; the name arrives once the server
    # has checked the session, so the check is over before the sessions go.
    expect(page.get_by_text(unique_email.split("@")[0], exact=True)).to_be_visible()

    engine = create_db_engine(app.database_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM sessions")
    engine.dispose()

    # The very next page (a client-side navigation: no reload) checks again.
    # The dashboard's cards load in events of their own after the name shows;
    # when one of them is still queued it is the next to reach the server and
    # is the one refused, naming the dashboard as the page to come back to.
    history = page.get_by_role("link", name="History").first
    # When a card's load reached the server first, the page went to sign in
    # before the link could be clicked.
    with contextlib.suppress(PlaywrightTimeoutError):
        history.click(timeout=5_000)
    expect(page).to_have_url(
        re.compile(r"/login/?\?next=%2F(history|dashboard)(%2F)?$"), timeout=20_000
    )


def test_admin_pages_refuse_non_admins(app, page: Page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    page.goto(app.url + "/admin")
    expect(page).to_have_url(re.compile(r"/dashboard$"), timeout=20_000)
