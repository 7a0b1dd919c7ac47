"""Alembic environment: the models' metadata, the app's database URL.

A caller may hand over an open connection in `config.attributes["connection"]`
(the app's start-up and the tests do), otherwise the URL from settings is used.
"""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from sqlmodel import SQLModel

import mitai_app.models  # noqa: F401  (registers every table)
from mitai_app.db import create_db_engine
from mitai_app.settings import settings

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = SQLModel.metadata


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    # Indexes that exist on PostgreSQL only (JSONB expressions) are declared
    # with ddl_if(dialect="postgresql"); skip them where they cannot exist.
    if type_ == "index" and not reflected:
        ddl_if = getattr(obj, "_ddl_if", None)
        dialect = context.get_context().dialect.name
        if ddl_if is not None and ddl_if.dialect and ddl_if.dialect != dialect:
            return False
    return True


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        render_as_batch=True,
        include_object=include_object,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=settings().database_url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_db_engine(settings().database_url)
    with engine.connect() as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
