"""The PostgreSQL engine's pool: one kept connection per thread that runs services."""

from __future__ import annotations

import concurrent.futures

from mitai_app.core.db import SERVICE_THREADS, create_db_engine
from mitai_app.ui import session


def test_the_pool_keeps_a_connection_for_every_service_thread():
    # Overflow connections are closed when returned: a pool smaller than the
    # threads opened and closed a PostgreSQL connection per event under load.
    # asyncio's default executor (call_service) has the default size.
    default_threads = concurrent.futures.ThreadPoolExecutor()._max_workers
    password_threads = session._password_threads._max_workers
    assert default_threads + password_threads <= SERVICE_THREADS
    engine = create_db_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")  # never connects
    assert engine.pool.size() == SERVICE_THREADS
