"""The daily activity summary: steps, active and resting energy, exercise
minutes and distance per day, each with its source, for the importers and
the energy balance.

One row per day and source. Typed values are the "manual" row; an import
writes only its own source's row, so it never overwrites what was typed.
Reading merges a day's rows measure by measure: the manual value when there
is one, else the highest an import counted (a watch left on the charger
loses steps far more often than two devices count the same step twice).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from mitai_app.core.access import consume
from mitai_app.core.errors import UserError
from mitai_app.core.logs import MANUAL, check_profile_day
from mitai_app.core.records import as_uuid
from mitai_app.training.consts import ACTIVITY_FEATURE
from mitai_app.training.models import DailyActivity

# Each measure's plausible range, as the table's checks hold it.
RANGES: dict[str, tuple[float, float]] = {
    "steps": (0, 200_000),
    "active_kcal": (0, 20_000),
    "resting_kcal": (0, 20_000),
    "exercise_minutes": (0, 1440),
    "distance_km": (0, 1000),
}
MEASURES: tuple[str, ...] = tuple(RANGES)


@dataclass(frozen=True)
class DaySummary:
    date: date
    values: dict[str, float]  # the measures that hold a value
    sources: dict[str, str]  # measure → the source its value came from


def _checked(values: Mapping[str, float | None]) -> dict[str, float | None]:
    unknown = set(values) - set(MEASURES)
    if unknown:
        raise ValueError(f"unknown measures {sorted(unknown)}")
    checked: dict[str, float | None] = {}
    for measure, value in values.items():
        if value is None:
            checked[measure] = None
            continue
        low, high = RANGES[measure]
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number or not math.isfinite(value) or not low <= value <= high:
            raise UserError(f"training.error.daily.{measure}", field=measure, low=low, high=high)
        checked[measure] = round(value, 2) if measure == "distance_km" else round(value)
    return checked


def record_day(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    day: date,
    values: Mapping[str, float | None],
    source: str = MANUAL,
    today: date | None = None,
) -> None:
    """Stores `values` (measure → value; None clears it) in the day's row of
    `source`, creating it when the day has none from that source (a new
    typed row charges the activity feature). Every value is checked before
    anything is written."""
    owner = as_uuid(profile_id)
    checked = _checked(values)
    if source == MANUAL:
        check_profile_day(session, owner, day, today=today)
    row = session.exec(
        select(DailyActivity).where(
            DailyActivity.profile_id == owner,
            DailyActivity.date == day,
            DailyActivity.source == source,
        )
    ).first()
    if row is None:
        if source == MANUAL:
            consume(session=session, profile_id=owner, feature_id=ACTIVITY_FEATURE)
        row = DailyActivity(profile_id=owner, date=day, source=source)
    for measure, value in checked.items():
        setattr(row, measure, value)
    session.add(row)
    session.commit()


def merge_day(day: date, rows: Iterable[tuple[str, Mapping[str, float | None]]]) -> DaySummary:
    """One day's (source, values) rows as one summary: per measure the
    manual value, else the highest imported one (the first source on a tie)."""
    values: dict[str, float] = {}
    sources: dict[str, str] = {}
    for source, measures in sorted(rows, key=lambda row: (row[0] != MANUAL, row[0])):
        for measure in MEASURES:
            value = measures.get(measure)
            if value is None or sources.get(measure) == MANUAL:
                continue
            if measure not in values or (source != MANUAL and value > values[measure]):
                values[measure], sources[measure] = float(value), source
    return DaySummary(day, values, sources)


def day_summaries(
    *, session: Session, profile_id: uuid.UUID | str, since: date, until: date
) -> list[DaySummary]:
    """The profile's days from `since` to `until` that hold any value, oldest first."""
    rows = session.exec(
        select(DailyActivity)
        .where(
            DailyActivity.profile_id == as_uuid(profile_id),
            DailyActivity.date >= since,
            DailyActivity.date <= until,
        )
        .order_by(col(DailyActivity.date))
    ).all()
    by_day: dict[date, list[tuple[str, dict[str, float | None]]]] = {}
    for row in rows:
        measures = {m: getattr(row, m) for m in MEASURES}
        by_day.setdefault(row.date, []).append((row.source, measures))
    summaries = [merge_day(day, found) for day, found in by_day.items()]
    return [s for s in summaries if s.values]
