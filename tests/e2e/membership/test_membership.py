"""Membership in the browser: an admin limits weight entries for the free
plan, a free user is refused the entry beyond the limit with a message
saying why and how to get more, the admin creates a premium coupon, and the
user redeems it and can enter again."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e
LOADED = 30_000


@pytest.fixture
def admin_page(browser: Browser, page: Page) -> Iterator[Page]:
    """The admin's own browser, the same size as the user's."""
    context = browser.new_context(viewport=page.viewport_size)
    yield context.new_page()
    context.close()


@pytest.fixture
def free_weight_limit(app) -> Iterator[None]:
    """Puts the free plan's weight limit back to unlimited afterwards, so
    other tests against the same app can enter weights freely."""
    yield
    from sqlmodel import Session, select

    from mitai_app.core.db import create_db_engine
    from mitai_app.core.models import TierLimit

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        row = session.exec(
            select(TierLimit).where(
                TierLimit.tier_id == "free", TierLimit.feature_id == "weight_entries"
            )
        ).one()
        row.limit_value = None
        session.add(row)
        session.commit()
    engine.dispose()


def _enter_weight(page: Page, day: date, kg: str) -> None:
    weight_form = page.locator("form").filter(has=page.get_by_role("button", name="Save weight"))
    weight_form.get_by_label("Weight (kg)").fill(kg)
    weight_form.get_by_label("Date").fill(day.isoformat())
    weight_form.get_by_role("button", name="Save weight").click()


def _capture(page: Page, app) -> None:
    """Opens Capture once its on_load has run. A reload keeps this browser's
    page state (with Redis even across workers) until on_load has cleared
    the last visit's messages: typing before that would be re-mounted away."""
    page.goto(app.url + "/capture")
    expect(page.get_by_role("button", name="Save weight")).to_be_visible(timeout=LOADED)
    expect(page.get_by_label("Date").first).not_to_have_value("", timeout=LOADED)
    expect(page.get_by_text("Weight saved.")).to_have_count(0, timeout=LOADED)
    expect(page.get_by_role("alert")).to_have_count(0, timeout=LOADED)


@pytest.mark.scaled
def test_a_limit_refuses_the_third_weight_until_a_coupon_lifts_it(
    app, page: Page, admin_page: Page, free_weight_limit, unique_email
):
    admin = create_account(app, f"admin-{unique_email}", role="admin")
    user = create_account(app, unique_email)
    sign_in_as(admin_page, app, admin)
    sign_in_as(page, app, user)

    # The admin limits the free plan to 2 weight entries, in the matrix.
    admin_page.goto(app.url + "/admin/tiers")
    cell = admin_page.get_by_label("Weight entries – Free")
    expect(cell).to_be_visible(timeout=LOADED)
    cell.fill("2")
    cell.press("Enter")
    expect(admin_page.get_by_text("Saved.")).to_be_visible(timeout=LOADED)

    # Two entries are fine, the third is refused with what the plan allows.
    today = date.today()
    _capture(page, app)
    for days_ago, kg in ((5, "81.0"), (4, "80.6")):
        _enter_weight(page, today - timedelta(days=days_ago), kg)
        expect(page.get_by_text("Weight saved.")).to_be_visible(timeout=LOADED)
        _capture(page, app)
    _enter_weight(page, today - timedelta(days=3), "80.2")
    refusal = page.get_by_role("alert").filter(has_text="Your plan (Free) allows 2 weight entries")
    expect(refusal).to_be_visible(timeout=LOADED)
    expect(refusal).to_contain_text("you have used 2")
    expect(refusal).to_contain_text("Redeem a coupon or start a trial on the Subscription page.")
    # What the user typed is still there to try again.
    expect(page.get_by_label("Weight (kg)")).to_have_value("80.2")

    # The admin creates a coupon for 7 days of premium.
    code = f"E2E-{uuid.uuid4().hex[:8]}".upper()
    admin_page.goto(app.url + "/admin/coupons")
    # The coupon list (from on_load) shows that the page is live: the form
    # is drawn before its handler is attached.
    expect(admin_page.get_by_text(re.compile(r"^No coupons yet\.$|Uses: ")).first).to_be_visible(
        timeout=LOADED
    )
    admin_page.get_by_label("Code", exact=True).fill(code)
    admin_page.get_by_label("Plan").select_option("premium")
    admin_page.get_by_label("Duration in days").fill("7")
    admin_page.get_by_role("button", name="Create coupon").click()
    expect(admin_page.get_by_role("heading", name=code)).to_be_visible(timeout=LOADED)

    # The user redeems it on the Subscription page ...
    page.goto(app.url + "/subscription")
    expect(page.get_by_label("Coupon code")).to_be_visible(timeout=LOADED)
    expect(page.get_by_role("heading", name="Free")).to_be_visible(timeout=LOADED)
    page.get_by_label("Coupon code").fill(code.lower())
    page.get_by_role("button", name="Redeem").click()
    expect(page.get_by_text("Coupon redeemed: you are now on Premium.")).to_be_visible(
        timeout=LOADED
    )
    expect(page.get_by_role("heading", name="Premium")).to_be_visible()
    expect(page.get_by_text("From a coupon.")).to_be_visible()
    expect(page.get_by_text(re.compile(r"^Valid until"))).to_be_visible()

    # ... and can enter weights again.
    _capture(page, app)
    _enter_weight(page, today - timedelta(days=3), "80.2")
    expect(page.get_by_text("Weight saved.")).to_be_visible(timeout=LOADED)


