"""The database engine and sessions: one engine per process, from settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

from mitai_app.settings import settings


def _enable_sqlite_foreign_keys(dbapi_connection, _record) -> None:
    # SQLite ignores ON DELETE CASCADE unless each connection asks for it.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"check_same_thread": False})
        sa.event.listen(engine, "connect", _enable_sqlite_foreign_keys)
        return engine
    return sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


@lru_cache
def engine() -> Engine:
    return create_db_engine(settings().database_url)


@contextmanager
def session() -> Iterator[Session]:
    with Session(engine(), expire_on_commit=False) as s:
        yield s
