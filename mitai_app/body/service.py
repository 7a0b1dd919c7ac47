"""Body measurements: the weight log (one entry per profile and day) and its
trend, and the helpers the tape (body_tape) and caliper (body_caliper) logs
share with it.

Every function takes the session and the owning profile explicitly, commits
its own work and returns plain dataclasses. Invalid input raises `BodyError`
naming the field and a stable code the pages translate. An entry that does
not exist and one that belongs to another profile are refused the same way
(`entry`, `not_found`), so nobody learns which ids exist.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col, select

from mitai_app.body.formulas import (
    WEIGHT_RANGE_KG,
    Point,
    moving_average,
    smoothed_trend,
    weekly_rate,
)
from mitai_app.body.models import WeightEntry
from mitai_app.core.access import consume
from mitai_app.core.units import round_half_up

MANUAL = "manual"
T = TypeVar("T")
MOVING_AVERAGE_DAYS = 7


class BodyError(Exception):
    """Refused input; `code` names what is wrong (future, range, exists,
    not_found, missing, empty, incomplete). `missing` names the skinfold
    sites a formula still needs."""

    def __init__(self, field: str, code: str, missing: tuple[str, ...] = ()) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code
        self.missing = missing


@dataclass(frozen=True)
class WeightRow:
    id: str
    date: date
    weight_kg: float
    source: str
    notes: str
    imported: bool  # source != "manual": came from a device or file import


@dataclass(frozen=True)
class WeightTrend:
    points: list[Point]  # (date, kg) as recorded, oldest first
    moving_average: list[Point]  # 7 calendar days
    trend: list[Point]  # exponentially smoothed (Hacker's Diet)
    # kg per week: least-squares slope of the recorded weights over the last
    # 28 days; None with less than a week of data.
    weekly_rate_kg: float | None


# --- helpers ------------------------------------------------------------------


def as_uuid(value: uuid.UUID | str) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _row(entry: WeightEntry) -> WeightRow:
    return WeightRow(
        id=str(entry.id),
        date=entry.date,
        weight_kg=float(entry.weight),
        source=entry.source,
        notes=entry.notes or "",
        imported=entry.source != MANUAL,
    )


def _kg(kg: float) -> float:
    """The weight as stored (two decimals), or BodyError("weight", "range")."""
    if isinstance(kg, bool) or not isinstance(kg, int | float) or not math.isfinite(kg):
        raise BodyError("weight", "range")
    value = round_half_up(float(kg), 2)
    low, high = WEIGHT_RANGE_KG
    if not low <= value <= high:
        raise BodyError("weight", "range")
    return value


def checked_day(day: date, today: date | None) -> date:
    """`day`, or BodyError("date", "future") when it is after `today`."""
    if day > (today or date.today()):
        raise BodyError("date", "future")
    return day


def owned(session: Session, model: type[T], profile_id: uuid.UUID | str, entry_id: str) -> T:
    """The profile's entry of `model`, or not_found for unknown, foreign and
    malformed ids alike."""
    try:
        key = as_uuid(entry_id)
    except (ValueError, TypeError, AttributeError) as error:
        raise BodyError("entry", "not_found") from error
    entry = session.get(model, key)
    if entry is None or entry.profile_id != as_uuid(profile_id):
        raise BodyError("entry", "not_found")
    return entry


def newest_first(
    session: Session, model: type[T], profile_id: uuid.UUID | str, limit: int, offset: int
) -> list[T]:
    """One page of the profile's entries of `model`, newest first."""
    return list(
        session.exec(
            select(model)
            .where(model.profile_id == as_uuid(profile_id))
            .order_by(col(model.date).desc())
            .offset(max(offset, 0))
            .limit(max(limit, 0))
        ).all()
    )


def _on_day(session: Session, profile_id: uuid.UUID, day: date) -> WeightEntry | None:
    return session.exec(
        select(WeightEntry).where(WeightEntry.profile_id == profile_id, WeightEntry.date == day)
    ).first()


def commit_entry(session: Session, entry: object) -> None:
    """Saves `entry`; a second entry on the same day (also one written
    concurrently, where a unique constraint exists) is refused."""
    session.add(entry)
    try:
        session.commit()
    except sa.exc.IntegrityError as error:
        session.rollback()
        raise BodyError("date", "exists") from error


def _commit(session: Session, entry: WeightEntry) -> WeightRow:
    commit_entry(session, entry)
    return _row(entry)


# --- weight -------------------------------------------------------------------


