"""Body composition in the browser: a weight entered on Capture appears in
History and in the Body page's chart; a second weight on the same day asks
before replacing; a deleted entry comes back with Undo; skinfolds give a
body-fat value with its category on Capture and on Body."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations

pytestmark = pytest.mark.e2e
LOADED = 20_000


def _set_profile(app, email: str, **fields) -> None:
    """Profile fields written straight into the app's database."""
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        for name, value in fields.items():
            setattr(profile, name, value)
        session.add(profile)
        session.commit()
    engine.dispose()


def _capture(page: Page, app) -> None:
    page.goto(app.url + "/capture")
    expect(page.get_by_role("heading", name="Capture", level=1)).to_be_visible(timeout=LOADED)
    # The date arrives with the page's on_load (today in the profile's zone).
    expect(page.get_by_label("Date", exact=True)).not_to_have_value("", timeout=LOADED)


def _save_weight(page: Page, weight: str) -> None:
    page.get_by_label("Weight (kg)").fill(weight)
    page.get_by_role("button", name="Save weight").click()


@pytest.mark.scaled
def test_a_weight_from_capture_shows_in_history_and_on_the_body_chart(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    _capture(page, app)
    weight = page.get_by_label("Weight (kg)")
    expect(weight).to_have_value("")

    # Refused input keeps what was typed and says what is wrong.
    _save_weight(page, "eighty")
    expect(page.get_by_role("alert").filter(has_text="Please enter a number")).to_be_visible()
    expect(weight).to_have_value("eighty")
    expect(weight).to_have_attribute("aria-invalid", "true")

    _save_weight(page, "82,5")  # a decimal comma is fine
    expect(page.get_by_role("status").filter(has_text="Weight saved.")).to_be_visible()
    expect(weight).to_have_value("82.5")  # the next entry starts from it

    # A second weight on the same day asks first.
    page.get_by_label("Notes").fill("after lunch")
    _save_weight(page, "83.1")
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("There is already a weight for this day")
    dialog.get_by_role("button", name="Replace").click()
    expect(page.get_by_role("status").filter(has_text="Weight saved.")).to_be_visible()
    expect(weight).to_have_value("83.1")

    page.get_by_role("link", name="History").first.click()
    entries = page.get_by_role("main").get_by_role("listitem")
    expect(entries).to_have_count(1, timeout=LOADED)
    expect(entries.first).to_contain_text("83.1 kg")
    expect(entries.first).to_contain_text("after lunch")

    page.goto(app.url + "/body")
    expect(page.get_by_text(re.compile(r"Latest: 83\.1 kg"))).to_be_visible(timeout=LOADED)
    chart = page.locator("#chart-weight .js-plotly-plot")
    expect(chart).to_be_visible(timeout=LOADED)
    recorded = chart.evaluate("plot => plot.data[0].y.filter(v => v !== null)")
    assert recorded == [83.1]


@pytest.mark.scaled
def test_a_deleted_entry_comes_back_with_undo(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    _capture(page, app)
    _save_weight(page, "70")
    expect(page.get_by_role("status").filter(has_text="Weight saved.")).to_be_visible()

    page.get_by_role("link", name="History").first.click()
    entries = page.get_by_role("main").get_by_role("listitem")
    expect(entries).to_have_count(1, timeout=LOADED)

    entries.first.get_by_role("button", name="Edit").click()
    page.get_by_role("main").get_by_label("Weight (kg)").fill("71,4")
    page.get_by_role("main").get_by_role("button", name="Save").click()
    expect(entries.first).to_contain_text("71.4 kg")

    entries.first.get_by_role("button", name="Delete").click()
    expect(entries).to_have_count(0)
    expect(page.get_by_text("No entries yet.").first).to_be_visible()
    page.get_by_role("button", name="Undo").click()
    expect(entries).to_have_count(1)
    expect(entries.first).to_contain_text("71.4 kg")


def test_skinfolds_give_body_fat_with_its_category(app, page, unique_email):
    account = create_account(app, unique_email)
    _set_profile(app, unique_email, sex="male", date_of_birth=date(1990, 6, 1), height_cm=180)
    sign_in_as(page, app, account)
    _capture(page, app)

    page.get_by_text("Skinfolds (caliper)").click()
    page.get_by_label("Chest 1").fill("10")
    page.get_by_label("Chest 2").fill("12")
    page.get_by_label("Abdominal 1").fill("20")
    page.get_by_role("button", name="Save skinfolds").click()
    # Jackson-Pollock 3 for men needs the thigh too.
    expect(
        page.get_by_role("alert").filter(has_text="This formula also needs: Thigh")
    ).to_be_visible()
    expect(page.get_by_label("Chest 2")).to_have_value("12")

    page.get_by_label("Thigh 1").fill("15")
    page.get_by_role("button", name="Save skinfolds").click()
    saved = page.get_by_role("status").filter(has_text="Body fat")
    expect(saved).to_contain_text(re.compile(r"Body fat \d+\.\d % \(Jackson-Pollock, 3 sites\)"))
    expect(saved).to_contain_text("Healthy")

    page.goto(app.url + "/body")
    derived = page.get_by_role("main").get_by_role("listitem").filter(has_text="Body fat (caliper)")
    expect(derived).to_be_visible(timeout=LOADED)
    expect(derived).to_contain_text("Healthy")
    expect(page.locator("#chart-fat .js-plotly-plot")).to_be_visible()


def _seed(app, email: str, days: int = 60) -> None:
    """Weights every day, weekly tape, a monthly caliper entry and a scale's
    lean mass and waist every other week, up to today."""
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.body.models import CircumferenceEntry, DeviceBodyEntry, WeightEntry
    from mitai_app.body.models import SkinfoldEntry as SkinfoldEntry
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    today = date.today()
    with Session(engine) as session:
        owner = session.exec(select(Profile).where(Profile.email == email)).one().id
        for i in range(days):
            day = today - timedelta(days=days - 1 - i)
            session.add(WeightEntry(profile_id=owner, date=day, weight=90 - i * 0.05))
            if i % 7 == 0:
                session.add(
                    CircumferenceEntry(
                        profile_id=owner, date=day, c_neck=40, c_waist=96 - i * 0.05, c_hips=102
                    )
                )
            if i % 30 == 0:
                session.add(
                    SkinfoldEntry(
                        profile_id=owner,
                        date=day,
                        chest=12,
                        abdominal=25,
                        thigh=16,
                        body_fat_pct=17.5,
                        formula="jp3",
                        source="caliper-app",
                    )
                )
            if i % 14 == 3:
                session.add(
                    DeviceBodyEntry(
                        profile_id=owner, date=day, lean_mass_kg=72, waist_cm=95, source="withings"
                    )
                )
        session.commit()
    engine.dispose()


@pytest.mark.both_viewports
@pytest.mark.parametrize(
    ("path", "heading", "loaded"),
    [
        ("/body", "Body", "Body fat (caliper)"),
        ("/history", "History", "entered by hand"),
        ("/dashboard", "Dashboard", "Latest: "),
    ],
)
def test_pages_with_data_are_accessible_and_fit_a_phone(
    app, page, unique_email, path, heading, loaded
):
    account = create_account(app, unique_email)
    _set_profile(app, unique_email, sex="male", date_of_birth=date(1990, 6, 1), height_cm=180)
    _seed(app, unique_email)
    sign_in_as(page, app, account)
    page.goto(app.url + path)
    expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible(timeout=LOADED)
    expect(page.get_by_text(loaded).first).to_be_visible(timeout=LOADED)
    if path == "/body":
        for chart in ("weight", "fat", "mass", "tape-neck", "tape-waist", "tape-hips", "whtr"):
            # Plotly's bundle loads with the first chart: slow on a busy machine.
            expect(page.locator(f"#chart-{chart} .js-plotly-plot")).to_be_visible(timeout=LOADED)
        # Small multiples only for the sites that were measured.
        expect(page.locator("#chart-tape .js-plotly-plot")).to_have_count(3)
        # The scale's lean mass and waist: their own lines, named as such.
        # (Plotly lists a stacked chart's legend bottom up.)
        expect(page.locator("#chart-mass .legendtext")).to_have_text(
            ["Lean mass (scale or app)", "Fat mass", "Lean mass"]
        )
        expect(page.locator("#chart-tape-waist .legendtext")).to_have_text(["Tape", "Scale or app"])
    if path == "/history":
        weights = page.get_by_role("tabpanel").get_by_role("listitem")
        expect(weights).to_have_count(20)  # a page
        page.get_by_role("button", name="Load more").click()
        expect(weights).to_have_count(40)
        # Entries from an import are marked as such.
        page.get_by_role("tab", name="Skinfolds").click()
        skinfolds = page.get_by_role("tabpanel").get_by_role("listitem")
        expect(skinfolds).to_have_count(2)
        expect(skinfolds.first).to_contain_text("Imported")
        expect(skinfolds.first).to_contain_text("17.5 %")
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        problems = _violations(page)
        assert not problems, f"axe ({scheme}) on {path}:\n" + "\n".join(problems)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_time_range_changes_the_weight_chart(app, page, unique_email):
    account = create_account(app, unique_email)
    _seed(app, unique_email, days=120)
    sign_in_as(page, app, account)
    page.goto(app.url + "/body")
    chart = page.locator("#chart-weight .js-plotly-plot")
    expect(chart).to_be_visible(timeout=LOADED)
    points = "plot => plot.data[0].y.filter(v => v !== null).length"
    assert chart.evaluate(points) == 91  # 3 months by default
    page.get_by_role("radio", name="4 weeks").click()
    page.wait_for_function(
        "() => document.querySelector('#chart-weight .js-plotly-plot')"
        ".data[0].y.filter(v => v !== null).length === 28"
    )
    page.get_by_role("radio", name="All").click()
    page.wait_for_function(
        "() => document.querySelector('#chart-weight .js-plotly-plot')"
        ".data[0].y.filter(v => v !== null).length === 120"
    )
