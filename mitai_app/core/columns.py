"""Column helpers shared by every table module.

Conventions (mitai-data-model.txt, section 10): UUID primary keys, aware UTC
timestamps, JSON columns that become JSONB on PostgreSQL, `created_at`
filled by the database and `updated_at` refreshed by the ORM on every update.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from mitai_app.core.text import Text

# Deterministic constraint names: SQLite batch migrations can only drop or
# alter constraints that have names, and autogenerate compares by name.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# What the columns these helpers (and every log) give many tables mean; the
# export's column documentation reads them, beside a column's own
# `info["doc"]` (a `Text`) and the log descriptions.
SHARED_COLUMNS: dict[str, Text] = {
    "id": Text(de="Kennung der Zeile", en="The row's identifier"),
    "profile_id": Text(de="Das Profil, dem die Zeile gehört", en="The profile the row belongs to"),
    "date": Text(de="Der Tag (Ortszeit des Profils)", en="The day (the profile's local time)"),
    "created_at": Text(de="Wann die Zeile angelegt wurde", en="When the row was made"),
    "updated_at": Text(de="Wann die Zeile zuletzt geändert wurde", en="When the row last changed"),
    "source": Text(
        de="Woher der Eintrag kommt (manual, api oder ein Import)",
        en="Where the entry came from (manual, api or an import)",
    ),
    "notes": Text(de="Eigene Notizen", en="Your own notes"),
    "source_device": Text(
        de="App oder Gerät laut importierter Datei", en="The app or device the imported file names"
    ),
    "external_key": Text(
        de="Woran ein Import den Datensatz wiedererkennt",
        en="What an import recognises it by again",
    ),
    "import_id": Text(de="Der Import, der die Zeile anlegte", en="The import that added the row"),
}


def document(model: type[SQLModel], **docs: Text) -> None:
    """Give columns of `model`'s table their meaning (`info["doc"]`), which
    the export's column documentation reads. `info` is no part of the
    schema: no migration. A name the table lacks raises KeyError."""
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    for name, doc in docs.items():
        table.c[name].info["doc"] = doc


# JSONB on PostgreSQL (indexable with GIN), plain JSON text on SQLite.
JSONColumn = sa.JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    """Aware UTC 'now'. `datetime` fields map to SQLModel's UTCDateTime:
    timestamptz on PostgreSQL, UTC text on SQLite, always aware in Python."""
    return datetime.now(UTC)


def uuid_pk() -> Any:
    return Field(default_factory=uuid.uuid4, primary_key=True)


def created_at(*, nullable: bool = True) -> Any:
    return Field(
        default_factory=utcnow,
        nullable=nullable,
        sa_column_kwargs={"server_default": sa.func.now()},
    )


def updated_at() -> Any:
    return Field(
        default_factory=utcnow,
        nullable=True,
        sa_column_kwargs={"server_default": sa.func.now(), "onupdate": utcnow},
    )


def profile_fk(*, nullable: bool = False) -> Any:
    """`profile_id` referencing profiles(id) ON DELETE CASCADE (spec 14.1).

    Not indexed here: each table names its own (profile_id, date DESC) index.
    """
    return Field(
        default=None if nullable else ...,
        nullable=nullable,
        foreign_key="profiles.id",
        ondelete="CASCADE",
    )


def numeric(precision: int, scale: int, *, nullable: bool = True, default: Any = None) -> Any:
    """numeric(p,s) read back as float: domain code computes with floats."""
    kwargs: dict[str, Any] = {}
    if default is not None:
        kwargs["sa_column_kwargs"] = {"server_default": sa.text(str(default))}
    return Field(
        default=default if (nullable or default is not None) else ...,
        sa_type=sa.Numeric(precision, scale, asdecimal=False),
        nullable=nullable,
        **kwargs,
    )


def json_field(*, nullable: bool = True) -> Any:
    return Field(default=None, sa_type=JSONColumn, nullable=nullable)


def with_default(value: bool | int | str, *, nullable: bool = True, **kwargs: Any) -> Any:
    """A Python default mirrored as a server default, so raw SQL inserts agree."""
    server_default: Any
    if isinstance(value, bool):
        server_default = sa.true() if value else sa.false()
    elif isinstance(value, int):
        server_default = sa.text(str(value))
    else:
        server_default = value
    return Field(
        default=value,
        nullable=nullable,
        sa_column_kwargs={"server_default": server_default},
        **kwargs,
    )


def source_field() -> Any:
    """Where a tracking row came from: 'manual' or an import (spec 10.2)."""
    return with_default("manual", max_length=50)


def text_field(*, nullable: bool = True) -> Any:
    return Field(default=None, sa_type=sa.Text, nullable=nullable)


def desc(column: str) -> sa.UnaryExpression:
    """`column DESC` inside an index: newest-first lookups (spec 11.1).

    A column expression, not text, so autogenerate can compare it on SQLite.
    """
    return sa.desc(sa.column(column))


def partial_index(name: str, *columns: Any, where: str, unique: bool = False) -> sa.Index:
    """An index over the rows matching `where`, on PostgreSQL and SQLite alike."""
    condition = sa.text(where)
    return sa.Index(
        name,
        *columns,
        unique=unique,
        postgresql_where=condition,
        sqlite_where=condition,
    )


def range_check(column: str, low: int, high: int) -> sa.CheckConstraint:
    """Plausibility range for a nullable column (NULL passes)."""
    return sa.CheckConstraint(
        f"{column} IS NULL OR {column} BETWEEN {low} AND {high}", name=f"{column}_range"
    )


def min_check(column: str, low: int) -> sa.CheckConstraint:
    """Lower bound for a nullable column (NULL passes)."""
    return sa.CheckConstraint(f"{column} IS NULL OR {column} >= {low}", name=f"{column}_min")


def provenance(model: Any) -> Any:
    """Class decorator: import provenance on a tracking table (`@provenance`
    above the class, one line per domain model).

    Adds `source_device` (the app or device as the imported file names it),
    `external_key` (what recognises the record again: a unique index per
    profile, so a second import of the same file adds nothing; NULL for
    manual entries, which never collide) and `import_id` (the import job
    that added the row, indexed: "undo this import" deletes exactly those).
    """
    table = model.__table__
    name = table.name
    for column in (
        sa.Column("source_device", sa.String(100), nullable=True),
        sa.Column("external_key", sa.String(200), nullable=True),
        sa.Column("import_id", sa.Uuid(), nullable=True),
    ):
        table.append_column(column)
        model.__mapper__.add_property(column.name, column)
    sa.Index(f"ux_{name}_external_key", table.c.profile_id, table.c.external_key, unique=True)
    sa.Index(f"ix_{name}_import_id", table.c.import_id)
    return model
