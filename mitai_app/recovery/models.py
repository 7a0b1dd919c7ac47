"""Recovery tables: sleep, morning vitals, blood pressure, rest days (spec section 2)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import (
    created_at,
    desc,
    document,
    json_field,
    min_check,
    numeric,
    partial_index,
    profile_fk,
    provenance,
    range_check,
    source_field,
    text_field,
    uuid_pk,
    with_default,
)
from mitai_app.core.text import Text
from mitai_app.recovery.consts import HRV_MEASURES

REST_FOCUSES = ("strength", "cardio", "relaxation")


@provenance
class SleepEntry(SQLModel, table=True):
    __tablename__ = "sleep_log"
    __table_args__ = (
        range_check("total_duration_minutes", 0, 1440),
        sa.CheckConstraint(
            "sleep_start IS NULL OR sleep_end IS NULL OR sleep_end > sleep_start",
            name="sleep_end_after_start",
        ),
        range_check("quality_score", 0, 100),
        sa.UniqueConstraint("profile_id", "date", name="unique_sleep_per_day"),
        sa.Index("idx_sleep_profile_date", "profile_id", desc("date")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    sleep_start: datetime | None = None
    sleep_end: datetime | None = None
    total_duration_minutes: int | None = None
    # Minutes per phase: {"deep": .., "rem": .., "light": .., "awake": ..}.
    sleep_segments: dict | None = json_field()
    quality_score: int | None = None
    source: str = source_field()
    notes: str | None = text_field()
    created_at: datetime | None = created_at()


@provenance
class VitalsBaseline(SQLModel, table=True):
    __tablename__ = "vitals_baseline"
    __table_args__ = (
        range_check("resting_hr", 20, 250),
        min_check("hrv", 1),
        range_check("vo2_max", 10, 100),
        range_check("spo2", 50, 100),
        range_check("respiratory_rate", 4, 60),
        sa.CheckConstraint(
            f"hrv_measure IS NULL OR hrv_measure IN {HRV_MEASURES}", name="hrv_measure"
        ),
        sa.UniqueConstraint("profile_id", "date", name="unique_baseline_per_day"),
        sa.Index("idx_vitals_baseline_profile_date", "profile_id", desc("date")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    resting_hr: int | None = None
    hrv: int | None = None
    # Which HRV the value is: "rmssd" (most apps, chest straps) or "sdnn" (Apple Health).
    hrv_measure: str | None = Field(default=None, max_length=10)
    vo2_max: float | None = numeric(5, 2)
    spo2: int | None = None
    respiratory_rate: int | None = None
    source: str = source_field()
    notes: str | None = text_field()
    created_at: datetime | None = created_at()


@provenance
class BloodPressureReading(SQLModel, table=True):
    __tablename__ = "blood_pressure_log"
    __table_args__ = (
        sa.CheckConstraint("systolic BETWEEN 40 AND 300", name="systolic_range"),
        sa.CheckConstraint("diastolic BETWEEN 20 AND 200", name="diastolic_range"),
        sa.CheckConstraint("systolic > diastolic", name="systolic_gt_diastolic"),
        range_check("pulse", 20, 250),
        sa.UniqueConstraint("profile_id", "measured_at", name="unique_bp_measurement"),
        sa.Index("idx_blood_pressure_profile_datetime", "profile_id", desc("measured_at")),
        partial_index(
            "idx_blood_pressure_context",
            "context",
            where="context IS NOT NULL",
        ),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    measured_at: datetime
    systolic: int
    diastolic: int
    pulse: int | None = None
    context: str | None = Field(default=None, max_length=50)
    irregular_heartbeat: bool = with_default(False)
    afib_detected: bool = with_default(False)
    source: str = source_field()
    notes: str | None = text_field()
    created_at: datetime | None = created_at()


class RestDay(SQLModel, table=True):
    __tablename__ = "rest_days"
    __table_args__ = (
        sa.CheckConstraint(f"focus IN {REST_FOCUSES}", name="focus"),
        sa.UniqueConstraint("profile_id", "date", "focus", name="unique_rest_day_per_focus"),
        sa.Index("idx_rest_days_profile_date", "profile_id", desc("date")),
        sa.Index("idx_rest_days_focus", "focus"),
        sa.Index("idx_rest_days_config", "rest_config", postgresql_using="gin"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    focus: str = Field(max_length=50)
    rest_config: dict | None = json_field()
    notes: str | None = text_field()
    created_at: datetime | None = created_at()


# What the columns mean (the export's columns.csv).
document(
    SleepEntry,
    sleep_start=Text(de="Einschlafzeit", en="When sleep began"),
    sleep_end=Text(de="Aufwachzeit", en="When sleep ended"),
    total_duration_minutes=Text(de="Schlafdauer in Minuten", en="Time asleep in minutes"),
    sleep_segments=Text(
        de="Minuten je Schlafphase als JSON (deep, rem, light, awake); bei Importen "
        "auch die Phasen-Intervalle unter intervals",
        en="Minutes per sleep stage as JSON (deep, rem, light, awake); from imports "
        "also the stage intervals under intervals",
    ),
    quality_score=Text(
        de="Empfundene Schlafqualität 0–100 (die Bewertung 1–5 mal 20)",
        en="Felt sleep quality 0–100 (the 1–5 rating times 20)",
    ),
)
document(
    BloodPressureReading,
    measured_at=Text(de="Zeitpunkt der Messung", en="When it was measured"),
    irregular_heartbeat=Text(
        de="Ob das Gerät einen unregelmäßigen Herzschlag meldete",
        en="Whether the device reported an irregular heartbeat",
    ),
    afib_detected=Text(
        de="Ob das Gerät Vorhofflimmern erkannte",
        en="Whether the device detected atrial fibrillation",
    ),
)
document(
    RestDay,
    focus=Text(
        de="Was ruht: strength, cardio oder relaxation",
        en="What rests: strength, cardio or relaxation",
    ),
    rest_config=Text(
        de='Einstellungen der Vorlage als JSON, z. B. {"training": "none"}',
        en='The preset\'s settings as JSON, e.g. {"training": "none"}',
    ),
)
