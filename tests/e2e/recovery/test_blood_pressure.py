"""Blood pressure in the browser, on a phone: three readings entered on
Capture show their category by the named guideline on Capture and on the
Vitals page; a bad reading is refused at its field keeping what was typed;
a second reading at the same minute asks before replacing; ACC/AHA chosen
on the Profile page classifies them again; a reading is edited in place on
the Vitals page (a bad value refused at its field keeping what was typed, a
move onto another reading's minute asked first). Axe in light and dark mode."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import violations_light_and_dark

pytestmark = pytest.mark.e2e
LOADED = 20_000


def bp_form(page: Page) -> Locator:
    """Capture's blood-pressure card (other cards have a Day and a Time too)."""
    return page.locator("form").filter(has=page.locator("#field-bp_date"))


def _reading(form: Locator, systolic: str, diastolic: str, time: str, pulse: str = "") -> None:
    form.get_by_label("Systolic (mmHg)").fill(systolic)
    form.get_by_label("Diastolic (mmHg)").fill(diastolic)
    form.get_by_label("Pulse (/min)").fill(pulse)
    form.get_by_label("Time", exact=True).fill(time)
    form.get_by_role("button", name="Save reading").click()


def _saved(page: Page, text: str) -> None:
    expect(page.get_by_role("status").filter(has_text=text)).to_be_visible(timeout=LOADED)


@pytest.mark.scaled
@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_three_blood_pressure_readings_show_their_classes(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    page.goto(app.url + "/capture")
    form = bp_form(page)
    expect(form.get_by_label("Day", exact=True)).not_to_have_value("", timeout=LOADED)

    # Refused at the field, what was typed kept.
    _reading(form, "80", "90", "07:00")
    systolic = form.get_by_label("Systolic (mmHg)")
    expect(page.get_by_role("alert").filter(has_text="must be higher")).to_be_visible()
    expect(systolic).to_have_value("80")
    expect(systolic).to_have_attribute("aria-invalid", "true")

    _reading(form, "118", "76", "07:00", pulse="61")
    _saved(page, "118/76 mmHg · pulse 61 · Morning · Optimal (ESH 2023)")
    form.get_by_label("Context").select_option("after_meal")
    form.get_by_label("Irregular heartbeat").check()
    _reading(form, "145", "85", "12:30")
    _saved(page, "Isolated systolic hypertension (ESH 2023)")
    _reading(form, "165", "102", "20:15")
    _saved(page, "Grade 2 hypertension (ESH 2023)")

    # The same minute again asks first.
    _reading(form, "170", "104", "20:15")
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("There is already a reading at this minute")
    dialog.get_by_role("button", name="Replace").click()
    _saved(page, "170/104 mmHg")

    page.goto(app.url + "/vitals")
    readings = page.locator("#blood-pressure").get_by_role("listitem")
    expect(readings).to_have_count(3, timeout=LOADED)
    expect(readings.nth(0)).to_contain_text("170/104 mmHg")
    expect(readings.nth(0)).to_contain_text("Grade 2 hypertension")
    expect(readings.nth(1)).to_contain_text("After a meal · Irregular heartbeat")
    expect(readings.nth(1)).to_contain_text("Isolated systolic hypertension")
    expect(readings.nth(2)).to_contain_text("Optimal")
    expect(readings.nth(2)).to_contain_text("ESH 2023")
    expect(page.get_by_text("Too few days")).to_be_visible()
    # A new account has no morning values: readiness says so instead of a number.
    expect(page.locator("#readiness")).to_contain_text("Still learning: 0 of 14 days")
    expect(page.get_by_text("This is not medical advice.")).to_be_visible()
    assert violations_light_and_dark(page) == {}

    # The other guideline, chosen on the Profile page, classifies and names every reading.
    page.goto(app.url + "/profile")
    guideline = page.get_by_label("Guideline for blood pressure classes")
    expect(guideline).to_have_value("esh", timeout=LOADED)
    guideline.select_option("acc_aha")
    _saved(page, "Guideline saved: ACC/AHA 2017")
    assert violations_light_and_dark(page) == {}
    page.goto(app.url + "/vitals")
    expect(readings.nth(0)).to_contain_text("Stage 2 hypertension", timeout=LOADED)
    expect(readings.nth(0)).to_contain_text("ACC/AHA 2017")
    expect(readings.nth(2)).to_contain_text("Normal")
    expect(page.get_by_text("Classified by the American College of Cardiology")).to_be_visible()

    # Edited in place: a bad value is named at its field and kept.
    oldest = readings.nth(2)
    oldest.get_by_role("button", name="Edit").click()
    oldest.get_by_label("Systolic (mmHg)").fill("70")
    oldest.get_by_role("button", name="Save").click()
    expect(oldest.get_by_role("alert").filter(has_text="must be higher")).to_be_visible()
    expect(oldest.get_by_label("Systolic (mmHg)")).to_have_value("70")
    expect(oldest.get_by_label("Systolic (mmHg)")).to_have_attribute("aria-invalid", "true")
    # Moved onto another reading's minute, it asks; kept, the form stays as typed.
    oldest.get_by_label("Systolic (mmHg)").fill("121")
    oldest.get_by_label("Time", exact=True).fill("12:30")
    oldest.get_by_role("button", name="Save").click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("There is already a reading at this minute")
    assert violations_light_and_dark(page) == {}
    dialog.get_by_role("button", name="Cancel").click()
    expect(oldest.get_by_label("Time", exact=True)).to_have_value("12:30")
    oldest.get_by_label("Time", exact=True).fill("07:45")
    oldest.get_by_role("button", name="Save").click()
    expect(readings.nth(2)).to_contain_text("07:45", timeout=LOADED)
    expect(readings.nth(2)).to_contain_text("121/76 mmHg")
    expect(readings.nth(2)).to_contain_text("Elevated")
    # Replacing: the edited reading takes the 12:30 one's minute.
    readings.nth(2).get_by_role("button", name="Edit").click()
    readings.nth(2).get_by_label("Time", exact=True).fill("12:30")
    readings.nth(2).get_by_role("button", name="Save").click()
    page.get_by_role("alertdialog").get_by_role("button", name="Replace").click()
    expect(readings).to_have_count(2, timeout=LOADED)
    expect(readings.nth(1)).to_contain_text("12:30")
    expect(readings.nth(1)).to_contain_text("121/76 mmHg")
