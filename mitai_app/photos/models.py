"""Progress photos (spec section 2)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import (
    created_at,
    desc,
    document,
    min_check,
    profile_fk,
    text_field,
    uuid_pk,
)
from mitai_app.core.text import Text

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


# What the columns mean (the export's columns.csv).
document(
    Photo,
    filename=Text(
        de="Dateiname des Fotos (im Export im Ordner photos/)",
        en="The photo's file name (in the export's photos/ folder)",
    ),
    pose=Text(de="Pose: front, side oder back", en="Pose: front, side or back"),
    thumbnail_filename=Text(
        de="Dateiname des Vorschaubilds (im Export im Ordner photos/)",
        en="The thumbnail's file name (in the export's photos/ folder)",
    ),
    content_type=Text(
        de="Dateityp (MIME), z. B. image/jpeg", en="The file type (MIME), e.g. image/jpeg"
    ),
    width=Text(de="Breite in Pixeln", en="Width in pixels"),
    height=Text(de="Höhe in Pixeln", en="Height in pixels"),
)
