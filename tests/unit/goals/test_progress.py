"""A goal's progress, projection and status on synthetic series: reached,
on track, behind, flat, noisy and too short."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.goals.consts import BEHIND, NOT_ENOUGH_DATA, ON_TRACK, REACHED
from mitai_app.goals.progress import assess, percent, reached

TODAY = date(2026, 6, 30)


def series(first: float, per_day: float, days: int, noise: float = 0.0) -> list:
    start = TODAY - timedelta(days=days - 1)
    return [
        (start + timedelta(days=i), first + per_day * i + (noise if i % 2 else -noise))
        for i in range(days)
    ]


def test_percent_runs_from_start_to_target_either_way():
    assert percent(90, 85, 80) == 50
    assert percent(60, 75, 80) == 75
    assert percent(90, 95, 80) == 0  # moving away
    assert percent(90, 78, 80) == 100  # past the target


def test_reached_follows_the_direction():
    assert reached(90, 80, 80) and not reached(90, 81, 80)
    assert reached(3, 4, 4) and not reached(3, 3.5, 4)


def test_a_steady_loss_is_on_track_with_a_projected_date():
    points = series(90, -0.1, 28)  # 0.7 kg a week, 87.3 kg now
    progress = assess(
        points, start=90, target=85, target_date=TODAY + timedelta(weeks=8), today=TODAY
    )
    assert progress.status == ON_TRACK
    assert progress.weekly_rate == pytest.approx(-0.7)
    assert progress.percent == pytest.approx(54, abs=1)
    # About 2.3 kg to go from a trend that lags the weights by a little: 3–5 weeks.
    assert TODAY + timedelta(weeks=3) <= progress.projected <= TODAY + timedelta(weeks=5)


def test_the_same_loss_with_a_close_target_date_is_behind():
    points = series(90, -0.1, 28)
    progress = assess(
        points, start=90, target=85, target_date=TODAY + timedelta(days=7), today=TODAY
    )
    assert progress.status == BEHIND
    assert progress.projected is not None and progress.projected > TODAY + timedelta(days=7)


def test_a_flat_or_wrong_way_series_is_behind_without_a_date():
    flat = assess(series(90, 0, 28), start=90, target=85, target_date=None, today=TODAY)
    away = assess(series(90, 0.05, 28), start=90, target=85, target_date=None, today=TODAY)
    assert (flat.status, flat.projected) == (BEHIND, None)
    assert (away.status, away.projected, away.percent) == (BEHIND, None, 0)


def test_noise_does_not_change_the_verdict():
    noisy = assess(
        series(90, -0.1, 28, noise=0.8), start=90, target=85, target_date=None, today=TODAY
    )
    assert noisy.status == ON_TRACK
    assert noisy.weekly_rate == pytest.approx(-0.7, abs=0.15)


def test_reaching_the_target_says_so():
    progress = assess(series(82, -0.1, 28), start=90, target=80, target_date=None, today=TODAY)
    assert (progress.status, progress.percent) == (REACHED, 100)


@pytest.mark.parametrize("days", [0, 1, 5])
def test_too_short_a_series_is_not_enough_data(days):
    progress = assess(series(90, -0.1, days), start=90, target=85, target_date=None, today=TODAY)
    assert progress.status == NOT_ENOUGH_DATA
    assert progress.projected is None


def test_an_increase_goal_projects_forward():
    points = series(2, 0.05, 21)  # sessions per week rising
    progress = assess(points, start=2, target=4, target_date=None, today=TODAY)
    assert progress.status == ON_TRACK and progress.projected > TODAY
