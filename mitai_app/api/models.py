"""Personal access tokens for the REST API (only their digest is stored)."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import created_at, json_field, profile_fk, uuid_pk


class ApiToken(SQLModel, table=True):
    __tablename__ = "api_tokens"
    __table_args__ = (
        sa.UniqueConstraint("token_hash", name="api_tokens_token_hash_key"),
        sa.Index("idx_api_tokens_profile", "profile_id"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    name: str = Field(max_length=100)
    # SHA-256 of the token: it is random and long, so no slow hash is needed.
    token_hash: str = Field(max_length=64)
    scopes: list = json_field(nullable=False)  # e.g. ["body:read", "body:write"]
    created_at: datetime | None = created_at()
    expires_at: datetime | None = None
    last_used_at: datetime | None = None
