"""The task queue: Huey, an established small queue with the two storages
the app runs with. Embedded (one machine, SQLite): a SQLite file beside the
database (`MITAI_QUEUE_FILE`), no extra service. With `MITAI_REDIS_URL`:
Redis, which several workers on several machines consume from.

Modules register their tasks through their manifest (`tasks=`); the
consumer is `python -m mitai_app.worker`. Nothing here imports Reflex.
"""

from __future__ import annotations

from functools import cache

from huey import Huey, RedisHuey, SqliteHuey

from mitai_app.core.settings import settings

QUEUE_NAME = "mitai"


@cache
def queue() -> Huey:
    configured = settings()
    if configured.redis_url:
        return RedisHuey(QUEUE_NAME, url=configured.redis_url, results=False)
    configured.queue_file.parent.mkdir(parents=True, exist_ok=True)
    return SqliteHuey(QUEUE_NAME, filename=str(configured.queue_file), results=False)
