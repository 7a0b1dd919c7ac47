"""The primary goal's target weight, published by the module that keeps
goals (its manifest's `weight_goal`). Nutrition derives its kcal target from
it; goals reads nutrition's totals, so nutrition cannot import goals, and
this seam keeps the dependency one way."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from mitai_app.core.modules import contributions


@dataclass(frozen=True)
class WeightGoal:
    target_kg: float
    target_date: date | None  # None: no date set, a steady safe rate is assumed


def primary_weight_goal(*, session: Session, profile_id: uuid.UUID | str) -> WeightGoal | None:
    """The profile's primary goal when it is a body-weight goal, else None."""
    for _, read in contributions("weight_goal"):
        found = read(session=session, profile_id=profile_id)
        if found is not None:
            return found
    return None
