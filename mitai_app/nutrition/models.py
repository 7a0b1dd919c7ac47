"""Nutrition tables: daily totals (spec section 2)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import SQLModel

from mitai_app.core.columns import (
    created_at,
    desc,
    min_check,
    numeric,
    profile_fk,
    provenance,
    source_field,
    text_field,
    uuid_pk,
)


@provenance
class NutritionEntry(SQLModel, table=True):
    __tablename__ = "nutrition_log"
    __table_args__ = (
        *(
            min_check(column, 0)
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
