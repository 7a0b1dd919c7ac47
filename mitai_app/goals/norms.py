"""Fitness tests: a typed result read and checked against the test's
plausible range, its norm category by sex and age (the catalogue in
`data/fitness_tests.json`), the category bands a history chart shades, and
VO2max from a Cooper distance. Pure: no database, no Reflex."""

from __future__ import annotations

from dataclasses import dataclass

from mitai_app.core.errors import UserError
from mitai_app.core.formatting import parse_decimal
from mitai_app.goals.data import FitnessTestDef, NormRow

COOPER = "cooper_12min"  # the test that yields VO2max


def norm_row(test: FitnessTestDef, sex: str | None, age: int | None) -> NormRow | None:
    """The norms for `sex` at `age`, or None where the source has none."""
    if sex is None or age is None:
        return None
    for row in test.norms:
        if row.sex == sex and row.ages[0] <= age <= row.ages[1]:
            return row
    return None


def norm_category(
    test: FitnessTestDef, sex: str | None, age: int | None, value: float
) -> str | None:
    """The category of `value` (a result at a bound counts into the better
    one), or None without norms for that sex and age."""
    row = norm_row(test, sex, age)
    if row is None:
        return None
    if test.better == "higher":
        passed = sum(1 for bound in row.bounds if value >= bound)
    else:
        passed = sum(1 for bound in row.bounds if value <= bound)
    return test.categories[passed]


@dataclass(frozen=True)
class Band:
    category: str
    low: float  # the band's lower and upper edge on the result's axis
    high: float


def bands(test: FitnessTestDef, sex: str | None, age: int | None) -> list[Band]:
    """The categories as stretches of the result axis for a chart, worst
    first; the outer two run to the plausible range's ends."""
    row = norm_row(test, sex, age)
    if row is None:
        return []
    low, high = test.plausible
    if test.better == "higher":
        cuts, names = [low, *row.bounds, high], test.categories
    else:  # falling bounds: the axis runs from the best category up
        cuts, names = [low, *reversed(row.bounds), high], tuple(reversed(test.categories))
    return [Band(name, a, b) for name, a, b in zip(names, cuts, cuts[1:], strict=False)]


def parse_result(test: FitnessTestDef, text: str) -> float:
    """A typed result in the test's unit: a time as m:ss (or plain
    seconds), a count as a whole number, otherwise a number. Refused at the
    field `result` when unreadable or outside the plausible range."""
    text = (text or "").strip()
    try:
        if test.input == "time" and ":" in text:
            minutes, seconds = text.split(":")
            if not minutes.strip().isdigit() or not seconds.strip().isdigit():
                raise ValueError(text)
            if int(seconds) >= 60:
                raise ValueError(text)
            value = int(minutes) * 60 + int(seconds)
        else:
            value = parse_decimal(text)
    except ValueError as error:
        raise UserError("goals.fitness.error.result", field="result") from error
    if value is None:
        raise UserError("goals.fitness.error.result", field="result")
    if test.input in ("count", "time") and value != int(value):
        raise UserError("goals.fitness.error.whole", field="result")
    low, high = test.plausible
    if not low <= value <= high:
        raise UserError(
            "goals.fitness.error.implausible",
            field="result",
            low=f"{low:g}",
            high=f"{high:g}",
            unit=test.unit,
        )
    return float(value)


def cooper_vo2max(distance_m: float) -> float:
    """VO2max (ml/kg/min) from the 12-minute distance: (d − 504.9) / 44.73
    (Cooper 1968, JAMA 203:201–204)."""
    return round((distance_m - 504.9) / 44.73, 1)
