"""What goals publishes through core.weight_goal: the weight goal the user
follows (nutrition derives its kcal target from the primary one, the Body
page draws its line, neither importing goals)."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlmodel import Session, col, select

from mitai_app.core.records import as_uuid
from mitai_app.core.weight_goal import WeightGoal
from mitai_app.goals.models import Goal

WEIGHT = "weight"  # the goal type of body weight (data/goal_types.json)


def followed_weight_goal(*, session: Session, profile_id: uuid.UUID | str) -> WeightGoal | None:
    goal = session.exec(
        select(Goal)
        .where(
            Goal.profile_id == as_uuid(profile_id),
            Goal.goal_type == WEIGHT,
            sa.or_(col(Goal.status).is_(None), Goal.status == "active"),
        )
        .order_by(col(Goal.is_primary).desc(), col(Goal.priority).desc())
        .limit(1)
    ).first()
    if goal is None:
        return None
    return WeightGoal(
        target_kg=float(goal.target_value),
        target_date=goal.target_date,
        primary=bool(goal.is_primary),
    )
