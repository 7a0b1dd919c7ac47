"""The rule that keeps one row for one workout arriving from two formats."""

from __future__ import annotations

from datetime import date, time

import pytest

from mitai_app.imports.matching import Workout, owned_stretches, same_activity

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


@pytest.mark.parametrize(
    ("spans", "stretches"),
    [
        ([], []),
        ([(0, 100)], [(0, 100, 0)]),
        # A run (1) inside a walk (0): the walk before and after it.
        ([(0, 100), (40, 60)], [(0, 39, 0), (40, 60, 1), (61, 100, 0)]),
        # The walk left running past the run's start: the run from there on.
        ([(0, 50), (40, 90)], [(0, 39, 0), (40, 90, 1)]),
        # Listed in any order; apart, with a moment in none between them.
        ([(200, 300), (0, 100)], [(0, 100, 1), (200, 300, 0)]),
        # Starting together: the first listed; the longer one past its end.
        ([(0, 60), (0, 100)], [(0, 60, 0), (61, 100, 1)]),
        # Nested twice, the outer ones resuming in turn.
        (
            [(0, 100), (10, 90), (20, 30)],
            [(0, 9, 0), (10, 19, 1), (20, 30, 2), (31, 90, 1), (91, 100, 0)],
        ),
    ],
)
def test_a_moment_inside_overlapping_workouts_belongs_to_the_one_started_last(spans, stretches):
    assert owned_stretches(spans) == stretches
