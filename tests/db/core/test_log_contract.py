"""What every registered log does, on SQLite and PostgreSQL: add, page newest
first, one entry per day (replace where asked), edit, delete then undo,
foreign, unknown and malformed ids refused alike, and the feature charged
once per new entry (not on replace, not again on undo).

The tests are parametrised over `core.modules.contributions("logs")`, and
each entry is made from the log's own description (a plausible value per
field, the first option per choice), so a new log is covered without a new
test, as a new table is by the ownership walk.
"""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

import pytest

from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.core.logs import LogInput, LogSpec
from mitai_app.core.modules import contributions
from tests.factories import new_profile

TODAY = date(2026, 3, 29)
SPECS = [spec for _, specs in contributions("logs") for spec in specs]


def _entry(spec: LogSpec, day: date = TODAY, *, share: float = 0.1, notes: str = "") -> LogInput:
    """A plausible entry: every field `share` of the way through its range."""
    values = {}
    for item in spec.fields:
        low, high = item.range
        values[item.name] = [round(low + (high - low) * share, item.decimals)]
    choices = {choice.name: choice.options[0] for choice in spec.choices}
    return LogInput(day, values, choices, notes, time(8, 0) if spec.moment else None)


# Complete, so that a log computing from sex or age has what it needs.
PERSON = {"sex": "male", "date_of_birth": date(1990, 6, 1)}


def _add(session, spec, owner, day=TODAY, **kwargs):
    return logs.add(
        spec, session=session, profile_id=owner, entry=_entry(spec, day), today=TODAY, **kwargs
    )


def _page(session, spec, owner, **kwargs):
    return logs.page(spec, session=session, profile_id=owner, **kwargs)


def test_every_registered_log_is_described_once():
    assert SPECS, "no module registers a log"
    assert len({spec.id for spec in SPECS}) == len(SPECS)
    assert list(logs.registered().values()) == SPECS


@pytest.fixture(params=SPECS, ids=[spec.id for spec in SPECS])
def spec(request) -> LogSpec:
    return request.param


def test_add_and_page_newest_first(session, spec, charged):
    owner = new_profile(session, **PERSON)
    rows = [_add(session, spec, owner, TODAY - timedelta(days=d)) for d in (2, 0, 1)]
    assert charged == [spec.feature] * 3
    listed = _page(session, spec, owner)
    assert [r.date for r in listed] == [TODAY - timedelta(days=d) for d in (0, 1, 2)]
    assert listed[0] == rows[1]
    assert [r.id for r in _page(session, spec, owner, offset=1, limit=1)] == [rows[2].id]
    assert not rows[0].imported and rows[0].source == logs.MANUAL
    assert set(rows[0].values) == {item.name for item in spec.fields}


def test_one_entry_per_day_replaces_only_when_asked(session, spec, charged):
    if not spec.one_per_day:
        pytest.skip(f"{spec.id} holds several entries per day")
    owner = new_profile(session, **PERSON)
    first = _add(session, spec, owner)
    with pytest.raises(UserError) as raised:
        _add(session, spec, owner)
    assert (raised.value.field, raised.value.code) == ("date", "record.error.date_exists")
    replaced = logs.add(
        spec,
        session=session,
        profile_id=owner,
        entry=_entry(spec, share=0.2, notes="again"),
        replace=True,
        today=TODAY,
    )
    assert replaced.id == first.id and replaced.notes == "again"
    assert [r.id for r in _page(session, spec, owner)] == [first.id]
    assert charged == [spec.feature]  # replacing is not a new entry


def test_edit_changes_the_entry_and_keeps_its_id(session, spec):
    owner = new_profile(session, **PERSON)
    row = _add(session, spec, owner)
    yesterday = TODAY - timedelta(days=1)
    edited = logs.update(
        spec,
        session=session,
        profile_id=owner,
        entry_id=row.id,
        entry=_entry(spec, yesterday, share=0.2, notes=" edited "),
        today=TODAY,
    )
    assert (edited.id, edited.date, edited.notes) == (row.id, yesterday, "edited")
    assert edited.values != row.values
    assert _page(session, spec, owner) == [edited]
    if spec.one_per_day:
        _add(session, spec, owner)
        with pytest.raises(UserError) as raised:
            logs.update(
                spec,
                session=session,
                profile_id=owner,
                entry_id=edited.id,
                entry=_entry(spec),
                today=TODAY,
            )
        assert raised.value.code == "record.error.date_exists"


def test_an_edit_onto_a_taken_day_or_minute_replaces_that_entry_only_when_asked(session, spec):
    if not (spec.one_per_day or spec.moment):
        pytest.skip(f"{spec.id} holds any number of entries at once")
    owner = new_profile(session, **PERSON)
    kept = _add(session, spec, owner)
    moved = _add(session, spec, owner, day=TODAY - timedelta(days=1))
    edit = _entry(spec, share=0.3, notes="moved")  # onto `kept`'s day (and minute)
    with pytest.raises(UserError) as raised:
        logs.update(
            spec, session=session, profile_id=owner, entry_id=moved.id, entry=edit, today=TODAY
        )
    code = "record.error.time_exists" if spec.moment else "record.error.date_exists"
    assert raised.value.code == code
    assert {r.id for r in _page(session, spec, owner)} == {kept.id, moved.id}
    edited = logs.update(
        spec,
        session=session,
        profile_id=owner,
        entry_id=moved.id,
        entry=edit,
        today=TODAY,
        replace=True,
    )
    assert (edited.id, edited.date, edited.notes) == (moved.id, TODAY, "moved")
    assert _page(session, spec, owner) == [edited]


