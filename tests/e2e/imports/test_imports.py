"""Importing an Apple Health export in the browser, on a phone: the upload
runs on the worker, its progress ends in the import history (which a
reload keeps), the weights appear in History marked as imported, and the
import can be undone after a confirmation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.body.test_body import _set_profile
from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations
from tests.fixtures.apple_health import export_zip, write

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
    expect(job).to_contain_text("8 added, 0 updated, 0 skipped")
    expect(job).to_contain_text("Weight: 3 added")
    expect(job).to_contain_text("3 records not imported")

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
    expect(page.get_by_text("8 entries removed.")).to_be_visible(timeout=LOADED)
    expect(job.get_by_text("Undone")).to_be_visible()
    page.goto(app.url + "/history")
    expect(page.get_by_role("main").get_by_role("listitem")).to_have_count(0, timeout=LOADED)
