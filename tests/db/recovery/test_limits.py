"""Recovery's typed input on SQLite and PostgreSQL (issue #17, section 5): a
rest day's notes one character too long are refused at their field, not
cut; a night or a rest day before the birth date or 1900 is refused like a
body log's entry."""

from __future__ import annotations

import pytest
from sqlmodel import select

from mitai_app.core.logs import NOTES_MAX
from mitai_app.recovery.models import RestDay
from tests.db.limits import assert_length_enforced, assert_lifetime_enforced
from tests.db.recovery.test_rest_days import _add as add_rest_day
from tests.db.recovery.test_sleep import _add as add_night
from tests.factories import new_profile


def test_rest_day_notes_over_their_limit_are_refused_and_not_stored(session):
    me = new_profile(session)
    assert_length_enforced(
        session,
        lambda text: add_rest_day(session, me, notes=text),
        lambda: session.exec(select(RestDay.notes).where(RestDay.profile_id == me)).all(),
        limit=NOTES_MAX,
        field="notes",
    )


@pytest.mark.parametrize("add", [add_night, add_rest_day], ids=["night", "rest_day"])
def test_a_day_outside_the_users_lifetime_is_refused(session, add):
    assert_lifetime_enforced(session, lambda me, day: add(session, me, day=day))
