"""Goals' tasks on the queue: phase detection for one profile (queued when
the Goals page opens, so new data is looked at soon after it arrives) and
for every profile every hour (data imported while nobody looks). A run on
unchanged data changes nothing (`detection.store_suggestion`)."""

from __future__ import annotations

import logging
import uuid
from functools import cache

from huey import crontab
from sqlmodel import select

from mitai_app.accounts.models import Profile
from mitai_app.core import db
from mitai_app.core.formatting import today_in
from mitai_app.core.queue import queue
from mitai_app.goals.detection import store_suggestion

log = logging.getLogger(__name__)


def detect_for(profile_id: str) -> None:
    with db.session() as session:
        profile = session.get(Profile, uuid.UUID(profile_id))
        if profile is None:
            return
        found = store_suggestion(
            session=session, profile_id=profile.id, today=today_in(profile.timezone)
        )
    log.info("phase of %s: %s", profile_id, found.phase if found else "none suggested")


def detect_all() -> None:
    with db.session() as session:
        profiles = session.exec(select(Profile.id, Profile.timezone)).all()
        for owner, timezone in profiles:
            try:
                store_suggestion(session=session, profile_id=owner, today=today_in(timezone))
            except Exception:  # one profile's failure leaves the others their run
                session.rollback()
                log.exception("phase detection for %s failed", owner)


@cache
def _tasks():
    huey = queue()
    one = huey.task(retries=1, name="goals.detect_phase")(detect_for)
    every = huey.periodic_task(crontab(minute="23"), name="goals.detect_phases")(detect_all)
    return one, every


def register() -> None:
    _tasks()


def enqueue_detection(profile_id: uuid.UUID | str) -> None:
    _tasks()[0](str(profile_id))
