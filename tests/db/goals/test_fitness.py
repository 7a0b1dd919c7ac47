"""Fitness tests on SQLite and PostgreSQL: a result is stored with the norm
category of the profile's sex and age on the test day, a Cooper distance
sets that day's VO2max in the vitals with its source named, implausible
results write nothing, and one profile never sees another's results."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.goals import fitness
from mitai_app.goals.models import FitnessTest
from mitai_app.recovery.logs import VITALS
from mitai_app.recovery.models import VitalsBaseline
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def _man_of_35(session, email: str):
    return new_profile(session, email=email, sex="male", date_of_birth=date(1990, 6, 1))


def test_a_cooper_result_gets_its_category_and_sets_vo2max_keeping_the_days_vitals(session):
    owner = _man_of_35(session, "f1@example.com")
    logs.add(
        VITALS,
        session=session,
        profile_id=owner,
        entry=logs.LogInput(
            day=TODAY, values={"resting_hr": [52]}, choices={"hrv_measure": "rmssd"}
        ),
        today=TODAY,
    )
    recorded = fitness.record_test(
        session=session,
        profile_id=owner,
        test_key="cooper_12min",
        day=TODAY.isoformat(),
        result="2650",
        today=TODAY,
    )
    assert recorded.result.category == "above_average"  # men 30–39: 2300–2700 m
    assert recorded.result.category_name.en == "Above average"
    assert recorded.vo2max == 48.0
    vitals = logs.saved_on(VITALS, session=session, profile_id=owner, day=TODAY)
    assert vitals.values == {"resting_hr": 52.0, "vo2_max": 48.0}
    assert vitals.source == fitness.COOPER_SOURCE


def test_the_category_follows_the_age_on_the_test_day(session):
    owner = _man_of_35(session, "f2@example.com")  # 29 until 1 June 2020
    young, older = (
        fitness.record_test(
            session=session,
            profile_id=owner,
            test_key="push_ups",
            day=day,
            result="30",
            today=TODAY,
        ).result
        for day in (date(2020, 5, 31), date(2020, 6, 1))
    )
    assert (young.category, older.category) == ("very_good", "excellent")


def test_without_sex_and_birth_date_the_result_is_kept_without_a_category(session):
    owner = new_profile(session, email="f3@example.com")
    recorded = fitness.record_test(
        session=session,
        profile_id=owner,
        test_key="plank",
        day=TODAY,
        result="1:45",
        today=TODAY,
    )
    assert (recorded.result.value, recorded.result.category) == (105.0, None)
    history = fitness.history_of(session=session, profile_id=owner, test_key="plank", today=TODAY)
    assert [r.value for r in history.results] == [105.0]
    assert history.bands == []


@pytest.mark.parametrize(
    ("test_key", "typed", "day", "field"),
    [
        ("cooper_12min", "5200", TODAY, "result"),  # over 5 km in 12 minutes
        ("push_ups", "500", TODAY, "result"),
        ("push_ups", "20", date(2026, 3, 30), "date"),  # tomorrow
        ("no_such_test", "20", TODAY, "test"),
    ],
)
def test_refused_input_is_answered_at_its_field_and_writes_nothing(
    session, test_key, typed, day, field
):
    owner = _man_of_35(session, f"f4-{test_key}-{field}@example.com")
    with pytest.raises(UserError) as refused:
        fitness.record_test(
            session=session,
            profile_id=owner,
            test_key=test_key,
            day=day,
            result=typed,
            today=TODAY,
        )
    assert refused.value.field == field
    session.rollback()
    assert session.exec(select(FitnessTest).where(FitnessTest.profile_id == owner)).all() == []
    assert (
        session.exec(select(VitalsBaseline).where(VitalsBaseline.profile_id == owner)).all() == []
    )


def test_history_is_the_profiles_own_newest_first_with_its_bands(session):
    owner = _man_of_35(session, "f5@example.com")
    other = _man_of_35(session, "f6@example.com")
    for day, result in ((date(2026, 1, 10), "2300"), (date(2026, 3, 1), "2500")):
        fitness.record_test(
            session=session,
            profile_id=owner,
            test_key="cooper_12min",
            day=day,
            result=result,
            today=TODAY,
        )
    mine = fitness.history_of(
        session=session, profile_id=owner, test_key="cooper_12min", today=TODAY
    )
    assert [(r.day, r.value) for r in mine.results] == [
        (date(2026, 3, 1), 2500.0),
        (date(2026, 1, 10), 2300.0),
    ]
    assert [b.category for b in mine.bands][-1] == "excellent"
    theirs = fitness.history_of(
        session=session, profile_id=other, test_key="cooper_12min", today=TODAY
    )
    assert theirs.results == []
