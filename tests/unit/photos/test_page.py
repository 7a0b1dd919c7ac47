"""The photos page's own logic: reading its forms, and a message for every
refusal the photo service and processing can give."""

from __future__ import annotations

from datetime import date

import pytest

from mitai_app.core.i18n import translate
from mitai_app.photos.pages.photos import EDIT_PREFIX, _error_text, _parsed_fields
from mitai_app.photos.service import PhotoError

REFUSALS = [
    ("file", "empty"),
    ("file", "too_big"),
    ("file", "not_an_image"),
    ("file", "unsupported_format"),
    ("file", "too_many_pixels"),
    ("date", "future"),
    ("date", "invalid"),
    ("pose", "invalid"),
    ("pose", "different"),
    ("notes", "too_long"),
    ("photo", "not_found"),
    ("photo", "same"),
]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(("field", "code"), REFUSALS)
def test_every_refusal_has_its_own_message(field, code, lang):
    text = _error_text(PhotoError(field, code), lang, 15)
    assert text != translate("error.unexpected", lang)
    assert "{" not in text


def test_size_refusal_names_the_limit():
    assert "15 MB" in _error_text(PhotoError("file", "too_big"), "en", 15)


def test_form_fields_are_read_with_their_prefix():
    form = {"edit_pose": "side", "edit_date": "2026-03-01", "edit_notes": "n", "date": "x"}
    assert _parsed_fields(form, EDIT_PREFIX) == ("side", date(2026, 3, 1), "n")


@pytest.mark.parametrize("typed", ["", "01.03.2026", "2026-02-30"])
def test_unreadable_date_is_refused_as_invalid(typed):
    with pytest.raises(PhotoError) as refused:
        _parsed_fields({"pose": "front", "date": typed})
    assert (refused.value.field, refused.value.code) == ("date", "invalid")
