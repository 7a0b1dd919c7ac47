"""Start-up in order: wait for the database, migrate to head, seed reference data.

Runs in every backend worker before it serves. On PostgreSQL an advisory lock
makes concurrent workers take turns; the second finds nothing left to do.
"""

from __future__ import annotations

import asyncio
import logging
import time

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from mitai_app.accounts import service as auth
from mitai_app.core import db, migrations, seeding
from mitai_app.core.modules import contributions

log = logging.getLogger(__name__)

# Any constant works; it names this app's lock among others on the server.
MIGRATION_LOCK_KEY = 0x6D69746169
PURGE_INTERVAL_S = 3600


def wait_for_database(engine: Engine, *, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with engine.connect() as connection:
                connection.execute(sa.text("SELECT 1"))
            return
        except sa.exc.OperationalError:
            if time.monotonic() > deadline:
                raise
            log.warning("database not reachable yet, retrying")
            time.sleep(1)


def migrate_and_seed(connection: Connection) -> None:
    """Upgrade to head and seed, in the caller's transaction."""
    if connection.dialect.name == "postgresql":
        connection.execute(
            sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
        )
    migrations.upgrade(connection)
    with Session(bind=connection) as session:
        seeding.seed_reference_data(session=session)


def prepare_database() -> None:
    engine = db.engine()
    wait_for_database(engine)
    with engine.begin() as connection:
        migrate_and_seed(connection)
    log.info("database migrated and seeded")


def _purge_expired() -> int:
    with db.session() as session:
        purged = auth.purge_expired(session=session)
        for _, purge in contributions("purge"):
            purged += purge(session=session)
        return purged


async def purge_expired_periodically() -> None:
    """Expired sessions and links (also at every login) and what modules
    keep for a while (export archives) are deleted hourly."""
    while True:
        try:
            purged = await asyncio.to_thread(_purge_expired)
            if purged:
                log.info("purged %d expired sessions, links and files", purged)
        except sa.exc.SQLAlchemyError:
            log.exception("purging expired sessions failed; retrying later")
        await asyncio.sleep(PURGE_INTERVAL_S)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    prepare_database()
