"""Subscription offers nothing an unlimited plan could use (no trial, no
coupon), and lists only features of modules a user can open."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import Session, select

from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e
LOADED = 20_000


def _tier(app, email: str, tier: str) -> None:
    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        profile.tier = tier
        session.add(profile)
        session.commit()
    engine.dispose()


def _open(page: Page, app):
    page.goto(app.url + "/subscription")
    expect(page.get_by_role("heading", name="Subscription", level=1)).to_be_visible(timeout=LOADED)
    expect(page.get_by_text("Your current plan")).to_be_visible(timeout=LOADED)
    return page.get_by_role("main")


def test_the_self_hosted_plan_offers_no_trial_and_no_coupon(app, page: Page, unique_email):
    account = create_account(app, unique_email)
    _tier(app, unique_email, "selfhosted")
    sign_in_as(page, app, account)
    main = _open(page, app)
    expect(main.get_by_role("heading", name="Self-hosted")).to_be_visible()
    expect(main.get_by_role("heading", name="Usage and limits")).to_be_visible()
    expect(main.get_by_label("Coupon code")).to_have_count(0)
    expect(main.get_by_role("button", name="Start the trial")).to_have_count(0)
    expect(main.get_by_role("heading", name="Trial")).to_have_count(0)


def test_a_limited_plan_still_offers_them_and_lists_each_modules_features(
    app, page: Page, unique_email
):
    sign_in_as(page, app, create_account(app, unique_email))
    main = _open(page, app)
    expect(main.get_by_label("Coupon code")).to_be_visible()
    expect(main.get_by_role("button", name="Start the trial")).to_be_visible()
    usage = main.get_by_role("listitem")
    expect(usage.filter(has_text="Progress photos")).to_have_count(1)
    for feature in ("Nutrition entries", "Sleep entries", "Data export", "Data import"):
        expect(usage.filter(has_text=feature)).to_have_count(1)
