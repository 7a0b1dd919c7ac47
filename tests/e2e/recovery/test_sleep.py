"""Sleep in the browser, on a phone: a night crossing midnight shows its
score and every component, and the charts (hours asleep with the
recommended band, stages stacked, score, bed and wake times) appear with
it, without axe findings in light and dark mode; stages longer than the night are refused at the
field, keeping what was typed; a deleted night comes back with Undo; a second
night on the same day asks before it replaces the first."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import violations_light_and_dark

pytestmark = pytest.mark.e2e
LOADED = 20_000


@pytest.mark.scaled
@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_a_night_crossing_midnight_shows_its_score_and_components(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    page.goto(app.url + "/sleep")
    expect(page.get_by_label("Woke up on")).not_to_have_value("", timeout=LOADED)
    expect(page.get_by_text("No nights yet.")).to_be_visible()
    expect(page.locator("#chart-sleep-duration")).to_have_count(0)

    page.get_by_label("Bed time").fill("23:30")
    page.get_by_label("Wake time").fill("06:30")  # 7 h, across midnight
    for stage, minutes in (("Deep", "80"), ("REM", "100"), ("Light/core", "250"), ("Awake", "20")):
        page.get_by_label(f"{stage} (min)").fill(minutes)
    page.get_by_label("How rested? (1–5)").select_option("4")
    page.get_by_role("button", name="Save night").click()
    deep = page.get_by_label("Deep (min)")
    expect(page.get_by_role("alert").filter(has_text="more than the 420 minutes")).to_be_visible()
    expect(deep).to_have_value("80")
    expect(deep).to_have_attribute("aria-invalid", "true")

    page.get_by_label("Light/core (min)").fill("200")
    page.get_by_role("button", name="Save night").click()
    expect(page.get_by_role("status").filter(has_text="Night saved.")).to_be_visible()

    night = page.locator("#nights").get_by_role("listitem").filter(has_text="Sleep score")
    expect(night).to_have_count(1, timeout=LOADED)
    expect(night).to_contain_text("23:30–06:30: 7 h 00 min in bed, 6 h 20 min asleep")
    expect(night).to_contain_text("Sleep score")
    for component in (
        "Duration (recommended 7–9 h): 6.3 h",
        "Efficiency (asleep / in bed): 90.5 %",
        "Deep + REM share: 47.4 %",
        "Time awake: 20 min → 100 % of weight 10",
    ):
        expect(night).to_contain_text(component)
    expect(night).to_contain_text("Rested: 4/5")
    duration = page.get_by_role("img", name="Time asleep and the recommended range")
    expect(duration).to_contain_text("Recommended for your age (NSF)", timeout=LOADED)
    expect(page.get_by_role("img", name="Sleep stages (min)")).to_contain_text("REM")
    expect(page.get_by_role("img", name="Sleep score", exact=True)).to_be_visible()
    times = page.get_by_role("img", name="Bed and wake times (consistency)")
    expect(times).to_contain_text("Woke up")
    expect(times).to_contain_text("06:00")  # the clock axis
    assert violations_light_and_dark(page) == {}

    night.get_by_role("button", name="Delete night").click()
    expect(page.get_by_text("No nights yet.", exact=False)).to_be_visible()
    page.get_by_role("button", name="Undo").click()
    expect(night).to_contain_text("23:30–06:30")

    # Another night woken up on the same day: kept, the form stays as typed;
    # replaced, it is that day's night.
    page.get_by_label("Bed time", exact=True).fill("22:45")
    page.get_by_label("Wake time", exact=True).fill("06:15")
    page.get_by_role("button", name="Save night").click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("There is already a night for this day")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_have_count(0)
    expect(page.get_by_label("Bed time", exact=True)).to_have_value("22:45")
    expect(night).to_contain_text("23:30–06:30")
    page.get_by_role("button", name="Save night").click()
    dialog.get_by_role("button", name="Replace").click()
    nights = page.locator("#nights").get_by_role("listitem")
    expect(nights.filter(has_text="22:45–06:15")).to_have_count(1, timeout=LOADED)
    expect(nights.filter(has_text="23:30–06:30")).to_have_count(0)
