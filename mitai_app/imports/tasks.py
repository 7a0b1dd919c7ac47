"""The imports' tasks on the queue: run a job, and (every minute, and when
a worker starts) run again the jobs whose worker was killed."""

from __future__ import annotations

import logging
import uuid
from functools import cache

from huey import crontab

from mitai_app.core import db
from mitai_app.core.queue import queue
from mitai_app.imports import runner

log = logging.getLogger(__name__)


def run_import(job_id: str) -> None:
    with db.session() as session:
        status = runner.run_job(session=session, job_id=job_id)
    log.info("import %s: %s", job_id, status or "taken by another worker")


def resume_stalled() -> None:
    with db.session() as session:
        stalled = runner.stalled_jobs(session)
    for job_id in stalled:
        log.info("import %s: its worker stopped, running it again", job_id)
        _tasks()[0](str(job_id))


@cache
def _tasks():
    huey = queue()
    run = huey.task(retries=0, name="imports.run")(run_import)
    resume = huey.periodic_task(crontab(minute="*"), name="imports.resume")(resume_stalled)
    return run, resume


def register() -> None:
    """The worker's start: the tasks known, and stalled jobs queued again."""
    _tasks()
    resume_stalled()


def enqueue_import(job_id: uuid.UUID | str) -> None:
    _tasks()[0](str(job_id))
