"""Training phases in the browser: with 12 weeks of falling weights, opening
the Goals page queues the detection on the task worker; its suggestion
(a cut, with confidence and evidence) is confirmed, and the Body page's
weight chart and the Training page's minutes chart name the confirmed phase
they shade. Axe in light and dark."""

from __future__ import annotations

import re
import time
from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations

pytestmark = pytest.mark.e2e
LOADED = 20_000
WORKER = 60  # seconds the queued detection may take on a busy machine


def _seed_falling_weights(app, email: str) -> None:
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.body.models import WeightEntry
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    today = date.today()
    with Session(engine) as session:
        owner = session.exec(select(Profile).where(Profile.email == email)).one().id
        for i in range(84):
            day = today - timedelta(days=83 - i)
            session.add(WeightEntry(profile_id=owner, date=day, weight=90 - i * 0.08))
        session.commit()
    engine.dispose()


@pytest.mark.scaled
def test_a_suggested_phase_is_confirmed_and_shaded_on_the_weight_chart(
    app, page: Page, unique_email
):
    account = create_account(app, unique_email)
    _seed_falling_weights(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/goals")
    phases = page.locator("#phases")
    expect(phases.get_by_role("heading", name="Training phases")).to_be_visible(timeout=LOADED)
    suggestion = phases.locator(".phase")
    deadline = time.monotonic() + WORKER
    while suggestion.count() == 0 and time.monotonic() < deadline:  # the worker's run
        page.wait_for_timeout(1000)
        page.reload()
        expect(phases).to_be_visible(timeout=LOADED)
        page.wait_for_timeout(500)
    expect(suggestion).to_have_count(1, timeout=LOADED)
    expect(suggestion).to_contain_text("Calorie deficit (cut)")
    expect(suggestion).to_contain_text("Suggested")
    expect(suggestion).to_contain_text(re.compile(r"Confidence \d+ %"))
    expect(suggestion).to_contain_text(re.compile(r"Weight trend -0\.\d+ kg a week"))

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        problems = _violations(page)
        assert not problems, f"axe ({scheme}) on /goals with a phase:\n" + "\n".join(problems)

    suggestion.get_by_role("button", name="Confirm").click()
    expect(page.get_by_text("Phase confirmed.")).to_be_visible(timeout=LOADED)
    expect(suggestion).to_contain_text("Confirmed")
    expect(suggestion.get_by_role("button", name="Confirm")).to_have_count(0)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    page.goto(app.url + "/body")
    expect(page.locator("#weight-phases")).to_contain_text(
        "Shaded: your confirmed phases – Calorie deficit (cut)", timeout=LOADED
    )
    expect(page.locator("#chart-weight .shapelayer path")).not_to_have_count(0)

    page.goto(app.url + "/training")
    expect(page.locator("#training-phases")).to_contain_text(
        "Shaded: your confirmed phases – Calorie deficit (cut)", timeout=LOADED
    )
    expect(page.locator("#chart-training-minutes .shapelayer path")).not_to_have_count(0)
