"""The body logs through the generic log on SQLite and PostgreSQL: an inline
edit from the submitted form in the user's units, skinfold readings kept
where an edit leaves a site as it was, and a refused edit changing nothing.
(What every log does, including delete and undo, is in
tests/db/core/test_log_contract.py.)"""

from __future__ import annotations

from datetime import date

import pytest

from mitai_app.body.logs import CIRCUMFERENCES, SKINFOLDS, WEIGHT
from mitai_app.body.service import add_circumferences, add_skinfolds, add_weight
from mitai_app.core import logs
from mitai_app.core.errors import UserError
from tests.factories import new_profile

# Skinfold formulas need sex and age.
PERSON = {"sex": "female", "date_of_birth": date(1980, 1, 1)}

TODAY = date(2026, 3, 29)


def _edit(session, owner, spec, entry_id, form, system="metric"):
    return logs.update(
        spec,
        session=session,
        profile_id=owner,
        entry_id=entry_id,
        entry=logs.parse(spec, form, system),
        today=TODAY,
    )


def test_inline_edits_read_the_users_units(session):
    owner = new_profile(session, **PERSON)
    weight = add_weight(session=session, profile_id=owner, day=TODAY, kg=70, today=TODAY)
    edited = _edit(
        session,
        owner,
        WEIGHT,
        weight.id,
        {"weight": "160,0", "date": "2026-03-28", "notes": "lb"},
        "imperial",
    )
    assert (edited.values, edited.date, edited.notes) == (
        {"weight": 72.57},
        date(2026, 3, 28),
        "lb",
    )

    measured = add_circumferences(
        session=session, profile_id=owner, day=TODAY, sites_cm={"waist": 80}, today=TODAY
    )
    edited = _edit(
        session,
        owner,
        CIRCUMFERENCES,
        measured.id,
        {"waist": "81,5", "hips": "99", "date": "2026-03-29"},
    )
    assert edited.values == {"waist": 81.5, "hips": 99.0}

    readings = {"triceps": [15, 17], "suprailiac": [12], "thigh": [20]}
    saved = add_skinfolds(
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
    edited = _edit(session, owner, SKINFOLDS, saved.row.id, form)
    assert edited.details["readings"]["triceps"] == [15.0, 17.0]  # unchanged mean: kept
    assert edited.details["readings"]["suprailiac"] == [14.0]
    assert edited.details["body_fat_pct"] > saved.row.details["body_fat_pct"]


def test_a_refused_edit_changes_nothing(session):
    owner = new_profile(session, **PERSON)
    row = add_weight(session=session, profile_id=owner, day=TODAY, kg=70, today=TODAY)
    with pytest.raises(UserError) as raised:
        _edit(session, owner, WEIGHT, row.id, {"weight": "7", "date": "2026-03-29"})
    assert (raised.value.field, raised.value.code) == ("weight", "body.error.weight_range")
    rows = logs.page(WEIGHT, session=session, profile_id=owner)
    assert [r.values["weight"] for r in rows] == [70.0]


def test_undo_keeps_the_raw_skinfold_readings(session):
    owner = new_profile(session, **PERSON)
    readings = {"triceps": [15, 17], "suprailiac": [12, 13, 14], "thigh": [20]}
    saved = add_skinfolds(
        session=session,
        profile_id=owner,
        day=TODAY,
        readings=readings,
        formula="jp3",
        conversion="brozek",
        today=TODAY,
    )
    deleted = logs.delete(SKINFOLDS, session=session, profile_id=owner, entry_id=saved.row.id)
    back = logs.restore(SKINFOLDS, session=session, profile_id=owner, row=deleted)
    assert back.details == saved.row.details
    assert back.values == saved.row.values
