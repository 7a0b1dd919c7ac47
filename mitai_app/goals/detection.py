"""The training phase of a profile's last 12 weeks: the series read through
the body, nutrition and training services and judged by `goals.phases`.
TDEE is not passed yet (nutrition exposes only its adaptive TDEE, which is
computed from the same intake and weights and would agree by construction),
so the intake is not read either."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, timedelta

from sqlmodel import Session

from mitai_app.core import logs
from mitai_app.core.records import as_uuid
from mitai_app.goals.phases import Detection, detect_phase
from mitai_app.goals.sources import READERS
from mitai_app.goals.weeks import WEEK, week_start
from mitai_app.training.logs import ACTIVITY

WEEKS = 12


def suggest_phase(
    *, session: Session, profile_id: uuid.UUID | str, today: date
) -> Detection | None:
    """The phase the last 12 weeks show, or None with too little data.
    Training minutes count whole weeks up to the one before this week."""
    owner = as_uuid(profile_id)
    this_week = week_start(today)
    since = this_week - WEEK * WEEKS

    def body(kind: str):
        return READERS[kind](session, owner, since, today)  # the goals' own readers

    minutes: dict[date, float] = defaultdict(float)
    for day, done in logs.per_day(
        ACTIVITY,
        session=session,
        profile_id=owner,
        since=since,
        until=this_week - timedelta(days=1),
        fields=("duration",),
    ).items():
        minutes[week_start(day)] += done.sums.get("duration", 0.0)
    return detect_phase(
        weights=body("weight"),
        waist=body("waist"),
        body_fat=body("body_fat"),
        weekly_minutes=[minutes.get(since + WEEK * n, 0.0) for n in range(WEEKS)],
        today=today,
    )
