"""The tape and caliper logs on SQLite and PostgreSQL: one entry per day,
subsets of sites, averaging of repeated readings, the body fat stored with
its formula, what is refused (and that nothing is written then), paging,
inline edit, delete and undo, the feature-access charge, and ownership."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlmodel import select

from mitai_app.accounts.models import Profile
from mitai_app.body import circumferences as body_tape
from mitai_app.body import service as body
from mitai_app.body import skinfolds as body_caliper
from mitai_app.body.circumferences import (
    add_circumferences,
    delete_circumferences,
    list_circumferences,
    restore_circumferences,
    update_circumferences,
)
from mitai_app.body.formulas import body_fat_from_skinfolds
from mitai_app.body.models import CaliperEntry, CircumferenceEntry
from mitai_app.body.service import BodyError
from mitai_app.body.skinfolds import (
    add_caliper,
    delete_caliper,
    list_calipers,
    restore_caliper,
    update_caliper,
)
from mitai_app.core.access import AccessDecision, FeatureRefused

TODAY = date(2026, 3, 29)
BORN = date(1990, 6, 1)  # 35 on TODAY
JP3_MALE = {"chest": [10.0, 12.0, 11.0], "abdominal": [20.0, 22.0], "thigh": [15.0]}


def _profile(session, *, sex: str | None = "male", born: date | None = BORN) -> uuid.UUID:
    profile = Profile(
        email=f"{uuid.uuid4().hex[:8]}@example.com", pin_hash="x", sex=sex, date_of_birth=born
    )
    session.add(profile)
    session.commit()
    return profile.id


def _refused(call, **kwargs) -> BodyError:
    with pytest.raises(BodyError) as raised:
        call(**kwargs)
    return raised.value


def _tape(session, owner, day=TODAY, notes="", **sites):
    return add_circumferences(
        session=session, profile_id=owner, day=day, sites_cm=sites, notes=notes, today=TODAY
    )


def _caliper(session, owner, day=TODAY, readings=None, formula="jp3", **kwargs):
    return add_caliper(
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


def test_any_subset_of_sites_is_stored_and_listed_newest_first(session):
    mine = _profile(session)
    older = _tape(session, mine, TODAY - timedelta(days=7), waist=90.456, neck=40)
    newer = _tape(session, mine, hips=101.0, notes=" after breakfast ")
    assert older.sites_cm == {"neck": 40.0, "waist": 90.46}
    assert (newer.sites_cm, newer.notes, newer.imported) == (
        {"hips": 101.0},
        "after breakfast",
        False,
    )
    rows = list_circumferences(session=session, profile_id=mine)
    assert [r.id for r in rows] == [newer.id, older.id]
    assert [r.id for r in list_circumferences(session=session, profile_id=mine, offset=1)] == [
        older.id
    ]


@pytest.mark.parametrize(
    ("day", "sites", "expected"),
    [
        (TODAY, {}, ("sites", "empty")),
        (TODAY, {"waist": None}, ("sites", "empty")),
        (TODAY, {"waist": 9.99}, ("waist", "range")),
        (TODAY, {"neck": 40, "calf": 300.01}, ("calf", "range")),
        (TODAY + timedelta(days=1), {"waist": 90}, ("date", "future")),
        (TODAY, {"ankle": 22}, ("ankle", "unknown")),
    ],
)
def test_refused_tape_input_writes_nothing(session, day, sites, expected):
    mine = _profile(session)
    error = _refused(
        add_circumferences, session=session, profile_id=mine, day=day, sites_cm=sites, today=TODAY
    )
    assert (error.field, error.code) == expected
    assert _count(session, CircumferenceEntry, mine) == 0


def test_one_tape_entry_per_day_also_when_editing(session):
    mine = _profile(session)
    _tape(session, mine, waist=90)
    error = _refused(
        add_circumferences,
        session=session,
        profile_id=mine,
        day=TODAY,
        sites_cm={"waist": 91},
        today=TODAY,
    )
    assert (error.field, error.code) == ("date", "exists")
    yesterday = _tape(session, mine, TODAY - timedelta(days=1), waist=92)
    moved = _refused(
        update_circumferences,
        session=session,
        profile_id=mine,
        entry_id=yesterday.id,
        day=TODAY,
        sites_cm={"waist": 92},
        today=TODAY,
    )
    assert moved.code == "exists"


def test_editing_replaces_the_sites_and_keeps_the_id(session):
    mine = _profile(session)
    row = _tape(session, mine, waist=90, neck=40)
    edited = update_circumferences(
        session=session,
        profile_id=mine,
        entry_id=row.id,
        day=TODAY - timedelta(days=2),
        sites_cm={"waist": 88.5, "neck": None, "hips": 100},
        notes="tape b",
        today=TODAY,
    )
    assert (edited.id, edited.date, edited.sites_cm, edited.notes) == (
        row.id,
        TODAY - timedelta(days=2),
        {"waist": 88.5, "hips": 100.0},
        "tape b",
    )


def test_delete_and_undo_bring_the_tape_entry_back(session):
    mine = _profile(session)
    row = add_circumferences(
        session=session,
        profile_id=mine,
        day=TODAY,
        sites_cm={"waist": 90},
        notes="n",
        source="withings",
        today=TODAY,
    )
    deleted = delete_circumferences(session=session, profile_id=mine, entry_id=row.id)
    assert _count(session, CircumferenceEntry, mine) == 0
    restored = restore_circumferences(session=session, profile_id=mine, row=deleted)
    assert (restored.date, restored.sites_cm, restored.notes, restored.source) == (
        TODAY,
        {"waist": 90.0},
        "n",
        "withings",
    )
    assert restored.imported


# --- skinfolds ----------------------------------------------------------------------


def test_repeated_readings_are_averaged_and_the_formula_stored_with_its_value(session):
    mine = _profile(session)
    row = _caliper(session, mine, notes="caliper A")
    assert row.sites_mm == {"chest": 11.0, "abdominal": 21.0, "thigh": 15.0}
    assert row.readings == JP3_MALE
    assert row.category is not None and row.category.key == "healthy"
    expected = body_fat_from_skinfolds("jp3", row.sites_mm, "male", 35)
    assert row.body_fat_pct == pytest.approx(expected, abs=0.005)
    assert (row.formula, row.conversion) == ("jp3", "siri")
    stored = session.exec(select(CaliperEntry).where(CaliperEntry.profile_id == mine)).one()
    assert (stored.formula, float(stored.chest), float(stored.body_fat_pct)) == (
        "jp3",
        11.0,
        row.body_fat_pct,
    )


def test_brozek_gives_a_different_value_and_is_remembered(session):
    mine = _profile(session)
    siri = _caliper(session, mine, TODAY - timedelta(days=1))
    brozek = _caliper(session, mine, conversion="brozek")
    assert brozek.conversion == "brozek"
    assert brozek.body_fat_pct != siri.body_fat_pct
    assert list_calipers(session=session, profile_id=mine)[0].conversion == "brozek"


def test_the_sites_a_formula_needs_are_named_when_missing(session):
    mine = _profile(session)
    error = _refused(
        add_caliper,
        session=session,
        profile_id=mine,
        day=TODAY,
        readings={"chest": [10], "triceps": [12]},
        formula="jp7",
        today=TODAY,
    )
    assert (error.field, error.code) == ("sites", "missing")
    assert error.missing == ("midaxillary", "subscapular", "abdominal", "suprailiac", "thigh")
    assert _count(session, CaliperEntry, mine) == 0


@pytest.mark.parametrize(("sex", "born"), [(None, BORN), ("male", None)])
def test_a_profile_without_sex_or_birth_date_is_told_so(session, sex, born):
    mine = _profile(session, sex=sex, born=born)
    error = _refused(
        add_caliper,
        session=session,
        profile_id=mine,
        day=TODAY,
        readings=JP3_MALE,
        formula="jp3",
        today=TODAY,
    )
    assert (error.field, error.code) == ("profile", "incomplete")


@pytest.mark.parametrize(
    ("readings", "formula", "expected"),
    [
        ({**JP3_MALE, "chest": [10, 11, 12, 13]}, "jp3", ("chest", "range")),
        ({**JP3_MALE, "thigh": [0.5]}, "jp3", ("thigh", "range")),
        (JP3_MALE, "navy", ("formula", "invalid")),
    ],
)
def test_refused_caliper_input_writes_nothing(session, readings, formula, expected):
    mine = _profile(session)
    error = _refused(
        add_caliper,
        session=session,
        profile_id=mine,
        day=TODAY,
        readings=readings,
        formula=formula,
        today=TODAY,
    )
    assert (error.field, error.code) == expected
    assert _count(session, CaliperEntry, mine) == 0


def test_editing_a_caliper_entry_computes_again_and_keeps_unchanged_readings(session):
    mine = _profile(session)
    row = _caliper(session, mine)
    edited = update_caliper(
        session=session,
        profile_id=mine,
        entry_id=row.id,
        day=TODAY,
        sites_mm={"chest": 11.0, "abdominal": 25.0, "thigh": 15.0},
        formula="jp3",
        today=TODAY,
    )
    assert edited.readings["chest"] == [10.0, 12.0, 11.0]
    assert edited.readings["abdominal"] == [25.0]
    assert edited.body_fat_pct > row.body_fat_pct


def test_delete_and_undo_bring_the_caliper_entry_back(session):
    mine = _profile(session)
    row = _caliper(session, mine)
    deleted = delete_caliper(session=session, profile_id=mine, entry_id=row.id)
    assert _count(session, CaliperEntry, mine) == 0
    restored = restore_caliper(session=session, profile_id=mine, row=deleted)
    assert (restored.readings, restored.body_fat_pct, restored.formula) == (
        row.readings,
        row.body_fat_pct,
        row.formula,
    )


# --- ownership and feature access -----------------------------------------------------


@pytest.mark.parametrize("log", ["tape", "caliper"])
def test_another_profiles_entry_answers_like_an_unknown_one(session, log):
    mine, theirs = _profile(session), _profile(session)
    if log == "tape":
        their_row = _tape(session, theirs, waist=80)
        calls = [
            lambda i: update_circumferences(
                session=session,
                profile_id=mine,
                entry_id=i,
                day=TODAY,
                sites_cm={"waist": 99},
                today=TODAY,
            ),
            lambda i: delete_circumferences(session=session, profile_id=mine, entry_id=i),
        ]
    else:
        their_row = _caliper(session, theirs)
        calls = [
            lambda i: update_caliper(
                session=session,
                profile_id=mine,
                entry_id=i,
                day=TODAY,
                sites_mm={"chest": 30, "abdominal": 30, "thigh": 30},
                formula="jp3",
                today=TODAY,
            ),
            lambda i: delete_caliper(session=session, profile_id=mine, entry_id=i),
        ]
    for call in calls:
        for entry_id in (their_row.id, str(uuid.uuid4()), "not-a-uuid"):
            error = _refused(call, i=entry_id)
            assert (error.field, error.code) == ("entry", "not_found")
    lister = list_circumferences if log == "tape" else list_calipers
    assert [r.id for r in lister(session=session, profile_id=theirs)] == [their_row.id]
    assert lister(session=session, profile_id=mine) == []


@pytest.mark.parametrize(
    ("module", "feature", "add"),
    [
        (
            body,
            "weight_entries",
            lambda s, o: body.add_weight(session=s, profile_id=o, day=TODAY, kg=80, today=TODAY),
        ),
        (body_tape, "circumference_entries", lambda s, o: _tape(s, o, waist=80)),
        (body_caliper, "caliper_entries", lambda s, o: _caliper(s, o)),
    ],
)
def test_a_refused_feature_writes_nothing(session, monkeypatch, module, feature, add):
    asked = []

    def refuse(*, session, profile_id, feature_id, amount=1):
        asked.append(feature_id)
        raise FeatureRefused(AccessDecision(feature_id, False, 0, 0, 0, "limit_reached"))

    monkeypatch.setattr(module, "consume", refuse)
    mine = _profile(session)
    with pytest.raises(FeatureRefused):
        add(session, mine)
    session.rollback()
    assert asked == [feature]
    model = {
        "weight_entries": body.WeightEntry,
        "circumference_entries": CircumferenceEntry,
        "caliper_entries": CaliperEntry,
    }[feature]
    assert _count(session, model, mine) == 0


def test_replacing_a_days_weight_and_undo_are_not_charged(session, monkeypatch):
    mine = _profile(session)
    row = body.add_weight(session=session, profile_id=mine, day=TODAY, kg=80, today=TODAY)
    charged = []
    monkeypatch.setattr(body, "consume", lambda **kw: charged.append(kw["feature_id"]))
    body.add_weight(session=session, profile_id=mine, day=TODAY, kg=81, replace=True, today=TODAY)
    deleted = body.delete_weight(session=session, profile_id=mine, entry_id=row.id)
    body.restore_weight(session=session, profile_id=mine, row=deleted)
    assert charged == []
