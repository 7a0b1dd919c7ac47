"""The weight goal goals publishes (core.weight_goal), on SQLite and
PostgreSQL: the Body page draws the goal the profile follows, the primary
one first; nutrition derives its kcal target from a primary weight goal only."""

from __future__ import annotations

from mitai_app.core.weight_goal import primary_weight_goal, weight_goal
from mitai_app.goals.models import Goal
from tests.factories import new_profile


def _goal(session, owner, target: float, **fields) -> None:
    session.add(
        Goal(profile_id=owner, title="Goal", goal_type="weight", target_value=target, **fields)
    )
    session.commit()


def test_without_a_weight_goal_nothing_is_followed(session):
    owner = new_profile(session)
    _goal(session, new_profile(session), 70, status="active", is_primary=True)  # someone else's
    assert weight_goal(session=session, profile_id=owner) is None
    assert primary_weight_goal(session=session, profile_id=owner) is None


def test_a_weight_goal_that_is_not_primary_is_drawn_but_sets_no_kcal_target(session):
    owner = new_profile(session)
    _goal(session, owner, 80, status="active", priority=1)
    _goal(session, owner, 78, status="active", priority=2)
    followed = weight_goal(session=session, profile_id=owner)
    assert (followed.target_kg, followed.primary) == (78.0, False)  # the higher priority
    assert primary_weight_goal(session=session, profile_id=owner) is None


def test_the_primary_weight_goal_comes_first_and_sets_the_kcal_target(session):
    owner = new_profile(session)
    _goal(session, owner, 78, status="active", priority=5)
    _goal(session, owner, 82, status="active", priority=1, is_primary=True)
    _goal(session, owner, 60, status="completed", priority=9)
    assert weight_goal(session=session, profile_id=owner).target_kg == 82.0
    assert primary_weight_goal(session=session, profile_id=owner).target_kg == 82.0