def test_admin_pages_refuse_a_user(app, page: Page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    page.goto(app.url + "/admin/tiers")
    expect(page).to_have_url(re.compile(r"/dashboard$"), timeout=LOADED)


def test_a_trial_once_and_an_admin_pausing_and_resuming_it(
    app, page: Page, admin_page: Page, unique_email
):
    user = create_account(app, unique_email)
    sign_in_as(page, app, user)
    page.goto(app.url + "/subscription")
    page.get_by_role("button", name="Start the trial").click()
    expect(page.get_by_text("Your trial has started.")).to_be_visible(timeout=LOADED)
    expect(page.get_by_role("heading", name="Premium")).to_be_visible()
    expect(page.get_by_text("Your trial.")).to_be_visible()
    expect(page.get_by_role("button", name="Start the trial")).to_have_count(0)
    expect(page.get_by_text("You have already used your trial (one per account).")).to_be_visible()

    sign_in_as(admin_page, app, create_account(app, f"admin-{unique_email}", role="admin"))
    admin_page.goto(app.url + "/admin/profiles")
    admin_page.get_by_label("Search by e-mail or name").fill(unique_email)
    admin_page.get_by_role("button", name="Search", exact=True).click()
    # Only the two accounts of this test match (the admin's address contains
    # the user's): click once the list shows the search's answer.
    expect(admin_page.get_by_role("main").get_by_role("listitem")).to_have_count(2, timeout=LOADED)
    admin_page.get_by_role("button", name=f"Manage {unique_email}").click()
    expect(admin_page.get_by_text("Effective plan: premium")).to_be_visible(timeout=LOADED)
    admin_page.get_by_role("button", name="Pause").click()
    expect(admin_page.get_by_text("Effective plan: free")).to_be_visible(timeout=LOADED)
    expect(admin_page.get_by_text("Days left: 14")).to_be_visible()

    page.reload()
    expect(page.get_by_role("heading", name="Free")).to_be_visible(timeout=LOADED)

    admin_page.get_by_role("button", name="Resume").click()
    expect(admin_page.get_by_text("Effective plan: premium")).to_be_visible(timeout=LOADED)
    page.reload()
    expect(page.get_by_role("heading", name="Premium")).to_be_visible(timeout=LOADED)
