"""The doctor's report in the browser, on a phone: readings entered on
Capture come back in the PDF downloaded from the Vitals page (its text read
with pypdf), with the period's average; a period ending before it starts
is refused at its field; axe in light and dark mode."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.recovery.test_blood_pressure import LOADED, _reading, _saved, bp_form
from tests.e2e.shell.test_accessibility import violations_light_and_dark

pytestmark = pytest.mark.e2e


@pytest.mark.scaled
@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_the_doctors_report_holds_the_readings_and_the_average(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    page.goto(app.url + "/capture")
    form = bp_form(page)
    expect(form.get_by_label("Day", exact=True)).not_to_have_value("", timeout=LOADED)
    _reading(form, "118", "76", "07:00", pulse="61")
    _saved(page, "118/76 mmHg")
    form.get_by_label("Context").select_option("after_meal")
    _reading(form, "132", "84", "12:30")
    _saved(page, "132/84 mmHg")
    form.get_by_label("Context").select_option("evening")
    form.get_by_label("AFib detected").check()
    _reading(form, "146", "90", "20:15")
    _saved(page, "146/90 mmHg")

    page.goto(app.url + "/vitals")
    report = page.locator("#doctor-report")
    start, end = report.get_by_label("From"), report.get_by_label("To", exact=True)
    expect(end).not_to_have_value("", timeout=LOADED)
    today = end.input_value()

    # The end before the start: said at the field, nothing downloaded.
    start.fill(today)
    end.fill("2020-01-01")
    report.get_by_role("button", name="Download report").click()
    expect(report.get_by_role("alert")).to_have_text("The end must not be before the start.")
    expect(report.get_by_label("To", exact=True)).to_have_attribute("aria-invalid", "true")
    assert violations_light_and_dark(page) == {}

    report.get_by_label("To", exact=True).fill(today)
    with page.expect_download() as download:
        report.get_by_role("button", name="Download report").click()
    assert download.value.suggested_filename == f"blood-pressure-{today}-{today}.pdf"
    pdf = download.value.path().read_bytes()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Blood pressure report" in text
    assert "07:00 118/76 61 Morning Optimal" in text
    assert "12:30 132/84 After a meal High normal" in text
    assert "20:15 146/90 Evening AFib Grade 1 hypertension" in text
    assert "All readings: 132.0/83.3 mmHg from 3 readings" in text
    assert "Classification by ESH 2023" in text
