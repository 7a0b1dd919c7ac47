"""A photo's notes on SQLite and PostgreSQL (issue #17, section 5): notes
one character over their limit are refused with the field named and the
limit said, on upload and on edit, and nothing is stored or cut."""

from __future__ import annotations

import pytest
from sqlmodel import select

from mitai_app.photos import service as photos
from mitai_app.photos.models import Photo
from tests.db.limits import TODAY, assert_length_enforced
from tests.db.photos.test_service import _upload, photo_settings  # noqa: F401 (a fixture)
from tests.factories import new_profile


def _new(session, me):
    return lambda text: _upload(session, me, notes=text)


def _edited(session, me):
    photo = _upload(session, me)
    return lambda text: photos.update_photo(
        session=session,
        profile_id=me,
        photo_id=photo.id,
        pose="front",
        day=TODAY,
        notes=text,
        today=TODAY,
    )


@pytest.mark.parametrize("store", [_new, _edited], ids=["upload", "edit"])
@pytest.mark.usefixtures("photo_settings")
def test_notes_over_their_limit_are_refused_at_their_field_and_not_stored(session, store):
    me = new_profile(session)

    def stored():
        return session.exec(select(Photo.notes).where(Photo.profile_id == me)).all()

    assert_length_enforced(
        session, store(session, me), stored, limit=photos.NOTES_MAX, field="notes"
    )
