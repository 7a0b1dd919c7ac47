"""The rule that keeps one row for one workout arriving from two formats."""

from __future__ import annotations

from datetime import date, time

import pytest

from mitai_app.imports.matching import Workout, same_activity

RUN = Workout(date(2024, 3, 1), time(7, 2, 11), 60)


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (Workout(date(2024, 3, 1), time(7, 2, 11), 60), True),
        (Workout(date(2024, 3, 1), time(7, 5, 0), 62), True),  # 2:49 later, elapsed time
        (Workout(date(2024, 3, 1), time(7, 5, 12), 60), False),  # 3:01 later
        (Workout(date(2024, 3, 1), time(6, 59, 11), 52), True),  # 15 % shorter (auto-pause)
        (Workout(date(2024, 3, 1), time(7, 2, 11), 50), False),  # 10 minutes shorter
        (Workout(date(2024, 3, 1), time(7, 2, 11), None), True),  # no duration: the start decides
        (Workout(date(2024, 3, 1), None, 60), False),  # no start: cannot be told apart
        (Workout(date(2024, 3, 2), time(7, 2, 11), 60), False),  # a day later
    ],
)
def test_the_same_workout_starts_within_three_minutes_and_lasts_about_as_long(other, same):
    assert same_activity(RUN, other) is same
    assert same_activity(other, RUN) is same


def test_a_short_session_may_differ_by_three_minutes_and_midnight_is_no_border():
    short = Workout(date(2024, 3, 1), time(23, 59), 10)
    assert same_activity(short, Workout(date(2024, 3, 2), time(0, 1), 13))
    assert not same_activity(short, Workout(date(2024, 3, 2), time(0, 1), 14))
