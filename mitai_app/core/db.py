"""The database engine and sessions: one engine per process, from settings."""

from __future__ import annotations

import os
import select
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

from mitai_app.core.settings import settings


def _configure_sqlite_connection(dbapi_connection, _record) -> None:
    # SQLite ignores ON DELETE CASCADE unless each connection asks for it.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
    # Let SQLAlchemy, not the sqlite3 module, start transactions, so that
    # SAVEPOINTs and transactional DDL work (SQLAlchemy's pysqlite recipe).
    dbapi_connection.isolation_level = None


def _begin_sqlite_transaction(connection) -> None:
    # IMMEDIATE takes the write lock up front and waits for it (busy_timeout).
    # A deferred transaction that reads and then writes fails at once with
    # "database is locked" when another writer got there in between.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


# Services run in threads (ui.session.call_service): asyncio's default pool,
# min(32, CPUs + 4) threads (Python's own formula), and the password pool, at
# most one per CPU. A pooled connection for each of them: with fewer, every
# event above that concurrency opened and closed a PostgreSQL connection
# (overflow connections are not kept), costing more than the query itself.
# The overflow covers the occasional other thread (health report).
SERVICE_THREADS = min(32, (os.cpu_count() or 1) + 4) + (os.cpu_count() or 1)


def create_db_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"check_same_thread": False})
        sa.event.listen(engine, "connect", _configure_sqlite_connection)
        sa.event.listen(engine, "begin", _begin_sqlite_transaction)
        return engine
    engine = sa.create_engine(url, pool_size=SERVICE_THREADS, max_overflow=4)
    sa.event.listen(engine, "checkout", _refuse_closed_by_server)
    return engine


def _refuse_closed_by_server(dbapi_connection, _record, _proxy) -> None:
    """A pooled connection the server has closed (a restart, an ended
    backend) is replaced before it is handed out. An idle connection has
    nothing to read: when its socket has (the server's farewell, or the
    end of the stream), it is gone. One poll of the socket, where
    `pool_pre_ping` cost a round trip to the server on every checkout."""
    poller = select.poll()
    poller.register(dbapi_connection.fileno(), select.POLLIN)
    if poller.poll(0):
        # The pool discards it and checks out another (SQLAlchemy's
        # "pessimistic disconnect handling").
        raise sa.exc.DisconnectionError("the server closed this connection")


@lru_cache
def engine() -> Engine:
    return create_db_engine(settings().database_url)


@contextmanager
def session() -> Iterator[Session]:
    with Session(engine(), expire_on_commit=False) as s:
        yield s


def execute(session: Session, statement: sa.Executable, values: dict) -> sa.CursorResult:
    """Runs a Core statement (columns, not ORM rows) in the session's
    transaction, after its pending changes as the ORM's autoflush would:
    Core's execution skips the ORM's per-statement setup, which costs more
    CPU than a short query on a hot path."""
    if session.autoflush:
        session.flush()
    return session.connection().execute(statement, values)
