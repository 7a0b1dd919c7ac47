"""Data out in the browser beside the archive: the deletion dialog leads to
the export first; the access report's PDF names what is stored; a module's
page downloads one table for a period; an export's progress is back after a
reload, and its end is shown when the worker writes it."""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.e2e.conftest import RunningApp, create_account, sign_in_as

pytestmark = pytest.mark.e2e
LOADED = 20_000


def _profile_with_weights(app: RunningApp, email: str, days: dict[date, str]) -> uuid.UUID:
    """The account's weights written straight into the app's database."""
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.body.models import WeightEntry
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        owner = session.exec(select(Profile.id).where(Profile.email == email)).one()
        for day, kg in days.items():
            session.add(WeightEntry(profile_id=owner, date=day, weight=Decimal(kg)))
        session.commit()
    engine.dispose()
    return owner


def test_the_deletion_dialog_offers_the_export_first(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    page.goto(app.url + "/settings")
    page.get_by_role("button", name="Delete account").click(timeout=LOADED)
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("Download an export first")
    dialog.get_by_role("link", name="Export first").click()
    expect(page).to_have_url(app.url + "/data", timeout=LOADED)
    expect(page.get_by_role("heading", name="Your data", level=1)).to_be_visible(timeout=LOADED)
    expect(page.get_by_role("button", name="Create an export")).to_be_enabled(timeout=LOADED)


def test_the_access_report_pdf_lists_the_stored_tables(app, page, unique_email, tmp_path):
    sign_in_as(page, app, create_account(app, unique_email))
    _profile_with_weights(app, unique_email, {date(2025, 1, 5): "70.5", date(2026, 2, 1): "69.5"})
    page.goto(app.url + "/data")
    link = page.get_by_role("link", name="Report as PDF")
    expect(link).to_be_visible(timeout=LOADED)
    with page.expect_download() as download:
        link.click()
    saved = tmp_path / "report.pdf"
    download.value.save_as(saved)

    text = "\n".join(p.extract_text() for p in PdfReader(saved).pages)
    assert saved.read_bytes().startswith(b"%PDF")
    assert unique_email in text and "weight_log" in text
    assert "5 Jan 2025" in text  # the first entry of the table's date range


def test_a_module_page_downloads_one_table_for_a_period(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    _profile_with_weights(
        app,
        unique_email,
        {date(2026, 3, 1): "71.5", date(2026, 3, 2): "71.25", date(2026, 3, 3): "70.75"},
    )
    page.goto(app.url + "/body")
    form = page.locator("form").filter(has=page.get_by_role("heading", name="Download as CSV"))
    expect(form).to_be_visible(timeout=LOADED)
    form.get_by_label("Table").select_option(label="Weight")
    form.get_by_label("From").fill("2026-03-02")
    with page.expect_download() as download:
        form.get_by_role("button", name="Download CSV").click()

    assert download.value.suggested_filename == "weight_log-2026-03-02.csv"
    text = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(row["date"], row["weight"]) for row in rows] == [
        ("2026-03-02", "71.25"),
        ("2026-03-03", "70.75"),
    ]
    expect(page).to_have_url(re.compile(r"/body/?$"))  # the page stays


def _job(app: RunningApp, owner: uuid.UUID, **fields) -> None:
    """The export job as the worker writes it (exports.jobs)."""
    folder = app.outbox.parent / "exports" / str(owner)
    folder.mkdir(parents=True, exist_ok=True)
    job = {"tables_done": 3, "tables": 30, "error": None, "name": "", **fields}
    job["updated_at"] = datetime.now(UTC).isoformat()
    (folder / ".job.json").write_text(json.dumps(job))


def test_an_exports_progress_is_back_after_a_reload(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    owner = _profile_with_weights(app, unique_email, {})
    _job(app, owner, status="running")

    page.goto(app.url + "/data")
    status = page.get_by_role("status").filter(has_text="3 of 30 tables written")
    expect(status).to_be_visible(timeout=LOADED)
    expect(page.get_by_role("progressbar")).to_be_visible()
    page.reload()
    expect(status).to_be_visible(timeout=LOADED)
    expect(page.get_by_role("button", name="Create an export")).to_be_disabled()

    stopped = {"de": "Abgebrochen.", "en": "The export was interrupted. Please start it again."}
    _job(app, owner, status="failed", error=stopped)
    expect(page.get_by_role("alert")).to_contain_text("interrupted", timeout=LOADED)
    expect(page.get_by_role("button", name="Create an export")).to_be_enabled()
