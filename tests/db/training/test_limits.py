"""Training's typed input on SQLite and PostgreSQL (issue #17, section 5):
an exercise, type or workout-name mapping one character too long is refused
at its field, not cut; a workout or a day's activity before the birth date
or 1900 is refused like a body log's entry."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from mitai_app.training import admin, daily_activity, workouts
from mitai_app.training.models import ActivityTypeMapping, Exercise, TrainingType
from mitai_app.training.names import NAME_MAX as MAPPING_NAME_MAX
from tests.db.limits import TODAY, assert_length_enforced, assert_lifetime_enforced
from tests.db.training.test_admin import _form, _listed
from tests.factories import new_profile


def _exercise(session):
    me = new_profile(session)

    def store(text):
        workouts.add_own_exercise(session=session, profile_id=me, name=text, tracks="reps")

    def stored():
        return session.exec(select(Exercise.name).where(Exercise.profile_id == me)).all()

    return store, stored


def _type_name(column: str):
    def case(session):
        boss = new_profile(session, role="admin")
        running = _listed(session, boss, "running")

        def store(text):
            form = _form(running, **{column: text})
            admin.update_type(session=session, admin_id=boss, type_id=running.id, form=form)

        def stored():
            return [getattr(session.get(TrainingType, running.id), column)]

        return store, stored

    return case


def _mapping(session):
    boss = new_profile(session, role="admin")
    running = session.exec(select(TrainingType).where(TrainingType.key == "running")).one()
    mapping = ActivityTypeMapping(activity_type="laufen", training_type_id=running.id)
    session.add(mapping)
    session.commit()
    mapping_id = str(mapping.id)

    def store(text):
        admin.update_mapping(
            session=session, admin_id=boss, mapping_id=mapping_id, name=text, type_key="running"
        )

    def stored():
        found = select(ActivityTypeMapping.activity_type)
        return session.exec(found.where(col(ActivityTypeMapping.profile_id).is_(None))).all()

    return store, stored


@pytest.mark.parametrize(
    ("case", "field", "limit"),
    [
        (_exercise, "exercise_name", workouts.NAME_MAX),
        (_type_name("name"), "name", admin.TYPE_NAME_MAX),
        (_type_name("name_en"), "name_en", admin.TYPE_NAME_MAX),
        (_mapping, "mapping_name", MAPPING_NAME_MAX),
    ],
    ids=["exercise", "type_name", "type_name_en", "mapping_name"],
)
def test_a_name_over_its_limit_is_refused_at_its_field_and_not_stored(session, case, field, limit):
    store, stored = case(session)
    assert_length_enforced(session, store, stored, limit=limit, field=field)


def _workout(session, me, day):
    workouts.start_workout(session=session, profile_id=me, day=day, today=TODAY)


def _day_of_activity(session, me, day):
    daily_activity.record_day(
        session=session, profile_id=me, day=day, values={"steps": 8000}, today=TODAY
    )


@pytest.mark.parametrize("store", [_workout, _day_of_activity], ids=["workout", "daily_activity"])
def test_a_day_outside_the_users_lifetime_is_refused(session, store):
    assert_lifetime_enforced(session, lambda me, day: store(session, me, day))
