"""What the offline tests of modules that send their own kept entries
(core.offline.Sender) share."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlmodel import Session

from mitai_app.core import offline
from mitai_app.core.errors import UserError
from tests.factories import new_profile


def refused_to_another(
    session: Session, entry: offline.QueuedEntry, today: date
) -> tuple[uuid.UUID, uuid.UUID]:
    """Two profiles, "mine" and "theirs": `entry` sent by theirs, then by
    mine, which is refused as not found (an entry's id is its owner's)."""
    mine, theirs = new_profile(session), new_profile(session)
    offline.send(session=session, profile_id=theirs, entry=entry, today=today)
    with pytest.raises(UserError) as raised:
        offline.send(session=session, profile_id=mine, entry=entry, today=today)
    assert raised.value.code == "record.error.not_found"
    return mine, theirs
