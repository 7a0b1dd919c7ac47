"""The goals catalogues admins own once seeded: focus areas with their
categories (`focus_areas.json`) and goal types (`goal_types.json`). Entries
are in display order; the seeds number them from 1."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from mitai_app.core.reference import Bilingual, Key, Record, read, unique


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

    @model_validator(mode="after")
    def _column_needs_table(self) -> GoalType:
        if self.source_column and not self.source_table:
            raise ValueError(f"goal type {self.key!r}: a source column needs its table")
        return self


class GoalTypesFile(Record):
    types: tuple[GoalType, ...]

    @model_validator(mode="after")
    def _unique(self) -> GoalTypesFile:
        unique([t.key for t in self.types], "goal type")
        return self


_FOCUS = read(__file__, "focus_areas.json", FocusAreasFile)
FOCUS_AREA_CATEGORIES: tuple[FocusCategory, ...] = _FOCUS.categories
FOCUS_AREAS: tuple[FocusArea, ...] = _FOCUS.areas
GOAL_TYPES: tuple[GoalType, ...] = read(__file__, "goal_types.json", GoalTypesFile).types
