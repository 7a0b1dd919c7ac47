"""A Sleep night typed offline and sent later (recovery.offline through
core.offline.send), on SQLite and PostgreSQL: stored and charged once
however often it is sent, a day with a night asked about (both nights
shown) and replaced only when the answer says so, someone else's id and
nights untouched."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlmodel import select

from mitai_app.core import offline
from mitai_app.core.errors import UserError
from mitai_app.core.models import UserFeatureUsage
from mitai_app.recovery.consts import SLEEP_FEATURE
from mitai_app.recovery.models import SleepEntry
from mitai_app.recovery.sleep import sleep_nights
from tests.db.offline_support import refused_to_another
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def _kept(bed: str = "23:00", wake: str = "07:00", **form) -> offline.QueuedEntry:
    """The Sleep page's form as the browser kept it."""
    fields = {"date": TODAY.isoformat(), "bed": bed, "wake": wake, "deep": "90", **form}
    return offline.read_queued({"id": str(uuid.uuid4()), "log": "sleep", "form": fields})


def _send(session, owner, entry, **kwargs):
    return offline.send(session=session, profile_id=owner, entry=entry, today=TODAY, **kwargs)


def _words(row) -> str:
    """The night as the confirmation and the question name it."""
    return offline.sender_of("sleep").describe(row, "en", "metric")


def _charged(session, owner) -> int:
    return session.exec(
        select(UserFeatureUsage.usage_count).where(
            UserFeatureUsage.profile_id == owner, UserFeatureUsage.feature_id == SLEEP_FEATURE
        )
    ).one()


def test_a_night_sent_twice_is_stored_and_charged_once_and_confirmed(session):
    owner = new_profile(session)
    entry = _kept(notes="kept offline")
    first, again = _send(session, owner, entry), _send(session, owner, entry)
    assert isinstance(first, offline.Sent) and first.new
    assert isinstance(again, offline.Sent) and not again.new
    assert first.row.id == again.row.id == str(entry.id)
    (night,) = sleep_nights(session=session, profile_id=owner)
    assert (night.id, night.date, night.notes) == (str(entry.id), TODAY, "kept offline")
    assert _charged(session, owner) == 1
    assert _words(first.row) == "23:00–07:00: 8 h 00 min in bed, 8 h 00 min asleep"


def test_a_night_on_a_day_with_one_is_asked_about_then_replaced(session):
    owner = new_profile(session)
    saved = _send(session, owner, _kept()).row
    later = _kept(bed="22:30", wake="06:15")
    conflict = _send(session, owner, later)
    assert isinstance(conflict, offline.Conflict)
    assert conflict.saved.id == saved.id
    assert "23:00–07:00" in _words(conflict.saved)
    assert "22:30–06:15" in _words(conflict.kept)
    (night,) = sleep_nights(session=session, profile_id=owner)
    assert (night.bed.hour, night.bed.minute) == (23, 0)  # nothing written while asked

    replaced = _send(session, owner, later, replace=True)
    assert isinstance(replaced, offline.Sent)
    (night,) = sleep_nights(session=session, profile_id=owner)
    assert (night.bed.hour, night.bed.minute, night.wake.minute) == (22, 30, 15)
    assert _charged(session, owner) == 1  # replacing is not a new night
    # The answer to "Replace" was lost and the browser sends the night again.
    again = _send(session, owner, later)
    assert isinstance(again, offline.Sent) and not again.new
    assert len(sleep_nights(session=session, profile_id=owner)) == 1


def test_another_profiles_id_is_refused_and_their_night_untouched(session):
    mine, theirs = refused_to_another(session, _kept(), TODAY)
    assert sleep_nights(session=session, profile_id=mine) == []
    # Their night on the same day asks nothing of mine.
    assert _send(session, mine, _kept()).new
    assert len(session.exec(select(SleepEntry).where(SleepEntry.profile_id == theirs)).all()) == 1


def test_a_refused_night_is_refused_as_online(session):
    owner = new_profile(session)
    with pytest.raises(UserError) as raised:
        _send(session, owner, _kept(wake="23:00"))
    assert raised.value.code == "recovery.error.sleep_span"
    assert sleep_nights(session=session, profile_id=owner) == []
