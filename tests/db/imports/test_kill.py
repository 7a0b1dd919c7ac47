"""kill -9 of the worker at random points, then a worker that takes the job
over: the same rows as a clean run, on SQLite and PostgreSQL.

The worker here is a real process running the job (`runner.run_job`, what
the queue task runs) on a database of its own; it is killed with SIGKILL
at ten random points (reading or writing), before a last run finishes the
job. It is forked from the test, which has the app imported already: a
fresh interpreter would spend seconds importing it before every kill.
"""

from __future__ import annotations

import multiprocessing
import random
import time
import uuid
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from mitai_app.core.columns import utcnow
from mitai_app.core.db import create_db_engine
from mitai_app.core.modules import import_models
from mitai_app.core.startup import migrate_and_seed
from mitai_app.imports import runner, service
from mitai_app.imports.consts import STALLED_AFTER_S
from mitai_app.imports.models import ImportJob
from tests.db.imports.test_imports import HOUSEHOLD, _rows
from tests.factories import new_profile
from tests.fixtures.apple_health import write_export_zip

KILLS = 10
# Where a kill may land (share of the run: reading is the first half).
KILL_RANGE = (0.05, 0.95)


def _work(url: str, job_id: str) -> None:
    """The worker process: its own engine, none of the test's connections."""
    import_models()
    with Session(create_db_engine(url), expire_on_commit=False) as session:
        runner.run_job(session=session, job_id=job_id)


def _stale(session: Session, job_id: str) -> None:
    """What a minute without heartbeat looks like to the next worker."""
    jobs = ImportJob.__table__
    session.execute(
        sa.update(jobs)
        .where(jobs.c.id == uuid.UUID(job_id))
        .values(heartbeat_at=utcnow() - timedelta(seconds=STALLED_AFTER_S + 5))
    )
    session.commit()


def _kill_at(watch: sa.Engine, job_id: str, worker: multiprocessing.Process, point: float) -> None:
    """SIGKILL once the job's committed progress passes `point` (0–1: the
    first half of the range is the reading of the file, the second the
    writing), or leave it when the worker ended first. `watch` reads without
    the app's SQLite write lock (BEGIN IMMEDIATE), so it never holds the
    worker up."""
    jobs = ImportJob.__table__
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and worker.is_alive():
        with watch.connect() as connection:
            job = connection.execute(sa.select(jobs).where(jobs.c.id == uuid.UUID(job_id))).one()
        fresh = job.heartbeat_at and job.heartbeat_at > utcnow() - timedelta(seconds=30)
        reading = job.bytes_read / job.bytes_total if job.bytes_total else 0
        writing = job.rows_done / job.rows_total if job.rows_total else 0
        done = (reading / 2) if job.phase == "reading" else 0.5 + writing / 2
        if fresh and job.phase and done >= point:
            break
        time.sleep(0.01)
    worker.kill()  # SIGKILL
    worker.join()


def _status(watch: sa.Engine, job_id: str) -> str:
    jobs = ImportJob.__table__
    with watch.connect() as connection:
        return connection.scalar(sa.select(jobs.c.status).where(jobs.c.id == uuid.UUID(job_id)))


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_kill_9_at_random_points_then_a_rerun_gives_the_clean_rows(
    dialect, throwaway_databases, tmp_path, monkeypatch
):
    # Several transactions in the writing, so that kills land between them
    # (the forked worker inherits the setting).
    monkeypatch.setattr(runner, "BATCH_DAYS", 20)
    url = throwaway_databases.new_url(dialect)
    engine = create_db_engine(url)
    with engine.begin() as connection:
        migrate_and_seed(connection)
    export = write_export_zip(tmp_path / "export.zip", 200, heart_rate_per_day=40)
    pick = random.Random(15)
    watch = sa.create_engine(url)
    fork = multiprocessing.get_context("fork")
    with Session(engine, expire_on_commit=False) as session:
        clean, killed = new_profile(session, **HOUSEHOLD), new_profile(session, **HOUSEHOLD)
        first = service.start_import(session=session, profile_id=clean, path=export, filename="e")
        assert runner.run_job(session=session, job_id=first.id) == "done"
        first = service.job(session=session, profile_id=clean, job_id=first.id)
        job = service.start_import(session=session, profile_id=killed, path=export, filename="e")
        partial = []
        # In the order of the run, as one run goes through them: a late point
        # first could race the job's last commit, and a job done leaves
        # nothing to kill, with no kill having landed halfway through.
        for point in sorted(pick.uniform(*KILL_RANGE) for _ in range(KILLS)):
            session.commit()  # on SQLite, even a read holds the write lock until then
            worker = fork.Process(target=_work, args=(url, job.id))
            worker.start()
            _kill_at(watch, job.id, worker, point)
            if _status(watch, job.id) == "done":
                # A point near the end races the last commit: the worker
                # finished before the kill landed, nothing is left to take over.
                break
            partial.append(sum(len(r) for r in _rows(session, killed).values()))
            _stale(session, job.id)
        else:
            assert runner.run_job(session=session, job_id=job.id) == "done"
        assert _rows(session, killed) == _rows(session, clean)
        total = sum(len(r) for r in _rows(session, clean).values())
        assert any(0 < rows < total for rows in partial)  # killed halfway through the writing
        finished = service.job(session=session, profile_id=killed, job_id=job.id)
        assert finished.status == "done"
        assert finished.added == first.added
        undone = service.undo_import(session=session, profile_id=killed, job_id=job.id)
        assert sum(undone.values()) == first.added
        assert all(not rows for rows in _rows(session, killed).values())
    engine.dispose()
    watch.dispose()
