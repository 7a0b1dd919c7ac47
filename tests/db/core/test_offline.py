"""Entries kept offline and sent later (core.offline), for every registered
log, on SQLite and PostgreSQL: stored under the browser's id and charged
once however often they are sent, a day's entry asked about (then replaced
where the answer says so), someone else's id refused, refused input as online.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, timedelta

import pytest

from mitai_app.core import logs, offline
from mitai_app.core.errors import UserError
from mitai_app.core.logs import LogSpec
from mitai_app.core.modules import contributions
from tests.factories import new_profile

TODAY = date(2026, 3, 29)
SPECS = [spec for _, specs in contributions("logs") for spec in specs]
PERSON = {"sex": "male", "date_of_birth": date(1990, 6, 1)}


def _kept(
    spec: LogSpec, day: date = TODAY, *, share: float = 0.1, **changes
) -> offline.QueuedEntry:
    """What the browser kept of the log's form: every field typed `share` of
    the way through its range (metric, as stored), the first option per choice."""
    form = {"date": day.isoformat(), "notes": "kept offline"}
    for item in spec.fields:
        low, high = item.range
        form[item.name] = str(round(low + (high - low) * share, item.decimals))
    form.update({choice.name: choice.options[0] for choice in spec.choices})
    if spec.moment:
        form["time"] = "08:00"
    fields = {
        "id": str(uuid.uuid4()),
        "log": spec.id,
        "form": form,
        "prefix": "",
        "units": "metric",
        "owner": "",
        **changes,
    }
    return offline.read_queued(fields)


def _send(session, owner, entry, **kwargs):
    return offline.send(session=session, profile_id=owner, entry=entry, today=TODAY, **kwargs)


@pytest.fixture(params=SPECS, ids=[spec.id for spec in SPECS])
def spec(request) -> LogSpec:
    return request.param


def test_an_entry_sent_twice_is_stored_and_charged_once(session, spec, charged):
    owner = new_profile(session, **PERSON)
    entry = _kept(spec)
    first = _send(session, owner, entry)
    again = _send(session, owner, entry)
    assert isinstance(first, offline.Sent) and first.new
    assert isinstance(again, offline.Sent) and not again.new
    assert first.row.id == again.row.id == str(entry.id)
    assert first.row.notes == "kept offline"
    assert [row.id for row in logs.page(spec, session=session, profile_id=owner)] == [first.row.id]
    assert charged == [spec.feature]


def test_entries_of_several_days_are_all_stored(session, spec):
    owner = new_profile(session, **PERSON)
    for days_ago in (1, 0):
        assert _send(session, owner, _kept(spec, TODAY - timedelta(days=days_ago))).new
    assert len(logs.page(spec, session=session, profile_id=owner)) == 2


def test_a_day_with_an_entry_is_asked_about_then_replaced(session, spec, charged):
    if not spec.one_per_day:
        pytest.skip("the log holds several entries a day")
    owner = new_profile(session, **PERSON)
    saved = _send(session, owner, _kept(spec, share=0.1)).row
    later = _kept(spec, share=0.2)
    conflict = _send(session, owner, later)
    assert isinstance(conflict, offline.Conflict)
    assert conflict.saved.id == saved.id
    assert conflict.kept.values != saved.values  # what the question shows of each
    assert conflict.kept.date == TODAY
    replaced = _send(session, owner, later, replace=True)
    rows = logs.page(spec, session=session, profile_id=owner)
    assert [row.values for row in rows] == [replaced.row.values] != [saved.values]
    assert charged == [spec.feature]  # replacing is not a new entry


def test_a_resend_after_replace_is_not_asked_about_again(session, spec, charged):
    """The browser missed the answer to "Replace" and sends the entry again:
    the day already holds just that, so nothing is asked or stored twice."""
    if not spec.one_per_day:
        pytest.skip("the log holds several entries a day")
    owner = new_profile(session, **PERSON)
    _send(session, owner, _kept(spec, share=0.1))
    later = _kept(spec, share=0.2)
    assert isinstance(_send(session, owner, later), offline.Conflict)
    replaced = _send(session, owner, later, replace=True)
    again = _send(session, owner, later)
    assert isinstance(again, offline.Sent) and not again.new
    assert again.row == replaced.row
    assert [row.values for row in logs.page(spec, session=session, profile_id=owner)] == [
        replaced.row.values
    ]
    assert charged == [spec.feature]
    # The same values with other notes are another entry: asked about.
    other = _kept(spec, share=0.2)
    other = dataclasses.replace(other, form={**other.form, "notes": "typed again"})
    assert isinstance(_send(session, owner, other), offline.Conflict)


def test_someone_elses_id_is_refused(session, spec):
    mine, theirs = new_profile(session, **PERSON), new_profile(session, **PERSON)
    entry = _kept(spec)
    _send(session, theirs, entry)
    with pytest.raises(UserError) as raised:
        _send(session, mine, entry)
    assert raised.value.code == "record.error.not_found"
    assert logs.page(spec, session=session, profile_id=mine) == []


def test_refused_input_is_refused_as_online(session, spec):
    owner = new_profile(session, **PERSON)
    with pytest.raises(UserError):
        _send(session, owner, _kept(spec, TODAY + timedelta(days=1)))
    assert logs.page(spec, session=session, profile_id=owner) == []


def test_imperial_input_is_read_in_the_units_the_form_showed(session):
    owner = new_profile(session, **PERSON)
    entry = offline.read_queued(
        {
            "id": str(uuid.uuid4()),
            "log": "weight",
            "form": {"weight": "176.4", "date": TODAY.isoformat()},
            "units": "imperial",
        }
    )
    row = _send(session, owner, entry).row
    assert row.values["weight"] == pytest.approx(80.01, abs=0.01)
