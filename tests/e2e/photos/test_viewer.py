"""A photo opens full size on a tap (and closes with Esc or its button), and
the before/after comparison is moved by a handle on the photos themselves:
dragged, or with the arrow keys."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.photos.test_photos import (
    TIMEOUT,
    _choose_and_upload,
    _expect_loaded,
    _open_photos,
    _photo,
    _uploaded,
)
from tests.e2e.shell.test_accessibility import _violations

pytestmark = pytest.mark.e2e


def _split(page: Page) -> float:
    value = page.locator(".mj-compare").evaluate(
        "box => getComputedStyle(box).getPropertyValue('--split').trim()"
    )
    return float(value.removesuffix("%"))


@pytest.mark.both_viewports
def test_full_size_viewer_and_the_handle_on_the_photos(app, page: Page, unique_email, tmp_path):
    _open_photos(page, app, unique_email)
    _choose_and_upload(
        page, _photo(tmp_path, "jan.jpg", (200, 60, 60)), pose="front", day="2026-01-05"
    )
    _uploaded(page, 1)
    _choose_and_upload(
        page, _photo(tmp_path, "mar.jpg", (60, 60, 200)), pose="front", day="2026-03-01"
    )
    _uploaded(page, 2)

    # A tap on a photo opens it full size, from the photo's own route.
    gallery = page.get_by_role("list", name="Gallery")
    gallery.get_by_role("link", name="Open full size: Front, 5 Jan 2026").click()
    viewer = page.get_by_role("dialog")
    expect(viewer).to_be_visible(timeout=TIMEOUT)
    full = viewer.get_by_role("img", name="Front, 5 Jan 2026")
    _expect_loaded(page, full)
    assert not full.get_attribute("src").endswith("/thumb")
    assert full.evaluate("img => img.naturalWidth") == 600
    viewer.get_by_role("button", name="Actual size").click()
    expect(full).to_have_css("max-width", "none")
    page.keyboard.press("Escape")
    expect(viewer).to_be_hidden()
    gallery.get_by_role("link", name="Open full size: Front, 1 Mar 2026").click()
    expect(viewer.get_by_role("img", name="Front, 1 Mar 2026")).to_be_visible(timeout=TIMEOUT)
    viewer.get_by_role("button", name="Close").click()
    expect(viewer).to_be_hidden()

    # The handle is on the photos, in the theme's colour, at the split.
    after = page.get_by_role("img", name="After: Front, 1 Mar 2026")
    _expect_loaded(page, after)
    after.scroll_into_view_if_needed()  # the mouse reaches only what is on screen
    handle = page.locator(".mj-compare-handle")
    photo_box, handle_box = after.bounding_box(), handle.bounding_box()
    centre = handle_box["x"] + handle_box["width"] / 2
    assert abs(centre - (photo_box["x"] + photo_box["width"] / 2)) < 3
    assert photo_box["y"] < handle_box["y"] < photo_box["y"] + photo_box["height"]
    assert handle.evaluate("h => getComputedStyle(h).backgroundColor") != "rgba(0, 0, 0, 0)"

    # Dragged anywhere on the photos...
    slider = page.get_by_label("Before/after slider")
    y = photo_box["y"] + photo_box["height"] * 0.3
    page.mouse.move(centre, y)
    page.mouse.down()
    page.mouse.move(photo_box["x"] + photo_box["width"] * 0.25, y, steps=5)
    page.mouse.up()
    assert 20 <= _split(page) <= 30
    moved = handle.bounding_box()
    assert moved["x"] + moved["width"] / 2 < centre - photo_box["width"] * 0.2

    # ...or with the arrow keys, its focus shown on the handle.
    slider.focus()
    before_keys = _split(page)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert _split(page) == before_keys + 2
    expect(handle).to_have_css("outline-style", "solid")
    expect(slider).to_have_attribute("type", "range")

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        violations = _violations(page)
        assert not violations, f"{scheme}:\n" + "\n".join(violations)
