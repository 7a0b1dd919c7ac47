"""Rest days on SQLite and PostgreSQL: presets stored with their focus and
rest_config, planned days up to a year ahead, the same focus twice refused,
the week strip with the training sessions beside the rest days, delete and undo (not charged again), and ownership."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.recovery import rest
from mitai_app.recovery.models import RestDay
from mitai_app.recovery.rest import add_rest_day, delete_rest_day, rest_overview, restore_rest_day
from mitai_app.training.service import add_activity
from tests.factories import new_profile

TODAY = date(2026, 4, 1)  # a Wednesday


def _add(session, owner, day=TODAY, preset="full_rest", **kwargs):
    return add_rest_day(
        session=session, profile_id=owner, day=day, preset=preset, today=TODAY, **kwargs
    )


def test_presets_rest_their_focus_and_show_in_the_week_strip(session):
    owner = new_profile(session)
    full = _add(session, owner, notes="tired")
    _add(session, owner, preset="strength_rest")  # another focus, the same day
    _add(session, owner, day=TODAY + timedelta(days=3), preset="active_recovery")  # planned
    stored = session.get(RestDay, uuid.UUID(full.id))
    assert (stored.focus, stored.rest_config) == (
        "relaxation",
        {"preset": "full_rest", "training": "none"},
    )
    monday = date(2026, 3, 30)
    for owner_of, day in ((owner, monday), (owner, monday - timedelta(days=1)), (None, monday)):
        entry = logs.LogInput(
            day, {"duration": [45]}, {"training_type": "running", "session_mood": "none"}
        )
        add_activity(
            session=session, profile_id=owner_of or new_profile(session), entry=entry, today=TODAY
        )
    overview = rest_overview(session=session, profile_id=owner, today=TODAY)
    assert [day for day, _, _ in overview.week][0] == monday
    marked = {day: [r.preset for r in rows] for day, rows, _ in overview.week if rows}
    assert marked == {
        TODAY: ["full_rest", "strength_rest"],
        TODAY + timedelta(days=3): ["active_recovery"],
    }
    # This week's own session beside the rest days; last Sunday's and a stranger's not.
    trained = {day: [(s.type_key, s.minutes) for s in found] for day, _, found in overview.week}
    assert {day: found for day, found in trained.items() if found} == {monday: [("running", 45)]}
    assert rest_overview(session=session, profile_id=new_profile(session), today=TODAY).days == []


def test_what_is_refused(session):
    owner = new_profile(session)
    _add(session, owner)
    cases = [
        (
            {"preset": "active_recovery"},
            ("preset", "recovery.error.rest_exists"),
        ),  # relaxation again
        ({"preset": "nap"}, ("preset", "log.error.choice")),
        ({"day": TODAY + timedelta(days=366)}, ("date", "recovery.error.rest_too_far")),
        ({"day": date(1899, 12, 31)}, ("date", "log.error.date_too_early")),
    ]
    for kwargs, expected in cases:
        with pytest.raises(UserError) as raised:
            _add(session, owner, **kwargs)
        assert (raised.value.field, raised.value.code) == expected


def test_delete_then_undo_without_charging_again(session, monkeypatch):
    charged = []
    real = rest.consume
    monkeypatch.setattr(rest, "consume", lambda **kw: charged.append(kw) or real(**kw))
    owner, other = new_profile(session), new_profile(session)
    row = _add(session, owner)
    with pytest.raises(UserError) as raised:
        delete_rest_day(session=session, profile_id=other, entry_id=row.id)
    assert raised.value.code == "record.error.not_found"
    deleted = delete_rest_day(session=session, profile_id=owner, entry_id=row.id)
    assert rest_overview(session=session, profile_id=owner, today=TODAY).days == []
    back = restore_rest_day(session=session, profile_id=owner, row=deleted, today=TODAY)
    assert (back.date, back.preset) == (row.date, row.preset)
    assert len(charged) == 1
