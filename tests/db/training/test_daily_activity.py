"""The daily activity summary on SQLite and PostgreSQL: one row per day and
source, typed values never overwritten by an import, a day's sources merged
measure by measure (typed first, else the highest import), impossible values
refused at their field with nothing written, each profile's days its own."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import func, select

from mitai_app.core.errors import UserError
from mitai_app.training import daily_activity
from mitai_app.training.daily_activity import day_summaries, merge_day, record_day
from mitai_app.training.models import DailyActivity
from tests.factories import new_profile

DAY = date(2026, 3, 10)
TODAY = date(2026, 3, 26)


def _rows(session, owner) -> int:
    return session.exec(select(func.count()).where(DailyActivity.profile_id == owner)).one()


def test_an_import_never_overwrites_typed_values_and_sources_are_merged(session, monkeypatch):
    charged: list[str] = []
    real = daily_activity.consume
    monkeypatch.setattr(
        daily_activity,
        "consume",
        lambda **kwargs: charged.append(kwargs["feature_id"]) or real(**kwargs),
    )
    me = new_profile(session)
    record_day(session=session, profile_id=me, day=DAY, values={"steps": 8000}, today=TODAY)
    assert charged == ["activity_entries"]
    # Two imports of the day, the second twice (it replaces its own row only).
    record_day(
        session=session,
        profile_id=me,
        day=DAY,
        source="apple_health",
        values={"steps": 12000, "active_kcal": 450, "distance_km": 7.5},
    )
    record_day(
        session=session,
        profile_id=me,
        day=DAY,
        source="garmin",
        values={"steps": 11000, "active_kcal": 500, "exercise_minutes": 35},
    )
    record_day(
        session=session,
        profile_id=me,
        day=DAY,
        source="garmin",
        values={"steps": 11500, "active_kcal": 520, "exercise_minutes": 40},
    )
    assert _rows(session, me) == 3
    assert charged == ["activity_entries"]  # imports are charged by the importer
    [summary] = day_summaries(session=session, profile_id=me, since=DAY, until=DAY)
    assert summary.values == {
        "steps": 8000,
        "active_kcal": 520,
        "exercise_minutes": 40,
        "distance_km": 7.5,
    }
    assert summary.sources == {
        "steps": "manual",
        "active_kcal": "garmin",
        "exercise_minutes": "garmin",
        "distance_km": "apple_health",
    }
    # Editing the typed row changes it in place.
    record_day(session=session, profile_id=me, day=DAY, values={"steps": None}, today=TODAY)
    [summary] = day_summaries(session=session, profile_id=me, since=DAY, until=DAY)
    assert (summary.values["steps"], summary.sources["steps"]) == (12000, "apple_health")
    assert _rows(session, me) == 3
    # Another profile sees none of it.
    other = new_profile(session)
    assert day_summaries(session=session, profile_id=other, since=DAY, until=DAY) == []


@pytest.mark.parametrize(
    "values, field",
    [
        ({"steps": -1}, "steps"),
        ({"steps": 250_000}, "steps"),
        ({"active_kcal": 25_000}, "active_kcal"),
        ({"exercise_minutes": 1441}, "exercise_minutes"),
        ({"distance_km": -0.5}, "distance_km"),
        ({"resting_kcal": float("nan")}, "resting_kcal"),
    ],
)
def test_impossible_values_are_refused_at_their_field_and_nothing_is_written(
    session, values, field
):
    me = new_profile(session)
    with pytest.raises(UserError) as refused:
        record_day(
            session=session,
            profile_id=me,
            day=DAY,
            values={"steps": 5000, **values} if field != "steps" else values,
            today=TODAY,
        )
    assert refused.value.field == field
    assert _rows(session, me) == 0


def test_a_typed_day_in_the_future_is_refused(session):
    me = new_profile(session)
    with pytest.raises(UserError) as refused:
        record_day(
            session=session, profile_id=me, day=date(2026, 4, 1), values={"steps": 1}, today=TODAY
        )
    assert refused.value.field == "date"


def test_merge_takes_the_typed_value_else_the_highest_import():
    summary = merge_day(
        DAY,
        [
            ("watch", {"steps": 9000, "resting_kcal": 1600}),
            ("phone", {"steps": 9400, "resting_kcal": None}),
            ("manual", {"resting_kcal": 1500}),
        ],
    )
    assert summary.values == {"steps": 9400, "resting_kcal": 1500}
    assert summary.sources == {"steps": "phone", "resting_kcal": "manual"}
