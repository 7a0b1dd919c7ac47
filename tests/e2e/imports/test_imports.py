"""Importing in the browser, on a phone: an Apple Health export's upload
runs on the worker, its progress ends in the import history (which a
reload keeps), the weights appear in History marked as imported, and the
import can be undone after a confirmation; a 30 MB export's sleep, blood
pressure and workouts appear in History; a German CSV of no known format
is mapped on the mapping screen and imported."""

from __future__ import annotations

import re
import zipfile
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.body.test_body import _set_profile
from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations
from tests.fixtures.apple_health import export_zip, write, write_export_zip
from tests.unit.imports.test_mapping import GERMAN

pytestmark = pytest.mark.e2e
LOADED = 30_000


@pytest.mark.scaled
@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_an_apple_health_export_imports_shows_in_history_and_undoes(
    app, page: Page, unique_email, tmp_path
):
    sign_in_as(page, app, create_account(app, unique_email))
    _set_profile(app, unique_email, tier="selfhosted")  # imports are not in the free plan
    page.goto(app.url + "/import")
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", name="Import", level=1)).to_be_visible(timeout=LOADED)
    expect(main.get_by_text("No imports yet.")).to_be_visible(timeout=LOADED)

    export = write(tmp_path / "export.zip", export_zip())
    main.get_by_label("Export file").set_input_files(export)
    expect(main.get_by_text("Chosen: export.zip")).to_be_visible()
    main.get_by_role("button", name="Start import").click()

    job = main.get_by_role("list", name="Imports").get_by_role("listitem").first
    expect(job.get_by_text("Finished")).to_be_visible(timeout=LOADED)
    expect(job).to_contain_text("9 added, 0 updated, 0 skipped")
    expect(job).to_contain_text("Weight: 3 added")
    expect(job).to_contain_text("Daily activity: 1 added")
    expect(job).to_contain_text("2 records not imported")

    page.reload()  # the history is the server's, not the tab's
    expect(job.get_by_text("Finished")).to_be_visible(timeout=LOADED)
    assert _violations(page) == []

    page.goto(app.url + "/history")
    entries = page.get_by_role("main").get_by_role("listitem")
    expect(entries).to_have_count(3, timeout=LOADED)
    # Newest first: 3 March in New York, 176.4 lb on 2 March in kg, 1 March's later weight.
    expect(entries.nth(0)).to_contain_text("79.0 kg")
    expect(entries.nth(1)).to_contain_text("80.0 kg")
    expect(entries.nth(2)).to_contain_text("79.5 kg")
    expect(entries.first).to_contain_text("Imported")

    page.goto(app.url + "/import")
    expect(job.get_by_text("Finished")).to_be_visible(timeout=LOADED)
    job.get_by_role("button", name="Undo").click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("Every entry this import added is deleted.")
    dialog.get_by_role("button", name="Undo").click()
    expect(page.get_by_text("9 entries removed.")).to_be_visible(timeout=LOADED)
    expect(job.get_by_text("Undone")).to_be_visible()
    page.goto(app.url + "/history")
    expect(page.get_by_role("main").get_by_role("listitem")).to_have_count(0, timeout=LOADED)


def _halfway_job(app, email: str, path) -> None:
    """A job 12 of 30 MB into reading its file, written straight into the
    app's database as its worker would leave it (the file is gone: should
    the queue take the job over later, it fails on its own)."""
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.core.columns import utcnow
    from mitai_app.core.db import create_db_engine
    from mitai_app.imports.consts import APPLE_HEALTH
    from mitai_app.imports.models import ImportJob

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        owner = session.exec(select(Profile.id).where(Profile.email == email)).one()
        now = utcnow()
        session.add(
            ImportJob(
                profile_id=owner,
                format=APPLE_HEALTH,
                filename="big-export.zip",
                path=str(path),
                status="running",
                phase="reading",
                bytes_total=30 * 1024 * 1024,
                bytes_read=12 * 1024 * 1024,
                records_read=120_000,
                started_at=now - timedelta(seconds=20),
                heartbeat_at=now,
                created_at=now - timedelta(seconds=21),
            )
        )
        session.commit()
    engine.dispose()


