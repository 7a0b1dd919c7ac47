"""Focus areas on SQLite and PostgreSQL: the 26 areas come in their 7
categories with the profile's weights; weights adding up to 100 are kept,
negative ones or ones that do not add up are refused at their field
without a write, and one profile's weights are its own. A goal contributes
to its type's areas, and "where effort goes" sets the focus beside the
active goals and the last 4 weeks of training by category."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlmodel import select

from mitai_app.body.service import add_weight
from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.goals import focus, service
from mitai_app.goals.models import FocusAreaDefinition, GoalFocusContribution
from mitai_app.training.service import add_activity
from tests.factories import new_profile

TODAY = date(2026, 3, 26)


def _weights(groups) -> dict[str, float]:
    return {area.key: area.weight for group in groups for area in group.areas}


def test_weights_adding_up_to_100_are_kept_in_their_categories(session):
    owner = new_profile(session, email="fa1@example.com")
    other = new_profile(session, email="fa2@example.com")
    groups = focus.focus_weights(session=session, profile_id=owner)
    assert len(groups) == 7 and sum(len(g.areas) for g in groups) == 26
    first, second = groups[0].areas[0].key, groups[1].areas[0].key
    kept = focus.set_focus_weights(
        session=session, profile_id=owner, typed={first: "60", second: "40,0"}
    )
    assert {k: v for k, v in _weights(kept).items() if v} == {first: 60.0, second: 40.0}
    focus.set_focus_weights(session=session, profile_id=owner, typed={first: "100"})
    assert {
        k: v
        for k, v in _weights(focus.focus_weights(session=session, profile_id=owner)).items()
        if v
    } == {first: 100.0}
    assert not any(_weights(focus.focus_weights(session=session, profile_id=other)).values())


@pytest.mark.parametrize(
    ("typed", "field", "code"),
    [
        ({"A": "-10", "B": "110"}, "A", "goals.focus.error.range"),
        ({"A": "x"}, "A", "goals.focus.error.number"),
        ({"A": "50", "B": "30"}, "focus_total", "goals.focus.error.total"),
    ],
)
def test_bad_weights_are_refused_at_their_field_without_a_write(session, typed, field, code):
    owner = new_profile(session, email=f"fa3-{code[-5:]}-{field}@example.com")
    groups = focus.focus_weights(session=session, profile_id=owner)
    keys = {"A": groups[0].areas[0].key, "B": groups[2].areas[0].key}
    with pytest.raises(UserError) as refused:
        focus.set_focus_weights(
            session=session, profile_id=owner, typed={keys[k]: v for k, v in typed.items()}
        )
    assert (refused.value.field, refused.value.code) == (keys.get(field, field), code)
    assert not any(_weights(focus.focus_weights(session=session, profile_id=owner)).values())


def _weight_goal(session, owner) -> str:
    for i in range(8):
        add_weight(
            session=session,
            profile_id=owner,
            day=TODAY - timedelta(days=7 - i),
            kg=90 - i * 0.1,
            today=TODAY,
        )
    return service.create_goal(
        session=session,
        profile_id=owner,
        goal_type="weight",
        title="Leichter",
        target_value="85",
        today=TODAY,
    ).id


def test_a_goal_contributes_to_its_areas_and_effort_sets_focus_beside_goals_and_training(
    session,
):
    owner = new_profile(session, email="fa5@example.com")
    goal_id = _weight_goal(session, owner)
    stored = session.exec(
        select(FocusAreaDefinition.key, GoalFocusContribution.contribution_weight)
        .join(FocusAreaDefinition)
        .where(GoalFocusContribution.goal_id == uuid.UUID(goal_id))
    ).all()
    assert dict(stored) == {"weight_loss": 70.0, "fat_loss": 30.0}
    focus.set_focus_weights(
        session=session, profile_id=owner, typed={"weight_loss": "50", "max_strength": "50"}
    )
    before = {c.key: c for c in focus.effort(session=session, profile_id=owner, today=TODAY)}
    assert before["body_composition"].focus == 50 and before["strength"].focus == 50
    assert before["body_composition"].goals == 100 and before["strength"].goals == 0
    assert all(c.training is None for c in before.values())  # no training yet

    entry = logs.LogInput(
        TODAY, {"duration": [45]}, {"training_type": "running", "session_mood": "none"}
    )
    add_activity(session=session, profile_id=owner, entry=entry, today=TODAY)
    after = focus.effort(session=session, profile_id=owner, today=TODAY)
    trained = {c.key: c.training for c in after}
    assert sum(trained.values()) == pytest.approx(100, abs=0.5)
    assert trained["endurance"] == max(trained.values())  # running works endurance most

    service.delete_goal(session=session, profile_id=owner, goal_id=goal_id)
    assert not session.exec(select(GoalFocusContribution)).all()
    assert all(c.goals == 0 for c in focus.effort(session=session, profile_id=owner, today=TODAY))


def _edit(session, owner, goal_id, shares, title="Leichter"):
    return service.update_goal(
        session=session,
        profile_id=owner,
        goal_id=goal_id,
        title=title,
        target_value="85",
        target_date="",
        today=TODAY,
        contributions=shares,
    )


def test_a_goals_contributions_are_edited_and_effort_follows(session):
    owner = new_profile(session, email="fa6@example.com")
    goal_id = _weight_goal(session, owner)
    shown = _weights(focus.goal_contributions(session=session, profile_id=owner, goal_id=goal_id))
    assert {k: v for k, v in shown.items() if v} == {"weight_loss": 70.0, "fat_loss": 30.0}
    assert len(shown) == 26
    _edit(session, owner, goal_id, {"weight_loss": "40", "max_strength": "60"})
    shown = _weights(focus.goal_contributions(session=session, profile_id=owner, goal_id=goal_id))
    assert {k: v for k, v in shown.items() if v} == {"weight_loss": 40.0, "max_strength": 60.0}
    effort = {c.key: c for c in focus.effort(session=session, profile_id=owner, today=TODAY)}
    assert effort["body_composition"].goals == 40 and effort["strength"].goals == 60


@pytest.mark.parametrize(
    ("shares", "field", "code"),
    [
        ({"weight_loss": "-10", "fat_loss": "110"}, "weight_loss", "goals.focus.error.range"),
        ({"weight_loss": "viel"}, "weight_loss", "goals.focus.error.number"),
        ({"weight_loss": "50", "fat_loss": "30"}, "focus_total", "goals.focus.error.total"),
    ],
)
def test_bad_contributions_are_refused_at_their_field_and_nothing_is_stored(
    session, shares, field, code
):
    owner = new_profile(session, email=f"fa7-{code[-5:]}@example.com")
    goal_id = _weight_goal(session, owner)
    with pytest.raises(UserError) as refused:
        _edit(session, owner, goal_id, shares, title="Renamed")
    assert (refused.value.field, refused.value.code) == (field, code)
    session.rollback()
    shown = _weights(focus.goal_contributions(session=session, profile_id=owner, goal_id=goal_id))
    assert {k: v for k, v in shown.items() if v} == {"weight_loss": 70.0, "fat_loss": 30.0}
    listed = service.goals_overview(session=session, profile_id=owner, today=TODAY)
    assert [g.title for g in listed] == ["Leichter"]  # the title was not half-written either


def test_another_profiles_goal_contributions_are_not_found(session):
    owner = new_profile(session, email="fa8@example.com")
    other = new_profile(session, email="fa9@example.com")
    goal_id = _weight_goal(session, owner)
    with pytest.raises(UserError) as refused:
        focus.goal_contributions(session=session, profile_id=other, goal_id=goal_id)
    assert refused.value.code == "record.error.not_found"
    with pytest.raises(UserError):
        _edit(session, other, goal_id, {"weight_loss": "100"})
