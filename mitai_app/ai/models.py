"""AI prompts, stored insights, daily usage and legacy pipelines (spec section 3)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import (
    JSONColumn,
    created_at,
    desc,
    document,
    json_field,
    partial_index,
    profile_fk,
    text_field,
    updated_at,
    uuid_pk,
    with_default,
)
from mitai_app.core.text import Text

PROMPT_TYPES = ("base", "pipeline")
OUTPUT_FORMATS = ("text", "json")


class AiPrompt(SQLModel, table=True):
    __tablename__ = "ai_prompts"
    __table_args__ = (
        sa.CheckConstraint(f"type IS NULL OR type IN {PROMPT_TYPES}", name="type"),
        sa.CheckConstraint(
            f"output_format IS NULL OR output_format IN {OUTPUT_FORMATS}",
            name="output_format",
        ),
        sa.UniqueConstraint("slug", name="ai_prompts_slug_key"),
        sa.Index("idx_ai_prompts_slug", "slug"),
        sa.Index("idx_ai_prompts_type", "type"),
        sa.Index("idx_ai_prompts_category", "category"),
        sa.Index("idx_ai_prompts_active_sort", "active", "sort_order"),
        sa.Index("idx_ai_prompts_stages", "stages", postgresql_using="gin"),
    )

    id: uuid.UUID = uuid_pk()
    slug: str = Field(max_length=100)
    title: str = Field(max_length=255)
    type: str | None = with_default("base", max_length=20)
    category: str | None = Field(default=None, max_length=50)
    stages: list[dict[str, Any]] | None = json_field()
    output_format: str | None = Field(default=None, max_length=20)
    output_schema: dict[str, Any] | None = json_field()
    active: bool | None = with_default(True)
    sort_order: int | None = with_default(0)
    # Beyond the original dump, which lost the prompt text itself.
    description: str | None = text_field()
    template: str | None = text_field()
    template_en: str | None = text_field()
    # Overrides the configured default model for this prompt.
    model: str | None = Field(default=None, max_length=100)
    created_at: datetime | None = created_at()
    updated_at: datetime | None = updated_at()


class AiInsight(SQLModel, table=True):
    __tablename__ = "ai_insights"
    __table_args__ = (
        sa.Index("idx_ai_insights_profile_scope", "profile_id", "scope", desc("created")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    # The slug of the prompt that produced the insight.
    scope: str | None = Field(default=None, max_length=100)
    content: str = text_field(nullable=False)
    # `metadata` is reserved on SQLAlchemy declarative classes.
    meta: dict[str, Any] | None = Field(
        default=None, sa_type=JSONColumn, sa_column_kwargs={"name": "metadata"}
    )
    created: datetime | None = created_at()


class AiUsage(SQLModel, table=True):
    __tablename__ = "ai_usage"
    __table_args__ = (
        sa.CheckConstraint("count IS NULL OR count >= 0", name="count"),
        sa.UniqueConstraint("profile_id", "date", name="ai_usage_profile_id_date_key"),
        sa.Index("idx_ai_usage_profile_date", "profile_id", "date"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    count: int | None = with_default(0)


class PipelineConfig(SQLModel, table=True):
    """Deprecated by ai_prompts (migration 020); kept for existing data."""

    __tablename__ = "pipeline_configs"
    __table_args__ = (
        sa.UniqueConstraint("name", name="pipeline_configs_name_key"),
        sa.Index("idx_pipeline_configs_active", "active"),
        partial_index(
            "idx_pipeline_configs_default",
            "is_default",
            where="is_default = true",
        ),
        # At most one default pipeline.
        partial_index(
            "idx_pipeline_configs_single_default",
            "is_default",
            unique=True,
            where="is_default = true",
        ),
    )

    id: uuid.UUID = uuid_pk()
    name: str = Field(max_length=100)
    description: str | None = text_field()
    stages: list[dict[str, Any]] = json_field(nullable=False)
    active: bool | None = with_default(True)
    is_default: bool | None = with_default(False)
    created_at: datetime | None = created_at()


# What the columns mean (the export's columns.csv).
document(
    AiInsight,
    scope=Text(
        de="Kennung (Slug) des Prompts, der die Auswertung erzeugte",
        en="The slug of the prompt that produced the insight",
    ),
    content=Text(de="Text der KI-Auswertung", en="The AI insight's text"),
    metadata=Text(
        de="Wie sie entstand, als JSON: Prompts, Anbieter, Modell, verwendete Werte",
        en="How it was made, as JSON: prompts, provider, model, values used",
    ),
    created=Text(de="Wann die Auswertung erzeugt wurde", en="When the insight was made"),
)