def add_weight(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    day: date,
    kg: float,
    notes: str = "",
    source: str = MANUAL,
    replace: bool = False,
    today: date | None = None,
    charge: bool = True,
) -> WeightRow:
    """Records the weight of `day`. A day that already has one raises
    BodyError("date", "exists") unless `replace`, which overwrites it.
    `today` is the user's date (their time zone) unless a test gives one.

    A new entry takes one "weight_entries" use (FeatureRefused when the plan
    has none left); replacing a day's weight does not. `charge=False` is
    for undoing a delete: the entry comes back, it is not a new one."""
    owner = as_uuid(profile_id)
    weight, day = _kg(kg), checked_day(day, today)
    entry = _on_day(session, owner, day)
    if entry is not None and not replace:
        raise BodyError("date", "exists")
    if entry is None:
        entry = WeightEntry(profile_id=owner, date=day, weight=weight)
        if charge:
            consume(session=session, profile_id=owner, feature_id="weight_entries")
    entry.weight = weight
    entry.notes = notes.strip() or None
    entry.source = source
    return _commit(session, entry)


def last_weight(*, session: Session, profile_id: uuid.UUID | str) -> WeightRow | None:
    """The most recent entry (to pre-fill the quick entry), or None."""
    rows = list_weights(session=session, profile_id=profile_id, limit=1)
    return rows[0] if rows else None


def list_weights(
    *, session: Session, profile_id: uuid.UUID | str, limit: int = 50, offset: int = 0
) -> list[WeightRow]:
    """The profile's entries, newest first."""
    entries = newest_first(session, WeightEntry, profile_id, limit, offset)
    return [_row(entry) for entry in entries]


def update_weight(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    entry_id: str,
    kg: float | None = None,
    day: date | None = None,
    notes: str | None = None,
    today: date | None = None,
) -> WeightRow:
    """Changes what is given; moving it onto a day that has an entry raises
    BodyError("date", "exists")."""
    entry = owned(session, WeightEntry, profile_id, entry_id)
    weight = _kg(kg) if kg is not None else None
    new_day = checked_day(day, today) if day is not None else None
    if weight is not None:
        entry.weight = weight
    if new_day is not None:
        entry.date = new_day
    if notes is not None:
        entry.notes = notes.strip() or None
    return _commit(session, entry)


def delete_weight(*, session: Session, profile_id: uuid.UUID | str, entry_id: str) -> WeightRow:
    """Deletes the entry and returns what it held, so the page can offer undo
    (add_weight with the same values)."""
    entry = owned(session, WeightEntry, profile_id, entry_id)
    row = _row(entry)
    session.delete(entry)
    session.commit()
    return row


def restore_weight(*, session: Session, profile_id: uuid.UUID | str, row: WeightRow) -> WeightRow:
    """Undo of a delete: the entry back as it was (not charged as a new one)."""
    return add_weight(
        session=session,
        profile_id=profile_id,
        day=row.date,
        kg=row.weight_kg,
        notes=row.notes,
        source=row.source,
        today=row.date,
        charge=False,
    )


def weight_trend(
    *, session: Session, profile_id: uuid.UUID | str, since: date | None = None
) -> WeightTrend:
    """Recorded weights from `since` on (all when None), their 7-day moving
    average, the smoothed trend and the weekly rate.

    The rate is fitted to the recorded weights, not to the smoothed trend:
    the trend starts at the first weight and lags for its first weeks
    (0.9^n), which would understate a steady loss in a short series, while
    a least-squares slope over 28 days is already insensitive to single days.

    The smoothing starts at the first point shown; the moving average also
    looks back up to six days before `since`, so its first points are not
    based on fewer entries than the user has."""
    query = select(WeightEntry.date, WeightEntry.weight).where(
        WeightEntry.profile_id == as_uuid(profile_id)
    )
    if since is not None:
        query = query.where(WeightEntry.date >= since - timedelta(days=MOVING_AVERAGE_DAYS - 1))
    recorded = [(d, float(w)) for d, w in session.exec(query.order_by(WeightEntry.date)).all()]
    points = [p for p in recorded if since is None or p[0] >= since]
    average = [
        p for p in moving_average(recorded, MOVING_AVERAGE_DAYS) if since is None or p[0] >= since
    ]
    trend = smoothed_trend(points)
    return WeightTrend(
        points=points,
        moving_average=average,
        trend=trend,
        weekly_rate_kg=weekly_rate(points),
    )
