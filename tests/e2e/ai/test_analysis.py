"""The Analysis page against a fake AI provider on localhost: consent first,
what will be sent, the pipeline streaming in stage by stage, the saved
insight in the history, and deleting it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import Session, select

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations
from tests.fake_ai_provider import FakeProvider, Reply

pytestmark = pytest.mark.e2e
STAGE_1 = "Body: your weight falls by 0.3 kg a week."
STAGE_2 = "Food: protein is on the low side."
STAGE_3 = "**Overall**: keep the pace and add protein at breakfast. " * 3


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeProvider]:
    provider = FakeProvider().start()
    yield provider
    provider.stop()


def in_app_database(app, work) -> None:
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        work(session)
        session.commit()
    engine.dispose()


def assert_accessible(page: Page) -> None:
    """axe finds nothing in light and dark mode, and a phone needs no sideways scroll."""
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        found = _violations(page)
        assert not found, f"axe ({scheme}):\n" + "\n".join(found)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def set_provider(app, fake: FakeProvider, admin_email: str) -> None:
    """The fake provider, saved by the admin with that e-mail."""
    from mitai_app.accounts.models import Profile
    from mitai_app.ai import config as ai_config

    def save(session: Session) -> None:
        admin = session.exec(select(Profile).where(Profile.email == admin_email)).one()
        ai_config.save_config(
            session=session,
            admin_id=admin.id,
            kind="openai",
            base_url=fake.base_url,
            model="fake-1",
            api_key="e2e-key",
        )

    in_app_database(app, save)


def _premium(app, email: str) -> None:
    """The free plan has no pipeline runs."""
    from mitai_app.accounts.models import Profile

    def upgrade(session: Session) -> None:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        profile.tier = "premium"
        session.add(profile)

    in_app_database(app, upgrade)


def run_with_consent(page: Page, app, account) -> None:
    """Opens Analysis as `account`, allows AI analyses and runs the first prompt."""
    sign_in_as(page, app, account)
    page.goto(app.url + "/analysis")
    allow = page.get_by_label("Allow AI analyses")
    expect(allow).to_be_visible(timeout=20_000)
    allow.click()
    expect(page.get_by_text("AI analyses are off")).to_be_hidden()
    page.get_by_role("button", name="Run analysis").click()


@pytest.mark.scaled
def test_the_pipeline_streams_into_a_saved_insight(app, page: Page, fake, unique_email):
    create_account(app, "admin-" + unique_email, role="admin")
    set_provider(app, fake, "admin-" + unique_email)
    account = create_account(app, unique_email)
    _premium(app, unique_email)
    fake.requests.clear()
    fake.enqueue(
        Reply(STAGE_1),
        Reply(STAGE_2),
        Reply(STAGE_3, chunk_size=6, delay_s=0.15),  # ~9 s: long enough to watch on a busy machine
    )
    sign_in_as(page, app, account)
    page.goto(app.url + "/analysis")
    expect(page.get_by_role("heading", name="Analysis", level=1)).to_be_visible(timeout=20_000)

    # Nothing can be sent before the user allows it; what would be sent is shown first.
    expect(page.get_by_text("AI analyses are off")).to_be_visible(timeout=20_000)
    page.get_by_label("Analysis", exact=True).select_option(label="Overall analysis (3 stages)")
    expect(page.get_by_text("Body trend, then nutrition, then an overall analysis")).to_be_visible()
    expect(page.get_by_role("button", name="Run analysis")).to_be_disabled()
    page.get_by_role("button", name="Show what will be sent").click()
    expect(page.get_by_text("(output of stage 1: body_trend)")).to_be_visible()
    expect(page.get_by_text("Stage 3: Overall analysis")).to_be_visible()
    assert fake.requests == []

    page.get_by_label("Allow AI analyses").click()
    expect(page.get_by_text("AI analyses are off")).to_be_hidden()
    page.get_by_role("button", name="Run analysis").click()

    progress = page.get_by_role("status").filter(has_text="Stage 3 of 3: Overall analysis")
    expect(progress).to_be_visible(timeout=20_000)
    result = page.locator("#analysis-result")
    expect(result).to_contain_text("Overall", timeout=20_000)  # the first words are in...
    expect(page.get_by_text("Saved in the history.")).to_be_hidden()  # ...while it streams
    expect(page.get_by_text("Saved in the history.")).to_be_visible(timeout=20_000)
    expect(result).to_contain_text(STAGE_1)
    expect(result).to_contain_text("add protein at breakfast")
    assert STAGE_1 in fake.requests[2].prompt and STAGE_2 in fake.requests[2].prompt

    history = page.get_by_role("main").get_by_role("listitem")
    expect(history).to_have_count(1)
    history.get_by_role("button", name="Open").click()
    expect(history.get_by_text("add protein at breakfast").first).to_be_visible()
    history.get_by_text("Values used").click()
    expect(history.get_by_text("weight_latest: no data")).to_be_visible()
    assert_accessible(page)

    history.get_by_role("button", name="Delete").click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text(re.compile(r"will be deleted permanently"))
    dialog.get_by_role("button", name="Delete").click()
    expect(page.get_by_text("No analyses with this prompt yet.")).to_be_visible()


def test_cancel_stops_the_answer_and_saves_nothing(app, page: Page, fake, unique_email):
    create_account(app, "admin-" + unique_email, role="admin")
    set_provider(app, fake, "admin-" + unique_email)
    account = create_account(app, unique_email)
    fake.enqueue(Reply("Slowly, word by word. " * 40, chunk_size=4, delay_s=0.1))  # ~20 s
    run_with_consent(page, app, account)

    expect(page.locator("#analysis-result")).to_contain_text("Slowly", timeout=20_000)
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_text("Cancelled. Nothing was saved.")).to_be_visible(timeout=5_000)
    expect(page.get_by_role("button", name="Run analysis")).to_be_enabled()
    expect(page.get_by_text("No analyses with this prompt yet.")).to_be_visible()
