"""The feature-access check under contention: many threads take units of
one profile's feature at once (the worst case: they all lock the same usage
row). Prints how many were allowed against the limit (must be exactly the
limit), throughput, and the latency of one consume+commit (median, p95, max);
then the same for threads that each use a profile of their own (no shared
row: what the lock costs when nobody waits).

    python bench/access_contention.py [--database-url URL] [--threads 20] [--per-thread 25]

Default database: a temporary SQLite file; pass a PostgreSQL URL (an empty
database the bench may migrate) to measure row locks there. Latency
includes waiting for one of the engine's pooled connections (15 on
PostgreSQL). Target: the shared-row case allows exactly the limit, and its
latency stays close to the row-per-thread case (the lock is not the cost).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import Session  # noqa: E402

from mitai_app.accounts.models import Profile  # noqa: E402
from mitai_app.core import access  # noqa: E402
from mitai_app.core.db import create_db_engine  # noqa: E402
from mitai_app.core.models import UserFeatureRestriction
from mitai_app.core.settings import Settings  # noqa: E402
from mitai_app.core.startup import migrate_and_seed  # noqa: E402

FEATURE = "ai_calls"


def _profile(engine, limit: int) -> Profile:
    with Session(engine, expire_on_commit=False) as session:
        profile = Profile(email=f"bench-{time.perf_counter_ns()}@example.org", pin_hash="x")
        session.add(profile)
        session.flush()
        session.add(
            UserFeatureRestriction(profile_id=profile.id, feature_id=FEATURE, custom_limit=limit)
        )
        session.commit()
        return profile


def _run(engine, profiles: list[Profile], per_thread: int) -> tuple[int, list[float], float]:
    """Each thread takes `per_thread` units of its profile; returns
    (allowed, latencies in s, wall time in s)."""
    start = threading.Barrier(len(profiles))
    lock = threading.Lock()
    allowed = 0
    latencies: list[float] = []

    def work(profile: Profile) -> None:
        nonlocal allowed
        mine, took = 0, []
        start.wait()
        for _ in range(per_thread):
            began = time.perf_counter()
            with Session(engine) as session:
                try:
                    access.consume(session=session, profile_id=profile.id, feature_id=FEATURE)
                    session.commit()
                    mine += 1
                except access.FeatureRefused:
                    session.rollback()
            took.append(time.perf_counter() - began)
        with lock:
            allowed += mine
            latencies.extend(took)

    threads = [threading.Thread(target=work, args=(profile,)) for profile in profiles]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return allowed, latencies, time.perf_counter() - began


def _report(name: str, allowed: int, limit: int, latencies: list[float], wall: float) -> None:
    ordered = sorted(latencies)
    print(
        f"{name}: {len(latencies)} requests, {allowed} allowed (limit {limit}), "
        f"{len(latencies) / wall:.0f}/s, latency median {statistics.median(ordered) * 1000:.1f} ms, "
        f"p95 {ordered[int(0.95 * (len(ordered) - 1))] * 1000:.1f} ms, "
        f"max {ordered[-1] * 1000:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url")
    parser.add_argument("--threads", type=int, default=20)
    parser.add_argument("--per-thread", type=int, default=25)
    args = parser.parse_args()
    scratch = tempfile.TemporaryDirectory()
    url = args.database_url or f"sqlite:///{scratch.name}/bench.sqlite"
    # Decisions go to a scratch usage log, not the installation's.
    log_settings = Settings(_env_file=None, usage_log=Path(scratch.name) / "usage.log")
    access.settings = lambda: log_settings
    engine = create_db_engine(url)
    with engine.begin() as connection:
        migrate_and_seed(connection)
    total = args.threads * args.per_thread
    limit = total // 2

    shared = _profile(engine, limit)
    allowed, latencies, wall = _run(engine, [shared] * args.threads, args.per_thread)
    _report("one shared row", allowed, limit, latencies, wall)
    own = [_profile(engine, limit) for _ in range(args.threads)]
    allowed, latencies, wall = _run(engine, own, args.per_thread)
    _report("a row per thread", allowed, limit * args.threads, latencies, wall)
    engine.dispose()
    scratch.cleanup()


if __name__ == "__main__":
    main()
