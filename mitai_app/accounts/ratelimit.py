"""Sliding-window rate limits: in Redis when configured (shared by every
worker), otherwise in this process (the single-worker household install)."""

from __future__ import annotations

import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from mitai_app.core.errors import UserError
from mitai_app.core.settings import settings


@dataclass(frozen=True)
class RateDecision:
    allowed: bool
    retry_after_s: int = 0


class RateLimiter(Protocol):
    def hit(self, key: str, *, limit: int, window_s: int) -> RateDecision: ...


class MemoryRateLimiter:
    # Past this many keys, those with no recent hit are dropped, so a
    # long-running process does not grow with every address it has seen.
    MAX_KEYS = 10_000

    def __init__(self) -> None:
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _forget_idle(self, now: float, window_s: int) -> None:
        idle = [k for k, hits in self._hits.items() if not hits or hits[-1] <= now - window_s]
        for key in idle:
            del self._hits[key]

    def hit(self, key: str, *, limit: int, window_s: int) -> RateDecision:
        now = time.monotonic()
        with self._lock:
            if len(self._hits) > self.MAX_KEYS:
                self._forget_idle(now, window_s)
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - window_s:
                hits.popleft()
            if len(hits) >= limit:
                return RateDecision(False, max(1, int(hits[0] + window_s - now + 0.999)))
            hits.append(now)
            return RateDecision(True)


class RedisRateLimiter:
    PREFIX = "mitai:ratelimit:"

    def __init__(self, url: str) -> None:
        import redis

        self._redis = redis.Redis.from_url(url)

    def hit(self, key: str, *, limit: int, window_s: int) -> RateDecision:
        name = self.PREFIX + key
        now = time.time()
        member = uuid.uuid4().hex
        # One MULTI/EXEC: every attempt counts itself first, so two workers
        # can never both take the last free slot.
        pipe = self._redis.pipeline(transaction=True)
        pipe.zremrangebyscore(name, 0, now - window_s)
        pipe.zadd(name, {member: now})
        pipe.zcard(name)
        pipe.zrange(name, 0, 0, withscores=True)
        pipe.expire(name, window_s)
        _, _, count, oldest, _ = pipe.execute()
        if count > limit:
            self._redis.zrem(name, member)
            first = oldest[0][1] if oldest else now
            return RateDecision(False, max(1, int(first + window_s - now + 0.999)))
        return RateDecision(True)


@lru_cache
def limiter() -> RateLimiter:
    url = settings().redis_url
    return RedisRateLimiter(url) if url else MemoryRateLimiter()


def enforce(key: str, *, limit: int, window_s: int = 60) -> None:
    """Counts one attempt, or refuses it with `error.rate_limited` (saying
    when to try again) once `key` has had `limit` in the window."""
    decision = limiter().hit(key, limit=limit, window_s=window_s)
    if not decision.allowed:
        raise UserError("error.rate_limited", seconds=decision.retry_after_s)
