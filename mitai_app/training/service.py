"""Training's use cases: log a session (Capture) and what Capture offers
first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial

import sqlalchemy as sa
from sqlmodel import Session, col, select

from mitai_app.core import logs
from mitai_app.core.formatting import today_in, zone
from mitai_app.core.records import as_uuid
from mitai_app.training.logs import ACTIVITY, derive
from mitai_app.training.models import Activity, TrainingType
from mitai_app.training.type_catalogue import TypeLook, training_types

# What Capture offers first when the profile has logged fewer types.
COMMON_TYPES: tuple[str, ...] = ("running", "walking", "cycling", "strength_training")
QUICK_TYPES = 4


@dataclass(frozen=True)
class CaptureDefaults:
    today: date
    now: str  # "HH:MM" in the profile's time zone
    quick_types: tuple[str, ...]  # the last types logged first, then common ones
    types: tuple[TypeLook, ...]  # every type as the admins keep it, in picker order


def recent_types(session: Session, owner: uuid.UUID, limit: int = QUICK_TYPES) -> list[str]:
    """The keys of the types logged most recently, newest first, each once."""
    rows = session.exec(
        select(TrainingType.key)
        .join(Activity, col(Activity.training_type_id) == col(TrainingType.id))
        .where(Activity.profile_id == owner)
        .order_by(col(Activity.date).desc(), col(Activity.created_at).desc())
        .limit(50)
    ).all()
    return list(dict.fromkeys(rows))[:limit]


def capture_defaults(
    *, session: Session, profile_id: uuid.UUID | str, timezone: str | None
) -> CaptureDefaults:
    recent = recent_types(session, as_uuid(profile_id))
    types = training_types(session)
    quick = [key for key in dict.fromkeys([*recent, *COMMON_TYPES]) if key in types]
    now = datetime.now(zone(timezone))
    return CaptureDefaults(
        today=today_in(timezone),
        now=now.strftime("%H:%M"),
        quick_types=tuple(quick[:QUICK_TYPES]),
        types=tuple(types.values()),
    )


def add_activity(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    entry: logs.LogInput,
    start: str = "",
    today: date | None = None,
) -> logs.LogRow:
    """Logs one session (a day holds several) with its start time as typed
    ("07:30", or "" when not known), charging the activity feature."""
    spec = replace(ACTIVITY, derive=partial(derive, start=start))
    return logs.add(spec, session=session, profile_id=profile_id, entry=entry, today=today)


def active_kcal(*, session: Session, profile_id: uuid.UUID | str, day: date) -> float | None:
    """The energy of the profile's sessions on `day` (stated or estimated
    when logged), None when it trained without any or not at all."""
    total = session.exec(
        select(sa.func.sum(Activity.kcal)).where(
            Activity.profile_id == as_uuid(profile_id), Activity.date == day
        )
    ).one()
    return None if total is None else float(total)
