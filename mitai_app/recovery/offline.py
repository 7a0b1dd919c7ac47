"""A Sleep night typed while offline, sent when the connection returns
(core.offline): the Sleep page's form is kept in the browser as log
`SLEEP_LOG`; sent, the night is stored once under the browser's id, and a
day that already has a night is asked about, as online."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session

from mitai_app.core.offline import Conflict, QueuedEntry, Sender, Sent, send_once
from mitai_app.recovery.models import SleepEntry
from mitai_app.recovery.sleep import add_sleep, kept_night_row, night_on, night_row, parse_sleep
from mitai_app.recovery.views import night_row_words

SLEEP_LOG = "sleep"


def send_night(
    *, session: Session, profile_id: uuid.UUID, entry: QueuedEntry, today: date, replace: bool
) -> Sent | Conflict:
    night = parse_sleep(entry.form)

    def add():
        stored = add_sleep(
            session=session,
            profile_id=profile_id,
            entry=night,
            replace=replace,
            today=today,
            entry_id=entry.id,
        )
        return night_row(session, session.get(SleepEntry, uuid.UUID(stored)))

    def taken() -> Conflict | None:
        saved = night_on(session=session, profile_id=profile_id, day=night.day)
        return None if saved is None else Conflict(saved, kept_night_row(entry.id, night))

    return send_once(
        session=session,
        owner=profile_id,
        entry=entry,
        model=SleepEntry,
        row=lambda stored: night_row(session, stored),
        add=add,
        taken=taken,
    )


SENDERS = {SLEEP_LOG: Sender("nav.sleep", send_night, night_row_words)}
