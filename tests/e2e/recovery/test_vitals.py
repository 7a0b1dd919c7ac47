"""Morning vitals in the browser, on a phone: a morning entered on Capture
is shown on the Vitals page against the user's own 60-day band and flagged
outside it; the recent mornings are edited in place (a bad value refused at
its field keeping what was typed, a move onto a morning that has values
asked first). An imported night with its stage intervals draws the
hypnogram on the Sleep page. Axe in light and dark mode."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.recovery.test_blood_pressure import LOADED, _saved
from tests.e2e.shell.test_accessibility import violations_light_and_dark

pytestmark = pytest.mark.e2e


def _today() -> date:
    return datetime.now(UTC).date()  # the new account's zone


def _in_app_db(app, email: str, add) -> None:
    """`add(session, owner)` in the app's own database."""
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        owner = session.exec(select(Profile).where(Profile.email == email)).one().id
        add(session, owner)
        session.commit()
    engine.dispose()


def _ten_mornings(session, owner) -> None:
    """HRV 50 and 60 by turns (band 50–60, mean 55), resting HR 55–57."""
    from mitai_app.recovery.models import VitalsBaseline

    for n in range(1, 11):
        session.add(
            VitalsBaseline(
                profile_id=owner,
                date=_today() - timedelta(days=n),
                hrv=50 if n % 2 else 60,
                hrv_measure="rmssd",
                resting_hr=55 + n % 3,
            )
        )


def _vital(page: Page, label: str):
    return page.locator("#morning-vitals").get_by_role("listitem").filter(has_text=label).first


@pytest.mark.scaled
@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_morning_vitals_show_the_users_band_and_are_edited_in_place(app, page, unique_email):
    account = create_account(app, unique_email)
    _in_app_db(app, unique_email, _ten_mornings)
    sign_in_as(page, app, account)
    page.goto(app.url + "/capture")
    page.get_by_role("heading", name="Morning vitals").click()  # the folded card
    form = page.locator("form").filter(has=page.locator("#field-vitals_date"))
    expect(form.get_by_label("Morning of")).not_to_have_value("", timeout=LOADED)
    form.get_by_label("Resting heart rate (bpm)").fill("56")
    form.get_by_label("HRV (ms)").fill("38")
    form.get_by_role("button", name="Save morning vitals").click()
    _saved(page, "Morning vitals saved.")

    page.goto(app.url + "/vitals")
    hrv = _vital(page, "HRV (RMSSD)")
    expect(hrv).to_contain_text("38 ms", timeout=LOADED)
    expect(hrv).to_contain_text("Below your normal band")
    resting = _vital(page, "Resting heart rate")
    expect(resting).to_contain_text("56 bpm")
    expect(resting).to_contain_text("Within your normal band")
    mornings = page.locator("#mornings").get_by_role("listitem")
    expect(mornings).to_have_count(7)  # the newest seven of eleven
    assert violations_light_and_dark(page) == {}

    # Edited in place: a bad value is named at its field and kept.
    newest = mornings.first
    newest.get_by_role("button", name="Edit").click()
    newest.get_by_label("HRV (ms)").fill("0")
    newest.get_by_role("button", name="Save").click()
    expect(newest.get_by_role("alert")).to_have_text("HRV: please enter 1 to 300 ms.")
    expect(newest.get_by_label("HRV (ms)")).to_have_value("0")
    expect(newest.get_by_label("HRV (ms)")).to_have_attribute("aria-invalid", "true")
    assert violations_light_and_dark(page) == {}
    newest.get_by_label("HRV (ms)").fill("72")
    newest.get_by_role("button", name="Save").click()
    expect(hrv).to_contain_text("72 ms", timeout=LOADED)
    expect(hrv).to_contain_text("Above your normal band")

    # Yesterday's morning moved onto today: one a day, so it asks first.
    yesterday = mornings.nth(1)
    yesterday.get_by_role("button", name="Edit").click()
    yesterday.get_by_label("Date", exact=True).fill(_today().isoformat())
    yesterday.get_by_role("button", name="Save").click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("There are already vitals for this morning")
    dialog.get_by_role("button", name="Replace").click()
    expect(dialog).to_have_count(0)
    expect(hrv).to_contain_text("50 ms", timeout=LOADED)  # yesterday's HRV, now today's
    expect(mornings.first.get_by_role("button", name="Edit")).to_be_visible()


def _night_with_stages(session, owner) -> None:
    """Last night as a watch records it: stages with their times."""
    from mitai_app.recovery.models import SleepEntry

    day = _today()
    bed = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(hours=1)
    stages = [("light", 0, 60), ("deep", 60, 150), ("light", 150, 240), ("rem", 240, 300)]
    intervals = [
        [stage, (bed + timedelta(minutes=a)).isoformat(), (bed + timedelta(minutes=b)).isoformat()]
        for stage, a, b in stages
    ]
    session.add(
        SleepEntry(
            profile_id=owner,
            date=day,
            sleep_start=bed,
            sleep_end=bed + timedelta(minutes=310),
            total_duration_minutes=300,
            sleep_segments={"light": 150, "deep": 90, "rem": 60, "intervals": intervals},
            source="apple_health",
        )
    )


@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_an_imported_night_with_stage_intervals_shows_its_hypnogram(app, page, unique_email):
    account = create_account(app, unique_email)
    _in_app_db(app, unique_email, _night_with_stages)
    sign_in_as(page, app, account)
    page.goto(app.url + "/sleep")
    hypnogram = page.get_by_role("img", name="Sleep stages of the night to")
    expect(hypnogram).to_be_visible(timeout=LOADED)
    for stage in ("Deep", "Light/core", "REM", "Awake"):
        expect(hypnogram).to_contain_text(stage)
    assert violations_light_and_dark(page) == {}
