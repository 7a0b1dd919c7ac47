"""When two files hold the same workout: the rule that keeps one row.

The same run reaches the app as a FIT file and a line of Strava's
activities.csv, or from Health Auto Export and later the Apple Health
export. Their keys differ (each app names it its own way), so the writer
asks this rule before inserting: a workout is the one already stored when
it starts within START_TOLERANCE of it and, where both know their
duration, the durations differ by at most DURATION_TOLERANCE (or
DURATION_MIN_MINUTES, for short sessions). The type is not compared: each
app names it differently ("Run", "Running", "HKWorkoutActivityTypeRunning")
until the learned names map it, and one person does not start two
workouts of the same length within three minutes. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

START_TOLERANCE = timedelta(minutes=3)  # clocks of watch, phone and app apart
DURATION_TOLERANCE = 0.15  # moving time against elapsed time, auto-pause
DURATION_MIN_MINUTES = 3


@dataclass(frozen=True)
class Workout:
    day: date
    start: time | None
    minutes: int | None


def same_activity(a: Workout, b: Workout) -> bool:
    if a.start is None or b.start is None:
        return False  # without a start time two sessions of a day cannot be told apart
    gap = abs(datetime.combine(a.day, a.start) - datetime.combine(b.day, b.start))
    if gap > START_TOLERANCE:
        return False
    if a.minutes is None or b.minutes is None:
        return True
    allowed = max(DURATION_MIN_MINUTES, DURATION_TOLERANCE * max(a.minutes, b.minutes))
    return abs(a.minutes - b.minutes) <= allowed


def workout(values: dict[str, Any]) -> Workout:
    """An activity_log row's values as the rule reads them."""
    return Workout(values["date"], values.get("start_time"), values.get("duration_minutes"))
