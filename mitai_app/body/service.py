"""Body measurements: entries in the body logs by their own names (a weight
in kg, circumferences in cm, skinfold readings in mm), the weight trend, and
what the Capture card starts from.

Adding, paging, editing, deleting and undoing work through the generic log
(core.logs) with the specs in body/logs.py; these functions only name the
values. Every function takes the session and the owning profile explicitly
and returns plain dataclasses; refused input raises UserError.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, select

from mitai_app.accounts.models import Profile
from mitai_app.body.consts import SEXES
from mitai_app.body.formulas import Classification, classify_body_fat
from mitai_app.body.logs import CIRCUMFERENCES, SKINFOLDS, WEIGHT, person
from mitai_app.body.models import CircumferenceEntry, SkinfoldEntry, WeightEntry
from mitai_app.body.trend import Point, moving_average, smoothed_trend, weekly_rate
from mitai_app.core import logs
from mitai_app.core.formatting import today_in
from mitai_app.core.logs import MANUAL, LogInput, LogRow
from mitai_app.core.records import as_uuid
from mitai_app.core.units import System, to_display

MOVING_AVERAGE_DAYS = 7


@dataclass(frozen=True)
class WeightTrend:
    points: list[Point]  # (date, kg) as recorded, oldest first
    moving_average: list[Point]  # 7 calendar days
    trend: list[Point]  # exponentially smoothed (Hacker's Diet)
    # kg per week: least-squares slope of the recorded weights over the last
    # 28 days; None with less than a week of data.
    weekly_rate_kg: float | None


@dataclass(frozen=True)
class SkinfoldsSaved:
    row: LogRow
    # The body fat's category for the person's sex and age on that day.
    category: Classification | None


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
) -> LogRow:
    """Records the weight of `day`; a day that has one is refused unless
    `replace` (then it is overwritten, and not charged again)."""
    return logs.add(
        WEIGHT,
        session=session,
        profile_id=profile_id,
        entry=LogInput(day, {"weight": [kg]}, notes=notes),
        source=source,
        replace=replace,
        today=today,
    )


def add_circumferences(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    day: date,
    sites_cm: Mapping[str, float | None],
    notes: str = "",
    source: str = MANUAL,
    today: date | None = None,
) -> LogRow:
    """Records the sites measured on `day` (cm; None or left out: not measured)."""
    values = {site: [cm] for site, cm in sites_cm.items() if cm is not None}
    return logs.add(
        CIRCUMFERENCES,
        session=session,
        profile_id=profile_id,
        entry=LogInput(day, values, notes=notes),
        source=source,
        today=today,
    )


def add_skinfolds(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    day: date,
    readings: Mapping[str, Sequence[float]],
    formula: str,
    conversion: str = "siri",
    notes: str = "",
    source: str = MANUAL,
    today: date | None = None,
) -> SkinfoldsSaved:
    """Records the readings (mm, one to three per site) of `day`, their
    means and the body fat by `formula` (density turned into percent by
    `conversion`), with the category it falls in."""
    entry = LogInput(
        day,
        {site: list(values) for site, values in readings.items() if values},
        {"formula": formula, "conversion": conversion},
        notes,
    )
    return _with_category(
        session,
        logs.add(
            SKINFOLDS,
            session=session,
            profile_id=profile_id,
            entry=entry,
            source=source,
            today=today,
        ),
        profile_id,
    )


def _with_category(session: Session, row: LogRow, profile_id: uuid.UUID | str) -> SkinfoldsSaved:
    sex, age = person(session, as_uuid(profile_id), row.date)
    return SkinfoldsSaved(row, classify_body_fat(row.details["body_fat_pct"], sex, age))


def last_weight(*, session: Session, profile_id: uuid.UUID | str) -> LogRow | None:
    """The most recent weight (to pre-fill the quick entry), or None."""
    rows = logs.page(WEIGHT, session=session, profile_id=profile_id, limit=1)
    return rows[0] if rows else None


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
    return WeightTrend(
        points=points,
        moving_average=average,
        trend=smoothed_trend(points),
        weekly_rate_kg=weekly_rate(points),
    )


@dataclass(frozen=True)
class CaptureDefaults:
    today: date
    last_weight: float | None  # in the user's mass unit
    profile_complete: bool  # sex and birth date known (skinfolds need both)
    sex: str


def capture_defaults(
    *, session: Session, profile_id: uuid.UUID | str, timezone: str, unit_system: System
) -> CaptureDefaults:
    profile = session.get(Profile, as_uuid(profile_id))
    last = last_weight(session=session, profile_id=profile_id)
    sex = profile.sex if profile is not None and profile.sex in SEXES else ""
    return CaptureDefaults(
        today=today_in(timezone),
        last_weight=None
        if last is None
        else to_display(last.values["weight"], "mass", unit_system),
        profile_complete=bool(sex) and profile is not None and profile.date_of_birth is not None,
        sex=sex,
    )


def latest_lean_kg(*, session: Session, profile_id: uuid.UUID | str) -> float | None:
    """Lean (fat-free) mass in kg from the newest measured body fat and the
    weight recorded on or before that day; None without both."""
    owner = as_uuid(profile_id)
    measured = session.exec(
        select(SkinfoldEntry.date, SkinfoldEntry.body_fat_pct)
        .where(SkinfoldEntry.profile_id == owner, SkinfoldEntry.body_fat_pct.is_not(None))
        .order_by(SkinfoldEntry.date.desc())
        .limit(1)
    ).first()
    if measured is None:
        return None
    weight = session.exec(
        select(WeightEntry.weight)
        .where(WeightEntry.profile_id == owner, WeightEntry.date <= measured[0])
        .order_by(WeightEntry.date.desc())
        .limit(1)
    ).first()
    if weight is None:
        return None
    return float(weight) * (1 - float(measured[1]) / 100)


# The measured values other modules may follow day by day (goals): their columns.
MEASURES = {
    "body_fat": (SkinfoldEntry, "body_fat_pct"),  # %, from skinfolds
    "waist": (CircumferenceEntry, "c_waist"),  # cm
}


def measure_points(
    *, session: Session, profile_id: uuid.UUID | str, measure: str, since: date, until: date
) -> list[Point]:
    """The recorded (date, value) of one of MEASURES between two days,
    oldest first."""
    model, column = MEASURES[measure]
    value = getattr(model, column)
    rows = session.exec(
        select(model.date, value)
        .where(
            model.profile_id == as_uuid(profile_id),
            model.date >= since,
            model.date <= until,
            value.is_not(None),
        )
        .order_by(model.date)
    ).all()
    return [(d, float(v)) for d, v in rows]
