"""Progress photos in the browser: upload from a file, see it in the gallery,
compare two dates of one pose with the slider; a file that is no photo is
refused without losing what was typed; the gallery filters by pose; a
photo's pose, date and notes can be corrected; deleting asks first; a photo's URL
serves nobody but its owner."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import create_account, sign_in_as
from tests.e2e.shell.test_accessibility import _violations
from tests.fixtures.images import image_bytes, jpeg_with_exif, png_bomb

pytestmark = pytest.mark.e2e
TIMEOUT = 30_000


def _photo(tmp_path: Path, name: str, color: tuple[int, int, int]) -> Path:
    path = tmp_path / name
    path.write_bytes(jpeg_with_exif((600, 800), gps=True, color=color))
    return path


def _open_photos(page: Page, app, email: str):
    account = create_account(app, email)
    sign_in_as(page, app, account)
    page.goto(app.url + "/photos")
    expect(page.get_by_role("heading", name="Photos", level=1)).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_text("No photos yet.")).to_be_visible(timeout=TIMEOUT)
    return account


def _choose_and_upload(page: Page, path: Path, *, pose: str, day: str, notes: str = "") -> None:
    main = page.get_by_role("main")
    main.get_by_label("Photo file").set_input_files(path)
    expect(main.get_by_text(path.name)).to_be_visible()
    main.locator("#field-pose").select_option(pose)
    main.get_by_label("Date").fill(day)
    main.get_by_label("Notes").fill(notes)
    main.get_by_role("button", name="Upload").click()


def _uploaded(page: Page, count: int) -> None:
    """The upload landed: the gallery holds `count` photos, and it was said
    (the first upload's toast may still show beside the second's)."""
    gallery = page.get_by_role("list", name="Gallery").get_by_role("listitem")
    expect(gallery).to_have_count(count, timeout=TIMEOUT)
    expect(page.get_by_text("Photo saved.").last).to_be_visible()


def _expect_loaded(page: Page, *images) -> None:
    """The browser decoded each image (the media route served it)."""
    for image in images:
        page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0",
            arg=image.element_handle(),
            timeout=TIMEOUT,
        )


@pytest.mark.scaled
def test_upload_gallery_and_before_after(app, page: Page, unique_email, tmp_path):
    account = _open_photos(page, app, unique_email)
    expect(page.get_by_text("To compare, you need two photos of the same pose.")).to_be_visible()

    _choose_and_upload(
        page, _photo(tmp_path, "january.jpg", (200, 60, 60)), pose="front", day="2026-01-05"
    )
    _uploaded(page, 1)
    gallery = page.get_by_role("list", name="Gallery")
    first = gallery.get_by_role("img", name="Front, 5 Jan 2026")
    expect(first).to_be_visible(timeout=TIMEOUT)
    _expect_loaded(page, first)
    # The form is ready for the next photo.
    expect(page.get_by_text("No photo chosen yet.")).to_be_visible()

    _choose_and_upload(
        page,
        _photo(tmp_path, "march.jpg", (60, 60, 200)),
        pose="front",
        day="2026-03-01",
        notes="after the cut",
    )
    _uploaded(page, 2)
    # Newest first, with its notes.
    expect(gallery.get_by_role("listitem").first).to_contain_text("after the cut")
    expect(gallery.get_by_role("listitem").first).to_contain_text("1 Mar 2026")

    before = page.get_by_role("img", name="Before: Front, 5 Jan 2026")
    after = page.get_by_role("img", name="After: Front, 1 Mar 2026")
    expect(before).to_be_visible(timeout=TIMEOUT)
    expect(after).to_be_visible()
    _expect_loaded(page, before, after)
    # Full size from the media route, not the thumbnails.
    assert not before.get_attribute("src").endswith("/thumb")
    slider = page.get_by_label("Before/after slider")
    expect(slider).to_have_value("50")
    slider.fill("40")
    split = page.locator(".mj-compare").evaluate(
        "box => getComputedStyle(box).getPropertyValue('--split').trim()"
    )
    assert split == "40%"
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    # (The toasts' own colours are the shell's business.)
    expect(page.locator("[data-sonner-toast]")).to_have_count(0, timeout=TIMEOUT)
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        expect(page.locator("html")).to_have_class(re.compile(rf"\b{scheme}\b"))
        violations = _violations(page)
        assert not violations, f"{scheme}:\n" + "\n".join(violations)

    # The photo's URL serves its owner only.
    url = first.get_attribute("src")
    assert url.startswith(app.url + "/media/photos/"), url
    stranger = create_account(app, "other-" + unique_email)
    mine = httpx.get(url, cookies={"mitai_session": account.session_token})
    assert mine.status_code == 200
    assert mine.headers["cache-control"] == "private, no-store"
    assert httpx.get(url, cookies={"mitai_session": stranger.session_token}).status_code == 404
    assert httpx.get(url).status_code == 401

    if page.viewport_size["width"] > 640:  # the language switch is in the sidebar
        page.locator("nav:visible").get_by_role("radio", name="DE").click()
        expect(
            page.get_by_role("list", name="Galerie").get_by_role("img", name="Vorne, 05.01.2026")
        ).to_be_visible()
        expect(page.get_by_role("img", name="Vorher: Vorne, 05.01.2026")).to_be_visible()


def test_refused_file_keeps_the_form_edit_and_delete_asks_first(
    app, page: Page, unique_email, tmp_path
):
    _open_photos(page, app, unique_email)
    fake = tmp_path / "holiday.jpg"
    fake.write_text("these are notes, not a photo\n" * 50)
    _choose_and_upload(page, fake, pose="back", day="2026-02-02", notes="keep me")
    expect(page.get_by_role("alert").filter(has_text="not a readable photo")).to_be_visible(
        timeout=TIMEOUT
    )
    main = page.get_by_role("main")
    expect(main.get_by_label("Notes")).to_have_value("keep me")
    expect(main.get_by_label("Date")).to_have_value("2026-02-02")
    expect(page.get_by_text("No photos yet.")).to_be_visible()

    _choose_and_upload(
        page, _photo(tmp_path, "back.jpg", (90, 160, 90)), pose="back", day="2026-02-02"
    )
    _uploaded(page, 1)
    gallery = page.get_by_role("list", name="Gallery")
    expect(gallery.get_by_role("img", name="Back, 2 Feb 2026")).to_be_visible(timeout=TIMEOUT)

    show = page.get_by_label("Show pose")
    show.select_option("front")
    expect(page.get_by_text("No photos in this pose.")).to_be_visible(timeout=TIMEOUT)
    show.select_option("")
    gallery.get_by_role("button", name=re.compile("^Edit")).click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Pose").select_option("side")
    dialog.get_by_label("Date").fill("2026-02-03")
    dialog.get_by_label("Notes").fill("moved")
    dialog.get_by_role("button", name="Save").click()
    expect(dialog).to_have_count(0, timeout=TIMEOUT)
    photo = gallery.get_by_role("img", name="Side, 3 Feb 2026")
    expect(photo).to_be_visible(timeout=TIMEOUT)
    expect(gallery.get_by_role("listitem")).to_contain_text("moved")

    gallery.get_by_role("button", name=re.compile("^Delete")).click()
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_contain_text("This cannot be undone.")
    dialog.get_by_role("button", name="Cancel").click()
    expect(photo).to_be_visible()

    gallery.get_by_role("button", name=re.compile("^Delete")).click()
    page.get_by_role("alertdialog").get_by_role("button", name="Delete").click()
    expect(page.get_by_text("Photo deleted.")).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_text("No photos yet.")).to_be_visible()


def test_a_decompression_bomb_is_refused_with_a_clear_message(
    app, page: Page, unique_email, tmp_path
):
    """7 KB that decode to 60 megapixels: refused at once, saying why."""
    _open_photos(page, app, unique_email)
    bomb = tmp_path / "plain.png"
    bomb.write_bytes(png_bomb((7745, 7745)))
    _choose_and_upload(page, bomb, pose="front", day="2026-02-02", notes="keep me")
    expect(page.get_by_role("alert")).to_contain_text(
        "The image is too large: 50 megapixels at most.", timeout=TIMEOUT
    )
    expect(page.get_by_role("main").get_by_label("Notes")).to_have_value("keep me")
    expect(page.get_by_text("No photos yet.")).to_be_visible()


def _write(app, *rows) -> None:
    """Rows written straight into the app's database (what an admin would set)."""
    from sqlmodel import Session

    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        for row in rows:
            session.merge(row)
        session.commit()
    engine.dispose()


