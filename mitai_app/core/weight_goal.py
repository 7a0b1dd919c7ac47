"""The weight goal the user follows, published by the module that keeps
goals (its manifest's `weight_goal`). Nutrition derives its kcal target from
the primary goal's target weight, and the Body page draws the goal's line;
goals reads both modules, so neither can import goals, and this seam keeps
the dependency one way."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from mitai_app.core.modules import first_answer


@dataclass(frozen=True)
class WeightGoal:
    target_kg: float
    target_date: date | None  # None: no date set, a steady safe rate is assumed
    primary: bool  # the profile's primary goal (else the active weight goal first in priority)


def weight_goal(*, session: Session, profile_id: uuid.UUID | str) -> WeightGoal | None:
    """The active body-weight goal the profile follows: the primary goal when
    it is one, else the weight goal of the highest priority; None without."""
    return first_answer("weight_goal", session=session, profile_id=profile_id)


def primary_weight_goal(*, session: Session, profile_id: uuid.UUID | str) -> WeightGoal | None:
    """The profile's primary goal when it is a body-weight goal, else None."""
    found = weight_goal(session=session, profile_id=profile_id)
    return found if found is not None and found.primary else None
