"""The sleep score (0–100) of one night, from documented components with
their weights. Pure: no database.

| component | weight | full points | no points |
| --- | --- | --- | --- |
| duration (asleep) against the National Sleep Foundation range for the age (Hirshkowitz et al., Sleep Health 2015;1:40) | 35 | inside the range | 3 h or more outside |
| efficiency: asleep / in bed | 25 | ≥ 85 % (the usual clinical criterion) | ≤ 65 % |
| deep + REM share of the time asleep | 20 | ≥ 40 % | 0 % |
| time awake after falling asleep | 10 | ≤ 20 min | ≥ 80 min |
| regularity: mid-sleep against the mean of the last 14 nights | 10 | ≤ 30 min apart | ≥ 120 min apart |

Between the two ends a component scores linearly. A component that cannot
be computed (no stages recorded, fewer than 3 earlier nights for
regularity) is left out and the others' weights are scaled up to 100.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

WEIGHTS = {"duration": 35, "efficiency": 25, "restorative": 20, "awake": 10, "regularity": 10}
REGULARITY_NIGHTS = 14
REGULARITY_MIN_NIGHTS = 3

# National Sleep Foundation recommended hours by age: (first age, low, high).
NSF_RANGES = (
    (6, 9.0, 11.0),
    (14, 8.0, 10.0),
    (18, 7.0, 9.0),
    (65, 7.0, 8.0),
)


def sleep_need(age: int | None) -> tuple[float, float]:
    """The recommended hours (low, high) for `age`; adults' when unknown."""
    if age is None:
        return 7.0, 9.0
    low, high = NSF_RANGES[0][1:]
    for first, lo, hi in NSF_RANGES:
        if age >= first:
            low, high = lo, hi
    return low, high


@dataclass(frozen=True)
class Night:
    bed: datetime  # local wall-clock time
    wake: datetime
    deep: int | None = None  # minutes per stage, None when not recorded
    rem: int | None = None
    light: int | None = None
    awake: int | None = None
    # The minutes in bed when the wall clock misleads (a night the clocks change).
    minutes_in_bed: int | None = None

    @property
    def in_bed(self) -> int:
        if self.minutes_in_bed is not None:
            return self.minutes_in_bed
        return round((self.wake - self.bed).total_seconds() / 60)

    @property
    def stages_known(self) -> bool:
        return None not in (self.deep, self.rem, self.light)

    @property
    def asleep(self) -> int:
        """Minutes asleep: the stages' sum when known, else in bed minus awake."""
        if self.stages_known:
            return self.deep + self.rem + self.light
        return self.in_bed - (self.awake or 0)


@dataclass(frozen=True)
class Component:
    key: str
    weight: int
    value: float  # the measure: hours, %, minutes
    fraction: float  # 0–1 of the component's points
    points: float  # fraction × weight scaled to the components present


@dataclass(frozen=True)
class SleepScore:
    score: int
    components: tuple[Component, ...]


def _linear(value: float, zero: float, full: float) -> float:
    """1 at `full`, 0 at `zero`, linear between, clipped."""
    if full == zero:
        return 1.0
    return max(0.0, min(1.0, (value - zero) / (full - zero)))


def _minutes_from_midnight(moment: datetime) -> float:
    """Wall-clock minutes, -720 … 720 around midnight (a mid-sleep at 23:30 is -30)."""
    minutes = moment.hour * 60 + moment.minute + moment.second / 60
    return (minutes + 720) % 1440 - 720


def mid_sleep(night: Night) -> float:
    return _minutes_from_midnight(night.bed + (night.wake - night.bed) / 2)


def sleep_score(
    night: Night, *, age: int | None = None, earlier: Sequence[Night] = ()
) -> SleepScore:
    """The night's score and its components; `earlier` are the nights
    before it (the last REGULARITY_NIGHTS are used for regularity)."""
    asleep = night.asleep
    hours = asleep / 60
    low, high = sleep_need(age)
    gap = max(low - hours, hours - high, 0.0)
    measured: list[tuple[str, float, float]] = [
        ("duration", round(hours, 2), _linear(gap, 3.0, 0.0))
    ]
    efficiency = asleep / night.in_bed if night.in_bed > 0 else 0.0
    measured.append(("efficiency", round(efficiency * 100, 1), _linear(efficiency, 0.65, 0.85)))
    if night.stages_known and asleep > 0:
        share = (night.deep + night.rem) / asleep
        measured.append(("restorative", round(share * 100, 1), _linear(share, 0.0, 0.40)))
    if night.awake is not None:
        measured.append(("awake", float(night.awake), _linear(night.awake, 80.0, 20.0)))
    recent = list(earlier)[-REGULARITY_NIGHTS:]
    if len(recent) >= REGULARITY_MIN_NIGHTS:
        usual = sum(mid_sleep(n) for n in recent) / len(recent)
        apart = abs(mid_sleep(night) - usual)
        measured.append(("regularity", round(apart), _linear(apart, 120.0, 30.0)))
    total = sum(WEIGHTS[key] for key, _, _ in measured)
    components = tuple(
        Component(
            key,
            WEIGHTS[key],
            value,
            round(fraction, 3),
            round(fraction * WEIGHTS[key] * 100 / total, 1),
        )
        for key, value, fraction in measured
    )
    score = round(sum(fraction * WEIGHTS[key] for key, _, fraction in measured) * 100 / total)
    return SleepScore(score, components)
