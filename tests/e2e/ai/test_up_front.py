"""What the Analysis page and Admin → Prompts say before anyone runs
anything: that no AI provider is set up (and whom to ask, or, for an admin,
where to set one up), and the prompts' names in the reader's language.
(Prompts reading a module without pages are marked: every module has pages
now, so tests/db/ai/test_prompts.py covers that with a module taken away.)"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import Session, col, delete

from tests.e2e.ai import test_analysis
from tests.e2e.ai.test_analysis import assert_accessible, in_app_database, set_provider
from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e
fake = test_analysis.fake
LOADED = 20_000


def _no_provider(app) -> None:
    """Forgets the provider other tests against this app may have saved."""
    from mitai_app.core.models import AppSetting

    def forget(session: Session) -> None:
        session.exec(delete(AppSetting).where(col(AppSetting.key).startswith("ai.")))

    in_app_database(app, forget)


def _open_analysis(page: Page, app, account) -> None:
    sign_in_as(page, app, account)
    page.goto(app.url + "/analysis")
    expect(page.get_by_role("heading", name="Analysis", level=1)).to_be_visible(timeout=LOADED)
    expect(page.get_by_text("AI analyses are off")).to_be_visible(timeout=LOADED)


def test_a_user_learns_before_consent_that_no_provider_is_set_up(app, page: Page, unique_email):
    _no_provider(app)
    _open_analysis(page, app, create_account(app, unique_email))
    notice = page.locator("#no-provider")
    expect(notice).to_contain_text("No AI provider is set up yet")
    expect(notice).to_contain_text("Please ask your administrator.")
    expect(notice.get_by_role("link")).to_have_count(0)
    expect(page.get_by_role("button", name="Run analysis")).to_be_disabled()
    # Allowing analyses does not make Run possible without a provider.
    page.get_by_label("Allow AI analyses").click()
    expect(page.get_by_text("AI analyses are off")).to_be_hidden()
    expect(page.get_by_role("button", name="Run analysis")).to_be_disabled()
    assert_accessible(page)


def test_an_admin_is_shown_where_to_set_up_a_provider(app, page: Page, fake, unique_email):
    _no_provider(app)
    admin = create_account(app, unique_email, role="admin")
    _open_analysis(page, app, admin)
    link = page.locator("#no-provider").get_by_role("link", name="Set up a provider")
    expect(link).to_be_visible()
    link.click()
    expect(page).to_have_url(app.url + "/admin/ai", timeout=LOADED)

    set_provider(app, fake, unique_email)
    page.goto(app.url + "/analysis")
    expect(page.get_by_text("AI analyses are off")).to_be_visible(timeout=LOADED)
    expect(page.locator("#no-provider")).to_have_count(0)


@pytest.mark.both_viewports
def test_admin_prompts_shows_the_names_in_the_readers_language(app, page: Page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email, role="admin"))
    page.goto(app.url + "/admin/prompts")
    rows = page.get_by_role("main").get_by_role("listitem")
    expect(rows.filter(has_text="Body composition")).to_have_count(1, timeout=LOADED)
    expect(page.get_by_role("main")).not_to_contain_text("Körperzusammensetzung")
    expect(page.get_by_role("button", name="Edit Body composition")).to_be_visible()

    if page.viewport_size["width"] > 640:  # the sidebar's switch, the page stays
        page.locator("nav:visible").get_by_role("radio", name="DE").click()
    else:  # phones switch under More
        page.get_by_role("link", name="More").click()
        page.get_by_role("radio", name="DE").click()
        page.goto(app.url + "/admin/prompts")
    expect(rows.filter(has_text="Körperzusammensetzung")).to_have_count(1, timeout=LOADED)
    expect(rows.filter(has_text="Body composition")).to_have_count(0)
