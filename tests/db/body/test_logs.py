"""The History page's calls on SQLite and PostgreSQL: pages of each log, an
inline edit from the submitted form (in the user's units), delete and undo,
and an unknown log or foreign entry refused like an unknown one."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from mitai_app.accounts.models import Profile
from mitai_app.body.circumferences import add_circumferences
from mitai_app.body.logs import delete_entry, list_entries, restore_entry, update_entry
from mitai_app.body.service import BodyError, add_weight
from mitai_app.body.skinfolds import add_caliper

TODAY = date(2026, 3, 29)


def _profile(session) -> uuid.UUID:
    profile = Profile(
        email=f"{uuid.uuid4().hex[:10]}@example.com",
        pin_hash="x",
        sex="female",
        date_of_birth=date(1980, 1, 1),
    )
    session.add(profile)
    session.commit()
    return profile.id


def _edit(session, owner, kind, entry_id, form, system="metric"):
    return update_entry(
        session=session,
        profile_id=owner,
        kind=kind,
        entry_id=entry_id,
        form=form,
        unit_system=system,
        today=TODAY,
    )


def test_each_log_pages_newest_first(session):
    owner = _profile(session)
    for day in (1, 3, 2):
        add_weight(session=session, profile_id=owner, day=date(2026, 3, day), kg=70, today=TODAY)
    rows = list_entries(session=session, profile_id=owner, kind="weight", offset=1, limit=5)
    assert [r.date.day for r in rows] == [2, 1]
    assert list_entries(session=session, profile_id=owner, kind="tape", offset=0, limit=5) == []


def test_inline_edits_read_the_users_units(session):
    owner = _profile(session)
    weight = add_weight(session=session, profile_id=owner, day=TODAY, kg=70, today=TODAY)
    edited = _edit(
        session,
        owner,
        "weight",
        weight.id,
        {"weight": "160,0", "date": "2026-03-28", "notes": "lb"},
        "imperial",
    )
    assert (edited.weight_kg, edited.date, edited.notes) == (72.57, date(2026, 3, 28), "lb")

    tape = add_circumferences(
        session=session, profile_id=owner, day=TODAY, sites_cm={"waist": 80}, today=TODAY
    )
    edited = _edit(
        session, owner, "tape", tape.id, {"waist": "81,5", "hips": "99", "date": "2026-03-29"}
    )
    assert edited.sites_cm == {"waist": 81.5, "hips": 99.0}

    readings = {"triceps": [15, 17], "suprailiac": [12], "thigh": [20]}
    caliper = add_caliper(
        session=session, profile_id=owner, day=TODAY, readings=readings, formula="jp3", today=TODAY
    )
    form = {
        "triceps": "16",
        "suprailiac": "14",
        "thigh": "20",
        "formula": "jp3",
        "conversion": "siri",
        "date": "2026-03-29",
    }
    edited = _edit(session, owner, "caliper", caliper.id, form)
    assert edited.readings["triceps"] == [15.0, 17.0]  # unchanged average: readings kept
    assert edited.readings["suprailiac"] == [14.0]
    assert edited.body_fat_pct > caliper.body_fat_pct


def test_a_refused_edit_changes_nothing(session):
    owner = _profile(session)
    row = add_weight(session=session, profile_id=owner, day=TODAY, kg=70, today=TODAY)
    with pytest.raises(BodyError) as raised:
        _edit(session, owner, "weight", row.id, {"weight": "7", "date": "2026-03-29"})
    assert (raised.value.field, raised.value.code) == ("weight", "range")
    rows = list_entries(session=session, profile_id=owner, kind="weight", offset=0, limit=5)
    assert [r.weight_kg for r in rows] == [70.0]


@pytest.mark.parametrize("kind", ["weight", "tape", "caliper"])
def test_delete_then_undo_restores_each_log(session, kind):
    owner = _profile(session)
    if kind == "weight":
        row = add_weight(session=session, profile_id=owner, day=TODAY, kg=70, today=TODAY)
    elif kind == "tape":
        row = add_circumferences(
            session=session, profile_id=owner, day=TODAY, sites_cm={"neck": 33}, today=TODAY
        )
    else:
        row = add_caliper(
            session=session,
            profile_id=owner,
            day=TODAY,
            formula="jp3",
            today=TODAY,
            readings={"triceps": [15], "suprailiac": [12], "thigh": [20]},
        )
    deleted = delete_entry(session=session, profile_id=owner, kind=kind, entry_id=row.id)
    assert list_entries(session=session, profile_id=owner, kind=kind, offset=0, limit=5) == []
    restore_entry(session=session, profile_id=owner, kind=kind, row=deleted)
    (back,) = list_entries(session=session, profile_id=owner, kind=kind, offset=0, limit=5)
    assert (back.date, back.notes, back.source) == (row.date, row.notes, row.source)


def test_unknown_logs_and_foreign_entries_are_refused(session):
    mine, theirs = _profile(session), _profile(session)
    their_row = add_weight(session=session, profile_id=theirs, day=TODAY, kg=60, today=TODAY)
    with pytest.raises(BodyError) as raised:
        list_entries(session=session, profile_id=mine, kind="sleep", offset=0, limit=5)
    assert raised.value.code == "invalid"
    with pytest.raises(BodyError) as raised:
        delete_entry(session=session, profile_id=mine, kind="weight", entry_id=their_row.id)
    assert (raised.value.field, raised.value.code) == ("entry", "not_found")
    with pytest.raises(BodyError) as raised:
        _edit(session, mine, "weight", their_row.id, {"weight": "99", "date": "2026-03-29"})
    assert (raised.value.field, raised.value.code) == ("entry", "not_found")
    rows = list_entries(session=session, profile_id=theirs, kind="weight", offset=0, limit=5)
    assert [r.weight_kg for r in rows] == [60.0]
