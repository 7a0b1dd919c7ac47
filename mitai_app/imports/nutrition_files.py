"""Food diaries' exports → nutrition_log, one row of totals a day (kcal,
protein, carbs, fat, fiber and water), imported totals under Nutrition's
one-source rule:

- MyFitnessPal's nutrition summary: one row a meal, `M/D/YYYY` dates;
- Cronometer's `dailysummary.csv` (one row a day, 73 columns, µg units,
  `Energy (kJ)` for people who count in kilojoules, water in g) and
  `servings.csv` (one row a food, `Day` and `Group`);
- SparkyFitness' diary export: one row a food (`Mar 01, 2024`) and a
  "Total" row a day (no food name) that would count the day twice;
  calories in kcal or kJ.

The day's rows are summed; a day whose sums are out of range is skipped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, tzinfo
from typing import IO, Any

from mitai_app.imports import tables
from mitai_app.imports.consts import (
    CRONOMETER_DAILY,
    CRONOMETER_SERVINGS,
    MYFITNESSPAL,
    SPARKYFITNESS,
)
from mitai_app.imports.rows import ImportRow, Parsed, Skip

KJ_PER_KCAL = 4.184
# The day's plausible totals (nutrition_log's columns; water in litres).
DAY_MAX = {
    "kcal": 20_000,
    "protein_g": 2_000,
    "carbs_g": 3_000,
    "fat_g": 2_000,
    "fiber_g": 500,
    "water_l": 20,
}
DEVICES = {
    MYFITNESSPAL: ("myfitnesspal", "MyFitnessPal"),
    CRONOMETER_DAILY: ("cronometer", "Cronometer"),
    CRONOMETER_SERVINGS: ("cronometer", "Cronometer"),
    SPARKYFITNESS: ("sparkyfitness", "SparkyFitness"),
}
# Column name starts per total; the first found counts.
KCAL = ("calories", "energy (kcal)", "energy (kj)", "energy")
PROTEIN = ("protein (g)", "protein")
CARBS = ("carbohydrates (g)", "carbs (g)", "carbohydrates", "carbs")
FAT = ("fat (g)", "fat")
FIBER = ("fiber (g)", "dietary fiber (g)", "fiber", "dietary fiber")
WATER = ("water (g)",)


def csv_format(names: list[str]) -> str | None:
    has = set(names)
    if {"date", "meal", "food", "brand", "quantity"} <= has:
        return SPARKYFITNESS
    if "date" in has and "meal" in has and "calories" in has:
        return MYFITNESSPAL
    if names[:1] == ["day"] and "food name" in has and tables.column(names, "energy"):
        return CRONOMETER_SERVINGS
    if names[:1] == ["date"] and tables.column(names, "energy (kcal)", "energy (kj)") is not None:
        return CRONOMETER_DAILY
    return None


def recognise(head: bytes) -> str | None:
    names = tables.header_line(head, lambda names: csv_format(names) is not None)
    return None if names is None else csv_format(names)


def day_row(result: Parsed, kind: str, device: str, day: date, totals: dict[str, float]) -> None:
    """The day's totals as a nutrition_log row keyed `kind:nutrition:day`;
    skipped when a total is out of range, left out when all are empty."""
    values: dict[str, Any] = {}
    for column, total in totals.items():
        if not 0 <= total <= DAY_MAX[column]:
            result.skipped.append(Skip(0, "nutrition", "range", f"{day} {column} {total:.0f}"))
            return
        values[column] = round(total) if column == "kcal" else round(total, 2)
    if any(values.values()):
        result.rows.append(
            ImportRow("nutrition_log", day, f"{kind}:nutrition:{day}", device, values)
        )


def _columns(names: list[str]) -> dict[str, int | None]:
    def exact_or_start(wanted: tuple[str, ...]) -> int | None:
        for name in wanted:  # `fat (g)` before `saturated fat (g)`
            if name in names:
                return names.index(name)
        return tables.column(names, *wanted)

    return {
        "kcal": exact_or_start(KCAL),
        "protein_g": exact_or_start(PROTEIN),
        "carbs_g": exact_or_start(CARBS),
        "fat_g": exact_or_start(FAT),
        "fiber_g": exact_or_start(FIBER),
        "water_l": exact_or_start(WATER),
    }


def parse(
    stream: IO[bytes],
    *,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> Parsed:
    result = Parsed()
    sums: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    format_, at, day_at, food_at, kj = None, {}, 0, None, False
    last_day = None
    for line, header, row in tables.rows(
        stream, result, progress, lambda names: csv_format(names) is not None
    ):
        if format_ is None:
            format_ = csv_format(header)
            at = {c: i for c, i in _columns(header).items() if i is not None}
            day_at = header.index("day" if format_ == CRONOMETER_SERVINGS else "date")
            food_at = header.index("food") if format_ == SPARKYFITNESS else None
            kj = "kj" in header[at["kcal"]] if "kcal" in at else False
        if food_at is not None and not tables.field(row, food_at):
            continue  # SparkyFitness' "Total" row of the day
        when = tables.when(tables.field(row, day_at))
        if when is None or not tables.sane_day(when.date()):
            result.skipped.append(Skip(line, "nutrition", "date", tables.field(row, day_at)[:40]))
            continue
        day = last_day = when.date()
        found = {c: tables.field(row, i) for c, i in at.items() if tables.field(row, i)}
        # `1,234.5`: a thousands separator beside the decimal point.
        values = {c: tables.number(t.replace(",", "") if "." in t else t) for c, t in found.items()}
        if None in values.values():
            bad = next(found[c] for c, v in values.items() if v is None)
            result.skipped.append(Skip(line, "nutrition", "value", bad[:40]))
            continue
        for column, value in values.items():
            if column == "kcal" and kj:
                value /= KJ_PER_KCAL
            elif column == "water_l":
                value /= 1000  # grams of water
            sums[day][column] += value
    if result.stopped is not None:
        sums.pop(last_day, None)
    if format_ is not None:
        kind, device = DEVICES[format_]
        for day, totals in sorted(sums.items()):
            day_row(result, kind, device, day, dict(totals))
    return result
