"""Your data in the browser: a user creates an export, downloads the
archive and finds their weight in it; the archive's address is useless to
anyone else; restored into a new account, History shows the same entry and
the access report lists its table."""

from __future__ import annotations

import io
import re
import zipfile

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations

pytestmark = pytest.mark.e2e
LOADED = 20_000


@pytest.mark.scaled
def test_an_export_is_downloaded_and_restored_into_a_new_account(app, page, unique_email, tmp_path):
    sign_in_as(page, app, create_account(app, unique_email))
    page.goto(app.url + "/capture")
    expect(page.get_by_label("Date", exact=True)).not_to_have_value("", timeout=LOADED)
    page.get_by_label("Weight (kg)").fill("73.4")
    page.get_by_role("button", name="Save weight").click()
    expect(page.get_by_role("status").filter(has_text="Weight saved.")).to_be_visible(
        timeout=LOADED
    )

    page.goto(app.url + "/data")
    expect(page.get_by_role("heading", name="Your data", level=1)).to_be_visible(timeout=LOADED)
    expect(page.get_by_text("No export in the last 24 hours.")).to_be_visible(timeout=LOADED)
    page.get_by_role("button", name="Create an export").click()
    expect(page.get_by_text("Your export is ready to download below.")).to_be_visible(
        timeout=LOADED
    )
    link = page.get_by_role("link", name="Download")
    expect(link).to_have_count(1)

    with page.expect_download() as download:
        link.click()
    saved = tmp_path / "mitai-export.zip"
    download.value.save_as(saved)
    archive = zipfile.ZipFile(io.BytesIO(saved.read_bytes()))
    weights = archive.read("csv/weight_log.csv").decode()
    assert "73.4" in weights and "manifest.json" in archive.namelist()

    # Signed out (no cookie), the same address gives nothing.
    href = link.get_attribute("href")
    assert httpx.get(app.url + href).status_code == 401

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        problems = _violations(page)
        assert not problems, f"axe ({scheme}) on /data:\n" + "\n".join(problems)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    # Into an account with entries it is refused; into a new one, restored.
    page.get_by_label("Export archive (ZIP)").set_input_files(saved)
    page.get_by_role("button", name="Restore", exact=True).click()
    expect(page.get_by_role("alert")).to_contain_text("already has entries", timeout=LOADED)
    sign_in_as(page, app, create_account(app, "restored-" + unique_email))
    page.goto(app.url + "/data")
    expect(page.get_by_role("heading", name="Your data", level=1)).to_be_visible(timeout=LOADED)
    page.get_by_label("Export archive (ZIP)").set_input_files(saved)
    page.get_by_role("button", name="Restore", exact=True).click()
    expect(page.get_by_text(re.compile(r"Restored: \d+ entries"))).to_be_visible(timeout=LOADED)
    page.goto(app.url + "/history")
    entries = page.get_by_role("main").get_by_role("listitem")
    expect(entries.first).to_contain_text("73.4 kg", timeout=LOADED)

    # The access report lists the restored entries' table, in the browser.
    page.goto(app.url + "/media/access-report.html")
    expect(page.get_by_role("heading", name="Access report (Art. 15 GDPR)", level=1)).to_be_visible(
        timeout=LOADED
    )
    expect(page.get_by_role("cell", name="weight_log", exact=True)).to_be_visible()
