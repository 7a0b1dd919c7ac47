"""The goals catalogues: focus areas with their categories
(`focus_areas.json`) and goal types (`goal_types.json`), which admins own
once seeded (entries in display order; the seeds number them from 1), and
the fitness tests with their protocols and norms (`fitness_tests.json`),
read from the file (results keep the category computed when they were
stored)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from mitai_app.core.reference import Bilingual, Key, Record, read, unique
from mitai_app.core.text import Text


class FocusCategory(Record):
    key: Key
    name: Bilingual


class FocusArea(Record):
    key: Key
    name: Bilingual
    category: Key
    description: Bilingual


class FocusAreasFile(Record):
    categories: tuple[FocusCategory, ...]
    areas: tuple[FocusArea, ...]

    @model_validator(mode="after")
    def _consistent(self) -> FocusAreasFile:
        unique([c.key for c in self.categories], "focus area category")
        unique([a.key for a in self.areas], "focus area")
        known = {c.key for c in self.categories}
        for area in self.areas:
            if area.category not in known:
                raise ValueError(f"focus area {area.key!r}: unknown category {area.category!r}")
        return self


class GoalType(Record):
    """A goal type. `direction` says which way progress counts ('target':
    reach and hold a value). With `source_table` set but no `source_column`
    the value is computed from that table (e.g. counted); with neither it is
    computed from other values or tracked by hand in goal_progress_log."""

    key: Key
    name: Bilingual
    category: Key
    unit: Annotated[str, Field(min_length=1, max_length=20)] | None
    description: Bilingual
    direction: str  # one of models.GOAL_DIRECTIONS (the table checks it)
    source_table: Key | None
    source_column: Key | None
    # The focus areas a goal of this type works on, by key, in percent of
    # the goal (adding up to 100); a new goal's contributions start from it.
    focus: dict[Key, Annotated[int, Field(ge=1, le=100)]] = {}

    @model_validator(mode="after")
    def _column_needs_table(self) -> GoalType:
        if self.source_column and not self.source_table:
            raise ValueError(f"goal type {self.key!r}: a source column needs its table")
        if self.focus and sum(self.focus.values()) != 100:
            raise ValueError(f"goal type {self.key!r}: its focus shares must add up to 100")
        return self


class GoalTypesFile(Record):
    types: tuple[GoalType, ...]

    @model_validator(mode="after")
    def _unique(self) -> GoalTypesFile:
        unique([t.key for t in self.types], "goal type")
        return self


class NormCategory(Record):
    key: Key
    name: Bilingual


class NormRow(Record):
    """The norms of one sex and age band (whole years, both ends included).
    `bounds` has one entry fewer than the test's categories: the test's
    category i + 1 starts at bound i, a result at a bound counts into the
    better category (rising bounds where higher is better, falling ones
    where lower is better)."""

    sex: Literal["male", "female"]
    ages: tuple[int, int]
    bounds: tuple[float, ...]


class FitnessTestDef(Record):
    """A standard fitness test: its protocol, the unit and plausible range
    of a result (`input`: how it is typed — 'time' as m:ss, stored in
    seconds), and its norms by sex and age from the cited `source`."""

    key: Key
    name: Bilingual
    unit: Annotated[str, Field(min_length=1, max_length=20)]
    input: Literal["number", "decimal", "count", "time"]
    better: Literal["higher", "lower"]
    plausible: tuple[float, float]
    protocol: Bilingual
    source: Annotated[str, Field(min_length=10)]
    categories: tuple[Key, ...]  # worst first
    norms: tuple[NormRow, ...]

    @model_validator(mode="after")
    def _consistent(self) -> FitnessTestDef:
        low, high = self.plausible
        if low >= high:
            raise ValueError(f"fitness test {self.key!r}: empty plausible range")
        unique(list(self.categories), f"{self.key} category")
        for row in self.norms:
            where = f"fitness test {self.key!r} {row.sex} {row.ages}"
            if len(row.bounds) != len(self.categories) - 1:
                raise ValueError(f"{where}: {len(row.bounds)} bounds for the categories")
            steps = list(zip(row.bounds, row.bounds[1:], strict=False))
            higher = self.better == "higher"
            if not all(a < b if higher else a > b for a, b in steps):
                raise ValueError(f"{where}: bounds out of order")
            if row.ages[0] > row.ages[1]:
                raise ValueError(f"{where}: ages out of order")
        for sex in ("male", "female"):
            bands = sorted(r.ages for r in self.norms if r.sex == sex)
            for (_, end), (start, _) in zip(bands, bands[1:], strict=False):
                if start <= end:
                    raise ValueError(f"fitness test {self.key!r} {sex}: age bands overlap")
        return self


class FitnessTestsFile(Record):
    categories: tuple[NormCategory, ...]
    tests: tuple[FitnessTestDef, ...]

    @model_validator(mode="after")
    def _known(self) -> FitnessTestsFile:
        unique([c.key for c in self.categories], "norm category")
        unique([t.key for t in self.tests], "fitness test")
        known = {c.key for c in self.categories}
        for test in self.tests:
            for key in test.categories:
                if key not in known:
                    raise ValueError(f"fitness test {test.key!r}: unknown category {key!r}")
        return self


_FOCUS = read(__file__, "focus_areas.json", FocusAreasFile)
FOCUS_AREA_CATEGORIES: tuple[FocusCategory, ...] = _FOCUS.categories
FOCUS_AREAS: tuple[FocusArea, ...] = _FOCUS.areas
GOAL_TYPES: tuple[GoalType, ...] = read(__file__, "goal_types.json", GoalTypesFile).types
_TESTS = read(__file__, "fitness_tests.json", FitnessTestsFile)
NORM_CATEGORIES: dict[str, Text] = {c.key: c.name for c in _TESTS.categories}
FITNESS_TESTS: dict[str, FitnessTestDef] = {t.key: t for t in _TESTS.tests}
