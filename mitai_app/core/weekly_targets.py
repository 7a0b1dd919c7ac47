"""The weekly targets in force, published by the module that keeps weekly
goals (its manifest's `weekly_targets`). Training's dashboard card shows the
week's sessions and minutes against them; goals reads training's sessions,
so training cannot import goals, and this seam keeps the dependency one way
(as core.weight_goal does for nutrition)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session

from mitai_app.core.modules import first_answer

WORKOUTS, ACTIVE_MINUTES = "workouts", "active_minutes"  # the targets about training


def weekly_targets(*, session: Session, profile_id: uuid.UUID | str, today: date) -> dict[str, int]:
    """The targets `today`'s week is judged by, by kind (e.g. {"workouts": 3});
    {} when none are set."""
    return first_answer("weekly_targets", session=session, profile_id=profile_id, today=today) or {}
