"""Where each goal type's values come from: one reader per type, each
asking the owning domain's public service for the recent daily values.

A type without a reader here (lean mass, VO2max, HRV, training frequency,
...) has no data source yet: the goal editor does not offer it, and the
service says so if it is asked for one."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import date

from sqlmodel import Session

from mitai_app.body.service import weight_trend
from mitai_app.body.trend import Point
from mitai_app.core import logs
from mitai_app.nutrition.service import daily_totals
from mitai_app.recovery.logs import BLOOD_PRESSURE, VITALS
from mitai_app.recovery.sleep import sleep_nights

# How far back a goal's values are read: the rate looks at the last 28 days,
# the start value of a new goal is the newest value on its first day.
SOURCE_DAYS = 90
# A log of several readings a day is read up to this many rows.
ROWS_READ = 2000

Reader = Callable[[Session, uuid.UUID, date, date], list[Point]]


def _weight(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    points = weight_trend(session=session, profile_id=owner, since=since).points
    return [p for p in points if p[0] <= today]


def _protein(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    totals = daily_totals(session=session, profile_id=owner, since=since, until=today)
    return sorted((d, t["protein_g"]) for d, t in totals.items() if t.get("protein_g"))


def _daily_mean(
    spec: logs.LogSpec, key: str, session: Session, owner: uuid.UUID, since: date, today: date
) -> list[Point]:
    rows = logs.window(
        spec, session=session, profile_id=owner, since=since, until=today, limit=ROWS_READ
    )
    by_day: dict[date, list[float]] = defaultdict(list)
    for row in rows:
        if row.values.get(key) is not None:
            by_day[row.date].append(float(row.values[key]))
    return sorted((d, sum(v) / len(v)) for d, v in by_day.items())


def _resting_hr(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    return _daily_mean(VITALS, "resting_hr", session, owner, since, today)


def _systolic(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    return _daily_mean(BLOOD_PRESSURE, "systolic", session, owner, since, today)


def _sleep(session: Session, owner: uuid.UUID, since: date, today: date) -> list[Point]:
    nights = sleep_nights(session=session, profile_id=owner, limit=(today - since).days + 1)
    return sorted(
        (n.date, float(n.asleep)) for n in nights if since <= n.date <= today and n.asleep
    )


READERS: dict[str, Reader] = {
    "weight": _weight,
    "protein_intake": _protein,
    "resting_hr": _resting_hr,
    "blood_pressure": _systolic,
    "sleep_duration": _sleep,
}
