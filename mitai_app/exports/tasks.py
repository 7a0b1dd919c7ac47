"""The exports' task on the queue: make a profile's archive for download
(`exports.jobs`), so a large export runs on a worker, not in the web process."""

from __future__ import annotations

import logging
import uuid
from functools import cache

from mitai_app.core import db
from mitai_app.core.queue import queue
from mitai_app.exports import jobs

log = logging.getLogger(__name__)


def run_export(profile_id: str) -> None:
    with db.session() as session:
        job = jobs.run_export(session=session, profile_id=profile_id)
    log.info("export for %s: %s", profile_id, job.status)


@cache
def _task():
    return queue().task(retries=0, name="exports.run")(run_export)


def register() -> None:
    """The worker's start: the task known."""
    _task()


def enqueue_export(profile_id: uuid.UUID | str) -> None:
    _task()(str(profile_id))
