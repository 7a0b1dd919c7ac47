"""What the Training page and its dashboard card show: this week's sessions
day by day, minutes per category per week, the session-RPE load (acute,
chronic and their ratio) and the profile's Karvonen heart-rate zones."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session

from mitai_app.core.formatting import format_number
from mitai_app.core.i18n import translate
from mitai_app.core.records import as_uuid
from mitai_app.training.consts import UNCATEGORISED
from mitai_app.training.data import TRAINING_CATEGORIES
from mitai_app.training.evaluation import counted_sessions, filter_level, max_heart_rate
from mitai_app.training.formulas import (
    CHRONIC_DAYS,
    acute_chronic,
    karvonen_zones,
    session_rpe_load,
)

WEEKS = 12  # of minutes per category
# Karvonen needs a resting heart rate; until the profile or morning vitals
# give one, a typical adult's is assumed, and the page says so.
ASSUMED_RESTING_HR = 60


@dataclass(frozen=True)
class WeekSession:
    day: date
    type_key: str
    minutes: int | None
    kcal: int | None


@dataclass(frozen=True)
class Load:
    acute: float  # AU over the last 7 days
    chronic: float  # AU per week, mean of the last 28 days
    ratio: float | None


@dataclass(frozen=True)
class Zones:
    max_hr: float
    max_source: str  # "measured" or "tanaka"
    resting_hr: float
    resting_source: str  # "assumed"
    zones: list[tuple[float, float]]


@dataclass(frozen=True)
class TrainingOverview:
    week_start: date  # Monday of this week
    week: list[WeekSession]  # this week's sessions, in order
    weeks: list[date]  # the Mondays of the last WEEKS weeks, oldest first
    minutes: dict[str, list[int]]  # by category key (and UNCATEGORISED), per week
    load: Load
    zones: Zones | None  # None without a birth date or a measured maximum
    quality_filter: str  # the profile's level, which decided what counts


def _zones(session: Session, owner: uuid.UUID, today: date) -> Zones | None:
    """Maximum heart rate measured or by Tanaka; the resting heart rate assumed."""
    found = max_heart_rate(session, owner, today)
    if found is None or found[0] <= ASSUMED_RESTING_HR:
        return None
    max_hr, source = found
    return Zones(
        max_hr=max_hr,
        max_source=source,
        resting_hr=ASSUMED_RESTING_HR,
        resting_source="assumed",
        zones=karvonen_zones(max_hr, ASSUMED_RESTING_HR),
    )


def _rpe_loads(rows) -> list[tuple[date, float]]:
    """The session-RPE load of each counted session that has an RPE and minutes."""
    return [
        (day, session_rpe_load(rpe, duration))
        for day, _, _, duration, _, rpe in rows
        if rpe and duration
    ]


def training_load(*, session: Session, profile_id: uuid.UUID | str, today: date) -> Load:
    """The acute and chronic load on `today` and their ratio (recovery's
    readiness reads it)."""
    since = today - timedelta(days=CHRONIC_DAYS - 1)
    rows = counted_sessions(session, as_uuid(profile_id), since, today)
    return Load(*acute_chronic(_rpe_loads(rows), today))


def week_sessions(
    *, session: Session, profile_id: uuid.UUID | str, monday: date
) -> list[WeekSession]:
    """The counted sessions from `monday` to its Sunday, in order (recovery's
    week strip shows them beside the rest days)."""
    rows = counted_sessions(session, as_uuid(profile_id), monday, monday + timedelta(days=6))
    return [
        WeekSession(day, type_key or UNCATEGORISED, duration, kcal)
        for day, type_key, _, duration, kcal, _ in rows
    ]


def session_words(item: WeekSession, lang: str) -> str:
    """ "Running 45 min"."""
    return f"{translate(f'training.type.{item.type_key}', lang)} {item.minutes or 0} min"


def training_overview(
    *, session: Session, profile_id: uuid.UUID | str, today: date
) -> TrainingOverview:
    owner = as_uuid(profile_id)
    week_start = today - timedelta(days=today.weekday())
    first_week = week_start - timedelta(weeks=WEEKS - 1)
    since = min(first_week, today - timedelta(days=CHRONIC_DAYS - 1))
    rows = counted_sessions(session, owner, since, today)

    keys = [c.key for c in TRAINING_CATEGORIES] + [UNCATEGORISED]
    minutes = {key: [0] * WEEKS for key in keys}
    week: list[WeekSession] = []
    for day, type_key, category, duration, kcal, _ in rows:
        if day >= first_week and duration:
            index = (day - first_week).days // 7
            minutes[category if category in minutes else UNCATEGORISED][index] += duration
        if day >= week_start:
            week.append(WeekSession(day, type_key or UNCATEGORISED, duration, kcal))
    acute, chronic, ratio = acute_chronic(_rpe_loads(rows), today)
    return TrainingOverview(
        week_start=week_start,
        week=week,
        weeks=[first_week + timedelta(weeks=n) for n in range(WEEKS)],
        minutes={key: values for key, values in minutes.items() if any(values)},
        load=Load(acute, chronic, ratio),
        zones=_zones(session, owner, today),
        quality_filter=filter_level(session, owner),
    )


def week_total(overview: TrainingOverview, lang: str) -> str:
    """ "3 sessions · 135 min this week"."""
    minutes = sum(s.minutes or 0 for s in overview.week)
    return translate(
        "training.week_total",
        lang,
        count=len(overview.week),
        minutes=format_number(minutes, lang, decimals=0),
    )
