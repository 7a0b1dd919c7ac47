"""Tracking tables: body measurements, activities, nutrition, sleep, vitals,
rest days and progress photos (spec section 2)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.body.formulas import SKINFOLD_SITES
from mitai_app.core.columns import (
    created_at,
    desc,
    json_field,
    numeric,
    partial_index,
    profile_fk,
    source_field,
    text_field,
    uuid_pk,
    with_default,
)

CIRCUMFERENCE_SITES = (
    "c_neck",
    "c_chest",
    "c_waist",
    "c_hips",
    "c_thigh",
    "c_calf",
    "c_biceps",
    "c_forearm",
)
CALIPER_FORMULAS = ("jp3", "jp7", "jp4", "dw4", "navy")
REST_FOCUSES = ("strength", "cardio", "relaxation")
POSES = ("front", "side", "back")


def _range(column: str, low: int, high: int) -> sa.CheckConstraint:
    """Plausibility range for a nullable column (NULL passes)."""
    return sa.CheckConstraint(
        f"{column} IS NULL OR {column} BETWEEN {low} AND {high}", name=f"{column}_range"
    )


def _min(column: str, low: int) -> sa.CheckConstraint:
    """Lower bound for a nullable column (NULL passes)."""
    return sa.CheckConstraint(f"{column} IS NULL OR {column} >= {low}", name=f"{column}_min")


class WeightEntry(SQLModel, table=True):
    __tablename__ = "weight_log"
    __table_args__ = (
        sa.CheckConstraint("weight BETWEEN 20 AND 500", name="weight_range"),
        sa.UniqueConstraint("profile_id", "date", name="idx_weight_log_profile_date_unique"),
        sa.Index("idx_weight_log_profile_date", "profile_id", desc("date")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    weight: float = numeric(5, 2, nullable=False)
    source: str = source_field()
    notes: str | None = text_field()
    created_at: datetime | None = created_at()


class CircumferenceEntry(SQLModel, table=True):
    __tablename__ = "circumference_log"
    __table_args__ = (
        *(_range(site, 10, 300) for site in CIRCUMFERENCE_SITES),
        sa.Index("idx_circumference_profile_date", "profile_id", desc("date")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    c_neck: float | None = numeric(5, 2)
    c_chest: float | None = numeric(5, 2)
    c_waist: float | None = numeric(5, 2)
    c_hips: float | None = numeric(5, 2)
    c_thigh: float | None = numeric(5, 2)
    c_calf: float | None = numeric(5, 2)
    c_biceps: float | None = numeric(5, 2)
    c_forearm: float | None = numeric(5, 2)
    source: str = source_field()
    notes: str | None = text_field()
    created_at: datetime | None = created_at()


class CaliperEntry(SQLModel, table=True):
    __tablename__ = "caliper_log"
    __table_args__ = (
        *(_range(site, 1, 100) for site in SKINFOLD_SITES),
        _range("body_fat_pct", 2, 70),
        sa.CheckConstraint(f"formula IS NULL OR formula IN {CALIPER_FORMULAS}", name="formula"),
        sa.Index("idx_caliper_profile_date", "profile_id", desc("date")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    chest: float | None = numeric(5, 2)
    abdominal: float | None = numeric(5, 2)
    thigh: float | None = numeric(5, 2)
    triceps: float | None = numeric(5, 2)
    subscapular: float | None = numeric(5, 2)
    suprailiac: float | None = numeric(5, 2)
    midaxillary: float | None = numeric(5, 2)
    body_fat_pct: float | None = numeric(5, 2)
    formula: str | None = Field(default=None, max_length=20)
    source: str = source_field()
    notes: str | None = text_field()
    created_at: datetime | None = created_at()
    # Beyond the original dump: the Durnin-Womersley site and the up-to-three
    # raw readings per site, keyed by site name, behind each stored value.
    biceps: float | None = numeric(5, 2)
    readings: dict | None = json_field()


class Activity(SQLModel, table=True):
    __tablename__ = "activity_log"
    __table_args__ = (
        _min("duration_minutes", 0),
        _min("kcal", 0),
        _range("avg_hr", 20, 250),
        _range("max_hr", 20, 250),
        sa.CheckConstraint(
            "avg_hr IS NULL OR max_hr IS NULL OR avg_hr <= max_hr", name="avg_hr_le_max_hr"
        ),
        _min("distance_km", 0),
        _range("overall_score", 0, 100),
        sa.Index("idx_activity_profile_date", "profile_id", desc("date")),
        sa.Index("idx_activity_training_type", "training_type_id"),
        sa.Index("idx_activity_training_category", "training_category"),
        partial_index(
            "idx_activity_quality_label",
            "quality_label",
            where="quality_label IS NOT NULL",
        ),
        partial_index(
            "idx_activity_overall_score",
            desc("overall_score"),
            where="overall_score IS NOT NULL",
        ),
        # JSONB path operators exist only on PostgreSQL.
        sa.Index(
            "idx_activity_evaluation_passed",
            sa.text(
                "(((evaluation -> 'rule_set_results'::text) -> 'minimum_requirements'::text) ->> 'passed'::text)"
            ),
            postgresql_where=sa.text("evaluation IS NOT NULL"),
        ).ddl_if(dialect="postgresql"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    start_time: time | None = None
    duration_minutes: int | None = None
    training_type_id: int | None = Field(
        default=None, foreign_key="training_types.id", ondelete="NO ACTION"
    )
    training_category: str | None = Field(default=None, max_length=50)
    kcal: int | None = None
    avg_hr: int | None = None
    max_hr: int | None = None
    distance_km: float | None = numeric(6, 2)
    description: str | None = text_field()
    source: str = source_field()
    evaluation: dict | None = json_field()
    overall_score: int | None = None
    quality_label: str | None = Field(default=None, max_length=20)
    created_at: datetime | None = created_at()


class NutritionEntry(SQLModel, table=True):
    __tablename__ = "nutrition_log"
    __table_args__ = (
        *(
            _min(column, 0)
            for column in ("kcal", "protein_g", "carbs_g", "fat_g", "fiber_g", "water_l")
        ),
        sa.Index("idx_nutrition_profile_date", "profile_id", desc("date")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    kcal: int | None = None
    protein_g: float | None = numeric(6, 2)
    carbs_g: float | None = numeric(6, 2)
    fat_g: float | None = numeric(6, 2)
    fiber_g: float | None = numeric(6, 2)
    water_l: float | None = numeric(4, 2)
    source: str = source_field()
    notes: str | None = text_field()
    created_at: datetime | None = created_at()


class SleepEntry(SQLModel, table=True):
    __tablename__ = "sleep_log"
    __table_args__ = (
        _range("total_duration_minutes", 0, 1440),
        sa.CheckConstraint(
            "sleep_start IS NULL OR sleep_end IS NULL OR sleep_end > sleep_start",
            name="sleep_end_after_start",
        ),
        _range("quality_score", 0, 100),
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


class VitalsBaseline(SQLModel, table=True):
    __tablename__ = "vitals_baseline"
    __table_args__ = (
        _range("resting_hr", 20, 250),
        _min("hrv", 1),
        _range("vo2_max", 10, 100),
        _range("spo2", 50, 100),
        _range("respiratory_rate", 4, 60),
        sa.UniqueConstraint("profile_id", "date", name="unique_baseline_per_day"),
        sa.Index("idx_vitals_baseline_profile_date", "profile_id", desc("date")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    resting_hr: int | None = None
    hrv: int | None = None
    vo2_max: float | None = numeric(5, 2)
    spo2: int | None = None
    respiratory_rate: int | None = None
    source: str = source_field()
    notes: str | None = text_field()
    created_at: datetime | None = created_at()


class BloodPressureReading(SQLModel, table=True):
    __tablename__ = "blood_pressure_log"
    __table_args__ = (
        sa.CheckConstraint("systolic BETWEEN 50 AND 300", name="systolic_range"),
        sa.CheckConstraint("diastolic BETWEEN 30 AND 200", name="diastolic_range"),
        sa.CheckConstraint("systolic > diastolic", name="systolic_gt_diastolic"),
        _range("pulse", 20, 250),
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


class Photo(SQLModel, table=True):
    __tablename__ = "photos"
    __table_args__ = (
        sa.CheckConstraint(f"pose IS NULL OR pose IN {POSES}", name="pose"),
        _min("width", 1),
        _min("height", 1),
        sa.Index("idx_photos_profile_date", "profile_id", desc("date")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    filename: str = Field(max_length=255)
    pose: str | None = Field(default=None, max_length=50)
    notes: str | None = text_field()
    created_at: datetime | None = created_at()
    # Beyond the original dump: what the gallery needs to serve the file.
    thumbnail_filename: str | None = Field(default=None, max_length=255)
    content_type: str | None = Field(default=None, max_length=50)
    width: int | None = None
    height: int | None = None
