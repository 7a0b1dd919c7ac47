"""History at a phone's size: dense rows with thumb-sized Edit and Delete,
and a change far down the list (delete, undo) keeps the reader's place."""

from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.body.test_body import _seed
from tests.e2e.conftest import create_account, sign_in_as

pytestmark = pytest.mark.e2e
LOADED = 20_000
TARGET_PX = 44  # the smallest comfortable touch target
ROW_PX = 64  # a weight without notes: two short lines and the buttons


def _open_history(page: Page, app, email: str, days: int) -> None:
    sign_in_as(page, app, create_account(app, email))
    _seed(app, email, days=days)
    page.goto(app.url + "/history")
    expect(page.get_by_role("tabpanel").get_by_role("listitem").first).to_be_visible(timeout=LOADED)


@pytest.mark.both_viewports
def test_rows_are_dense_with_thumb_sized_buttons(app, page: Page, unique_email):
    _open_history(page, app, unique_email, days=5)
    rows = page.get_by_role("tabpanel").get_by_role("listitem")
    expect(rows).to_have_count(5)
    for index in range(5):
        row = rows.nth(index)
        assert row.bounding_box()["height"] <= ROW_PX
        for name in ("Edit", "Delete"):
            box = row.get_by_role("button", name=name).bounding_box()
            assert box["width"] >= TARGET_PX and box["height"] >= TARGET_PX, (name, box)


def test_delete_and_undo_keep_the_rows_loaded_further_down(app, page: Page, unique_email):
    _open_history(page, app, unique_email, days=30)
    rows = page.get_by_role("tabpanel").get_by_role("listitem")
    expect(rows).to_have_count(20)
    page.get_by_role("button", name="Load more").click()
    expect(rows).to_have_count(30)

    far_down = rows.nth(24)
    day = far_down.locator("p").first.inner_text()  # its date, e.g. "8 Nov 2026"
    that_day = re.compile("^" + re.escape(day))  # not "18 Nov 2026"
    far_down.get_by_role("button", name="Delete").click()
    expect(rows).to_have_count(29)  # not back to the first 20
    expect(rows.filter(has_text=that_day)).to_have_count(0)
    page.get_by_role("button", name="Undo").click()
    expect(rows).to_have_count(30)
    expect(rows.nth(24)).to_contain_text(day)


def test_an_edit_onto_a_taken_day_asks_before_replacing_that_entry(app, page: Page, unique_email):
    _open_history(page, app, unique_email, days=3)
    rows = page.get_by_role("tabpanel").get_by_role("listitem")
    expect(rows).to_have_count(3)
    newest_day = rows.first.locator("p").first.inner_text()
    oldest = rows.nth(2)
    oldest.get_by_role("button", name="Edit").click()
    form = page.get_by_role("main")
    form.get_by_label("Weight (kg)").fill("77")
    form.get_by_label("Date").fill(date.today().isoformat())  # the newest entry's day
    form.get_by_role("button", name="Save").click()

    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("There is already an entry on that day")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_have_count(0)
    expect(form.get_by_label("Weight (kg)")).to_have_value("77")  # the form stays as typed
    expect(rows).to_have_count(3)

    form.get_by_role("button", name="Save").click()
    dialog.get_by_role("button", name="Replace").click()
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text(newest_day)
    expect(rows.first).to_contain_text("77.0 kg")
