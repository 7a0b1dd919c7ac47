"""Admin → Prompts in the browser: a template with an unknown placeholder is
refused by name without losing what was typed; the saved prompt is listed,
moved and switched off; its preview and test run use the admin's own data."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import Session, select

from tests.e2e.ai import test_analysis
from tests.e2e.ai.test_analysis import assert_accessible, in_app_database, set_provider
from tests.e2e.conftest import create_account, sign_in_as
from tests.fake_ai_provider import Reply

pytestmark = pytest.mark.e2e
fake = test_analysis.fake


def _allow_ai(app, email: str) -> None:
    from mitai_app.accounts.models import Profile

    def allow(session: Session) -> None:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        profile.ai_enabled = True
        session.add(profile)

    in_app_database(app, allow)


def _insight_count(app, email: str) -> int:
    from mitai_app.accounts.models import Profile
    from mitai_app.ai.models import AiInsight

    counted: list[int] = []

    def count(session: Session) -> None:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        rows = session.exec(select(AiInsight).where(AiInsight.profile_id == profile.id)).all()
        counted.append(len(rows))

    in_app_database(app, count)
    return counted[0]


def test_an_admin_writes_checks_and_tries_a_prompt(app, page: Page, fake, unique_email):
    account = create_account(app, unique_email, role="admin")
    set_provider(app, fake, unique_email)
    _allow_ai(app, unique_email)
    slug = "hydration_" + unique_email[:6]
    title = "Hydration " + unique_email[:6]  # the app (and its prompts) outlive a test
    sign_in_as(page, app, account)
    page.goto(app.url + "/admin/prompts")
    main = page.get_by_role("main")
    rows = main.get_by_role("listitem")
    expect(rows.first).to_be_visible(timeout=20_000)
    before = rows.count()

    page.get_by_role("button", name="New prompt").click()
    page.get_by_label("Slug").fill(slug)
    page.get_by_label("Title").fill(title)
    page.get_by_label("Template (German)").fill("Wasser {{water_avg_7d}}, Laune {{mood_score}}")
    page.get_by_label("Template (English)").fill("Water {{water_avg_7d}}")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("alert")).to_contain_text("Unknown placeholders: mood_score")
    expect(page.get_by_label("Title")).to_have_value(title)  # nothing typed is lost

    page.get_by_label("Template (German)").fill("Wasser {{water_avg_7d}}")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Prompt saved.")).to_be_visible()

    page.get_by_role("button", name="Preview with my data").click()
    expect(page.get_by_text("Water no data")).to_be_visible()
    fake.enqueue(Reply("Drink **two more glasses** a day.", chunk_size=4, delay_s=0.02))
    page.get_by_role("button", name="Test run").click()
    expect(page.locator("#test-run-result")).to_contain_text(
        "Drink two more glasses a day.", timeout=20_000
    )
    assert "Water no data" in fake.requests[-1].prompt
    assert _insight_count(app, unique_email) == 0  # a test run is not an analysis
    assert_accessible(page)

    page.get_by_role("button", name="Back to the list").click()
    expect(rows).to_have_count(before + 1)
    expect(rows.last).to_contain_text(title)
    page.get_by_role("button", name=f"Move up {title}").click()
    expect(rows.nth(before - 1)).to_contain_text(title)
    switch = page.get_by_role("switch", name=f"Active {title}")
    expect(switch).to_be_checked()
    switch.click()
    expect(switch).not_to_be_checked()
    assert_accessible(page)
