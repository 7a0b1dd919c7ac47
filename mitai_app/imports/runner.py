"""Running one import job, on a queue worker or from the command line.

A worker claims the job (queued, or running with a stale heartbeat: its
worker was killed), reads the whole file (counting bytes and records,
writing a heartbeat), then writes the rows a batch of days per transaction,
the job's counts committed with them. Killed at any point, the job is run
again from the start and ends with the same rows: every row is keyed, and
rows this job already added count as added once more.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from functools import partial
from itertools import groupby
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

from mitai_app.accounts.models import Profile
from mitai_app.core.columns import utcnow
from mitai_app.core.errors import UNEXPECTED, UserError
from mitai_app.core.formatting import zone
from mitai_app.core.settings import settings
from mitai_app.imports import (
    activity_csv,
    activity_zip,
    apple_csv,
    apple_health,
    bp_monitors,
    fit_files,
    mapping,
    nutrition_files,
    scales,
    sleep_files,
    tracks,
    weight_json,
    writer,
)
from mitai_app.imports.consts import (
    ACTIVITY_ZIP,
    APPLE_HEALTH,
    BEURER_WEIGHT,
    CANCELLED,
    CRONOMETER_DAILY,
    CRONOMETER_SERVINGS,
    DONE,
    FAILED,
    FIT,
    FITBIT_SLEEP,
    FITBIT_WEIGHT,
    GARMIN_ACTIVITIES,
    GARMIN_WEIGHT,
    GPX,
    HEALTH_AUTO_EXPORT,
    MAPPED_CSV,
    MYFITNESSPAL,
    OMRON_BP,
    OPENSCALE_WEIGHT,
    OURA_SLEEP,
    QS_ACCESS,
    QUEUED,
    READING,
    REPORT_SKIPPED_MAX,
    RUNNING,
    SLEEP_CYCLE,
    SPARKYFITNESS,
    STALLED_AFTER_S,
    STRAVA_ACTIVITIES,
    TCX,
    WGER_WEIGHT,
    WITHINGS_BP,
    WITHINGS_SLEEP,
    WITHINGS_WEIGHT,
    WRITING,
)
from mitai_app.imports.files import Opened, open_import
from mitai_app.imports.models import ImportJob
from mitai_app.imports.rows import ImportRow, Parsed
from mitai_app.training.learning import apply_learned_names

log = logging.getLogger(__name__)
# Each format's reader, and the `source` its rows are written with.
READERS = {
    APPLE_HEALTH: (apple_health.parse, apple_health.SOURCE),
    HEALTH_AUTO_EXPORT: (apple_csv.parse, "healthautoexport"),
    QS_ACCESS: (apple_csv.parse, "qsaccess"),
    WITHINGS_WEIGHT: (scales.parse, "withings"),
    WITHINGS_BP: (bp_monitors.parse, "withings"),
    OMRON_BP: (bp_monitors.parse, "omron"),
    BEURER_WEIGHT: (scales.parse, "beurer"),
    OPENSCALE_WEIGHT: (scales.parse, "openscale"),
    WGER_WEIGHT: (scales.parse, "wger"),
    GARMIN_WEIGHT: (weight_json.parse, "garmin"),
    FITBIT_WEIGHT: (weight_json.parse, "fitbit"),
    GPX: (tracks.parse_gpx, "gpx"),
    TCX: (tracks.parse_tcx, "tcx"),
    FIT: (fit_files.parse, "fit"),
    ACTIVITY_ZIP: (activity_zip.parse, "activity_files"),
    STRAVA_ACTIVITIES: (activity_csv.parse, "strava"),
    GARMIN_ACTIVITIES: (activity_csv.parse, "garmin"),
    WITHINGS_SLEEP: (sleep_files.parse_csv, "withings"),
    FITBIT_SLEEP: (sleep_files.parse_fitbit, "fitbit"),
    OURA_SLEEP: (sleep_files.parse_csv, "oura"),
    SLEEP_CYCLE: (sleep_files.parse_csv, "sleepcycle"),
    MYFITNESSPAL: (nutrition_files.parse, "myfitnesspal"),
    CRONOMETER_DAILY: (nutrition_files.parse, "cronometer"),
    CRONOMETER_SERVINGS: (nutrition_files.parse, "cronometer"),
    SPARKYFITNESS: (nutrition_files.parse, "sparkyfitness"),
}
MAPPED_SOURCE = "csv"  # the source of rows from a mapped CSV
PROGRESS_EVERY_S = 1.0  # while reading
BATCH_DAYS = 366  # days written per transaction (a commit a month was a fifth of an import)
JOBS = ImportJob.__table__


def claim(session: Session, job_id: uuid.UUID) -> bool:
    """Takes the job for this worker: queued, or running without a heartbeat
    for STALLED_AFTER_S (its worker died). False when another has it or it ended."""
    now = utcnow()
    result = session.execute(
        sa.update(JOBS)
        .where(JOBS.c.id == job_id)
        .where(
            (JOBS.c.status == QUEUED)
            | (
                (JOBS.c.status == RUNNING)
                & (
                    JOBS.c.heartbeat_at.is_(None)
                    | (JOBS.c.heartbeat_at < now - timedelta(seconds=STALLED_AFTER_S))
                )
            )
        )
        # A job taken over starts again: no phase until this run reports its
        # own progress (the last run's would look like this one's).
        .values(status=RUNNING, heartbeat_at=now, phase="")
    )
    session.execute(
        sa.update(JOBS)
        .where(JOBS.c.id == job_id)
        .where(JOBS.c.started_at.is_(None))
        .values(started_at=now)
    )
    session.commit()
    return result.rowcount == 1


def stalled_jobs(session: Session) -> list[uuid.UUID]:
    """Jobs waiting or whose worker stopped writing its heartbeat."""
    limit = utcnow() - timedelta(seconds=STALLED_AFTER_S)
    return list(
        session.scalars(
            sa.select(JOBS.c.id).where(
                (JOBS.c.status == QUEUED) & (JOBS.c.created_at < limit)
                | (JOBS.c.status == RUNNING)
                & (JOBS.c.heartbeat_at.is_(None) | (JOBS.c.heartbeat_at < limit))
            )
        )
    )


def _progress(session: Session, job_id: uuid.UUID, **values) -> bool:
    """Records progress and the heartbeat; False when a cancel was asked for."""
    session.execute(
        sa.update(JOBS).where(JOBS.c.id == job_id).values(heartbeat_at=utcnow(), **values)
    )
    cancel = session.scalar(sa.select(JOBS.c.cancel_requested).where(JOBS.c.id == job_id))
    session.commit()
    return not cancel


def _tell(session: Session, job_id: uuid.UUID, on_progress) -> None:
    if on_progress is not None:
        job = session.get(ImportJob, job_id)
        session.refresh(job)
        session.commit()  # SQLite: a read holds the write lock until then
        on_progress(job)


def _finish(session: Session, job_id: uuid.UUID, status: str, **values) -> None:
    session.execute(
        sa.update(JOBS)
        .where(JOBS.c.id == job_id)
        .values(status=status, phase="", finished_at=utcnow(), heartbeat_at=utcnow(), **values)
    )
    session.commit()


def job_report(parsed: Parsed, written: writer.Written) -> dict:
    skipped = parsed.skipped + written.skipped
    return {
        "not_imported": dict(parsed.not_imported.most_common()),
        "duplicates": parsed.duplicates,
        "skipped_count": len(skipped),
        "skipped": [
            {"line": s.line, "kind": s.kind, "reason": s.reason, "value": s.value}
            for s in skipped[:REPORT_SKIPPED_MAX]
        ],
        "conflicts": written.conflicts[:REPORT_SKIPPED_MAX],
        "others": written.others,
        "stopped": (
            {"line": parsed.stopped.line, "reason": parsed.stopped.reason}
            if parsed.stopped
            else None
        ),
    }


def _batches(rows: Sequence[ImportRow]) -> list[list[ImportRow]]:
    days = [
        list(day_rows)
        for _, day_rows in groupby(sorted(rows, key=lambda r: r.day), key=lambda r: r.day)
    ]
    return [sum(days[i : i + BATCH_DAYS], []) for i in range(0, len(days), BATCH_DAYS)]


def run_job(
    *,
    session: Session,
    job_id: uuid.UUID | str,
    on_progress: Callable[[ImportJob], None] | None = None,
) -> str | None:
    """Runs the job if this worker can claim it; returns its final status
    (None when it was not ours to run)."""
    job_id = uuid.UUID(str(job_id))
    if not claim(session, job_id):
        return None
    job = session.get(ImportJob, job_id)
    session.refresh(job)
    path = Path(job.path)
    if job.cancel_requested:
        _finish(session, job_id, CANCELLED)
        return CANCELLED
    try:
        status = _run(session, job, on_progress)
    except UserError as refused:
        session.rollback()
        _finish(session, job_id, FAILED, error=refused.code)
        status = FAILED
    except apple_health.XmlRefused:
        session.rollback()
        _finish(session, job_id, FAILED, error="imports.error.xml_refused")
        status = FAILED
    except Exception:
        log.exception("import %s failed", job_id)
        session.rollback()
        _finish(session, job_id, FAILED, error=UNEXPECTED)
        status = FAILED
    if status in (DONE, FAILED, CANCELLED) and path.is_relative_to(settings().import_dir):
        path.unlink(missing_ok=True)  # an upload; a command-line file stays where it was
    return status


@contextmanager
def _opened(job: ImportJob) -> Iterator[Opened]:
    """The job's file: a mapped CSV as it is, any other recognised by its content."""
    path = Path(job.path)
    if job.format != MAPPED_CSV:
        with open_import(path) as opened:
            yield opened
        return
    with path.open("rb") as raw:
        yield Opened(MAPPED_CSV, raw, path.stat().st_size)


