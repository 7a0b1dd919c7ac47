"""Categorising imported workout names in the browser, on a phone
(390×844) and a desktop (1280×800): 40 names the app has not seen (some in
several spellings) are listed once each with their counts on one page; picking types for several
and saving once categorises every workout of those names; the Training
page's quality filter then decides what the week counts. Both pages pass axe
in light and dark."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.training.test_training import LOADED, _accessible_on_a_phone

pytestmark = pytest.mark.e2e

NAMES = [
    "Laufen",
    "TraditionalStrengthTraining",
    "Morgenyoga",
    *[f"Workout {n:02d}" for n in range(4, 41)],
]


def _imported_workouts(app, email: str) -> None:
    """40 unknown names as an import leaves them: no type, the name in the
    description; "Laufen" three times in three spellings."""
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine
    from mitai_app.training.models import Activity

    names = [*NAMES, " laufen ", "LAUFEN"]
    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        owner = session.exec(select(Profile.id).where(Profile.email == email)).one()
        for n, name in enumerate(names):
            session.add(
                Activity(
                    profile_id=owner,
                    date=date.today() - timedelta(days=n),
                    duration_minutes=30,
                    description=name,
                    source="apple_health",
                )
            )
        session.commit()
    engine.dispose()


@pytest.mark.scaled
def test_forty_imported_names_are_categorised_on_one_screen(app, page: Page, unique_email):
    account = create_account(app, unique_email)
    _imported_workouts(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/training/categorise")
    main = page.get_by_role("main")
    rows = main.get_by_role("listitem")
    expect(rows).to_have_count(40, timeout=LOADED)
    expect(rows.first).to_contain_text("Laufen")
    expect(rows.first).to_contain_text("3×")
    _accessible_on_a_phone(page, "/training/categorise")

    main.get_by_label("Laufen").select_option(label="Running")
    main.get_by_label("TraditionalStrengthTraining").select_option(label="Strength training")
    main.get_by_label("Morgenyoga").select_option(label="Yoga")
    main.get_by_role("button", name="Save choices").click()

    expect(page.get_by_role("status").filter(has_text="categorised")).to_contain_text(
        "5 workouts categorised.", timeout=LOADED
    )
    expect(rows).to_have_count(37)
    expect(main.get_by_text("Laufen")).to_have_count(0)
    # The rows left start afresh: nothing chosen for the name now on top.
    expect(rows.first.get_by_role("combobox")).to_have_value("uncategorised")

    # The quality filter decides what the week counts: strict needs heart rate.
    page.goto(app.url + "/training")
    week = page.get_by_text(re.compile(r"^Sessions: \d+"))
    expect(week).not_to_have_text(re.compile(r"^Sessions: 0 "), timeout=LOADED)
    page.get_by_label("Which workouts count").select_option(
        label="Strict: good quality with heart rate data"
    )
    expect(week).to_have_text("Sessions: 0 · 0 min", timeout=LOADED)
    _accessible_on_a_phone(page, "/training")
