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
workouts of the same length within three minutes.

And which workout a moment belongs to (`owned_stretches`), for the
heart-rate samples that give a workout its time in zones. Pure.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise
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


def owned_stretches(spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Workouts' times, (start, end) in seconds with both ends included, as
    disjoint stretches (first, last second, index of the workout in
    `spans`) in time order: a moment inside several workouts belongs to the
    one that started last before it (of those starting together, the first
    in `spans`). Overlapping workouts are one left running while the next
    was recorded (a walk not stopped before a run, a second app's session
    inside a long one): the samples of that time describe the newer one,
    and the older keeps its own before and after. A moment in no workout is
    in no stretch."""
    starts = sorted(range(len(spans)), key=lambda n: spans[n][0])
    # The moments where the owner may change: a start, and the second after an end.
    moments = sorted({s for s, _ in spans} | {e + 1 for _, e in spans})
    running: list[tuple[int, int]] = []  # (-start, index): the latest start on top
    stretches: list[tuple[int, int, int]] = []
    following = 0
    for at, until in pairwise(moments):
        while following < len(starts) and spans[starts[following]][0] <= at:
            n = starts[following]
            heapq.heappush(running, (-spans[n][0], n))
            following += 1
        while running and spans[running[0][1]][1] < at:
            heapq.heappop(running)  # ended: those beneath the top go when they reach it
        if not running:
            continue
        owner = running[0][1]
        if stretches and stretches[-1][2] == owner and stretches[-1][1] == at - 1:
            stretches[-1] = (stretches[-1][0], until - 1, owner)
        else:
            stretches.append((at, until - 1, owner))
    return stretches