def _reader(job: ImportJob, format_: str):
    if format_ != MAPPED_CSV:
        return READERS[format_]
    stored = dict(job.mapping)
    key = stored.pop("key")
    how = mapping.Mapping.from_dict(stored)
    return partial(mapping.parse, mapping=how, key=key), MAPPED_SOURCE


def _run(session: Session, job: ImportJob, on_progress) -> str:
    job_id, profile_id = job.id, job.profile_id

    last = [0.0]  # when progress was last written

    def reading(bytes_read: int, records: int) -> bool:
        """Progress (and the cancel check) at most every PROGRESS_EVERY_S:
        a commit per chunk read cost more than the reading on SQLite."""
        now = time.monotonic()
        if now - last[0] < PROGRESS_EVERY_S:
            return True
        last[0] = now
        going = _progress(session, job_id, bytes_read=bytes_read, records_read=records)
        _tell(session, job_id, on_progress)
        return going

    with _opened(job) as opened:
        _progress(
            session,
            job_id,
            format=opened.format,
            phase=READING,
            bytes_total=opened.size,
            bytes_read=0,
            records_read=0,
            rows_done=0,
            counts=None,
            report=None,
            error=None,
        )
        read, source = _reader(job, opened.format)
        # Times a file writes without an offset are the profile's wall clock.
        where = zone(session.get(Profile, profile_id).timezone)
        parsed = read(opened.stream, progress=reading, zone=where)
        if opened.routes is not None and not parsed.cancelled:
            routes = [tracks.parse_gpx(route, zone=where) for route in opened.routes()]
            apple_health.with_routes(parsed, routes)
        size = opened.size
    if parsed.cancelled:
        _finish(session, job_id, CANCELLED)
        return CANCELLED
    written = writer.Written()
    going = _progress(
        session,
        job_id,
        phase=WRITING,
        bytes_read=size,
        records_read=parsed.records,
        rows_total=len(parsed.rows),
    )
    done = 0
    for batch in _batches(parsed.rows):
        if not going:
            _finish(
                session,
                job_id,
                CANCELLED,
                counts=job_counts(written),
                report=job_report(parsed, written),
            )
            return CANCELLED
        writer.write_batch(
            session=session,
            profile_id=profile_id,
            job_id=job_id,
            source=source,
            rows=batch,
            written=written,
        )
        done += len(batch)
        # The batch and the counts so far commit together.
        going = _progress(session, job_id, rows_done=done, counts=job_counts(written))
        _tell(session, job_id, on_progress)
    apply_learned_names(session=session, profile_id=profile_id)  # workout names already mapped
    _finish(session, job_id, DONE, counts=job_counts(written), report=job_report(parsed, written))
    return DONE


def job_counts(written: writer.Written) -> dict:
    return {name: dict(counts) for name, counts in written.counts.items()}
