"""Amounts and a food's numbers: unit conversions (g/oz, ml/fl oz), a food's
values per 100 g/ml scaled to an amount, the plausibility checks of a food,
and the 4/4/9 rule. Pure: no database, no Reflex."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mitai_app.nutrition.consts import (
    ATWATER,
    ATWATER_MARGIN_KCAL,
    ATWATER_TOLERANCE,
    GRAMS_PER_100_MAX,
    KCAL_PER_100_MAX,
    MACROS,
    NUTRIENTS,
)

# Exact by definition: the avoirdupois ounce (1/16 of 0.45359237 kg) and the
# US customary fluid ounce (1/128 of a gallon of 231 cubic inches).
G_PER_OZ = 28.349523125
ML_PER_FL_OZ = 29.5735295625


def g_to_oz(grams: float) -> float:
    return grams / G_PER_OZ


def oz_to_g(ounces: float) -> float:
    return ounces * G_PER_OZ


def ml_to_fl_oz(ml: float) -> float:
    return ml / ML_PER_FL_OZ


def fl_oz_to_ml(fl_oz: float) -> float:
    return fl_oz * ML_PER_FL_OZ


def scaled(per_100: Mapping[str, float | None], amount: float) -> dict[str, float | None]:
    """The values of ``amount`` g (or ml) of a food given per 100 g (or ml);
    a value the food does not state stays None."""
    return {
        name: None if per_100.get(name) is None else float(per_100[name]) * amount / 100
        for name in NUTRIENTS
    }


def recipe_per_100(
    ingredients: Sequence[Mapping[str, float | None]], yield_amount: float
) -> dict[str, float | None]:
    """A recipe's values per 100 g from its ingredients' values (each for
    its amount) and what the cooked dish weighs (`yield_amount` g): water
    lost in cooking concentrates them, water taken up dilutes them. A
    nutrient none of the ingredients states stays None; one some of them
    state counts the others as 0."""
    out: dict[str, float | None] = {}
    for name in NUTRIENTS:
        known = [float(values[name]) for values in ingredients if values.get(name) is not None]
        out[name] = sum(known) * 100 / yield_amount if known else None
    return out


def atwater_kcal(values: Mapping[str, float | None]) -> float:
    """Energy from the macros by Atwater's general factors (4/4/9)."""
    return sum(float(values.get(name) or 0) * factor for name, factor in ATWATER.items())


def atwater_mismatch(values: Mapping[str, float | None]) -> bool:
    """True when the macros give far more energy than the stated kcal
    (beyond ATWATER_TOLERANCE and ATWATER_MARGIN_KCAL): a typo in the label
    or the kcal, worth a visible warning but not a refusal."""
    kcal = values.get("kcal")
    if kcal is None:
        return False
    allowed = max(float(kcal) * (1 + ATWATER_TOLERANCE), float(kcal) + ATWATER_MARGIN_KCAL)
    return atwater_kcal(values) > allowed


def implausible(values: Mapping[str, float | None]) -> str:
    """The first field whose value per 100 g/ml no food has, or "": negative
    numbers, kcal above pure fat, a nutrient or the macros together above
    100 g, sugar above carbohydrates, saturated above total fat."""
    for name in NUTRIENTS:
        value = values.get(name)
        if value is None:
            continue
        high = KCAL_PER_100_MAX if name == "kcal" else GRAMS_PER_100_MAX
        if not 0 <= float(value) <= high:
            return name
    if sum(float(values.get(name) or 0) for name in MACROS) > GRAMS_PER_100_MAX:
        return "macros"
    for part, whole in (("sugar_g", "carbs_g"), ("sat_fat_g", "fat_g")):
        part_g, whole_g = values.get(part), values.get(whole)
        if part_g is not None and whole_g is not None and float(part_g) > float(whole_g):
            return part
    return ""
