"""The photos page's own logic: reading its forms, and a message for every
refusal the photo service and processing can give."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import translate
from mitai_app.photos.pages.photos import EDIT_PREFIX, _parsed_fields, _view, read_upload
from mitai_app.photos.service import PhotoRow
from tests.aio import run_async

REFUSALS = [
    "photos.error.file_empty",
    "photos.error.file_too_big",
    "photos.error.file_not_an_image",
    "photos.error.file_unsupported_format",
    "photos.error.file_too_many_pixels",
    "photos.error.date_future",
    "photos.error.date_invalid",
    "photos.error.pose_invalid",
    "photos.error.pose_different",
    "photos.error.photo_not_found",
    "photos.error.photo_same",
]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("code", REFUSALS)
def test_every_refusal_has_its_own_message(code, lang):
    text = user_message(UserError(code, mb=15, megapixels=50), lang)
    assert text != translate("error.unexpected", lang)
    assert "{" not in text


def test_size_refusal_names_the_limit():
    assert "15 MB" in user_message(UserError("photos.error.file_too_big", mb=15), "en")


def test_form_fields_are_read_with_their_prefix():
    form = {"edit_pose": "side", "edit_date": "2026-03-01", "edit_notes": "n", "date": "x"}
    assert _parsed_fields(form, EDIT_PREFIX) == ("side", date(2026, 3, 1), "n")


@pytest.mark.parametrize("typed", ["", "01.03.2026", "2026-02-30"])
def test_unreadable_date_is_refused_as_invalid(typed):
    with pytest.raises(UserError) as refused:
        _parsed_fields({"pose": "front", "date": typed})
    assert (refused.value.field, refused.value.code) == ("date", "photos.error.date_invalid")


def test_a_photo_carries_its_date_and_description_in_both_languages():
    view = _view(PhotoRow("p1", date(2026, 3, 1), "front", "", 10, 10))
    assert view.url.endswith("/p1") and view.thumbnail_url.endswith("/p1/thumb")
    assert view.shown_date.de != view.shown_date.en
    for lang in ("de", "en"):
        assert view.shown_date.pick(lang) in view.alt.pick(lang)
        assert translate("photos.front", lang) in view.alt.pick(lang)


@dataclass
class _Chunk:
    data: bytes


def test_an_upload_is_read_no_further_than_the_configured_limit():
    """10 MB set, 50 MB sent without the browser's check: reading stops at
    the first chunk past 10 MB, and the limit is named."""
    megabyte = 1024 * 1024
    read: list[int] = []

    async def sent():
        for number in range(50):
            read.append(number)
            yield _Chunk(b"x" * megabyte)

    with pytest.raises(UserError) as refused:
        run_async(read_upload(sent(), max_bytes=10 * megabyte))
    assert (refused.value.code, refused.value.values) == ("photos.error.file_too_big", {"mb": 10})
    assert len(read) == 11


def test_an_upload_within_the_limit_is_read_whole():
    async def sent():
        for piece in (b"ab", b"cd"):
            yield _Chunk(piece)

    assert run_async(read_upload(sent(), max_bytes=4)) == b"abcd"
