"""Progress photos (spec section 2)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import (
    created_at,
    desc,
    min_check,
    profile_fk,
    text_field,
    uuid_pk,
)

POSES = ("front", "side", "back")


class Photo(SQLModel, table=True):
    __tablename__ = "photos"
    __table_args__ = (
        sa.CheckConstraint(f"pose IS NULL OR pose IN {POSES}", name="pose"),
        min_check("width", 1),
        min_check("height", 1),
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
