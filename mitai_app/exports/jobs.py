"""An export made for download as a job on the task queue, with progress.

The job's state is one small JSON file in the profile's export folder
(`.job.json`), written by the worker as each table is done, so the Your data
page shows how far it got after a reload or from another tab, and no table
is needed for it. A job whose worker stopped (no sign of life for
`STALLED_AFTER`) counts as failed, and a new one may be started.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from mitai_app.core import access
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import translate
from mitai_app.core.records import as_uuid
from mitai_app.core.text import Text
from mitai_app.exports import downloads
from mitai_app.exports.consts import DATA_EXPORT

log = logging.getLogger(__name__)
JOB_FILE = ".job.json"
QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
STALLED_AFTER = timedelta(minutes=2)


@dataclass(frozen=True)
class ExportJob:
    status: str  # queued, running, done or failed
    tables_done: int
    tables: int
    error: Text | None  # why it failed, in both languages
    name: str  # the archive, once done
    updated_at: datetime

    @property
    def active(self) -> bool:
        return self.status in (QUEUED, RUNNING)


def _path(profile_id: uuid.UUID):
    return downloads.folder(profile_id) / JOB_FILE


def _write(profile_id: uuid.UUID, job: ExportJob) -> None:
    """Replaces the job file whole (a reader never sees half of one)."""
    path = _path(profile_id)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = path.with_suffix(".part")
    partial.write_text(
        json.dumps(
            {
                "status": job.status,
                "tables_done": job.tables_done,
                "tables": job.tables,
                "error": {"de": job.error.de, "en": job.error.en} if job.error else None,
                "name": job.name,
                "updated_at": job.updated_at.isoformat(),
            }
        )
    )
    os.replace(partial, path)


def export_job(*, profile_id: uuid.UUID | str, now: datetime | None = None) -> ExportJob | None:
    """The profile's latest export job; one whose worker stopped is failed."""
    try:
        found = json.loads(_path(as_uuid(profile_id)).read_text())
        job = ExportJob(
            status=found["status"],
            tables_done=int(found["tables_done"]),
            tables=int(found["tables"]),
            error=Text(**found["error"]) if found["error"] else None,
            name=str(found["name"]),
            updated_at=datetime.fromisoformat(found["updated_at"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if job.active and (now or datetime.now(UTC)) - job.updated_at > STALLED_AFTER:
        stopped = Text.composed(lambda lang: translate("exports.error.stopped", lang))
        return ExportJob(FAILED, job.tables_done, job.tables, stopped, "", job.updated_at)
    return job


def start_export(
    *, session: Session, profile_id: uuid.UUID | str, now: datetime | None = None
) -> ExportJob:
    """Records a queued export for the worker (the caller enqueues it). A
    plan without exports is refused here, before the job; a second export
    while one runs is refused."""
    owner = as_uuid(profile_id)
    running = export_job(profile_id=owner, now=now)
    if running is not None and running.active:
        raise UserError("exports.error.running")
    decision = access.check(session=session, profile_id=owner, feature_id=DATA_EXPORT)
    if not decision.allowed:
        raise access.FeatureRefused(decision)
    job = ExportJob(QUEUED, 0, downloads.table_count(), None, "", now or datetime.now(UTC))
    _write(owner, job)
    return job


def run_export(*, session: Session, profile_id: uuid.UUID | str) -> ExportJob:
    """The worker's part: writes the archive for download, the job file
    following each table; a failure is kept in the job with its message."""
    owner = as_uuid(profile_id)
    total = downloads.table_count()
    done = 0
    _write(owner, ExportJob(RUNNING, done, total, None, "", datetime.now(UTC)))

    def progress(_table: str) -> None:
        # Called as a table starts: the ones before it are written.
        nonlocal done
        _write(owner, ExportJob(RUNNING, done, total, None, "", datetime.now(UTC)))
        done += 1

    try:
        made = downloads.create_download(session=session, profile_id=owner, progress=progress)
    except UserError as error:
        job = _failed(done, total, lambda lang, e=error: user_message(e, lang))
    except access.FeatureRefused as refused:
        job = _failed(done, total, lambda lang, r=refused: access.refusal_message(r.decision, lang))
    except Exception:
        log.exception("export for %s failed", owner)
        job = _failed(done, total, lambda lang: translate("error.unexpected", lang))
    else:
        job = ExportJob(DONE, total, total, None, made.name, datetime.now(UTC))
    _write(owner, job)
    return job


def _failed(done: int, total: int, message: Callable[[str], str]) -> ExportJob:
    return ExportJob(FAILED, done, total, Text.composed(message), "", datetime.now(UTC))
