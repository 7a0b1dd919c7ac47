"""The two checks every package's typed input gets (issue #17, section 5),
shared by the packages' limit tests: a text one character over its limit is
refused at its field and nothing is stored, while the limit itself is
stored whole; a day before the birth date, or before 1900 where none is
set, is refused with the message the body logs give."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from datetime import date, timedelta

import pytest
from sqlmodel import Session

from mitai_app.body.service import add_weight
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.logs import EARLIEST_DAY
from tests.factories import new_profile

TODAY = date(2026, 3, 29)
BORN = date(1990, 6, 1)


def assert_length_enforced(
    session: Session,
    store: Callable[[str], object],
    stored: Callable[[], Collection[str | None]],
    *,
    limit: int,
    field: str,
) -> None:
    """`store(text)` saves `text`; `stored()` reads back the texts of that
    column which the call may write. A form that shows its errors above
    itself gets the message naming the field (`error.too_long_named`)."""
    before = stored()
    with pytest.raises(UserError) as raised:
        store("x" * (limit + 1))
    assert raised.value.code in ("error.too_long", "error.too_long_named")
    assert raised.value.field == field
    assert (raised.value.values["limit"], raised.value.values["length"]) == (limit, limit + 1)
    session.expire_all()
    assert stored() == before  # not cut to fit: nothing at all
    store("y" * limit)
    session.expire_all()
    assert "y" * limit in stored()


def assert_lifetime_enforced(
    session: Session,
    store: Callable[[uuid.UUID, date], object],
    *,
    field: str = "date",
) -> None:
    """`store(profile_id, day)` saves an entry of the profile on `day`."""
    born = new_profile(session, sex="male", date_of_birth=BORN)
    unborn = new_profile(session, sex="male")  # no birth date: 1900 is the floor
    for who, day in ((born, BORN - timedelta(days=1)), (unborn, EARLIEST_DAY - timedelta(days=1))):
        with pytest.raises(UserError) as raised:
            store(who, day)
        with pytest.raises(UserError) as body:
            add_weight(session=session, profile_id=who, day=day, kg=80, today=TODAY)
        assert raised.value.field == field
        for lang in ("de", "en"):
            assert user_message(raised.value, lang) == user_message(body.value, lang)
    store(born, BORN)
    store(unborn, EARLIEST_DAY)
