"""The PostgreSQL pool after the server ended its connections (a restart)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from mitai_app.core.db import create_db_engine


def _backend(engine: sa.Engine) -> int:
    with engine.connect() as connection:
        return connection.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()


def test_a_connection_the_server_ended_is_replaced_before_it_is_used(migrated_engine):
    if migrated_engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no server that ends connections")
    engine = create_db_engine(migrated_engine.url.render_as_string(hide_password=False))
    try:
        ended = _backend(engine)  # now idle in the pool
        with migrated_engine.connect() as admin:
            # As a restart does: the server ends the backend (waiting up to 5 s for it).
            assert admin.execute(
                sa.text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": ended}
            ).scalar_one()
        assert _backend(engine) != ended  # no error: a new connection served
    finally:
        engine.dispose()
