"""Body measurement tables: weight, circumferences, skinfolds (spec section 2)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.body.consts import BODY_FAT_METHODS, CIRCUMFERENCE_SITES, SKINFOLD_SITES
from mitai_app.core.columns import (
    created_at,
    desc,
    document,
    json_field,
    numeric,
    profile_fk,
    provenance,
    range_check,
    source_field,
    text_field,
    uuid_pk,
)
from mitai_app.core.text import Text


@provenance
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


@provenance
class CircumferenceEntry(SQLModel, table=True):
    __tablename__ = "circumference_log"
    __table_args__ = (
        *(range_check(f"c_{site}", 10, 300) for site in CIRCUMFERENCE_SITES),
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


@provenance
class SkinfoldEntry(SQLModel, table=True):
    __tablename__ = "caliper_log"
    __table_args__ = (
        *(range_check(site, 1, 100) for site in SKINFOLD_SITES),
        range_check("body_fat_pct", 2, 70),
        sa.CheckConstraint(f"formula IS NULL OR formula IN {BODY_FAT_METHODS}", name="formula"),
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


@provenance
class DeviceBodyEntry(SQLModel, table=True):
    """What a scale or an app measured (Apple Health's body fat, lean mass
    and waist): a series of its own, never mixed with the skinfold formulas
    or the tape (those are the person's own method, this the device's)."""

    __tablename__ = "body_device_log"
    __table_args__ = (
        range_check("body_fat_pct", 2, 70),
        range_check("lean_mass_kg", 10, 300),
        range_check("waist_cm", 10, 300),
        sa.UniqueConstraint("profile_id", "date", name="idx_body_device_log_profile_date_unique"),
        sa.Index("idx_body_device_log_profile_date", "profile_id", desc("date")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    body_fat_pct: float | None = numeric(5, 2)
    lean_mass_kg: float | None = numeric(5, 2)
    waist_cm: float | None = numeric(5, 2)
    source: str = source_field()
    notes: str | None = text_field()
    created_at: datetime | None = created_at()


# What the columns mean (the export's columns.csv).
document(
    SkinfoldEntry,
    body_fat_pct=Text(
        de="Körperfett in Prozent, aus den Hautfalten nach formula berechnet",
        en="Body fat in percent, worked out from the skinfolds by formula",
    ),
    readings=Text(
        de="Bis zu drei Einzelmessungen je Stelle in mm, als JSON; der Wert der Stelle ist ihr Mittel",
        en="Up to three single readings per site in mm, as JSON; the site's value is their mean",
    ),
)
document(
    DeviceBodyEntry,
    body_fat_pct=Text(
        de="Körperfett in Prozent, wie eine Waage oder App es maß",
        en="Body fat in percent, as a scale or app measured it",
    ),
    lean_mass_kg=Text(
        de="Fettfreie Masse in kg, wie eine Waage oder App sie maß",
        en="Lean body mass in kg, as a scale or app measured it",
    ),
    waist_cm=Text(
        de="Taillenumfang in cm, wie eine App ihn aufzeichnete",
        en="Waist in cm, as an app recorded it",
    ),
)
