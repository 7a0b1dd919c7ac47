"""Recovery's AI placeholders (sleep, morning vitals, blood pressure, rest
days) and its part of the placeholder loader."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from mitai_app.core import placeholders as ph
from mitai_app.recovery.models import BloodPressureReading, RestDay, SleepEntry, VitalsBaseline

MODULE = "recovery"
LOOKBACK_DAYS = 90
SLEEP = SleepEntry.__tablename__
BLOOD_PRESSURE = BloodPressureReading.__tablename__
REST_DAYS = RestDay.__tablename__


@dataclass(frozen=True)
class Sleep:
    date: date
    minutes: float | None = None
    quality: float | None = None
    deep_minutes: float | None = None
    rem_minutes: float | None = None


@dataclass(frozen=True)
class Vitals:
    date: date
    resting_hr: float | None = None
    hrv: float | None = None
    vo2_max: float | None = None
    spo2: float | None = None
    respiratory_rate: float | None = None


@dataclass(frozen=True)
class BloodPressure:
    date: date  # the day it was measured in the profile's time zone
    systolic: float
    diastolic: float
    pulse: float | None = None


@dataclass(frozen=True)
class RecoveryData:
    sleep: Sequence[Sleep] = ()
    vitals: Sequence[Vitals] = ()
    blood_pressure: Sequence[BloodPressure] = ()
    rest_days: Sequence[date] = ()


def _recovery(data: ph.ProfileData) -> RecoveryData:
    return data.parts.get(MODULE) or RecoveryData()


def _sleep(data: ph.ProfileData) -> Sequence[Sleep]:
    return _recovery(data).sleep


def _vitals(data: ph.ProfileData) -> Sequence[Vitals]:
    return _recovery(data).vitals


def _blood_pressure(data: ph.ProfileData) -> Sequence[BloodPressure]:
    return _recovery(data).blood_pressure


def _rest_days(data: ph.ProfileData) -> list[ph.Day]:
    # One day counts once, however many focuses (strength, cardio, …) it rests.
    return [ph.Day(day) for day in set(_recovery(data).rest_days)]


# --- loading ------------------------------------------------------------------------------


def _segment(segments: object, phase: str) -> float | None:
    return ph.num(segments.get(phase)) if isinstance(segments, dict) else None


def _load_sleep(scope: ph.Scope) -> list[Sleep]:
    e = SleepEntry
    rows = ph.recent(
        scope,
        e,
        (e.date, e.total_duration_minutes, e.quality_score, e.sleep_segments),
        LOOKBACK_DAYS,
    )
    return [
        Sleep(
            d,
            ph.num(minutes),
            ph.num(quality),
            _segment(segments, "deep"),
            _segment(segments, "rem"),
        )
        for d, minutes, quality, segments in rows
    ]


def _load_vitals(scope: ph.Scope) -> list[Vitals]:
    e = VitalsBaseline
    rows = ph.recent(
        scope,
        e,
        (e.date, e.resting_hr, e.hrv, e.vo2_max, e.spo2, e.respiratory_rate),
        LOOKBACK_DAYS,
    )
    return [Vitals(row[0], *(ph.num(v) for v in row[1:])) for row in rows]


def _local_day(moment: datetime, zone: ZoneInfo) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).date()


def _load_blood_pressure(scope: ph.Scope) -> list[BloodPressure]:
    """Readings of the window and the newest one, each dated by the profile's
    local day (a reading at 23:30 in Berlin belongs to that evening)."""
    e, zone = BloodPressureReading, scope.zone
    start = scope.today - timedelta(days=LOOKBACK_DAYS)
    since = datetime.combine(start, time(), zone).astimezone(UTC)
    newest = (
        sa.select(sa.func.max(e.measured_at))
        .where(e.profile_id == scope.profile_id)
        .scalar_subquery()
    )
    rows = scope.session.execute(
        sa.select(e.measured_at, e.systolic, e.diastolic, e.pulse)
        .where(
            e.profile_id == scope.profile_id,
            sa.or_(e.measured_at >= since, e.measured_at == newest),
        )
        .order_by(e.measured_at)
    ).all()
    return [
        BloodPressure(_local_day(measured, zone), float(systolic), float(diastolic), ph.num(pulse))
        for measured, systolic, diastolic, pulse in rows
    ]


def _load_rest_days(scope: ph.Scope) -> list[date]:
    rows = ph.recent(scope, RestDay, (RestDay.date,), LOOKBACK_DAYS)
    return sorted({d for (d,) in rows})


def _load(scope: ph.Scope) -> RecoveryData:
    return RecoveryData(
        sleep=_load_sleep(scope),
        vitals=_load_vitals(scope),
        blood_pressure=_load_blood_pressure(scope),
        rest_days=_load_rest_days(scope),
    )


ph.add_loader(MODULE, _load, counted=(SleepEntry, VitalsBaseline, BloodPressureReading, RestDay))


# --- sleep --------------------------------------------------------------------------------

MINUTES_PER_HOUR = 60
SHORT_NIGHT_MINUTES = 6 * MINUTES_PER_HOUR

_sleep_latest_minutes = ph.latest_of(_sleep, "minutes")


def _sleep_latest_h(data: ph.ProfileData, today: date) -> float | None:
    minutes = _sleep_latest_minutes(data, today)
    return None if minutes is None else minutes / MINUTES_PER_HOUR


for _days in (7, 30):
    ph.add(
        f"sleep_avg_{_days}d_h",
        "h",
        ph.window(_days),
        f"Schlafdauer pro Nacht, Schnitt der letzten {_days} Tage",
        f"Sleep per night, average over the last {_days} days",
        ph.avg(_sleep, "minutes", _days, scale=1 / MINUTES_PER_HOUR),
    )
    ph.add(
        f"sleep_quality_avg_{_days}d",
        "pts",
        ph.window(_days),
        f"Schlafqualität (0–100), Schnitt der letzten {_days} Tage",
        f"Sleep quality (0–100), average over the last {_days} days",
        ph.avg(_sleep, "quality", _days),
    )
ph.add(
    "sleep_latest_h",
    "h",
    "latest",
    "Schlafdauer der letzten erfassten Nacht",
    "Sleep of the latest recorded night",
    _sleep_latest_h,
)
ph.add(
    "sleep_deep_avg_7d",
    "min",
    "7 days",
    "Tiefschlaf pro Nacht, Schnitt der letzten 7 Tage",
    "Deep sleep per night, average over the last 7 days",
    ph.avg(_sleep, "deep_minutes", 7),
)
ph.add(
    "sleep_rem_avg_7d",
    "min",
    "7 days",
    "REM-Schlaf pro Nacht, Schnitt der letzten 7 Tage",
    "REM sleep per night, average over the last 7 days",
    ph.avg(_sleep, "rem_minutes", 7),
)
ph.add(
    "sleep_nights_30d",
    "",
    "30 days",
    "Erfasste Nächte in den letzten 30 Tagen",
    "Recorded nights over the last 30 days",
    ph.count(SLEEP, _sleep, 30),
)
ph.add(
    "sleep_short_nights_30d",
    "",
    "30 days",
    "Nächte unter 6 Stunden in den letzten 30 Tagen",
    "Nights under 6 hours over the last 30 days",
    ph.count(
        SLEEP,
        _sleep,
        30,
        lambda row: row.minutes is not None and row.minutes < SHORT_NIGHT_MINUTES,
    ),
)


# --- vitals baseline ----------------------------------------------------------------------

_VITALS = (
    ("resting_hr", "resting_hr", "bpm", "Ruhepuls", "Resting heart rate", (7, 30)),
    ("hrv", "hrv", "ms", "Herzratenvariabilität (HRV)", "Heart rate variability (HRV)", (7, 30)),
    ("vo2max", "vo2_max", "ml/kg/min", "VO2max", "VO2 max", (30,)),
    ("spo2", "spo2", "%", "Sauerstoffsättigung (SpO2)", "Oxygen saturation (SpO2)", (7,)),
    ("respiratory_rate", "respiratory_rate", "/min", "Atemfrequenz", "Respiratory rate", (7,)),
)
for _name, _attr, _unit, _de, _en, _windows in _VITALS:
    ph.add(
        f"{_name}_latest",
        _unit,
        "latest",
        f"{_de}, letzter Wert",
        f"{_en}, latest value",
        ph.latest_of(_vitals, _attr),
    )
    for _days in _windows:
        ph.add(
            f"{_name}_avg_{_days}d",
            _unit,
            ph.window(_days),
            f"{_de}, Schnitt der letzten {_days} Tage",
            f"{_en}, average over the last {_days} days",
            ph.avg(_vitals, _attr, _days),
        )


# --- blood pressure -----------------------------------------------------------------------

# ESC/ESH (2018, 2023): office blood pressure from 140 systolic or 90
# diastolic counts as hypertensive.
HIGH_SYSTOLIC = 140
HIGH_DIASTOLIC = 90


def _bp_latest(data: ph.ProfileData, today: date) -> str | None:
    row = ph.latest_row(_blood_pressure(data), None, today)
    return None if row is None else f"{row.systolic:.0f}/{row.diastolic:.0f}"


def _is_high(row: BloodPressure) -> bool:
    return row.systolic >= HIGH_SYSTOLIC or row.diastolic >= HIGH_DIASTOLIC


for _days in (7, 30):
    ph.add(
        f"bp_systolic_avg_{_days}d",
        "mmHg",
        ph.window(_days),
        f"Systolischer Blutdruck, Schnitt der letzten {_days} Tage",
        f"Systolic blood pressure, average over the last {_days} days",
        ph.avg(_blood_pressure, "systolic", _days),
    )
    ph.add(
        f"bp_diastolic_avg_{_days}d",
        "mmHg",
        ph.window(_days),
        f"Diastolischer Blutdruck, Schnitt der letzten {_days} Tage",
        f"Diastolic blood pressure, average over the last {_days} days",
        ph.avg(_blood_pressure, "diastolic", _days),
    )
ph.add(
    "bp_pulse_avg_30d",
    "bpm",
    "30 days",
    "Puls bei der Blutdruckmessung, Schnitt der letzten 30 Tage",
    "Pulse at blood pressure readings, average over the last 30 days",
    ph.avg(_blood_pressure, "pulse", 30),
)
ph.add(
    "bp_latest",
    "mmHg",
    "latest",
    "Letzte Blutdruckmessung (systolisch/diastolisch)",
    "Latest blood pressure reading (systolic/diastolic)",
    _bp_latest,
)
ph.add(
    "bp_latest_date",
    "",
    "latest",
    "Datum der letzten Blutdruckmessung",
    "Date of the latest blood pressure reading",
    ph.latest_date_of(_blood_pressure),
)
ph.add(
    "bp_count_30d",
    "",
    "30 days",
    "Anzahl Blutdruckmessungen in den letzten 30 Tagen",
    "Number of blood pressure readings over the last 30 days",
    ph.count(BLOOD_PRESSURE, _blood_pressure, 30),
)
ph.add(
    "bp_high_count_30d",
    "",
    "30 days",
    "Messungen ab 140 systolisch oder 90 diastolisch in den letzten 30 Tagen",
    "Readings of 140 systolic or 90 diastolic and above over the last 30 days",
    ph.count(BLOOD_PRESSURE, _blood_pressure, 30, _is_high),
)


# --- rest days ----------------------------------------------------------------------------

for _days in (7, 30):
    ph.add(
        f"rest_days_{_days}d",
        "",
        ph.window(_days),
        f"Ruhetage in den letzten {_days} Tagen",
        f"Rest days over the last {_days} days",
        ph.count(REST_DAYS, _rest_days, _days),
    )
ph.add(
    "rest_day_last_date",
    "",
    "latest",
    "Datum des letzten Ruhetags",
    "Date of the latest rest day",
    ph.latest_date_of(_rest_days),
)
