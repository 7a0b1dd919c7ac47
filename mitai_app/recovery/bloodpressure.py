"""Blood pressure: the category of a reading by a published guideline, and
the home-measurement average the guidelines ask for. Pure: no database.

Categories (office readings, mmHg; a reading takes the higher of its
systolic and diastolic category):

- ESH 2023 (Mancia et al., J Hypertens 2023;41:1874, table 5): optimal
  < 120 and < 80; normal 120–129 and/or 80–84; high normal 130–139 and/or
  85–89; grade 1 140–159 and/or 90–99; grade 2 160–179 and/or 100–109;
  grade 3 ≥ 180 and/or ≥ 110; isolated systolic hypertension ≥ 140 with
  < 90.
- ACC/AHA 2017 (Whelton et al., Hypertension 2018;71:e13): normal < 120
  and < 80; elevated 120–129 and < 80; stage 1 130–139 or 80–89; stage 2
  ≥ 140 or ≥ 90.

Home averages (ESH 2023, section 6.2): a series of 7 days (at least 3)
with morning and evening readings, the first day discarded, the mean of
the rest compared with the home threshold 135/85 mmHg.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mitai_app.recovery.consts import (
    EVENING_HOURS,
    HOME_DAYS,
    HOME_MIN_DAYS,
    HOME_THRESHOLD,
    MORNING_HOURS,
)

ESH_KEYS = (
    "optimal",
    "normal",
    "high_normal",
    "grade_1",
    "grade_2",
    "grade_3",
    "isolated_systolic",
)
ACC_AHA_KEYS = ("normal", "elevated", "stage_1", "stage_2")

# Lower bounds of each ESH grade, systolic and diastolic (optimal starts at 0).
_ESH_STEPS = (
    ("normal", 120, 80),
    ("high_normal", 130, 85),
    ("grade_1", 140, 90),
    ("grade_2", 160, 100),
    ("grade_3", 180, 110),
)
_ESH_ORDER = ("optimal", *(key for key, _, _ in _ESH_STEPS))


def _esh_grade(value: int, column: int) -> int:
    grade = 0
    for index, step in enumerate(_ESH_STEPS, start=1):
        if value >= step[column]:
            grade = index
    return grade


def classify_blood_pressure(systolic: float, diastolic: float, guideline: str = "esh") -> str:
    """The category key of a reading by `guideline` ("esh" or "acc_aha")."""
    if guideline == "esh":
        if systolic >= 140 and diastolic < 90:
            return "isolated_systolic"
        grade = max(_esh_grade(systolic, 1), _esh_grade(diastolic, 2))
        return _ESH_ORDER[grade]
    if guideline == "acc_aha":
        if systolic >= 140 or diastolic >= 90:
            return "stage_2"
        if systolic >= 130 or diastolic >= 80:
            return "stage_1"
        if systolic >= 120:
            return "elevated"
        return "normal"
    raise ValueError(f"unknown guideline {guideline!r}")


# Which categories are a concern, for the badge's colour.
_CONCERN = {
    "optimal": "green",
    "normal": "green",
    "high_normal": "yellow",
    "elevated": "yellow",
    "grade_1": "orange",
    "stage_1": "orange",
    "isolated_systolic": "orange",
    "grade_2": "red",
    "stage_2": "red",
    "grade_3": "red",
}


def colour_of(key: str) -> str:
    return _CONCERN[key]


# --- home averages ------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    at: datetime  # local wall-clock time of the measurement
    systolic: float
    diastolic: float
    afib: bool = False


@dataclass(frozen=True)
class Mean:
    systolic: float
    diastolic: float
    count: int

    @property
    def above_threshold(self) -> bool:
        return self.systolic >= HOME_THRESHOLD[0] or self.diastolic >= HOME_THRESHOLD[1]


@dataclass(frozen=True)
class HomeAverage:
    first_day: date  # the series' first day (discarded)
    last_day: date
    days: int  # days with readings that count (after the first)
    overall: Mean | None
    morning: Mean | None
    evening: Mean | None
    enough: bool  # at least HOME_MIN_DAYS days count
    afib: tuple[Reading, ...]  # readings flagged for AFib (devices may be unreliable)

    @property
    def above_threshold(self) -> bool:
        return self.overall is not None and self.overall.above_threshold


def part_of_day(moment: datetime) -> str:
    """ "morning", "evening" or "" (neither: not part of the home series)."""
    if MORNING_HOURS[0] <= moment.hour < MORNING_HOURS[1]:
        return "morning"
    if EVENING_HOURS[0] <= moment.hour < EVENING_HOURS[1]:
        return "evening"
    return ""


def _mean(readings: Sequence[Reading]) -> Mean | None:
    if not readings:
        return None
    n = len(readings)
    return Mean(
        round(sum(r.systolic for r in readings) / n, 1),
        round(sum(r.diastolic for r in readings) / n, 1),
        n,
    )


def period_means(readings: Sequence[Reading]) -> dict[str, Mean | None]:
    """The means of a whole period: of every reading ("all"), and of the
    morning and evening readings apart (by `part_of_day`)."""
    return {
        "all": _mean(readings),
        "morning": _mean([r for r in readings if part_of_day(r.at) == "morning"]),
        "evening": _mean([r for r in readings if part_of_day(r.at) == "evening"]),
    }


def home_average(readings: Sequence[Reading], last_day: date | None = None) -> HomeAverage | None:
    """The home series of the HOME_DAYS days ending `last_day` (the newest
    reading's day when None): the first day is discarded, the morning and
    evening readings of the others are averaged, together and apart.
    None without readings."""
    if not readings:
        return None
    end = last_day or max(r.at.date() for r in readings)
    first = end - timedelta(days=HOME_DAYS - 1)
    window = [r for r in readings if first <= r.at.date() <= end]
    counted = [r for r in window if r.at.date() > first and part_of_day(r.at)]
    morning = [r for r in counted if part_of_day(r.at) == "morning"]
    evening = [r for r in counted if part_of_day(r.at) == "evening"]
    days = len({r.at.date() for r in counted})
    return HomeAverage(
        first_day=first,
        last_day=end,
        days=days,
        overall=_mean(counted),
        morning=_mean(morning),
        evening=_mean(evening),
        enough=days >= HOME_MIN_DAYS,
        afib=tuple(sorted((r for r in window if r.afib), key=lambda r: r.at)),
    )