def test_delete_then_undo_puts_it_back_without_charging_again(session, spec, charged):
    owner = new_profile(session, **PERSON)
    row = logs.add(
        spec,
        session=session,
        profile_id=owner,
        entry=_entry(spec, notes="n"),
        source="import-file",
        today=TODAY,
    )
    deleted = logs.delete(spec, session=session, profile_id=owner, entry_id=row.id)
    assert deleted == row
    assert _page(session, spec, owner) == []
    restored = logs.restore(spec, session=session, profile_id=owner, row=deleted)
    back = (restored.date, restored.values, restored.details, restored.notes, restored.source)
    assert back == (row.date, row.values, row.details, row.notes, row.source)
    assert restored.imported
    assert charged == [spec.feature]


def test_foreign_unknown_and_malformed_ids_are_refused_alike(session, spec):
    mine, theirs = new_profile(session, **PERSON), new_profile(session, **PERSON)
    their_row = _add(session, spec, theirs)
    calls = [
        lambda i: logs.update(
            spec, session=session, profile_id=mine, entry_id=i, entry=_entry(spec), today=TODAY
        ),
        lambda i: logs.delete(spec, session=session, profile_id=mine, entry_id=i),
    ]
    for call in calls:
        for entry_id in (their_row.id, str(uuid.uuid4()), "not-a-uuid", ""):
            with pytest.raises(UserError) as raised:
                call(entry_id)
            assert (raised.value.field, raised.value.code) == ("entry", "record.error.not_found")
    assert _page(session, spec, theirs) == [their_row]
    assert _page(session, spec, mine) == []


def test_days_outside_the_users_lifetime_and_long_notes_are_refused(session, spec):
    """A mistyped year (1900, or before the birth date) or a day after today
    would stretch every chart; notes beyond the limit are refused, not cut."""
    owner = new_profile(session, **PERSON)
    unborn = new_profile(session, sex="male")  # no birth date: 1900 is the floor
    cases = [
        (owner, PERSON["date_of_birth"] - timedelta(days=1), "", "log.error.date_before_birth"),
        (owner, TODAY + timedelta(days=1), "", "log.error.date_future"),
        (unborn, date(1899, 12, 31), "", "log.error.date_too_early"),
        (owner, TODAY, "x" * (logs.NOTES_MAX + 1), "error.too_long"),
    ]
    for who, day, notes, code in cases:
        with pytest.raises(UserError) as raised:
            logs.add(
                spec,
                session=session,
                profile_id=who,
                entry=_entry(spec, day, notes=notes),
                today=TODAY,
            )
        assert raised.value.code == code
        assert raised.value.field == ("notes" if notes else "date")
    assert _page(session, spec, owner) == []
    # The limit itself is fine, and an edit is checked alike.
    row = logs.add(
        spec,
        session=session,
        profile_id=owner,
        entry=_entry(spec, notes="x" * logs.NOTES_MAX),
        today=TODAY,
    )
    assert len(row.notes) == logs.NOTES_MAX
    with pytest.raises(UserError) as raised:
        logs.update(
            spec,
            session=session,
            profile_id=owner,
            entry_id=row.id,
            entry=_entry(spec, date(1900, 1, 1)),
            today=TODAY,
        )
    assert raised.value.code == "log.error.date_before_birth"


def test_today_is_the_profiles_day_when_no_caller_gives_it(session, spec):
    """Without `today`, a day is in the future by the profile's time zone, not
    the server's. At any moment one of UTC+14 and UTC-11 has another date than UTC."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    utc_today = datetime.now(UTC).date()
    zone = next(
        z
        for z in ("Pacific/Kiritimati", "Pacific/Pago_Pago")
        if datetime.now(ZoneInfo(z)).date() != utc_today
    )
    owner = new_profile(session, **PERSON, timezone=zone)
    local_today = datetime.now(ZoneInfo(zone)).date()
    row = logs.add(spec, session=session, profile_id=owner, entry=_entry(spec, local_today))
    assert row.date == local_today
    with pytest.raises(UserError) as raised:
        logs.add(
            spec,
            session=session,
            profile_id=owner,
            entry=_entry(spec, local_today + timedelta(days=1)),
        )
    assert raised.value.code == "log.error.date_future"


def test_undo_puts_back_an_entry_stored_before_the_limits(session, spec):
    """100,000 characters of notes were stored once, and a birth date may be
    entered after the entries: deleting such an entry can still be undone."""
    owner = new_profile(session, **PERSON)
    row = _add(session, spec, owner)
    stored = session.get(spec.model, uuid.UUID(row.id))
    stored.notes = "x" * 100_000
    session.add(stored)
    session.commit()
    long_ago = logs.delete(spec, session=session, profile_id=owner, entry_id=row.id)
    restored = logs.restore(spec, session=session, profile_id=owner, row=long_ago)
    assert restored.notes == long_ago.notes
