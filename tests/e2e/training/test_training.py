"""Training in the browser, on a phone (390×844) and a desktop (1280×800): today's run is logged in
at most four taps after opening Capture, shows in History with its type, and
an impossible duration is refused at the field keeping what was typed; the
Training page and the dashboard count it, and pass axe in light and dark;
the dashboard's card shows the week against the weekly goal."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations

pytestmark = pytest.mark.e2e
LOADED = 20_000


def _accessible_on_a_phone(page: Page, path: str) -> None:
    """axe finds nothing in light and dark mode, and nothing scrolls sideways."""
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        problems = _violations(page)
        assert not problems, f"axe ({scheme}) on {path}:\n" + "\n".join(problems)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.scaled
def test_log_a_run_in_four_taps(app, page: Page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    page.goto(app.url + "/capture")
    card = page.get_by_role("main")
    # The start time arrives with the card's load (now, in the profile's zone).
    expect(card.get_by_label("Start time")).not_to_have_value("", timeout=LOADED)

    taps = [
        card.get_by_role("radio", name="Running"),
        card.get_by_role("button", name="30 min"),
        card.get_by_role("button", name="Save workout"),
    ]
    for target in taps:
        target.click()
    assert len(taps) <= 4
    expect(page.get_by_role("status").filter(has_text="Saved: ")).to_contain_text(
        "Running · 30 min"
    )
    # The type just logged is offered first (and chosen) next time.
    expect(card.get_by_role("radio", name="Running")).to_be_checked()
    page.get_by_text("More details").click()
    _accessible_on_a_phone(page, "/capture")

    # An impossible duration is refused at the field, keeping what was typed.
    duration = card.get_by_label("Duration (min)")
    duration.fill("1500")
    card.get_by_role("button", name="Save workout").click()
    expect(page.get_by_role("alert").filter(has_text="24 hours")).to_be_visible()
    expect(duration).to_have_value("1500")
    expect(duration).to_have_attribute("aria-invalid", "true")

    page.get_by_role("link", name="History").first.click()
    page.get_by_role("tab", name="Training").click()
    entries = page.get_by_role("main").get_by_role("listitem")
    expect(entries).to_have_count(1, timeout=LOADED)
    expect(entries.first).to_contain_text("Running · 30 min")

    page.goto(app.url + "/training")
    expect(page.get_by_role("heading", name="Training", level=1)).to_be_visible(timeout=LOADED)
    expect(page.get_by_text("Sessions: 1 · 30 min")).to_be_visible(timeout=LOADED)
    expect(page.locator("#chart-training-minutes .js-plotly-plot")).to_be_visible(timeout=LOADED)
    _accessible_on_a_phone(page, "/training")

    page.goto(app.url + "/dashboard")
    expect(page.get_by_text("Sessions: 1 · 30 min")).to_be_visible(timeout=LOADED)


def _exercise_card(page: Page, name: str):
    return page.locator(".rt-Card").filter(has=page.get_by_role("heading", name=name, level=2))


def _add_exercise(page: Page, name: str):
    page.get_by_label("Exercise", exact=True).select_option(label=name)
    page.get_by_role("button", name="Add exercise").click()
    card = _exercise_card(page, name)
    expect(card).to_contain_text("No sets yet.", timeout=LOADED)
    return card


def _four_sets(card, reps: str, kg: str, *, last: tuple[str, str] | None = None) -> None:
    """One typed set, two repeated, and a fourth (typed anew when `last`)."""
    card.get_by_label("Reps").fill(reps)
    card.get_by_label("Weight (kg)").fill(kg)
    card.get_by_role("button", name="Add set").click()
    expect(card).to_contain_text(f"1. {reps} × {kg}.0 kg")
    for n in (2, 3):
        card.get_by_role("button", name="Repeat last set").click()
        expect(card).to_contain_text(f"{n}. {reps} × {kg}.0 kg")
    if last is None:
        card.get_by_role("button", name="Repeat last set").click()
        expect(card).to_contain_text(f"4. {reps} × {kg}.0 kg")
    else:
        card.get_by_label("Reps").fill(last[0])
        card.get_by_label("Weight (kg)").fill(last[1])
        card.get_by_role("button", name="Add set").click()
        expect(card).to_contain_text(f"4. {last[0]} × {last[1]}.0 kg")


@pytest.mark.scaled
def test_a_strength_workout_with_repeat_last_set_announces_the_record(
    app, page: Page, unique_email
):
    sign_in_as(page, app, create_account(app, unique_email))
    page.goto(app.url + "/training/strength")
    page.get_by_role("button", name="Start workout").click(timeout=LOADED)

    bench = _add_exercise(page, "Bench press")
    _four_sets(bench, "8", "60", last=("5", "70"))
    announced = page.get_by_role("status").filter(has_text="New record!")
    expect(announced).to_contain_text("Heaviest weight: 70.0 kg")
    expect(announced).to_contain_text("(Epley)")
    expect(bench).to_contain_text("Records: Heaviest weight: 70.0 kg")

    # Zero reps are refused at the set form, keeping what was typed.
    squat = _add_exercise(page, "Back squat")
    squat.get_by_label("Reps").fill("0")
    squat.get_by_role("button", name="Add set").click()
    expect(squat.get_by_role("alert")).to_contain_text("whole number from 1 to 1000")
    expect(squat.get_by_label("Reps")).to_have_value("0")
    _four_sets(squat, "5", "100")
    _four_sets(_add_exercise(page, "Deadlift"), "5", "120")

    _accessible_on_a_phone(page, "/training/strength")

    # The Training page lists the latest exercise's records and charts its
    # progress; the dashboard names the latest record.
    page.goto(app.url + "/training")
    expect(page.get_by_label("Exercise", exact=True)).to_have_value(
        re.compile(".+"), timeout=LOADED
    )
    page.get_by_label("Exercise", exact=True).select_option(label="Bench press")
    records = page.locator("#training-records")
    expect(records).to_contain_text("Heaviest weight: 70.0 kg", timeout=LOADED)
    expect(records).to_contain_text("Best session volume")
    expect(page.locator("#chart-training-progress .js-plotly-plot")).to_be_visible()
    _accessible_on_a_phone(page, "/training")
    page.goto(app.url + "/dashboard")
    expect(page.get_by_text(re.compile(r"Latest record – "))).to_be_visible(timeout=LOADED)


def _week_with_a_goal(app, email: str) -> None:
    """A 40-minute workout today, and weekly goals of 3 workouts and 150 minutes."""
    from datetime import date

    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine
    from mitai_app.goals import weekly
    from mitai_app.training.models import Activity

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        owner = session.exec(select(Profile).where(Profile.email == email)).one().id
        session.add(Activity(profile_id=owner, date=date.today(), duration_minutes=40))
        session.commit()
        weekly.set_weekly_targets(
            session=session,
            profile_id=owner,
            targets={"workouts": "3", "active_minutes": "150"},
            today=date.today(),
        )
    engine.dispose()


def test_the_dashboard_card_shows_the_week_against_the_weekly_goal(app, page: Page, unique_email):
    account = create_account(app, unique_email)
    _week_with_a_goal(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/dashboard")
    card = page.locator("#training-card")
    expect(card).to_contain_text("Sessions: 1 · 40 min", timeout=LOADED)
    expect(card).to_contain_text("Weekly goal")
    expect(card.get_by_role("progressbar", name="1 of 3 sessions")).to_be_visible()
    expect(card.get_by_role("progressbar", name="40 of 150 min")).to_be_visible()
    _accessible_on_a_phone(page, "/dashboard")
