"""The weight log on SQLite and PostgreSQL: one entry per day, what is
refused (and that nothing is written then), paging, ownership, undo after
delete, and the trend."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlmodel import select

from mitai_app.accounts.models import Profile
from mitai_app.body import service as body
from mitai_app.body.models import WeightEntry
from mitai_app.body.service import (
    BodyError,
    add_weight,
    delete_weight,
    last_weight,
    list_weights,
    update_weight,
    weight_trend,
)

TODAY = date(2026, 3, 29)


def _profile(session, email: str) -> uuid.UUID:
    profile = Profile(email=email, pin_hash="not-a-hash")
    session.add(profile)
    session.commit()
    return profile.id


def _add(session, profile_id, day: date, kg: float, **kwargs):
    return add_weight(session=session, profile_id=profile_id, day=day, kg=kg, today=TODAY, **kwargs)


def _stored(session, profile_id) -> list[tuple[date, float, str | None]]:
    entries = session.exec(
        select(WeightEntry).where(WeightEntry.profile_id == profile_id).order_by(WeightEntry.date)
    ).all()
    return [(e.date, float(e.weight), e.notes) for e in entries]


def _refused(call, *args, **kwargs) -> tuple[str, str]:
    with pytest.raises(BodyError) as raised:
        call(*args, **kwargs)
    return raised.value.field, raised.value.code


def test_adding_a_weight_returns_it_and_prefills_the_next(session):
    mine = _profile(session, "w1@example.com")
    assert last_weight(session=session, profile_id=mine) is None
    row = _add(session, mine, TODAY, 82.456, notes="  after run ")
    assert (row.date, row.weight_kg, row.notes, row.source, row.imported) == (
        TODAY,
        82.46,
        "after run",
        "manual",
        False,
    )
    assert last_weight(session=session, profile_id=mine) == row
    imported = _add(session, mine, TODAY - timedelta(days=1), 83.0, source="withings")
    assert imported.imported
    assert last_weight(session=session, profile_id=mine) == row


def test_one_weight_per_day_replace_updates_the_same_entry(session):
    mine = _profile(session, "w2@example.com")
    first = _add(session, mine, TODAY, 80.0)
    assert _refused(_add, session, mine, TODAY, 81.0) == ("date", "exists")
    assert _stored(session, mine) == [(TODAY, 80.0, None)]

    replaced = _add(session, mine, TODAY, 81.0, notes="evening", replace=True)
    assert replaced.id == first.id
    assert _stored(session, mine) == [(TODAY, 81.0, "evening")]


def test_the_unique_constraint_refuses_a_concurrent_second_entry(session, monkeypatch):
    # As if another request inserted between our check and our insert.
    mine = _profile(session, "w3@example.com")
    _add(session, mine, TODAY, 70.0)
    monkeypatch.setattr(body, "_on_day", lambda *args: None)
    assert _refused(_add, session, mine, TODAY, 71.0) == ("date", "exists")
    assert _stored(session, mine) == [(TODAY, 70.0, None)]
    # The session is usable afterwards.
    _add(session, mine, TODAY - timedelta(days=1), 71.0)


def test_moving_an_entry_onto_a_taken_day_is_refused(session):
    mine = _profile(session, "w3b@example.com")
    _add(session, mine, TODAY, 70.0)
    other = _add(session, mine, TODAY - timedelta(days=1), 71.0)
    moved = _refused(update_weight, session=session, profile_id=mine, entry_id=other.id, day=TODAY)
    assert moved == ("date", "exists")
    assert _stored(session, mine) == [
        (TODAY - timedelta(days=1), 71.0, None),
        (TODAY, 70.0, None),
    ]


@pytest.mark.parametrize(
    ("day", "kg", "expected"),
    [
        (TODAY + timedelta(days=1), 80.0, ("date", "future")),
        (TODAY, 19.99, ("weight", "range")),
        (TODAY, 500.01, ("weight", "range")),
        (TODAY, float("nan"), ("weight", "range")),
    ],
)
def test_refused_input_writes_nothing(session, day, kg, expected):
    mine = _profile(session, f"w4-{uuid.uuid4().hex[:6]}@example.com")
    assert _refused(_add, session, mine, day, kg) == expected
    assert _stored(session, mine) == []


def test_the_limits_themselves_are_accepted(session):
    mine = _profile(session, "w5@example.com")
    _add(session, mine, TODAY, 20)
    _add(session, mine, TODAY - timedelta(days=1), 500)
    assert [kg for _, kg, _ in _stored(session, mine)] == [500.0, 20.0]


def test_list_is_newest_first_and_pages(session):
    mine = _profile(session, "w6@example.com")
    theirs = _profile(session, "w6-other@example.com")
    for i in (3, 0, 4, 1, 2):  # out of order on purpose
        _add(session, mine, TODAY - timedelta(days=i), 80.0 + i)
    _add(session, theirs, TODAY, 60.0)

    rows = list_weights(session=session, profile_id=mine)
    assert [r.date for r in rows] == [TODAY - timedelta(days=i) for i in range(5)]
    page = list_weights(session=session, profile_id=mine, limit=2, offset=2)
    assert [r.weight_kg for r in page] == [82.0, 83.0]
    assert list_weights(session=session, profile_id=mine, limit=2, offset=4)[0].weight_kg == 84.0
    assert list_weights(session=session, profile_id=mine, offset=5) == []


def test_update_changes_only_what_is_given(session):
    mine = _profile(session, "w7@example.com")
    row = _add(session, mine, TODAY, 80.0, notes="morning")
    updated = update_weight(session=session, profile_id=mine, entry_id=row.id, kg=79.5)
    assert (updated.id, updated.date, updated.weight_kg, updated.notes) == (
        row.id,
        TODAY,
        79.5,
        "morning",
    )
    yesterday = TODAY - timedelta(days=1)
    update_weight(session=session, profile_id=mine, entry_id=row.id, day=yesterday, notes="")
    assert _stored(session, mine) == [(yesterday, 79.5, None)]
    refused = _refused(update_weight, session=session, profile_id=mine, entry_id=row.id, kg=600)
    assert refused == ("weight", "range")
    assert _stored(session, mine) == [(yesterday, 79.5, None)]


@pytest.mark.parametrize("action", ["update", "delete"])
def test_another_profiles_entry_is_not_found_and_unchanged(session, action):
    mine = _profile(session, f"w8-{action}@example.com")
    theirs = _profile(session, f"w8-{action}-other@example.com")
    their_row = _add(session, theirs, TODAY, 65.0, notes="theirs")

    def call(entry_id):
        if action == "update":
            return update_weight(
                session=session, profile_id=mine, entry_id=entry_id, kg=99.0, notes="mine"
            )
        return delete_weight(session=session, profile_id=mine, entry_id=entry_id)

    for entry_id in (their_row.id, str(uuid.uuid4()), "not-a-uuid", ""):
        assert _refused(call, entry_id) == ("entry", "not_found")
    assert _stored(session, theirs) == [(TODAY, 65.0, "theirs")]


def test_delete_returns_the_row_and_adding_it_again_restores_it(session):
    mine = _profile(session, "w9@example.com")
    row = _add(session, mine, TODAY - timedelta(days=2), 77.7, notes="scale at gym")
    deleted = delete_weight(session=session, profile_id=mine, entry_id=row.id)
    assert deleted == row
    assert _stored(session, mine) == []
    assert _refused(delete_weight, session=session, profile_id=mine, entry_id=row.id) == (
        "entry",
        "not_found",
    )

    restored = _add(
        session,
        mine,
        deleted.date,
        deleted.weight_kg,
        notes=deleted.notes,
        source=deleted.source,
    )
    assert (restored.date, restored.weight_kg, restored.notes, restored.source) == (
        row.date,
        row.weight_kg,
        row.notes,
        row.source,
    )
    assert _stored(session, mine) == [(row.date, 77.7, "scale at gym")]


def test_trend_of_a_steady_loss(session):
    mine = _profile(session, "w10@example.com")
    start = TODAY - timedelta(days=9)
    for i in range(10):  # 90.0, 89.9, … 89.1: −0.1 kg a day
        _add(session, mine, start + timedelta(days=i), 90.0 - 0.1 * i)

    result = weight_trend(session=session, profile_id=mine)
    assert [d for d, _ in result.points] == [start + timedelta(days=i) for i in range(10)]
    assert result.points[-1][1] == pytest.approx(89.1)
    assert result.weekly_rate_kg == pytest.approx(-0.7, abs=1e-6)
    # Day 10's 7-day average: days 4–10, 89.7 … 89.1.
    assert result.moving_average[-1][1] == pytest.approx(89.4)
    # The smoothed trend starts at the first weight and lags behind a loss.
    assert result.trend[0] == (start, 90.0)
    assert 89.1 < result.trend[-1][1] < 90.0

    since = start + timedelta(days=7)
    recent = weight_trend(session=session, profile_id=mine, since=since)
    assert [d for d, _ in recent.points] == [since + timedelta(days=i) for i in range(3)]
    # The average still looks back a week before `since`.
    assert recent.moving_average[-1] == result.moving_average[-1]
    assert recent.weekly_rate_kg is None  # three days are too little for a rate


def test_trend_of_an_empty_profile(session):
    mine = _profile(session, "w11@example.com")
    theirs = _profile(session, "w11-other@example.com")
    _add(session, theirs, TODAY, 70.0)
    result = weight_trend(session=session, profile_id=mine)
    assert result.points == result.moving_average == result.trend == []
    assert result.weekly_rate_kg is None
