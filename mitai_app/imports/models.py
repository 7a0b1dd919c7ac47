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
    document,
    json_field,
    numeric,
    profile_fk,
    text_field,
    updated_at,
    uuid_pk,
    with_default,
)
from mitai_app.core.text import Text
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
    # The height (cm) this job set on a profile that had none: what its undo clears.
    height_cm: float | None = numeric(4, 1)
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


# What the columns mean (the export's columns.csv).
document(
    ImportJob,
    format=Text(
        de="Erkanntes Dateiformat, z. B. apple_health (leer, bis es erkannt ist)",
        en="The file format recognised, e.g. apple_health (empty until recognised)",
    ),
    filename=Text(de="Dateiname, wie hochgeladen", en="The file's name as uploaded"),
    path=Text(de="Ort der Datei auf dem Server", en="Where the file is on the server"),
    status=Text(
        de="Stand: queued, running, done, failed, cancelled oder undone",
        en="Status: queued, running, done, failed, cancelled or undone",
    ),
    phase=Text(
        de="Schritt eines laufenden Imports: reading, writing oder leer",
        en="A running import's step: reading, writing or empty",
    ),
    bytes_read=Text(de="Bisher gelesene Bytes der Datei", en="Bytes of the file read so far"),
    bytes_total=Text(de="Größe der Datei in Bytes", en="The file's size in bytes"),
    records_read=Text(de="Bisher gelesene Datensätze", en="Records read so far"),
    rows_total=Text(de="Zu schreibende Zeilen", en="Rows to write"),
    rows_done=Text(de="Bisher geschriebene Zeilen", en="Rows written so far"),
    counts=Text(
        de="Je Tabelle hinzugefügt, geändert und übersprungen, als JSON",
        en="Per table added, updated and skipped, as JSON",
    ),
    report=Text(
        de="Bericht als JSON: nicht Importiertes, übersprungene Zeilen mit Grund, Konflikte",
        en="The report as JSON: what was not imported, skipped lines with their reason, conflicts",
    ),
    mapping=Text(
        de="Zuordnung der Spalten einer CSV-Datei unbekannten Formats, als JSON",
        en="The column mapping of a CSV file of no known format, as JSON",
    ),
    activity_days=Text(
        de="Tage, deren Tagesaktivität dieser Import anlegte (was Rückgängigmachen löscht)",
        en="The days whose daily activity this import added (what undoing it clears)",
    ),
    height_cm=Text(
        de="Größe in cm, die dieser Import im Profil eintrug (was Rückgängigmachen löscht)",
        en="The height in cm this import set on the profile (what undoing it clears)",
    ),
    error=Text(
        de="Fehlermeldung, wenn der Import scheiterte", en="The error message if the import failed"
    ),
    cancel_requested=Text(
        de="Ob der Abbruch verlangt wurde", en="Whether cancelling was asked for"
    ),
    started_at=Text(de="Wann der Import begann", en="When the import started"),
    heartbeat_at=Text(
        de="Letztes Lebenszeichen des laufenden Imports",
        en="The running import's last sign of life",
    ),
    finished_at=Text(de="Wann der Import endete", en="When the import finished"),
)
document(
    ImportMapping,
    header_key=Text(
        de="Kennung der Kopfzeile der CSV-Datei, für die die Zuordnung gilt",
        en="The key of the CSV header the mapping is for",
    ),
    mapping=Text(
        de="Die gespeicherte Spaltenzuordnung, als JSON", en="The saved column mapping, as JSON"
    ),
)
