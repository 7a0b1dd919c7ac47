"""Where each goal type's values come from: one reader per type, each
asking the owning domain's public service for the recent daily values.

A type without a reader here (HRV, sleep quality, calories, water) has no
data source yet: the goal editor does not offer it, and the
service says so if it is asked for one."""

from __future__ import annotations

import uuid
from bisect import bisect_right
from collections.abc import Callable
from datetime import date, timedelta

from sqlmodel import Session

from mitai_app.body.service import measure_points, weight_trend
from mitai_app.body.trend import Point
from mitai_app.core import logs
from mitai_app.nutrition.service import daily_totals
from mitai_app.recovery.logs import BLOOD_PRESSURE, VITALS
from mitai_app.recovery.sleep import sleep_nights
from mitai_app.training.daily_activity import day_summaries
from mitai_app.training.overview import counted_per_day

# How far back a goal's values are read: the rate looks at the last 28 days,
# the start value of a new goal is the newest value on its first day.
SOURCE_DAYS = 90
Reader = Callable[[Session, uuid.UUID, date, date], list[Point]]


def _weight(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    points = weight_trend(session=session, profile_id=owner, since=since).points
    return [p for p in points if p[0] <= today]


def _body_fat(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    return measure_points(
        session=session, profile_id=owner, measure="body_fat", since=since, until=today
    )


def _waist(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    return measure_points(
        session=session, profile_id=owner, measure="waist", since=since, until=today
    )


def _last_seven_days(per_day: dict[date, float], today: date) -> list[Point]:
    """Each day's total of the 7 days ending on it, from the first day with
    a value on (days before it are not known zeros)."""
    if not per_day:
        return []
    first = min(per_day)
    return [
        (day, float(sum(per_day.get(day - timedelta(days=n), 0) for n in range(7))))
        for day in (first + timedelta(days=i) for i in range((today - first).days + 1))
    ]


def _training(session: Session, owner: uuid.UUID, since: date, today: date):
    return counted_per_day(session=session, profile_id=owner, since=since, until=today)


def _sessions_per_week(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    days = _training(session, owner, since, today)
    return _last_seven_days({d: v.count for d, v in days.items()}, today)


def _minutes_per_week(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    days = _training(session, owner, since, today)
    return _last_seven_days({d: v.sums.get("duration", 0.0) for d, v in days.items()}, today)


def _lean_mass(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    """Fat-free mass on each day body fat was measured: the weight of that
    day or the newest before it (up to a week), less its fat share."""
    fat = _body_fat(session, owner, since, today)
    if not fat:
        return []
    weights = weight_trend(
        session=session, profile_id=owner, since=fat[0][0] - timedelta(days=7)
    ).points
    days = [d for d, _ in weights]
    lean = []
    for day, percent in fat:
        index = bisect_right(days, day)
        if index and (day - days[index - 1]).days <= 7:
            lean.append((day, weights[index - 1][1] * (1 - percent / 100)))
    return lean


def _steps(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    return [
        (s.date, s.values["steps"])
        for s in day_summaries(session=session, profile_id=owner, since=since, until=today)
        if "steps" in s.values
    ]


def _protein(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    totals = daily_totals(session=session, profile_id=owner, since=since, until=today)
    return sorted((d, t["protein_g"]) for d, t in totals.items() if t.get("protein_g"))


def _daily_mean(
    spec: logs.LogSpec, key: str, session: Session, owner: uuid.UUID, since: date, today: date
) -> list[Point]:
    days = logs.per_day(
        spec, session=session, profile_id=owner, since=since, until=today, fields=(key,)
    )
    return sorted((d, v.means[key]) for d, v in days.items() if key in v.means)


def _resting_hr(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    return _daily_mean(VITALS, "resting_hr", session, owner, since, today)


def _vo2max(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    return _daily_mean(VITALS, "vo2_max", session, owner, since, today)


def _systolic(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    return _daily_mean(BLOOD_PRESSURE, "systolic", session, owner, since, today)


def _sleep(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    nights = sleep_nights(session=session, profile_id=owner, limit=(today - since).days + 1)
    return sorted(
        (n.date, float(n.asleep)) for n in nights if since <= n.date <= today and n.asleep
    )


READERS: dict[str, Reader] = {
    "weight": _weight,
    "body_fat": _body_fat,
    "lean_mass": _lean_mass,
    "waist": _waist,
    "vo2max": _vo2max,
    "training_frequency": _sessions_per_week,
    "weekly_minutes": _minutes_per_week,
    "steps": _steps,
    "protein_intake": _protein,
    "resting_hr": _resting_hr,
    "blood_pressure": _systolic,
    "sleep_duration": _sleep,
}
