"""What a save, the Capture card and History cost below the Reflex handler:
the signed-in lookup and the service, run as a handler runs them
(`ui.session._user_then`: one worker thread, one database session), one
after another in this process. Printed per action and database: the p50 of
the thread's CPU time and of wall time, and the statements, transactions
and pool checkouts it took (each checkout pings the connection where the
engine pre-pings).

    python bench/save_path.py [--runs N] [--database-url URL ...]

Default databases: a temporary SQLite file, and a new PostgreSQL database
on TEST_DATABASE_URL (or 127.0.0.1:5432), dropped at the end. The figures
are this process's, so a busy machine inflates wall time but hardly CPU
time; compare branches by running both here in turn.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from sqlmodel import Session  # noqa: E402

from bench.event_load import drop_postgres_database, new_postgres_database  # noqa: E402
from mitai_app.accounts import passwords  # noqa: E402
from mitai_app.accounts.models import LoginSession, Profile  # noqa: E402
from mitai_app.body import service as body_service  # noqa: E402
from mitai_app.body.logs import WEIGHT  # noqa: E402
from mitai_app.body.pages.capture import _add_weight  # noqa: E402
from mitai_app.core import db, logs  # noqa: E402
from mitai_app.core.columns import utcnow  # noqa: E402
from mitai_app.core.formatting import today_in  # noqa: E402
from mitai_app.core.settings import settings  # noqa: E402
from mitai_app.core.startup import migrate_and_seed  # noqa: E402
from mitai_app.ui.session import _user_then  # noqa: E402


def signed_in_account(engine: sa.Engine) -> str:
    """A verified profile with a live session; its session id (the token's digest)."""
    with engine.begin() as connection:
        migrate_and_seed(connection)
    digest = passwords.token_digest(passwords.new_token())
    with Session(engine) as session:
        profile = Profile(
            email="save@example.org",
            pin_hash="x",
            email_verified=True,
            language="en",
            sex="female",
            date_of_birth=date(1985, 4, 2),
        )
        session.add(profile)
        session.flush()
        session.add(
            LoginSession(
                token=digest,
                profile_id=profile.id,
                expires_at=utcnow() + timedelta(days=1),
                last_seen_at=utcnow(),
            )
        )
        session.commit()
    return digest


def save_weight(day: date) -> Callable:
    """The Capture card's weight save as its handler hands it to `_user_then`."""

    def work(session, user):
        entry = logs.parse(WEIGHT, {"date": day.isoformat(), "weight": "72.4"}, user.unit_system)
        return _add_weight(
            session=session,
            profile_id=user.id,
            entry=entry,
            today=today_in(user.timezone),
        )

    return work


def capture_card(session, user):
    return body_service.capture_defaults(
        session=session, profile_id=user.id, timezone=user.timezone, unit_system=user.unit_system
    )


def history(session, user):
    return logs.page(WEIGHT, session=session, profile_id=user.id, limit=21)


class Counted:
    """Statements, commits and pool checkouts on an engine."""

    def __init__(self, engine: sa.Engine) -> None:
        self.counts: Counter[str] = Counter()
        sa.event.listen(engine, "before_cursor_execute", self._statement)
        sa.event.listen(engine, "commit", lambda _c: self.counts.update(["commits"]))
        sa.event.listen(engine.pool, "checkout", lambda *_: self.counts.update(["checkouts"]))

    def _statement(self, _conn, _cursor, statement, *_args) -> None:
        self.counts["statements"] += 1

    def take(self) -> Counter[str]:
        counts, self.counts = self.counts, Counter()
        return counts


def measure(session_id: str, name: str, work_of: Callable[[int], Callable], runs: int, counted):
    for i in range(5):  # warm the caches (statement cache, prepared statements)
        _user_then(session_id, work_of(runs + i))
    counted.take()
    cpu, wall = [], []
    for i in range(runs):
        work = work_of(i)
        start, start_cpu = time.perf_counter(), time.thread_time()
        user, _value, error = _user_then(session_id, work)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
        if user is None or error is not None:
            raise SystemExit(f"{name} failed: {error!r}")
    counts = counted.take()
    per = {key: counts[key] / runs for key in ("statements", "commits", "checkouts")}
    print(
        f"  {name:<13} CPU p50 {statistics.median(cpu):5.2f} ms, mean {statistics.mean(cpu):5.2f}"
        f"  wall p50 {statistics.median(wall):5.2f} ms"
        f"  per action: {per['statements']:.1f} statements, {per['commits']:.1f} commits,"
        f" {per['checkouts']:.1f} checkouts  ({runs} runs)"
    )


def run(url: str, runs: int) -> None:
    os.environ["MITAI_DATABASE_URL"] = url
    settings.cache_clear()
    db.engine.cache_clear()
    engine = db.engine()
    session_id = signed_in_account(engine)
    counted = Counted(engine)
    print(f"{engine.dialect.name}:")
    today = date.today()
    # Each save a day earlier than the last (none asks to replace), as event_load's phones.
    measure(
        session_id,
        "save weight",
        lambda i: save_weight(today - timedelta(days=i + 1)),
        runs,
        counted,
    )
    measure(session_id, "capture card", lambda _i: capture_card, runs, counted)
    measure(session_id, "history page", lambda _i: history, runs, counted)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--database-url", action="append", help="default: SQLite and PostgreSQL")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MITAI_USAGE_LOG"] = f"{tmp}/usage.log"
        if args.database_url:
            for url in args.database_url:
                run(url, args.runs)
            return
        run(f"sqlite:///{tmp}/bench.db", args.runs)
        server, url = new_postgres_database()
        try:
            run(url, args.runs)
        finally:
            drop_postgres_database(server, url)


if __name__ == "__main__":
    main()
