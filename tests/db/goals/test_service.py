"""Goals on SQLite and PostgreSQL: a goal filled from the user's weights
follows a new weight, a custom goal logs one value a day, bad input is
answered at its field, one goal is primary, and another profile's goals
answer "not found"."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import select

from mitai_app.body.service import add_weight
from mitai_app.core.access import FeatureRefused
from mitai_app.core.errors import UserError
from mitai_app.goals import service
from mitai_app.goals.consts import NOT_ENOUGH_DATA, ON_TRACK
from mitai_app.goals.models import Goal, GoalProgress
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def _weights(session, owner, days: int = 21, first: float = 90.0, per_day: float = -0.1):
    for i in range(days):
        day = TODAY - timedelta(days=days - 1 - i)
        add_weight(session=session, profile_id=owner, day=day, kg=first + per_day * i, today=TODAY)


def _weight_goal(session, owner, target="85", **kwargs):
    return service.create_goal(
        session=session,
        profile_id=owner,
        goal_type="weight",
        title="Sommerform",
        target_value=target,
        today=TODAY,
        **kwargs,
    )


def _refused(call, **kwargs) -> tuple[str, str]:
    with pytest.raises(UserError) as raised:
        call(**kwargs)
    return raised.value.field, raised.value.code


def test_a_weight_goal_starts_from_the_data_and_follows_a_new_weight(session):
    owner = new_profile(session, email="g1@example.com")
    _weights(session, owner)
    goal = _weight_goal(session, owner)
    assert goal.start_value == 88.0 and goal.is_primary
    assert goal.progress.status == ON_TRACK and goal.progress.projected is not None

    add_weight(
        session=session,
        profile_id=owner,
        day=TODAY + timedelta(days=1),
        kg=87.0,
        today=TODAY + timedelta(days=1),
    )
    (shown,) = service.goals_overview(
        session=session, profile_id=owner, today=TODAY + timedelta(days=1)
    )
    assert shown.progress.current == 87.0
    assert shown.progress.percent == pytest.approx(33.3, abs=0.1)


def test_reaching_the_target_completes_the_goal_and_it_can_be_reopened(session):
    owner = new_profile(session, email="g2@example.com")
    _weights(session, owner)
    goal = _weight_goal(session, owner, target="87.5")
    later = TODAY + timedelta(days=1)
    add_weight(session=session, profile_id=owner, day=later, kg=87.0, today=later)
    (done,) = service.goals_overview(session=session, profile_id=owner, today=later)
    assert done.status == "completed"
    reopened = service.set_status(
        session=session, profile_id=owner, goal_id=goal.id, status="active", today=later
    )
    assert reopened.status == "active"
    (still,) = service.goals_overview(session=session, profile_id=owner, today=later)
    assert still.status == "active"


def test_a_goal_without_data_or_source_says_so(session):
    owner = new_profile(session, email="g3@example.com")
    assert _refused(_weight_goal, session=session, owner=owner) == (
        "goal_type",
        "goals.error.no_data",
    )
    assert _refused(
        service.create_goal,
        session=session,
        profile_id=owner,
        goal_type="hrv",
        title="Erholung",
        target_value="50",
        today=TODAY,
    ) == ("goal_type", "goals.error.no_source")
    offered = {t.key for t in service.goal_types()}
    assert {"weight", "lean_mass", "vo2max", "steps", "weekly_minutes", "custom"} <= offered
    assert "hrv" not in offered


def test_bad_input_is_answered_at_its_field(session):
    owner = new_profile(session, email="g4@example.com")
    _weights(session, owner)
    assert _refused(_weight_goal, session=session, owner=owner, target="88") == (
        "target_value",
        "goals.error.target_is_start",
    )
    assert _refused(
        _weight_goal, session=session, owner=owner, target_date=TODAY - timedelta(days=1)
    ) == ("target_date", "goals.error.date_past")
    for typed in ("", "eighty"):
        assert _refused(_weight_goal, session=session, owner=owner, target=typed) == (
            "target_value",
            "goals.error.value_required",
        )


def test_editing_changes_title_target_and_date_and_keeps_the_start(session):
    owner = new_profile(session, email="g10@example.com")
    _weights(session, owner)
    goal = _weight_goal(session, owner)
    edited = service.update_goal(
        session=session,
        profile_id=owner,
        goal_id=goal.id,
        title="Herbstform",
        target_value="84,5",
        target_date=(TODAY + timedelta(days=90)).isoformat(),
        today=TODAY,
    )
    assert (edited.title, edited.target_value, edited.start_value) == ("Herbstform", 84.5, 88.0)
    assert edited.target_date == TODAY + timedelta(days=90)
    assert _refused(
        service.update_goal,
        session=session,
        profile_id=owner,
        goal_id=goal.id,
        title="Herbstform",
        target_value="88",
        target_date="",
        today=TODAY,
    ) == ("target_value", "goals.error.target_is_start")


def test_a_custom_goal_keeps_one_value_a_day(session):
    owner = new_profile(session, email="g5@example.com")
    goal = service.create_goal(
        session=session,
        profile_id=owner,
        goal_type="custom",
        title="Klimmzüge",
        start_value="3",
        target_value="10",
        today=TODAY,
    )
    assert goal.progress.status == NOT_ENOUGH_DATA
    for value in ("4", "5"):
        shown = service.log_progress(
            session=session, profile_id=owner, goal_id=goal.id, value=value, day=TODAY, today=TODAY
        )
    assert shown.progress.current == 5.0
    rows = session.exec(
        select(GoalProgress).where(GoalProgress.goal_id == uuid.UUID(goal.id))
    ).all()
    assert len(rows) == 1
    done = service.log_progress(
        session=session, profile_id=owner, goal_id=goal.id, value="10", day=TODAY, today=TODAY
    )
    assert done.status == "completed"


def test_one_primary_goal_per_profile(session):
    owner = new_profile(session, email="g6@example.com")
    _weights(session, owner)
    first = _weight_goal(session, owner)
    # A second primary goal is asked about first: refused naming the current one, nothing kept.
    with pytest.raises(UserError) as raised:
        _weight_goal(session, owner, target="80", primary=True)
    assert (raised.value.field, raised.value.code) == ("primary", "goals.error.primary_taken")
    assert raised.value.values == {"title": "Sommerform"}
    assert len(service.goals_overview(session=session, profile_id=owner, today=TODAY)) == 1
    second = _weight_goal(session, owner, target="80", primary=True, replace_primary=True)
    goals = service.goals_overview(session=session, profile_id=owner, today=TODAY)
    assert [g.id for g in goals if g.is_primary] == [second.id]
    service.make_primary(session=session, profile_id=owner, goal_id=first.id, today=TODAY)
    primary = service.primary_goal(session=session, profile_id=owner, today=TODAY)
    assert primary.id == first.id


def test_creating_goals_is_charged(session):
    owner = new_profile(session, email="g7@example.com")
    _weights(session, owner)
    for target in ("85", "84", "83"):  # the free tier's limit: 3 goals
        _weight_goal(session, owner, target=target)
    with pytest.raises(FeatureRefused):
        _weight_goal(session, owner, target="82")


def test_another_profiles_goal_is_not_found(session):
    owner = new_profile(session, email="g8@example.com")
    other = new_profile(session, email="g9@example.com")
    _weights(session, owner)
    goal = _weight_goal(session, owner)
    for call, extra in (
        (service.set_status, {"status": "paused", "today": TODAY}),
        (service.make_primary, {"today": TODAY}),
        (service.delete_goal, {}),
        (
            service.update_goal,
            {"title": "x", "target_value": "80", "target_date": None, "today": TODAY},
        ),
        (service.log_progress, {"value": "1", "day": TODAY, "today": TODAY}),
    ):
        with pytest.raises(UserError) as raised:
            call(session=session, profile_id=other, goal_id=goal.id, **extra)
        assert raised.value.code == "record.error.not_found"
    assert service.goals_overview(session=session, profile_id=other, today=TODAY) == []
    service.delete_goal(session=session, profile_id=owner, goal_id=goal.id)
    assert service.goals_overview(session=session, profile_id=owner, today=TODAY) == []


def _statements(session, call) -> int:
    """How many SQL statements `call` sends."""
    sent = []

    def count(*_args):
        sent.append(1)

    engine = session.get_bind()
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        call()
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    return len(sent)


def test_the_goals_list_reads_each_source_once_however_many_goals_follow_it(session):
    owner = new_profile(session, email="g10@example.com")
    _weights(session, owner)
    session.expunge_all()

    def add(kind: str, n: int) -> None:
        for i in range(n):
            session.add(
                Goal(
                    profile_id=owner,
                    title=f"{kind} {i}",
                    goal_type=kind,
                    start_date=TODAY,
                    start_value=90,
                    target_value=80 + i,
                )
            )
        session.commit()

    def overview() -> None:
        session.expire_all()
        assert service.goals_overview(session=session, profile_id=owner, today=TODAY)

    add("weight", 1)
    add("custom", 1)
    few = _statements(session, overview)
    add("weight", 4)
    add("custom", 4)
    assert _statements(session, overview) == few
