"""The circumference and skinfold logs on SQLite and PostgreSQL: subsets of
sites, averaging of repeated readings, the body fat stored with its formula,
and what is refused (and that nothing is written then). What every log does
(one entry per day, paging, edit, delete and undo, ownership, the feature
charge) is in tests/db/core/test_log_contract.py."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from mitai_app.body.formulas import body_fat_from_skinfolds
from mitai_app.body.logs import CIRCUMFERENCES, SKINFOLDS
from mitai_app.body.models import CircumferenceEntry, SkinfoldEntry
from mitai_app.body.service import add_circumferences, add_skinfolds
from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.core.logs import LogInput
from tests.factories import new_profile

BORN = date(1990, 6, 1)  # 35 on TODAY
# Skinfold formulas need sex and age.
PERSON = {"sex": "male", "date_of_birth": BORN}

TODAY = date(2026, 3, 29)
JP3_MALE = {"chest": [10.0, 12.0, 11.0], "abdominal": [20.0, 22.0], "thigh": [15.0]}


def _refused(call, **kwargs) -> UserError:
    with pytest.raises(UserError) as raised:
        call(**kwargs)
    return raised.value


def _circumferences(session, owner, day=TODAY, notes="", **sites):
    return add_circumferences(
        session=session, profile_id=owner, day=day, sites_cm=sites, notes=notes, today=TODAY
    )


def _skinfolds(session, owner, day=TODAY, readings=None, formula="jp3", **kwargs):
    return add_skinfolds(
        session=session,
        profile_id=owner,
        day=day,
        readings=JP3_MALE if readings is None else readings,
        formula=formula,
        today=TODAY,
        **kwargs,
    )


def _count(session, model, owner) -> int:
    return len(session.exec(select(model).where(model.profile_id == owner)).all())


# --- circumferences -----------------------------------------------------------------


def test_any_subset_of_sites_is_stored(session):
    mine = new_profile(session, **PERSON)
    older = _circumferences(session, mine, TODAY - timedelta(days=7), waist=90.456, neck=40)
    newer = _circumferences(session, mine, hips=101.0, notes=" after breakfast ")
    assert older.values == {"neck": 40.0, "waist": 90.46}
    assert (newer.values, newer.notes, newer.imported) == (
        {"hips": 101.0},
        "after breakfast",
        False,
    )


@pytest.mark.parametrize(
    ("day", "sites", "expected"),
    [
        (TODAY, {}, ("", "body.error.sites_empty")),
        (TODAY, {"waist": None}, ("", "body.error.sites_empty")),
        (TODAY, {"waist": 9.99}, ("waist", "body.error.range")),
        (TODAY, {"neck": 40, "calf": 300.01}, ("calf", "body.error.range")),
        (TODAY + timedelta(days=1), {"waist": 90}, ("date", "log.error.date_future")),
        (TODAY, {"ankle": 22}, ("ankle", "log.error.range")),
    ],
)
def test_refused_circumference_input_writes_nothing(session, day, sites, expected):
    mine = new_profile(session, **PERSON)
    error = _refused(
        add_circumferences, session=session, profile_id=mine, day=day, sites_cm=sites, today=TODAY
    )
    assert (error.field, error.code) == expected
    assert _count(session, CircumferenceEntry, mine) == 0


def test_editing_replaces_the_sites_and_keeps_the_id(session):
    mine = new_profile(session, **PERSON)
    row = _circumferences(session, mine, waist=90, neck=40)
    edited = logs.update(
        CIRCUMFERENCES,
        session=session,
        profile_id=mine,
        entry_id=row.id,
        entry=LogInput(TODAY - timedelta(days=2), {"waist": [88.5], "hips": [100]}, notes="b"),
        today=TODAY,
    )
    assert (edited.id, edited.date, edited.values, edited.notes) == (
        row.id,
        TODAY - timedelta(days=2),
        {"waist": 88.5, "hips": 100.0},
        "b",
    )


# --- skinfolds ----------------------------------------------------------------------


def test_repeated_readings_are_averaged_and_the_formula_stored_with_its_value(session):
    mine = new_profile(session, **PERSON)
    saved = _skinfolds(session, mine, notes="caliper A")
    row = saved.row
    assert row.values == {"chest": 11.0, "abdominal": 21.0, "thigh": 15.0}
    assert row.details["readings"] == JP3_MALE
    assert saved.category is not None and saved.category.key == "healthy"
    expected = body_fat_from_skinfolds("jp3", row.values, "male", 35)
    assert row.details["body_fat_pct"] == pytest.approx(expected, abs=0.005)
    assert (row.details["formula"], row.details["conversion"]) == ("jp3", "siri")
    stored = session.exec(select(SkinfoldEntry).where(SkinfoldEntry.profile_id == mine)).one()
    assert (stored.formula, float(stored.chest), float(stored.body_fat_pct)) == (
        "jp3",
        11.0,
        row.details["body_fat_pct"],
    )


def test_brozek_gives_a_different_value_and_is_remembered(session):
    mine = new_profile(session, **PERSON)
    siri = _skinfolds(session, mine, TODAY - timedelta(days=1)).row
    brozek = _skinfolds(session, mine, conversion="brozek").row
    assert brozek.details["conversion"] == "brozek"
    assert brozek.details["body_fat_pct"] != siri.details["body_fat_pct"]
    newest = logs.page(SKINFOLDS, session=session, profile_id=mine)[0]
    assert newest.details["conversion"] == "brozek"


def test_the_sites_a_formula_needs_are_named_when_missing(session):
    mine = new_profile(session, **PERSON)
    error = _refused(
        add_skinfolds,
        session=session,
        profile_id=mine,
        day=TODAY,
        readings={"chest": [10], "triceps": [12]},
        formula="jp7",
        today=TODAY,
    )
    assert (error.field, error.code) == ("sites", "body.error.sites_missing")
    assert error.values["sites"].en == "Midaxillary, Subscapular, Abdominal, Suprailiac, Thigh"
    assert error.values["sites"].de.startswith("Achsel, Schulterblatt")
    assert _count(session, SkinfoldEntry, mine) == 0


@pytest.mark.parametrize(("sex", "born"), [(None, BORN), ("male", None)])
def test_a_profile_without_sex_or_birth_date_is_told_so(session, sex, born):
    mine = new_profile(session, sex=sex, date_of_birth=born)
    error = _refused(
        add_skinfolds,
        session=session,
        profile_id=mine,
        day=TODAY,
        readings=JP3_MALE,
        formula="jp3",
        today=TODAY,
    )
    assert (error.field, error.code) == ("profile", "body.error.profile_incomplete")


@pytest.mark.parametrize(
    ("readings", "formula", "expected"),
    [
        ({**JP3_MALE, "chest": [10, 11, 12, 13]}, "jp3", ("chest", "body.error.range")),
        ({**JP3_MALE, "thigh": [0.5]}, "jp3", ("thigh", "body.error.range")),
        (JP3_MALE, "navy", ("formula", "log.error.choice")),
    ],
)
def test_refused_skinfold_input_writes_nothing(session, readings, formula, expected):
    mine = new_profile(session, **PERSON)
    error = _refused(
        add_skinfolds,
        session=session,
        profile_id=mine,
        day=TODAY,
        readings=readings,
        formula=formula,
        today=TODAY,
    )
    assert (error.field, error.code) == expected
    assert _count(session, SkinfoldEntry, mine) == 0


def test_editing_skinfolds_computes_again_and_keeps_unchanged_readings(session):
    mine = new_profile(session, **PERSON)
    row = _skinfolds(session, mine).row
    edited = logs.update(
        SKINFOLDS,
        session=session,
        profile_id=mine,
        entry_id=row.id,
        entry=LogInput(
            TODAY,
            {"chest": [11.0], "abdominal": [25.0], "thigh": [15.0]},
            {"formula": "jp3", "conversion": "siri"},
        ),
        today=TODAY,
    )
    assert edited.details["readings"]["chest"] == [10.0, 12.0, 11.0]
    assert edited.details["readings"]["abdominal"] == [25.0]
    assert edited.details["body_fat_pct"] > row.details["body_fat_pct"]
