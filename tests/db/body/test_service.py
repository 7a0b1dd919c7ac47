"""The weight log on SQLite and PostgreSQL: what is refused (and that
nothing is written then), the unique constraint behind one entry per day,
and the trend. What every log does is in tests/db/core/test_log_contract.py."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlmodel import select

from mitai_app.body.models import WeightEntry
from mitai_app.body.service import add_weight, last_weight, weight_trend
from mitai_app.core import logs
from mitai_app.core.errors import UserError
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def _add(session, profile_id, day: date, kg: float, **kwargs):
    return add_weight(session=session, profile_id=profile_id, day=day, kg=kg, today=TODAY, **kwargs)


def _stored(session, profile_id) -> list[tuple[date, float, str | None]]:
    entries = session.exec(
        select(WeightEntry).where(WeightEntry.profile_id == profile_id).order_by(WeightEntry.date)
    ).all()
    return [(e.date, float(e.weight), e.notes) for e in entries]


def _refused(call, *args, **kwargs) -> tuple[str, str]:
    with pytest.raises(UserError) as raised:
        call(*args, **kwargs)
    return raised.value.field, raised.value.code


def test_adding_a_weight_returns_it_and_prefills_the_next(session):
    mine = new_profile(session, email="w1@example.com")
    assert last_weight(session=session, profile_id=mine) is None
    row = _add(session, mine, TODAY, 82.456, notes="  after run ")
    assert (row.date, row.values, row.notes, row.source, row.imported) == (
        TODAY,
        {"weight": 82.46},
        "after run",
        "manual",
        False,
    )
    assert last_weight(session=session, profile_id=mine) == row
    imported = _add(session, mine, TODAY - timedelta(days=1), 83.0, source="withings")
    assert imported.imported
    assert last_weight(session=session, profile_id=mine) == row


def test_the_unique_constraint_refuses_a_concurrent_second_entry(session, monkeypatch):
    # As if another request inserted between our check and our insert.
    mine = new_profile(session, email="w3@example.com")
    _add(session, mine, TODAY, 70.0)
    monkeypatch.setattr(logs, "_on_day", lambda *args, **kwargs: None)
    assert _refused(_add, session, mine, TODAY, 71.0) == ("date", "record.error.date_exists")
    assert _stored(session, mine) == [(TODAY, 70.0, None)]
    # The session is usable afterwards.
    _add(session, mine, TODAY - timedelta(days=1), 71.0)


@pytest.mark.parametrize(
    ("day", "kg", "expected"),
    [
        (TODAY + timedelta(days=1), 80.0, ("date", "log.error.date_future")),
        (TODAY, 19.99, ("weight", "body.error.weight_range")),
        (TODAY, 500.01, ("weight", "body.error.weight_range")),
        (TODAY, float("nan"), ("weight", "body.error.weight_range")),
    ],
)
def test_refused_input_writes_nothing(session, day, kg, expected):
    mine = new_profile(session, email=f"w4-{uuid.uuid4().hex[:6]}@example.com")
    assert _refused(_add, session, mine, day, kg) == expected
    assert _stored(session, mine) == []


def test_the_limits_themselves_are_accepted(session):
    mine = new_profile(session, email="w5@example.com")
    _add(session, mine, TODAY, 20)
    _add(session, mine, TODAY - timedelta(days=1), 500)
    assert [kg for _, kg, _ in _stored(session, mine)] == [500.0, 20.0]


def test_trend_of_a_steady_loss(session):
    mine = new_profile(session, email="w10@example.com")
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
    mine = new_profile(session, email="w11@example.com")
    theirs = new_profile(session, email="w11-other@example.com")
    _add(session, theirs, TODAY, 70.0)
    result = weight_trend(session=session, profile_id=mine)
    assert result.points == result.moving_average == result.trend == []
    assert result.weekly_rate_kg is None
