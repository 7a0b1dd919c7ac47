"""Apple Health as the exporter apps write it in CSV → weight, morning
vitals and nutrition totals, a row a day:

- Health Auto Export: `Date/Time` and one column a metric with its unit
  (`Weight & Body Mass (kg)`, `Resting Heart Rate (count/min)`, `Dietary
  Energy (kJ)`…), hourly or daily rows;
- QS Access: `Start`/`Finish` (`01-Mar-2024 00:00`) and the same kind of
  columns.

A row's day is the date written in it, so a day of 23 or 25 hourly rows (a
DST change) needs nothing special. Weight: the day's latest (kg or lb);
vitals: the day's mean; nutrition: the day's sum (kJ and mL converted).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import IO

from mitai_app.imports import scales, tables
from mitai_app.imports.apple_health import vitals_means
from mitai_app.imports.consts import HEALTH_AUTO_EXPORT, QS_ACCESS
from mitai_app.imports.nutrition_files import KJ_PER_KCAL, day_row
from mitai_app.imports.rows import ImportRow, Parsed, Skip

DEVICES = {
    HEALTH_AUTO_EXPORT: ("healthautoexport", "Health Auto Export"),
    QS_ACCESS: ("qsaccess", "QS Access"),
}
WEIGHT = ("weight & body mass", "body mass", "weight")
# vitals_baseline column → name starts
VITALS = {
    "resting_hr": ("resting heart rate",),
    "hrv": ("heart rate variability",),
    "spo2": ("blood oxygen saturation", "oxygen saturation"),
    "respiratory_rate": ("respiratory rate",),
    "vo2_max": ("vo2 max",),
}
# nutrition_log column → name starts
NUTRIENTS = {
    "kcal": ("dietary energy",),
    "protein_g": ("protein (g)",),
    "carbs_g": ("carbohydrates (g)",),
    "fat_g": ("total fat (g)",),
    "fiber_g": ("fiber (g)", "dietary fiber (g)"),
    "water_l": ("water (ml)", "water (l)", "dietary water"),
}


def csv_format(names: list[str]) -> str | None:
    if names[:1] == ["date/time"] and len(names) > 1:
        return HEALTH_AUTO_EXPORT
    if names[:2] == ["start", "finish"]:
        return QS_ACCESS
    return None


def recognise(head: bytes) -> str | None:
    names = tables.header_line(head, lambda names: csv_format(names) is not None)
    return None if names is None else csv_format(names)


def _factor(name: str, column: str) -> float:
    if column == "weight":
        return scales.LB_KG if "(lb" in name else 1.0
    if column == "kcal":
        return 1 / KJ_PER_KCAL if "(kj)" in name else 1.0
    if column == "water_l":
        return 1.0 if "(l)" in name else 0.001
    return 1.0


def parse(
    stream: IO[bytes],
    *,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> Parsed:
    result = Parsed()
    columns: dict[str, tuple[int, float]] = {}
    format_ = None
    latest: dict[date, tuple[datetime, float, int]] = {}
    vitals: dict[date, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    sums: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    last_day = None
    for line, header, row in tables.rows(
        stream, result, progress, lambda names: csv_format(names) is not None
    ):
        if format_ is None:
            format_ = csv_format(header)
            for column, wanted in (("weight", WEIGHT), *VITALS.items(), *NUTRIENTS.items()):
                at = tables.column(header, *wanted)
                if at is not None:
                    columns[column] = (at, _factor(header[at], column))
        at = tables.when(tables.field(row, 0))
        if at is None or not tables.sane_day(at.date()):
            result.skipped.append(Skip(line, "row", "date", tables.field(row, 0)[:40]))
            continue
        day = last_day = at.date()
        for column, (index, factor) in columns.items():
            text = tables.field(row, index)
            if not text:
                continue
            value = tables.number(text)
            if value is None:
                result.skipped.append(Skip(line, column, "value", text[:40]))
                continue
            value *= factor
            if column == "weight":
                if day not in latest or at >= latest[day][0]:
                    latest[day] = (at, value, line)
            elif column in VITALS:
                vitals[day][column].append(
                    value * 100 if column == "spo2" and value <= 1 else value
                )
            else:
                sums[day][column] += value
    if result.stopped is not None:
        for found in (latest, vitals, sums):
            found.pop(last_day, None)
    if format_ is None:
        return result
    kind, device = DEVICES[format_]
    scales.add_days_latest(result, latest, kind, device)
    for day, found in sorted(vitals.items()):
        if values := vitals_means(result, day, found):
            result.rows.append(
                ImportRow("vitals_baseline", day, f"{kind}:vitals:{day}", device, values)
            )
    for day, totals in sorted(sums.items()):
        day_row(result, kind, device, day, dict(totals))
    return result
