"""Fitness tests in the browser: a Cooper result of a man of 35 shows its
norm category and the VO2max it set, a distance over 5 km is answered at
the field keeping what was typed, the history shows the result over the
norm bands; the page passes axe in light and dark mode and fits a phone."""

from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations

pytestmark = pytest.mark.e2e
LOADED = 20_000


def _man_of_35(app, email: str) -> None:
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        today = date.today()
        profile.sex, profile.date_of_birth = "male", date(today.year - 35, 1, 1)
        session.add(profile)
        session.commit()
    engine.dispose()


@pytest.mark.scaled
def test_a_cooper_test_result_shows_its_norm_category(app, page: Page, unique_email):
    account = create_account(app, unique_email)
    _man_of_35(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/goals/fitness")
    expect(page.get_by_role("heading", name="Fitness tests", level=1)).to_be_visible(timeout=LOADED)
    expect(page.get_by_label("Test")).to_have_value("cooper_12min", timeout=LOADED)
    expect(page.locator("#fitness-protocol")).to_contain_text("12 minutes")
    expect(page.locator("#fitness-protocol")).to_contain_text("Cooper KH (1968)")

    result = page.get_by_label("Result (m)")
    result.fill("5200")
    page.get_by_role("button", name="Save result").click()
    expect(page.get_by_role("alert").filter(has_text="not a plausible result")).to_be_visible(
        timeout=LOADED
    )
    expect(result).to_have_value("5200")

    result.fill("2650")
    page.get_by_role("button", name="Save result").click()
    saved = page.get_by_role("status").filter(has_text="Saved")
    expect(saved).to_contain_text("2,650 m – Above average", timeout=LOADED)
    expect(saved).to_contain_text("VO2max 48.0 ml/kg/min")
    history = page.locator("#fitness-history")
    expect(history).to_contain_text("Norms for men aged 35")
    expect(history.locator(".fitness-result")).to_have_count(1)
    expect(history.locator(".fitness-result")).to_contain_text("Above average")
    expect(history).to_contain_text("Excellent · from 2,701 m")
    expect(page.locator("#chart-fitness")).to_be_visible()

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        problems = _violations(page)
        assert not problems, f"axe ({scheme}) on /goals/fitness:\n" + "\n".join(problems)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
