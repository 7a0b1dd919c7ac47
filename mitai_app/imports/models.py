"""The import job: one uploaded (or command-line) file on its way into the
domain tables, with its progress, counts and report."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import (
    created_at,
    desc,
    json_field,
    profile_fk,
    text_field,
    updated_at,
    uuid_pk,
    with_default,
)
from mitai_app.imports.consts import STATUSES


class ImportJob(SQLModel, table=True):
    __tablename__ = "import_jobs"
    __table_args__ = (
        sa.CheckConstraint(f"status IN {STATUSES}", name="status"),
        sa.Index("idx_import_jobs_profile_created", "profile_id", desc("created_at")),
        sa.Index("idx_import_jobs_status", "status"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    format: str = Field(max_length=30)  # consts.FORMATS, or "" until recognised
    filename: str = Field(max_length=255)  # as the person named it
    path: str = text_field(nullable=False)  # the file on the server's disk
    status: str = with_default("queued", nullable=False, max_length=20)
    phase: str = with_default("", nullable=False, max_length=20)  # consts.PHASES
    bytes_read: int = with_default(0, nullable=False, sa_type=sa.BigInteger)
    bytes_total: int = with_default(0, nullable=False, sa_type=sa.BigInteger)
    records_read: int = with_default(0, nullable=False, sa_type=sa.BigInteger)
    rows_total: int = with_default(0, nullable=False)  # rows to write (writing phase)
    rows_done: int = with_default(0, nullable=False)
    # {table: {"added": n, "updated": n, "skipped": n}}
    counts: dict | None = json_field()
    # The report: {"not_imported": {type: n}, "skipped": [{line, kind, reason}],
    # "conflicts": [{table, day, manual, imported}], "stopped": {...} or None}
    report: dict | None = json_field()
    # A CSV of no known format, read as its mapping says (mapping.Mapping as a dict).
    mapping: dict | None = json_field()
    # ISO days whose daily activity row this job added (training's summary
    # has no import column): what its undo clears.
    activity_days: list | None = json_field()
    error: str | None = text_field()
    cancel_requested: bool = with_default(False, nullable=False)
    created_at: datetime | None = created_at()
    started_at: datetime | None = None
    # Written while a worker runs it: a job whose heartbeat stopped is run again.
    heartbeat_at: datetime | None = None
    finished_at: datetime | None = None


class ImportMapping(SQLModel, table=True):
    """A CSV mapping the person saved, offered again for a file with the
    same header."""

    __tablename__ = "import_mappings"
    __table_args__ = (
        sa.UniqueConstraint("profile_id", "header_key", name="unique_import_mapping_header"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    header_key: str = Field(max_length=64)  # mapping.header_key of the file's header
    mapping: dict = json_field(nullable=False)
    created_at: datetime | None = created_at()
    updated_at: datetime | None = updated_at()
