"""Watches this worker's event loop for stalls: anything that blocks it
(a synchronous bcrypt, a slow query in a handler) delays every user's events.

A task sleeps `interval` and measures how late it wakes; the worst delay of
each second is kept for the last two minutes and served at /metrics/event-loop.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections import deque

from mitai_app.core.settings import settings

HISTORY_S = 120
# New objects between two passes of the youngest generation (CPython: 700).
YOUNG_PASS_EVERY = 50_000

# (epoch second, worst lag in ms) for this process.
_worst_per_second: deque[tuple[int, float]] = deque(maxlen=HISTORY_S)


def _record(second: int, lag_ms: float) -> None:
    if _worst_per_second and _worst_per_second[-1][0] == second:
        if lag_ms > _worst_per_second[-1][1]:
            _worst_per_second[-1] = (second, lag_ms)
    else:
        _worst_per_second.append((second, lag_ms))


async def watch_event_loop() -> None:
    interval = settings().loop_monitor_interval_ms / 1000
    loop = asyncio.get_running_loop()
    while True:
        expected = loop.time() + interval
        await asyncio.sleep(interval)
        _record(int(time.time()), max(0.0, (loop.time() - expected) * 1000))


def tune_garbage_collector() -> None:
    """Keeps the cyclic garbage collector's pauses out of users' events.

    What the worker built at start-up (the imported modules and the
    compiled app, some 300,000 objects) is left out of its passes: each full
    pass walked all of it and stopped the event loop for 90-170 ms under
    load (bench/event_load.py, one worker at 400 clients), for objects that
    live as long as the process anyway.

    And it runs far less often. At CPython's default (a young pass every 700
    new objects) the connected tabs' states, 120,000-150,000 objects per
    worker at 200 tabs, soon reached the oldest generation, whose passes
    then stopped the loop for 50-230 ms each, two or three times in a run of
    bench/event_load.py at 400 clients on two workers (40 s), holding every
    event in flight on that worker. With a young pass every 50,000 new
    objects, such a run saw three or four young passes (20-40 ms, while tabs
    connected) and no full one, which now comes after a hundred young ones.
    Almost everything an event makes is freed by reference counting when it
    ends; only reference cycles wait for a pass, and at most 50,000 new
    objects' worth."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_PASS_EVERY, 10, 10)


def recent_lag() -> list[tuple[int, float]]:
    return list(_worst_per_second)
