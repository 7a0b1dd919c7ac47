"""Alembic, driven from code: the options env.py, start-up and tests share."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from alembic import command
from mitai_app.core.modules import import_models
from mitai_app.core.settings import PROJECT_ROOT

import_models()  # registers every table on SQLModel.metadata

ALEMBIC_INI = PROJECT_ROOT / "alembic.ini"

# SQLite cannot reflect expression indexes; ours exist on PostgreSQL only and
# include_object_for() leaves them out there, after Alembic has already said so.
warnings.filterwarnings(
    "ignore",
    message="autogenerate skipping metadata-specified expression-based index",
    category=UserWarning,
)


# SQLite full-text search tables (FTS5 virtual tables and their shadow
# tables, `<table>_fts` and `<table>_fts_*`): made by a module's migration
# with the triggers that fill them, invisible to the models.
_SEARCH_TABLE = re.compile(r"[a-z0-9_]+_fts(_[a-z]+)?")


def is_search_table(name: str) -> bool:
    return bool(_SEARCH_TABLE.fullmatch(name))


def include_object_for(dialect: str) -> Callable[..., bool]:
    """Skip indexes declared for another dialect only (`ddl_if`), such as the
    JSONB expression indexes that exist on PostgreSQL alone, and SQLite's
    full-text search tables (`is_search_table`)."""

    def include_object(obj: Any, name, type_: str, reflected: bool, _compare_to) -> bool:
        if type_ == "table" and reflected and name and is_search_table(name):
            return False
        if type_ == "index" and not reflected:
            ddl_if = getattr(obj, "_ddl_if", None)
            if ddl_if is not None and ddl_if.dialect and ddl_if.dialect != dialect:
                return False
        return True

    return include_object


def context_options(dialect: str) -> dict[str, Any]:
    return {
        "target_metadata": SQLModel.metadata,
        "compare_type": True,
        "render_as_batch": True,
        "include_object": include_object_for(dialect),
    }


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config(str(ALEMBIC_INI))
    config.attributes["configure_logger"] = False
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, revision: str = "head") -> None:
    command.upgrade(alembic_config(connection), revision)


def downgrade(connection: Connection, revision: str = "base") -> None:
    command.downgrade(alembic_config(connection), revision)


def schema_differences(connection: Connection) -> list[Any]:
    """What autogenerate would write for this database: empty when models and
    migrations agree."""
    options = context_options(connection.dialect.name)
    metadata = options.pop("target_metadata")
    context = MigrationContext.configure(connection, opts=options)
    return compare_metadata(context, metadata)


def revisions() -> list[str]:
    """Every revision from the first to the head."""
    from alembic.script import ScriptDirectory

    walked = ScriptDirectory.from_config(alembic_config()).walk_revisions()
    return [script.revision for script in reversed(list(walked))]


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()
