"""A log's days summed by the database (`core.logs.per_day`), on SQLite and
PostgreSQL: each day's count and the sum and mean of the fields asked for,
a log of moments grouped by the owner's local day, other profiles' entries
left out."""

from __future__ import annotations

from datetime import UTC, date, datetime

from mitai_app.core import logs
from mitai_app.recovery.logs import BLOOD_PRESSURE
from mitai_app.recovery.models import BloodPressureReading
from mitai_app.training.logs import ACTIVITY
from mitai_app.training.models import Activity
from tests.factories import new_profile

DAY = date(2026, 3, 26)


def test_a_days_entries_are_counted_summed_and_averaged(session):
    owner = new_profile(session, email="days1@example.com")
    other = new_profile(session, email="days2@example.com")
    for minutes, rpe in ((30, 6), (50, None)):
        session.add(Activity(profile_id=owner, date=DAY, duration_minutes=minutes, rpe=rpe))
    session.add(Activity(profile_id=owner, date=date(2026, 3, 20), duration_minutes=20))
    session.add(Activity(profile_id=other, date=DAY, duration_minutes=90))
    session.commit()
    days = logs.per_day(
        ACTIVITY,
        session=session,
        profile_id=owner,
        since=date(2026, 3, 21),
        until=DAY,
        fields=("duration", "rpe"),
    )
    assert list(days) == [DAY]  # the 20th is before the window, the other profile's left out
    assert days[DAY].count == 2
    assert days[DAY].sums == {"duration": 80.0, "rpe": 6.0}
    assert days[DAY].means == {"duration": 40.0, "rpe": 6.0}  # rpe: the one day that holds one


def test_a_log_of_moments_is_grouped_by_the_owners_local_day(session):
    owner = new_profile(session, email="days3@example.com", timezone="America/New_York")
    # 02:30 UTC on the 27th is 22:30 on the 26th in New York.
    for hour, systolic in ((14, 120), (2, 130)):
        day = 26 if hour == 14 else 27
        session.add(
            BloodPressureReading(
                profile_id=owner,
                measured_at=datetime(2026, 3, day, hour, 30, tzinfo=UTC),
                systolic=systolic,
                diastolic=80,
            )
        )
    session.commit()
    days = logs.per_day(
        BLOOD_PRESSURE,
        session=session,
        profile_id=owner,
        since=DAY,
        until=DAY,
        fields=("systolic",),
    )
    assert list(days) == [DAY]
    assert days[DAY].count == 2
    assert days[DAY].means == {"systolic": 125.0}