def _set_upload_limit(app, megabytes: int) -> None:
    from mitai_app.core.models import AppSetting

    _write(app, AppSetting(key="max_photo_upload_mb", value=str(megabytes)))


def test_a_photo_over_the_limit_is_refused_with_the_limit_named(
    app, page: Page, unique_email, tmp_path
):
    _set_upload_limit(app, 1)
    try:
        _open_photos(page, app, unique_email)
        expect(page.get_by_text("JPEG, PNG, WebP or HEIC, up to 1 MB.")).to_be_visible()
        big = tmp_path / "big.png"
        big.write_bytes(image_bytes("PNG", (1000, 1000), compress_level=0))
        assert big.stat().st_size > 1024 * 1024
        page.get_by_role("main").get_by_label("Photo file").set_input_files(big)
        expect(page.get_by_role("alert")).to_contain_text("up to 1 MB", timeout=TIMEOUT)
        expect(page.get_by_text("No photo chosen yet.")).to_be_visible()
    finally:
        _set_upload_limit(app, 10)


def test_a_plan_without_photos_says_so_and_keeps_nothing(app, page: Page, unique_email, tmp_path):
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.core.db import create_db_engine
    from mitai_app.core.models import UserFeatureRestriction

    _open_photos(page, app, unique_email)
    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        profile_id = session.exec(select(Profile.id).where(Profile.email == unique_email)).one()
    engine.dispose()
    _write(
        app,
        UserFeatureRestriction(profile_id=profile_id, feature_id="photo_uploads", is_disabled=True),
    )
    _choose_and_upload(page, _photo(tmp_path, "nope.jpg", (1, 2, 3)), pose="side", day="2026-01-01")
    expect(page.get_by_role("alert")).to_contain_text(
        "switched off for your account", timeout=TIMEOUT
    )
    page.reload()
    expect(page.get_by_text("No photos yet.")).to_be_visible(timeout=TIMEOUT)
