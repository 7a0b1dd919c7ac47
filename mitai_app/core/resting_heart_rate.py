"""The resting heart rate measured lately, published by the module that
keeps the morning vitals (its manifest's `resting_heart_rate`). Training's
heart-rate zones use it; the vitals' module weighs training's load for
readiness, so it imports training, and this seam keeps the dependency one
way (as core.weekly_targets does for goals)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session

from mitai_app.core.modules import first_answer


def measured_resting_heart_rate(
    *, session: Session, profile_id: uuid.UUID | str, today: date, within_days: int
) -> int | None:
    """The latest resting heart rate measured on or before `today` and less
    than `within_days` before it; None when none is that recent."""
    return first_answer(
        "resting_heart_rate",
        session=session,
        profile_id=profile_id,
        today=today,
        within_days=within_days,
    )
