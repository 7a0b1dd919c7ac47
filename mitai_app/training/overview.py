"""What the Training page and its dashboard card show: this week's sessions
day by day, minutes per category per week, the session-RPE load and
Banister's TRIMP (acute, chronic and their ratio), the profile's Karvonen
heart-rate zones with the minutes spent in each, and the abilities the
last four weeks worked."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, select

from mitai_app.accounts.models import Profile
from mitai_app.core import logs
from mitai_app.core.formatting import format_number, format_quantity
from mitai_app.core.i18n import translate
from mitai_app.core.phases import PhaseBand, confirmed_phases
from mitai_app.core.records import as_uuid
from mitai_app.core.resting_heart_rate import measured_resting_heart_rate
from mitai_app.core.text import Text
from mitai_app.core.units import System
from mitai_app.training.consts import UNCATEGORISED
from mitai_app.training.daily_activity import DaySummary, day_summaries
from mitai_app.training.data import TRAINING_CATEGORIES
from mitai_app.training.evaluation import counted_sessions, filter_level, max_heart_rate
from mitai_app.training.formulas import (
    CHRONIC_DAYS,
    SEXES,
    abilities_profile,
    acute_chronic,
    banister_trimp,
    karvonen_zones,
    session_rpe_load,
    zone_minutes,
    zone_of,
)
from mitai_app.training.logs import ACTIVITY
from mitai_app.training.models import TrainingType
from mitai_app.training.type_catalogue import training_types, type_name

WEEKS = 12  # of minutes per category
# Karvonen needs a resting heart rate; without morning vitals or one stated
# in the profile, a typical adult's is assumed, and the page says so.
ASSUMED_RESTING_HR = 60
RESTING_LOOKBACK_DAYS = 30  # a resting heart rate older than this is not used


@dataclass(frozen=True)
class WeekSession:
    day: date
    type_key: str
    name: Text  # the type's, as the admins named it
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
    resting_source: str  # "vitals" (recent morning vitals), "profile" (as stated) or "assumed"
    zones: list[tuple[float, float]]
    # In each zone over the last 28 days: from a session's heart-rate
    # samples where it has them, else all its minutes in its average's zone.
    minutes: list[float]
    sessions: dict[str, int]  # how many sessions counted by "samples" and by "average"


@dataclass(frozen=True)
class TrainingOverview:
    week_start: date  # Monday of this week
    week: list[WeekSession]  # this week's sessions, in order
    weeks: list[date]  # the Mondays of the last WEEKS weeks, oldest first
    minutes: dict[str, list[int]]  # by category key (and UNCATEGORISED), per week
    load: Load
    trimp: Load | None  # Banister's; None without zones or the profile's sex
    zones: Zones | None  # None without a birth date or a measured maximum
    abilities: dict[str, float]  # consts.ABILITY_KEYS, 0–100, over the last 28 days
    quality_filter: str  # the profile's level, which decided what counts
    movement: dict[date, DaySummary]  # this week's daily activity summary, days with any
    phases: list[PhaseBand]  # the confirmed phases in the weeks shown, oldest first


def _zone_limits(session: Session, owner: uuid.UUID, today: date) -> Zones | None:
    """Maximum heart rate measured or by Tanaka; resting from recent morning
    vitals, else as the profile states it, else assumed. Minutes are filled
    in by the caller."""
    found = max_heart_rate(session, owner, today)
    if found is None:
        return None
    max_hr, source = found
    measured = measured_resting_heart_rate(
        session=session, profile_id=owner, today=today, within_days=RESTING_LOOKBACK_DAYS
    )
    profile = session.get(Profile, owner)
    stated = None if profile is None else profile.resting_hr
    if measured:
        resting, resting_source = float(measured), "vitals"
    elif stated:
        resting, resting_source = float(stated), "profile"
    else:
        resting, resting_source = float(ASSUMED_RESTING_HR), "assumed"
    if max_hr <= resting:
        return None
    return Zones(
        max_hr,
        source,
        resting,
        resting_source,
        karvonen_zones(max_hr, resting),
        [0.0] * 5,
        {"samples": 0, "average": 0},
    )


def _abilities(session: Session, minutes_by_type: dict[str, float]) -> dict[str, float]:
    rated = {
        key: abilities or {}
        for key, abilities in session.exec(
            select(TrainingType.key, TrainingType.abilities).where(
                col(TrainingType.key).in_(list(minutes_by_type))
            )
        )
    }
    return abilities_profile(minutes_by_type, rated)


def _rpe_loads(rows) -> list[tuple[date, float]]:
    """The session-RPE load of each counted session that has an RPE and minutes."""
    return [
        (day, session_rpe_load(rpe, duration))
        for day, _, _, duration, _, rpe, _, _ in rows
        if rpe and duration
    ]


def training_load(*, session: Session, profile_id: uuid.UUID | str, today: date) -> Load:
    """The acute and chronic load on `today` and their ratio (recovery's
    readiness reads it)."""
    since = today - timedelta(days=CHRONIC_DAYS - 1)
    rows = counted_sessions(session, as_uuid(profile_id), since, today)
    return Load(*acute_chronic(_rpe_loads(rows), today))


def counted_per_day(
    *, session: Session, profile_id: uuid.UUID | str, since: date, until: date
) -> dict[date, logs.DayValues]:
    """Each day's sessions that the profile's quality filter lets count,
    with their minutes summed as "duration": what weekly goals and training
    goals count, so they agree with the Training page and its dashboard
    card. Summed by the database while no filter is set."""
    owner = as_uuid(profile_id)
    if filter_level(session, owner) == "disabled":
        return logs.per_day(
            ACTIVITY,
            session=session,
            profile_id=owner,
            since=since,
            until=until,
            fields=("duration",),
        )
    minutes: dict[date, list[float]] = {}
    for day, _key, _category, duration, *_ in counted_sessions(session, owner, since, until):
        minutes.setdefault(day, []).append(float(duration or 0))
    return {
        day: logs.DayValues(len(each), {"duration": sum(each)}, {"duration": sum(each) / len(each)})
        for day, each in minutes.items()
    }


def week_sessions(
    *, session: Session, profile_id: uuid.UUID | str, monday: date
) -> list[WeekSession]:
    """The counted sessions from `monday` to its Sunday, in order (recovery's
    week strip shows them beside the rest days)."""
    rows = counted_sessions(session, as_uuid(profile_id), monday, monday + timedelta(days=6))
    return [
        _week_session(session, day, type_key, duration, kcal)
        for day, type_key, _, duration, kcal, _, _, _ in rows
    ]


def _week_session(
    session: Session, day: date, type_key: str | None, minutes: int | None, kcal: int | None
) -> WeekSession:
    key = type_key or UNCATEGORISED
    return WeekSession(day, key, type_name(training_types(session), key), minutes, kcal)


def session_words(item: WeekSession, lang: str) -> str:
    """ "Running 45 min"."""
    return f"{item.name.pick(lang)} {item.minutes or 0} min"


def training_overview(
    *, session: Session, profile_id: uuid.UUID | str, today: date
) -> TrainingOverview:
    owner = as_uuid(profile_id)
    week_start = today - timedelta(days=today.weekday())
    first_week = week_start - timedelta(weeks=WEEKS - 1)
    chronic_from = today - timedelta(days=CHRONIC_DAYS - 1)
    rows = counted_sessions(session, owner, min(first_week, chronic_from), today)
    zones = _zone_limits(session, owner, today)
    profile = session.get(Profile, owner)
    sex = None if profile is None or profile.sex not in SEXES else profile.sex

    keys = [c.key for c in TRAINING_CATEGORIES] + [UNCATEGORISED]
    minutes = {key: [0] * WEEKS for key in keys}
    week: list[WeekSession] = []
    trimps: list[tuple[date, float]] = []
    recent_minutes: dict[str, float] = {}
    for day, type_key, category, duration, kcal, _, avg_hr, hr_seconds in rows:
        if day >= first_week and duration:
            index = (day - first_week).days // 7
            minutes[category if category in minutes else UNCATEGORISED][index] += duration
        if day >= week_start:
            week.append(_week_session(session, day, type_key, duration, kcal))
        if day < chronic_from or not duration:
            continue
        if type_key:
            recent_minutes[type_key] = recent_minutes.get(type_key, 0) + duration
        if zones is not None and hr_seconds:
            # the recording's samples: the time really spent in each zone
            for n, spent in enumerate(zone_minutes(hr_seconds, zones.zones)):
                zones.minutes[n] += spent
            zones.sessions["samples"] += 1
        elif zones is not None and avg_hr:
            zone = zone_of(avg_hr, zones.zones)
            if zone is not None:
                zones.minutes[zone - 1] += duration
                zones.sessions["average"] += 1
        if zones is not None and avg_hr and sex is not None:
            trimps.append(
                (day, banister_trimp(duration, avg_hr, zones.resting_hr, zones.max_hr, sex))
            )
    acute, chronic, ratio = acute_chronic(_rpe_loads(rows), today)
    return TrainingOverview(
        week_start=week_start,
        week=week,
        weeks=[first_week + timedelta(weeks=n) for n in range(WEEKS)],
        minutes={key: values for key, values in minutes.items() if any(values)},
        load=Load(acute, chronic, ratio),
        trimp=None if zones is None or sex is None else Load(*acute_chronic(trimps, today)),
        zones=zones,
        abilities=_abilities(session, recent_minutes) if recent_minutes else {},
        quality_filter=filter_level(session, owner),
        movement={
            found.date: found
            for found in day_summaries(
                session=session, profile_id=owner, since=week_start, until=today
            )
        },
        phases=confirmed_phases(session=session, profile_id=owner, first=first_week, last=today),
    )


def phases_words(overview: TrainingOverview, lang: str) -> str:
    """What the minutes chart shades, or "" when no confirmed phase falls in its weeks."""
    if not overview.phases:
        return ""
    names = "; ".join(band.name.pick(lang) for band in overview.phases)
    return translate("training.chart.phases", lang, phases=names)


def movement_words(found: DaySummary | None, lang: str, system: System) -> str:
    """ "8,432 steps · 420 active kcal · 6.1 km" (what the day's summary holds)."""
    if found is None:
        return ""
    values, parts = found.values, []
    if "steps" in values:
        steps = format_number(values["steps"], lang, decimals=0)
        parts.append(translate("training.daily.steps", lang, steps=steps))
    if "active_kcal" in values:
        kcal = format_number(values["active_kcal"], lang, decimals=0)
        parts.append(translate("training.daily.active_kcal", lang, kcal=kcal))
    if "exercise_minutes" in values:
        minutes = format_number(values["exercise_minutes"], lang, decimals=0)
        parts.append(translate("training.daily.exercise_minutes", lang, minutes=minutes))
    if "distance_km" in values:
        parts.append(format_quantity(values["distance_km"], "distance", system, lang))
    return " · ".join(parts)


def week_total(overview: TrainingOverview, lang: str) -> str:
    """ "3 sessions · 135 min this week"."""
    minutes = sum(s.minutes or 0 for s in overview.week)
    return translate(
        "training.week_total",
        lang,
        count=len(overview.week),
        minutes=format_number(minutes, lang, decimals=0),
    )