@pytest.mark.scaled
@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_a_30_mb_export_shows_its_progress_then_sleep_blood_pressure_and_workouts(
    app, page: Page, unique_email, tmp_path
):
    sign_in_as(page, app, create_account(app, unique_email))
    _set_profile(app, unique_email, tier="selfhosted")
    # Stored, not deflated: 30 MB of zip without generating 600 MB of XML.
    export = write_export_zip(
        tmp_path / "export.zip", 1870, heart_rate_per_day=40, compression=zipfile.ZIP_STORED
    )
    assert export.stat().st_size > 30_000_000
    # A worker reads this file in a second or two, between two of the page's
    # looks: its progress is shown from a job caught halfway, as a larger
    # file's worker leaves it between two progress writes.
    _halfway_job(app, unique_email, tmp_path / "gone.zip")
    page.goto(app.url + "/import")
    main = page.get_by_role("main")
    imports = main.get_by_role("list", name="Imports").get_by_role("listitem")
    halfway = imports.filter(has_text="big-export.zip")
    expect(halfway.get_by_role("status")).to_contain_text(
        "Reading the file: 12.0 MB of 30.0 MB read, 120,000 records", timeout=LOADED
    )
    expect(halfway.get_by_role("status")).to_contain_text(re.compile(r"About \d+ (s|min) left"))
    expect(halfway.get_by_role("progressbar")).to_be_visible()

    main.get_by_label("Export file").set_input_files(export)
    main.get_by_role("button", name="Start import").click()
    job = imports.filter(has_text="export.zip").filter(has_not_text="big-export.zip")
    expect(job.get_by_text("Finished")).to_be_visible(timeout=240_000)
    for table in ("Weight", "Sleep", "Blood pressure", "Workouts"):
        expect(job).to_contain_text(re.compile(table + r": [1-9]\d* added"))

    page.goto(app.url + "/history")
    panel = page.get_by_role("tabpanel")
    for tab, shown_text in (("Blood pressure", "mmHg"), ("Training", "44 min")):
        page.get_by_role("tab", name=tab).click()
        expect(panel.get_by_role("listitem").first).to_contain_text(shown_text, timeout=LOADED)
    page.goto(app.url + "/sleep")
    nights = page.locator("#nights").get_by_role("listitem").filter(has_text="in bed")
    expect(nights.first).to_be_visible(timeout=LOADED)


@pytest.mark.scaled
@pytest.mark.parametrize("page", ["phone"], indirect=True)
def test_a_german_csv_is_mapped_on_the_mapping_screen_and_imported(
    app, page: Page, unique_email, tmp_path
):
    sign_in_as(page, app, create_account(app, unique_email))
    _set_profile(app, unique_email, tier="selfhosted")
    page.goto(app.url + "/import")
    main = page.get_by_role("main")
    expect(main.get_by_text("No imports yet.")).to_be_visible(timeout=LOADED)
    sheet = tmp_path / "Waage und Blutdruck.csv"
    sheet.write_bytes(GERMAN)
    main.get_by_label("Export file").set_input_files(sheet)
    main.get_by_role("button", name="Start import").click()

    expect(main.get_by_role("heading", name="Map the columns")).to_be_visible(timeout=LOADED)
    expect(main).to_contain_text("not one the app knows")
    # What the head shows: `;`, a decimal comma, dd.mm.yyyy.
    expect(main.get_by_label("Delimiter")).to_have_value("semicolon")
    expect(main.get_by_label("Decimal mark")).to_have_value(",")
    expect(main.get_by_label("Date format")).to_have_value("%d.%m.%Y")
    preview = main.get_by_role("table")  # the page's one table
    expect(preview).to_contain_text("Weight (kg)")
    first = preview.get_by_role("row").filter(has_text="07:12")
    expect(first).to_contain_text("72.5")
    expect(first).to_contain_text("8123")  # `8.123`: a thousands dot

    # Pulse alone is refused at the mapping; then the two pressure columns.
    main.get_by_role("button", name="Import with this mapping").click()
    expect(main.get_by_role("alert")).to_contain_text("systolic and one for diastolic")
    main.get_by_label("Column “Blutdruck oben”").select_option("systolic")
    main.get_by_label("Column “Blutdruck unten”").select_option("diastolic")
    expect(preview).to_contain_text("Systolic (mmHg)")
    expect(first).to_contain_text("128")
    main.get_by_role("button", name="Import with this mapping").click()

    job = main.get_by_role("list", name="Imports").get_by_role("listitem").first
    expect(job.get_by_text("Finished")).to_be_visible(timeout=LOADED)
    expect(job).to_contain_text("Weight: 2 added")
    expect(job).to_contain_text("Blood pressure: 1 added")
    expect(job).to_contain_text("Daily activity: 2 added")
    assert _violations(page) == []

    page.goto(app.url + "/history")
    entries = page.get_by_role("main").get_by_role("listitem")
    expect(entries).to_have_count(2, timeout=LOADED)
    expect(entries.nth(0)).to_contain_text("72.3 kg")
    expect(entries.nth(1)).to_contain_text("73.1 kg")

    # The same columns again: the saved mapping is filled in.
    page.goto(app.url + "/import")
    main.get_by_label("Export file").set_input_files(sheet)
    main.get_by_role("button", name="Start import").click()
    expect(main.get_by_text("Your saved mapping for these columns is filled in.")).to_be_visible(
        timeout=LOADED
    )
    expect(main.get_by_label("Column “Blutdruck oben”")).to_have_value("systolic")
    main.get_by_role("button", name="Discard").click()
    expect(main.get_by_role("heading", name="Import a file")).to_be_visible()
