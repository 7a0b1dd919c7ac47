"""Server time of page handlers, as the load benches measure it: each
handler runs in a fresh session (as a page event opens one, core.db.session); printed are the
p50 and p95 of wall time and of this process's CPU time (which a busy
machine does not inflate)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence

from sqlalchemy.engine import Engine
from sqlmodel import Session

Handler = Callable[[Session, object], object]


def _p95(timings: list[float]) -> float:
    return statistics.quantiles(timings, n=20, method="inclusive")[-1]


def print_handler_times(
    engine: Engine, profile_id, handlers: Sequence[tuple[str, Handler, int]]
) -> None:
    """`handlers`: (name, handler(session, profile_id), runs) each."""
    width = max(len(name) for name, _, _ in handlers)
    for name, handler, runs in handlers:
        timings, cpu = [], []
        for _ in range(runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            with Session(engine, expire_on_commit=False) as session:
                handler(session, profile_id)
            timings.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        print(
            f"{name:>{width}}: p50 {statistics.median(timings):6.1f} ms, p95 {_p95(timings):6.1f} ms"
            f" (CPU p50 {statistics.median(cpu):6.1f}, p95 {_p95(cpu):6.1f}; {runs} runs)"
        )
