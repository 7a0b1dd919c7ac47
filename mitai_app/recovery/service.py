"""Recovery's use cases: blood-pressure readings by their own names, and
what the Vitals page shows (readings with their category, the home
average).

Adding, paging, editing, deleting and undoing work through the generic log
(core.logs) with the specs in recovery/logs.py. Every function takes the
session and the owning profile explicitly and returns plain dataclasses;
refused input raises UserError.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, col, select

from mitai_app.accounts.models import BP_GUIDELINES, Profile
from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.core.formatting import zone
from mitai_app.core.logs import MANUAL, LogInput, LogRow
from mitai_app.core.records import as_uuid
from mitai_app.recovery.baselines import Baseline, baseline, flag
from mitai_app.recovery.bloodpressure import HomeAverage, Reading, home_average
from mitai_app.recovery.consts import BASELINE_DAYS, HOME_DAYS, VITALS_MEASURES
from mitai_app.recovery.logs import BLOOD_PRESSURE, DEFAULT_GUIDELINE, VITALS
from mitai_app.recovery.models import BloodPressureReading, VitalsBaseline
from mitai_app.recovery.readiness import WINDOW_DAYS, Readiness, readiness
from mitai_app.recovery.sleep import sleep_nights
from mitai_app.training.overview import training_load

READINGS_SHOWN = 30  # the Vitals page's list of readings


def add_blood_pressure(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    day: date,
    at: time,
    systolic: float,
    diastolic: float,
    context: str,
    pulse: float | None = None,
    irregular: bool = False,
    afib: bool = False,
    notes: str = "",
    source: str = MANUAL,
    replace: bool = False,
    today: date | None = None,
) -> LogRow:
    """Records a reading at `day` `at` (the profile's time zone). A reading
    at the same minute is refused (`record.error.time_exists`) unless
    `replace`, which overwrites it without charging again."""
    values = {"systolic": [systolic], "diastolic": [diastolic]}
    if pulse is not None:
        values["pulse"] = [pulse]
    choices = {
        "context": context,
        "irregular": "yes" if irregular else "no",
        "afib": "yes" if afib else "no",
    }
    return logs.add(
        BLOOD_PRESSURE,
        session=session,
        profile_id=profile_id,
        entry=LogInput(day, values, choices, notes, at),
        source=source,
        replace=replace,
        today=today,
    )


@dataclass(frozen=True)
class BloodPressureOverview:
    # newest first, each with details["category"] by details["guideline"], and ["time"]
    readings: list[LogRow]
    home: HomeAverage | None  # the 7 days ending on the newest reading's day
    guideline: str  # the profile's: "esh" or "acc_aha"


def bp_guideline(*, session: Session, profile_id: uuid.UUID | str) -> str:
    """The guideline the profile's readings are classified by."""
    profile = session.get(Profile, as_uuid(profile_id))
    return DEFAULT_GUIDELINE if profile is None else profile.bp_guideline


def set_bp_guideline(*, session: Session, profile_id: uuid.UUID | str, guideline: str) -> str:
    """Chooses the guideline the profile's readings are classified by."""
    if guideline not in BP_GUIDELINES:
        raise UserError("log.error.choice", field="guideline")
    profile = session.get(Profile, as_uuid(profile_id))
    if profile is None:
        raise UserError("record.error.not_found")
    profile.bp_guideline = guideline
    session.add(profile)
    session.commit()
    return guideline


def blood_pressure_overview(
    *, session: Session, profile_id: uuid.UUID | str, limit: int = READINGS_SHOWN
) -> BloodPressureOverview:
    owner = as_uuid(profile_id)
    profile = session.get(Profile, owner)
    guideline = DEFAULT_GUIDELINE if profile is None else profile.bp_guideline
    readings = logs.page(BLOOD_PRESSURE, session=session, profile_id=owner, limit=limit)
    if not readings:
        return BloodPressureOverview([], None, guideline)
    where = zone(None if profile is None else profile.timezone)
    last_day = readings[0].date
    since = datetime.combine(last_day - timedelta(days=HOME_DAYS - 1), time(), where)
    e = BloodPressureReading
    rows = session.exec(
        select(e.measured_at, e.systolic, e.diastolic, e.afib_detected)
        .where(e.profile_id == owner, col(e.measured_at) >= since.astimezone(UTC))
        .order_by(col(e.measured_at))
    ).all()
    series = [
        Reading(moment.astimezone(where).replace(tzinfo=None), systolic, diastolic, bool(afib))
        for moment, systolic, diastolic, afib in rows
    ]
    return BloodPressureOverview(readings, home_average(series, last_day), guideline)


def latest_blood_pressure(*, session: Session, profile_id: uuid.UUID | str) -> LogRow | None:
    """The newest reading (the dashboard's card), or None."""
    rows = logs.page(BLOOD_PRESSURE, session=session, profile_id=profile_id, limit=1)
    return rows[0] if rows else None


@dataclass(frozen=True)
class VitalSign:
    key: str  # a column of vitals_baseline
    value: float | None  # the latest entry's
    baseline: Baseline | None  # of the 60 days before it; None with fewer than 7 values
    flag: str  # "low", "high", "normal", or "" (no value or no baseline)


@dataclass(frozen=True)
class VitalsOverview:
    latest: LogRow | None
    signs: list[VitalSign]
    recent: list[LogRow]  # the newest mornings, newest first (the Vitals page edits them)


MORNINGS_SHOWN = 7  # the Vitals page's recent mornings


def _morning_rows(session: Session, owner: uuid.UUID, first: date, last: date) -> list[tuple]:
    """(date, *VITALS_MEASURES) of each morning from `first` to `last`: the
    one read both the baselines and readiness work from."""
    e = VitalsBaseline
    columns = [getattr(e, key) for key in VITALS_MEASURES]
    return list(
        session.exec(
            select(e.date, *columns).where(e.profile_id == owner, e.date >= first, e.date <= last)
        ).all()
    )


def _series(rows: list[tuple], key: str) -> list[tuple[date, float]]:
    index = VITALS_MEASURES.index(key) + 1
    return [(row[0], float(row[index])) for row in rows if row[index] is not None]


def _signs(latest: LogRow, rows: list[tuple]) -> list[VitalSign]:
    """Each value of `latest` against the baseline of the days before it."""
    first = latest.date - timedelta(days=BASELINE_DAYS)
    before = [row for row in rows if first <= row[0] < latest.date]
    signs = []
    for key in VITALS_MEASURES:
        band = baseline(_series(before, key), latest.date)
        value = latest.values.get(key)
        signs.append(VitalSign(key, value, band, flag(value, band)))
    return signs


def vitals_overview(
    *, session: Session, profile_id: uuid.UUID | str, limit: int = MORNINGS_SHOWN
) -> VitalsOverview:
    """The newest `limit` mornings, the newest one's values against the
    user's own baseline."""
    owner = as_uuid(profile_id)
    recent = logs.page(VITALS, session=session, profile_id=owner, limit=limit)
    if not recent:
        return VitalsOverview(None, [], [])
    latest = recent[0]
    rows = _morning_rows(session, owner, latest.date - timedelta(days=BASELINE_DAYS), latest.date)
    return VitalsOverview(latest, _signs(latest, rows), recent)


def _readiness(session: Session, owner: uuid.UUID, day: date, rows: list[tuple]) -> Readiness:
    """Readiness of `day` from the mornings in `rows` (at least the
    WINDOW_DAYS before it), that night and the training load."""
    rows = [row for row in rows if day - timedelta(days=WINDOW_DAYS) <= row[0] <= day]
    nights = sleep_nights(session=session, profile_id=owner, limit=1)
    night = nights[0] if nights and nights[0].date == day else None
    return readiness(
        day,
        hrv=_series(rows, "hrv"),
        resting_hr=_series(rows, "resting_hr"),
        sleep_score=None if night is None or night.score is None else night.score.score,
        load_ratio=training_load(session=session, profile_id=owner, today=day).ratio,
    )


def readiness_on(*, session: Session, profile_id: uuid.UUID | str, day: date) -> Readiness:
    """Readiness of `day` from the profile's morning values, that night and
    the training load."""
    owner = as_uuid(profile_id)
    rows = _morning_rows(session, owner, day - timedelta(days=WINDOW_DAYS), day)
    return _readiness(session, owner, day, rows)


@dataclass(frozen=True)
class VitalsPage:
    readiness: Readiness
    morning: VitalsOverview
    blood_pressure: BloodPressureOverview


def vitals_page(*, session: Session, profile_id: uuid.UUID | str, day: date) -> VitalsPage:
    """What the Vitals page shows on `day` (the user's today), the mornings
    read once for both the baselines and readiness."""
    owner = as_uuid(profile_id)
    # Held while the page is composed: the services below look the profile
    # up by id, and the session's identity map keeps only referenced rows.
    profile = session.get(Profile, owner)  # noqa: F841
    recent = logs.page(VITALS, session=session, profile_id=owner, limit=MORNINGS_SHOWN)
    latest = recent[0] if recent else None
    newest = day if latest is None else max(day, latest.date)
    oldest = day if latest is None else min(day, latest.date)
    rows = _morning_rows(
        session, owner, oldest - timedelta(days=max(BASELINE_DAYS, WINDOW_DAYS)), newest
    )
    morning = VitalsOverview(latest, [] if latest is None else _signs(latest, rows), recent)
    return VitalsPage(
        readiness=_readiness(session, owner, day, rows),
        morning=morning,
        blood_pressure=blood_pressure_overview(session=session, profile_id=owner),
    )


def latest_resting_heart_rate(
    *, session: Session, profile_id: uuid.UUID | str, today: date, within_days: int
) -> int | None:
    """The latest morning resting heart rate on or before `today`, less than
    `within_days` old (core.resting_heart_rate publishes it to training)."""
    return session.exec(
        select(VitalsBaseline.resting_hr)
        .where(
            VitalsBaseline.profile_id == as_uuid(profile_id),
            col(VitalsBaseline.resting_hr).is_not(None),
            VitalsBaseline.date <= today,
            VitalsBaseline.date > today - timedelta(days=within_days),
        )
        .order_by(col(VitalsBaseline.date).desc())
        .limit(1)
    ).first()


def capture_today(*, session: Session, profile_id: uuid.UUID | str) -> datetime:
    """The profile's wall-clock now (the quick entry starts from it)."""
    profile = session.get(Profile, as_uuid(profile_id))
    timezone = None if profile is None else profile.timezone
    return datetime.now(zone(timezone)).replace(tzinfo=None, second=0, microsecond=0)
