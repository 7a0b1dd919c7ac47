"""Goals' typed input on SQLite and PostgreSQL (issue #17, section 5): a
goal's title (new or changed) or a fitness test's notes one character too
long is refused at its field, not cut; a fitness test before the birth date
or 1900 is refused like a body log's entry."""

from __future__ import annotations

import pytest
from sqlmodel import select

from mitai_app.goals import fitness, service
from mitai_app.goals.consts import NOTES_MAX, TITLE_MAX
from mitai_app.goals.models import FitnessTest, Goal
from tests.db.limits import TODAY, assert_length_enforced, assert_lifetime_enforced
from tests.factories import new_profile


def _custom_goal(session, me, title):
    return service.create_goal(
        session=session,
        profile_id=me,
        goal_type="custom",
        title=title,
        start_value="3",
        target_value="10",
        today=TODAY,
    )


def _titles(session, me):
    return lambda: session.exec(select(Goal.title).where(Goal.profile_id == me)).all()


def _new_title(session):
    me = new_profile(session)
    return lambda text: _custom_goal(session, me, text), _titles(session, me)


def _changed_title(session):
    me = new_profile(session)
    goal = _custom_goal(session, me, "Klimmzüge")

    def store(text):
        service.update_goal(
            session=session,
            profile_id=me,
            goal_id=goal.id,
            title=text,
            target_value="10",
            target_date=None,
            today=TODAY,
        )

    return store, _titles(session, me)


def _record(session, me, day, notes=""):
    fitness.record_test(
        session=session,
        profile_id=me,
        test_key="push_ups",
        day=day,
        result="30",
        notes=notes,
        today=TODAY,
    )


def _test_notes(session):
    me = new_profile(session)

    def stored():
        return session.exec(select(FitnessTest.notes).where(FitnessTest.profile_id == me)).all()

    return lambda text: _record(session, me, TODAY, text), stored


@pytest.mark.parametrize(
    ("case", "field", "limit"),
    [
        (_new_title, "title", TITLE_MAX),
        (_changed_title, "title", TITLE_MAX),
        (_test_notes, "notes", NOTES_MAX),
    ],
    ids=["new_title", "changed_title", "fitness_notes"],
)
def test_a_text_over_its_limit_is_refused_at_its_field_and_not_stored(session, case, field, limit):
    store, stored = case(session)
    assert_length_enforced(session, store, stored, limit=limit, field=field)


def test_a_fitness_test_outside_the_users_lifetime_is_refused(session):
    assert_lifetime_enforced(session, lambda me, day: _record(session, me, day))
