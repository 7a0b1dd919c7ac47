"""The training catalogues admins own once seeded: the training types with
their categories and abilities matrix (`training_types.json`) and the
activity quality filter's parameters (`training_parameters.json`), and the
common strength exercises with what each records (`exercises.json`)."""

from __future__ import annotations

import json
from typing import Annotated, Any

from pydantic import Field, model_validator

from mitai_app.core.reference import Bilingual, Key, Record, read, unique
from mitai_app.training.consts import ABILITY_KEYS, PARAMETER_CATEGORIES, TRACKS

Color = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]


class TrainingCategory(Record):
    key: Key
    name: Bilingual
    color: Color
    icon: str = Field(min_length=1)


class TrainingType(Record):
    """A training type; `abilities` rates it 0..100 on each of ABILITY_KEYS."""

    key: Key
    name: Bilingual
    category: Key
    color: Color
    icon: str = Field(min_length=1, max_length=50)
    # Metabolic equivalent (Ainsworth et al., 2011 Compendium of Physical Activities).
    met: float = Field(gt=0, le=25)
    description: Bilingual
    abilities: dict[str, Annotated[int, Field(strict=True, ge=0, le=100)]]

    @model_validator(mode="after")
    def _full_matrix(self) -> TrainingType:
        if set(self.abilities) != set(ABILITY_KEYS):
            raise ValueError(f"{self.key}: abilities must rate exactly {ABILITY_KEYS}")
        return self


class TrainingTypesFile(Record):
    categories: tuple[TrainingCategory, ...]  # in display order
    types: tuple[TrainingType, ...]

    @model_validator(mode="after")
    def _consistent(self) -> TrainingTypesFile:
        unique([c.key for c in self.categories], "training category")
        unique([t.key for t in self.types], "training type")
        known = {c.key for c in self.categories}
        for t in self.types:
            if t.category not in known:
                raise ValueError(f"training type {t.key!r}: unknown category {t.category!r}")
        return self


class Exercise(Record):
    """A common exercise and what its sets record (one of TRACKS)."""

    key: Key
    name: Bilingual
    tracks: str

    @model_validator(mode="after")
    def _known_tracks(self) -> Exercise:
        if self.tracks not in TRACKS:
            raise ValueError(f"exercise {self.key!r}: unknown tracks {self.tracks!r}")
        return self


class ExercisesFile(Record):
    exercises: tuple[Exercise, ...]

    @model_validator(mode="after")
    def _unique(self) -> ExercisesFile:
        unique([e.key for e in self.exercises], "exercise")
        return self


class TrainingParameter(Record):
    """A global setting of the activity quality filter. `value` is any JSON
    value in the file; the table stores it as text (`stored_value`)."""

    key: Key
    category: Key
    value: str | int | float | dict[str, Any] | list[Any]
    description: Bilingual

    @model_validator(mode="after")
    def _known_category(self) -> TrainingParameter:
        if self.category not in PARAMETER_CATEGORIES:
            raise ValueError(f"parameter {self.key!r}: unknown category {self.category!r}")
        return self

    @property
    def stored_value(self) -> str:
        return self.value if isinstance(self.value, str) else json.dumps(self.value)


class TrainingParametersFile(Record):
    parameters: tuple[TrainingParameter, ...]

    @model_validator(mode="after")
    def _unique(self) -> TrainingParametersFile:
        unique([p.key for p in self.parameters], "training parameter")
        return self


_TYPES = read(__file__, "training_types.json", TrainingTypesFile)
TRAINING_CATEGORIES: tuple[TrainingCategory, ...] = _TYPES.categories
TRAINING_TYPES: tuple[TrainingType, ...] = _TYPES.types
TRAINING_PARAMETERS: tuple[TrainingParameter, ...] = read(
    __file__, "training_parameters.json", TrainingParametersFile
).parameters
EXERCISES: tuple[Exercise, ...] = read(__file__, "exercises.json", ExercisesFile).exercises
