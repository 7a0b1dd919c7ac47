"""What a new user tripped over on Body and Capture: a chart of one day
shows date ticks and says a trend needs more entries; German readers get
German numbers, month names and ranges without nested brackets; notes and
dates the browser would let through are refused at their field; the
skinfold form shows the formula's sites first and keeps readings typed
before the profile was complete."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.body.test_body import LOADED, _capture, _save_weight, _set_profile
from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e
TICKS = "plot => Array.from(plot.querySelectorAll('.xtick text')).map(t => t.textContent)"


def _add(app, email: str, *rows) -> None:
    """Entries written straight into the app's database."""
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        owner = session.exec(select(Profile).where(Profile.email == email)).one().id
        for model, fields in rows:
            session.add(model(profile_id=owner, **fields))
        session.commit()
    engine.dispose()


def test_one_day_shows_its_point_with_date_ticks_and_asks_for_more(app, page, unique_email):
    from mitai_app.core.series import date_axis

    sign_in_as(page, app, create_account(app, unique_email))
    _capture(page, app)
    _save_weight(page, "80")
    expect(page.get_by_role("status").filter(has_text="Weight saved.")).to_be_visible()

    page.goto(app.url + "/body")
    chart = page.locator("#chart-weight .js-plotly-plot")
    expect(chart).to_be_visible(timeout=LOADED)
    expect(page.get_by_text("One day so far: add more entries to see a trend.")).to_be_visible()
    ticks = chart.evaluate(TICKS)
    # Plotly's own ticks for one day were times ("23:59:59.999 … 00:00:00.0005").
    assert ticks and not any(":" in tick for tick in ticks), ticks
    day = chart.evaluate("plot => plot.layout.xaxis.tickvals[0]")
    assert ticks == date_axis([day]).labels["en"]  # e.g. "29 Mar"


def test_german_numbers_month_names_and_ranges(app, page, unique_email):
    from mitai_app.body.models import SkinfoldEntry, WeightEntry
    from mitai_app.core.series import date_axis

    account = create_account(app, unique_email)
    _set_profile(
        app,
        unique_email,
        sex="male",
        date_of_birth=date(1990, 6, 1),
        height_cm=180,
        language="de",
    )
    today = date.today()
    days = [today - timedelta(days=n) for n in (14, 7, 0)]
    _add(
        app,
        unique_email,
        *[(WeightEntry, {"date": d, "weight": 80 + i * 0.5}) for i, d in enumerate(days)],
        (
            SkinfoldEntry,
            {
                "date": today,
                "chest": 12,
                "abdominal": 25,
                "thigh": 16,
                "body_fat_pct": 17.5,
                "formula": "jp3",
            },
        ),
    )
    sign_in_as(page, app, account)
    page.goto(app.url + "/body")
    derived = (
        page.get_by_role("main").get_by_role("listitem").filter(has_text="Körperfett (Caliper)")
    )
    expect(derived).to_be_visible(timeout=LOADED)
    expect(derived).to_contain_text("17,5 %")
    expect(derived).to_contain_text("Gesund")
    expect(derived).to_contain_text("8–19,9 %, Alter 20–39")
    assert "((" not in derived.inner_text() and "))" not in derived.inner_text()
    # Read as one line (a screen reader, a copy), the name ends before the value.
    assert re.search(r"Körperfett \(Caliper\):\s+17,5 %", derived.inner_text())
    # A gain per week keeps its plus.
    expect(page.get_by_text("+0,50 kg pro Woche")).to_be_visible()

    chart = page.locator("#chart-weight .js-plotly-plot")
    expect(chart).to_be_visible()
    expected = date_axis([d.isoformat() for d in days]).labels["de"]
    assert chart.evaluate(TICKS) == expected


def test_long_notes_and_impossible_dates_are_refused_at_their_field(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    _capture(page, app)
    notes = page.get_by_label("Notes")
    expect(page.get_by_text("Up to 500 characters").first).to_be_visible()
    # As a script could, past anything the browser would stop.
    notes.evaluate("(el, text) => { el.value = text }", "x" * 501)
    _save_weight(page, "80")
    expect(page.locator("#error-notes")).to_have_text("At most 500 characters – this has 501.")
    expect(notes).to_have_attribute("aria-invalid", "true")
    assert len(notes.input_value()) == 501  # kept, not cut

    notes.fill("fine")
    page.get_by_label("Date", exact=True).fill("1899-12-31")
    _save_weight(page, "80")
    expect(page.locator("#error-date")).to_have_text("Please choose a date from 1 Jan 1900 on.")

    page.goto(app.url + "/history")
    expect(page.get_by_text("No entries yet.").first).to_be_visible(timeout=LOADED)


def _reading(page: Page, site: str, n: int = 1):
    return page.get_by_label(f"{site} {n}", exact=True)


def test_skinfolds_show_the_formulas_sites_and_keep_readings_for_the_profile(
    app, page, unique_email
):
    account = create_account(app, unique_email)
    _set_profile(app, unique_email, sex="male", height_cm=180)  # no date of birth yet
    sign_in_as(page, app, account)
    _capture(page, app)
    page.get_by_text("Skinfolds (caliper)").click()

    # Jackson-Pollock 3 for men: chest, abdominal, thigh; the rest on request.
    for site in ("Chest", "Abdominal", "Thigh"):
        expect(_reading(page, site)).to_be_visible()
    expect(_reading(page, "Triceps")).to_be_hidden()
    expect(_reading(page, "Midaxillary")).to_be_hidden()
    more = page.get_by_role("button", name="More sites")
    more.click()
    expect(_reading(page, "Midaxillary")).to_be_visible()
    page.get_by_role("button", name="Only the formula's sites").click()
    expect(_reading(page, "Midaxillary")).to_be_hidden()
    page.get_by_label("Formula").select_option("jp7")
    expect(_reading(page, "Midaxillary")).to_be_visible()
    page.get_by_label("Formula").select_option("jp3")

    _reading(page, "Chest").fill("10")
    _reading(page, "Chest", 2).fill("12")
    _reading(page, "Abdominal").fill("20")
    _reading(page, "Thigh").fill("15")
    page.get_by_role("link", name="Open your profile").first.click()
    # The profile form fills itself when loaded (which would undo a date typed before).
    expect(page.get_by_label("Height (cm)")).to_have_value("180.0", timeout=LOADED)
    page.get_by_label("Date of birth").fill("1990-06-01")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="Saved")).to_be_visible(timeout=LOADED)

    page.get_by_role("link", name="Capture").first.click()
    expect(page.get_by_role("heading", name="Capture", level=1)).to_be_visible(timeout=LOADED)
    # The card has loaded (and re-mounted its forms) once it knows the profile is complete.
    expect(page.get_by_text("Body fat from skinfolds needs")).to_be_hidden(timeout=LOADED)
    page.get_by_text("Skinfolds (caliper)").click()
    expect(_reading(page, "Chest")).to_have_value("10")
    expect(_reading(page, "Chest", 2)).to_have_value("12")
    expect(_reading(page, "Abdominal")).to_have_value("20")
    expect(_reading(page, "Thigh")).to_have_value("15")
    page.get_by_role("button", name="Save skinfolds").click()
    expect(page.get_by_role("status").filter(has_text="Body fat")).to_contain_text("Healthy: ")
    # Saved: the next entry starts empty.
    expect(_reading(page, "Chest")).to_have_value("")
