"""Training's tasks on the queue: a type's activities judged again after an
admin changed its rules (and, when a worker starts, the jobs a stopped
worker left unfinished)."""

from __future__ import annotations

import logging
import uuid
from functools import cache

from mitai_app.core import db
from mitai_app.core.queue import queue
from mitai_app.training import admin

log = logging.getLogger(__name__)


def reevaluate(job_id: str) -> None:
    with db.session() as session:
        settled = admin.run_reevaluation(session=session, job_id=job_id)
    if settled:
        log.info("re-evaluation %s: done, or now another run's", job_id)
        return
    # Another run holds it: look again once that one, if its worker died
    # without a word, would count as stopped.
    delay = admin.REEVALUATION_STALE.total_seconds() + 1
    _task().schedule((job_id,), delay=delay)
    log.info("re-evaluation %s is another run's; looking again in %.0f s", job_id, delay)


@cache
def _task():
    return queue().task(retries=0, name="training.reevaluate")(reevaluate)


def register() -> None:
    """The worker's start: the task known, unfinished jobs queued again."""
    _task()
    with db.session() as session:
        unfinished = admin.unfinished_reevaluations(session)
    for job_id in unfinished:
        _task()(job_id)


def enqueue_reevaluation(job_id: uuid.UUID | str) -> None:
    _task()(str(job_id))
