"""The bundled starter set of generic foods (`foods.json`), so a household
install can log meals offline. Source and licence are stated in the file:
values written from USDA FoodData Central, which is in the public domain
(CC0 1.0). Each food's values are per 100 g, or per 100 ml for drinks."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from mitai_app.core.reference import Bilingual, Key, Record, read, unique
from mitai_app.nutrition.consts import NUTRIENTS
from mitai_app.nutrition.portions import implausible

Grams = Annotated[float, Field(ge=0, le=100)]


class Serving(Record):
    name: Bilingual
    amount: Annotated[float, Field(gt=0, le=5000)]


class BundledFood(Record):
    key: Key
    name: Bilingual
    basis: Literal["g", "ml"]
    kcal: Annotated[float, Field(ge=0, le=900)]
    protein_g: Grams
    carbs_g: Grams
    sugar_g: Grams
    fat_g: Grams
    sat_fat_g: Grams
    fiber_g: Grams
    salt_g: Grams
    serving: Serving | None = None

    @model_validator(mode="after")
    def _plausible(self) -> BundledFood:
        wrong = implausible({name: getattr(self, name) for name in NUTRIENTS})
        if wrong:
            raise ValueError(f"food {self.key!r}: implausible {wrong}")
        return self


class FoodsFile(Record):
    source: Annotated[str, Field(min_length=1)]
    licence: Annotated[str, Field(min_length=1)]
    foods: tuple[BundledFood, ...]

    @model_validator(mode="after")
    def _unique(self) -> FoodsFile:
        unique([f.key for f in self.foods], "food")
        return self


FOODS = read(__file__, "foods.json", FoodsFile)
