"""Global application settings (spec 6.2).

schema_migrations is replaced by Alembic's version table.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from mitai_app.core.columns import text_field, updated_at


class AppSetting(SQLModel, table=True):
    __tablename__ = "app_settings"

    key: str = Field(primary_key=True, max_length=100)
    value: str | None = text_field()
    updated_at: datetime | None = updated_at()
