"""Each goal type with a data source reads the owning domain's values: a
goal of that type starts from the newest of them (rows written straight into
the domains' tables, as an import would)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from mitai_app.body.models import CircumferenceEntry, SkinfoldEntry, WeightEntry
from mitai_app.goals import service
from mitai_app.goals.sources import READERS
from mitai_app.nutrition.models import NutritionEntry
from mitai_app.recovery.models import BloodPressureReading, SleepEntry, VitalsBaseline
from mitai_app.training.models import Activity, DailyActivity
from tests.db.goals.test_service import TODAY, _weights
from tests.factories import new_profile

DAYS = [TODAY - timedelta(days=n) for n in (20, 13, 6, 0)]


def _rows(kind: str, owner) -> list:
    if kind == "body_fat":
        return [
            SkinfoldEntry(profile_id=owner, date=d, body_fat_pct=20 - i) for i, d in enumerate(DAYS)
        ]
    if kind == "waist":
        return [
            CircumferenceEntry(profile_id=owner, date=d, c_waist=90 - i) for i, d in enumerate(DAYS)
        ]
    if kind == "resting_hr":
        return [
            VitalsBaseline(profile_id=owner, date=d, resting_hr=60 - i) for i, d in enumerate(DAYS)
        ]
    if kind == "blood_pressure":  # two readings on each day: their mean counts
        return [
            BloodPressureReading(
                profile_id=owner,
                measured_at=datetime.combine(d, time(hour), UTC),
                systolic=systolic - i,
                diastolic=80,
            )
            for i, d in enumerate(DAYS)
            for hour, systolic in ((7, 134), (19, 138))
        ]
    if kind == "sleep_duration":
        return [
            SleepEntry(
                profile_id=owner,
                date=d,
                sleep_start=datetime.combine(d - timedelta(days=1), time(22), UTC),
                sleep_end=datetime.combine(d - timedelta(days=1), time(22), UTC)
                + timedelta(minutes=450 + i * 10),
                total_duration_minutes=450 + i * 10,
            )
            for i, d in enumerate(DAYS)
        ]
    if kind == "protein_intake":
        return [
            NutritionEntry(profile_id=owner, date=d, protein_g=100 + i * 10)
            for i, d in enumerate(DAYS)
        ]
    if kind == "training_frequency":  # three sessions in the last 7 days, today's included
        return [Activity(profile_id=owner, date=d) for d in (*DAYS, TODAY - timedelta(days=2))]
    if kind == "weekly_minutes":  # 30 + 45 + 30 minutes in the last 7 days
        return [
            Activity(profile_id=owner, date=d, duration_minutes=minutes)
            for d, minutes in (*((d, 30) for d in DAYS), (TODAY - timedelta(days=2), 45))
        ]
    if kind == "lean_mass":  # 80 kg at 17 % fat today; a measurement without a weight is left out
        return [
            *(
                SkinfoldEntry(profile_id=owner, date=d, body_fat_pct=20 - i)
                for i, d in enumerate(DAYS)
            ),
            *(WeightEntry(profile_id=owner, date=d, weight=80) for d in DAYS[1:]),
        ]
    if kind == "vo2max":
        return [
            VitalsBaseline(profile_id=owner, date=d, vo2_max=40 + i) for i, d in enumerate(DAYS)
        ]
    if kind == "steps":  # a typed count wins over a device's on the same day
        return [
            *(
                DailyActivity(profile_id=owner, date=d, steps=8000 + i * 500)
                for i, d in enumerate(DAYS)
            ),
            DailyActivity(profile_id=owner, date=TODAY, source="apple_health", steps=12000),
        ]
    raise AssertionError(kind)


START = {
    "body_fat": 17.0,
    "waist": 87.0,
    "resting_hr": 57.0,
    "blood_pressure": 133.0,
    "sleep_duration": 480.0,
    "protein_intake": 130.0,
    "training_frequency": 3.0,
    "weekly_minutes": 105.0,
    "lean_mass": 66.4,
    "vo2max": 43.0,
    "steps": 9500.0,
}


def test_every_reader_is_tested():
    assert set(READERS) == {"weight", *START}


@pytest.mark.parametrize("kind", sorted(START))
def test_a_goal_starts_from_its_domains_newest_value(session, kind):
    owner = new_profile(session, email=f"{kind}@example.com")
    for row in _rows(kind, owner):
        session.add(row)
    session.commit()
    goal = service.create_goal(
        session=session,
        profile_id=owner,
        goal_type=kind,
        title=kind,
        target_value=START[kind] + 5,
        today=TODAY,
    )
    assert goal.start_value == pytest.approx(START[kind])
    assert goal.progress.current == pytest.approx(START[kind])


def test_a_weight_goal_starts_from_the_newest_weight(session):
    owner = new_profile(session, email="weight-source@example.com")
    _weights(session, owner)
    goal = service.create_goal(
        session=session,
        profile_id=owner,
        goal_type="weight",
        title="w",
        target_value=80,
        today=TODAY,
    )
    assert goal.start_value == 88.0
