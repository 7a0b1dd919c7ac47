"""A glass of water tapped offline and sent later (nutrition.offline through
core.offline.send), on SQLite and PostgreSQL: each tap adds 250 ml to the
day it was tapped on, a tap sent twice adds once, another profile's tap id
is refused and their water untouched."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from mitai_app.core import offline
from mitai_app.core.errors import UserError
from mitai_app.nutrition import service
from tests.db.offline_support import refused_to_another
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def _tap(day: date = TODAY) -> offline.QueuedEntry:
    """The "+ 250 ml water" form as the browser kept it."""
    return offline.read_queued(
        {"id": str(uuid.uuid4()), "log": "water", "form": {"date": day.isoformat()}}
    )


def _send(session, owner, entry):
    return offline.send(session=session, profile_id=owner, entry=entry, today=TODAY)


def _water(session, owner, day: date = TODAY) -> float:
    return service.day_overview(session=session, profile_id=owner, day=day).water_ml


def test_taps_add_up_and_a_tap_sent_twice_adds_once(session):
    owner = new_profile(session)
    first, second = _tap(), _tap()
    sent = [_send(session, owner, tap) for tap in (first, second, first, second)]
    assert [s.new for s in sent] == [True, True, False, False]
    assert _water(session, owner) == 500
    assert offline.sender_of("water").describe(sent[0].row, "en", "metric") == "250 ml"


def test_a_tap_counts_on_the_day_it_was_tapped(session):
    owner = new_profile(session)
    yesterday = TODAY - timedelta(days=1)
    _send(session, owner, _tap(yesterday))
    assert (_water(session, owner, yesterday), _water(session, owner)) == (250, 0)
    with pytest.raises(UserError):  # a day not yet come, as online
        _send(session, owner, _tap(TODAY + timedelta(days=1)))


def test_another_profiles_tap_is_refused_and_their_water_untouched(session):
    mine, theirs = refused_to_another(session, _tap(), TODAY)
    assert (_water(session, mine), _water(session, theirs)) == (0, 250)
