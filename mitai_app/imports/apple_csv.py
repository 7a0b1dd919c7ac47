"""Apple Health as the exporter apps write it in CSV → weight, a scale's
body fat, lean mass and waist, morning vitals, nutrition totals and daily
activity, a row a day:

- Health Auto Export: `Date/Time` and one column a metric with its unit
  (`Weight & Body Mass (kg)`, `Resting Heart Rate (count/min)`, `Dietary
  Energy (kJ)`, `Step Count (count)`…), hourly or daily rows; on a German
  phone the app names them in German (`Datum/Uhrzeit`, `Gewicht &
  Körpermasse (kg)`, `Ruheherzfrequenz`, `Schritte`…) and the file may
  use `;`, a decimal comma and `31.03.2024 00:00` dates (tables reads all
  of them);
- QS Access: `Start`/`Finish` (`01-Mar-2024 00:00`) and the same kind of
  columns.

A metric is found by the start of its column's name, in English or in the
names Apple's German Health app gives the types. A row's day is the date
written in it, so a day of 23 or 25 hourly rows (a DST change) needs
nothing special; the repeated hour of the autumn change is two rows with
the same time, and both count. Weight, body fat (a fraction made per cent),
lean mass and waist: the day's latest (kg or lb; cm, m or in); vitals: the day's
mean; nutrition and activity: the day's sum (kJ, mL, m and mi converted).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import IO

from mitai_app.imports import scales, tables
from mitai_app.imports.apple_health import KM_PER, body_values, daily_row, vitals_means
from mitai_app.imports.consts import HEALTH_AUTO_EXPORT, QS_ACCESS
from mitai_app.imports.nutrition_files import KJ_PER_KCAL, day_row
from mitai_app.imports.rows import ImportRow, Parsed, Skip

DEVICES = {
    HEALTH_AUTO_EXPORT: ("healthautoexport", "Health Auto Export"),
    QS_ACCESS: ("qsaccess", "QS Access"),
}
DATE_TIME = ("date/time", "datum/uhrzeit", "datum/zeit")
START_FINISH = (["start", "finish"], ["start", "ende"], ["beginn", "ende"])
WEIGHT = (
    "weight & body mass",
    "body mass",
    "weight",
    "gewicht & körpermasse",
    "gewicht und körpermasse",
    "körpergewicht",
    "gewicht",
)
# vitals_baseline column → name starts
VITALS = {
    "resting_hr": ("resting heart rate", "ruheherzfrequenz", "ruhepuls"),
    "hrv": ("heart rate variability", "herzfrequenzvariabilität"),
    "spo2": (
        "blood oxygen saturation",
        "oxygen saturation",
        "blutsauerstoff",
        "sauerstoffsättigung",
    ),
    "respiratory_rate": ("respiratory rate", "atemfrequenz"),
    "vo2_max": ("vo2 max", "vo2max", "vo₂ max", "vo₂max"),
}
# body_device_log column (a scale's or app's series) → name starts
BODY = {
    "body_fat_pct": ("body fat percentage", "körperfettanteil", "körperfett"),
    "lean_mass_kg": ("lean body mass", "fettfreie körpermasse", "magermasse"),
    "waist_cm": ("waist", "taillenumfang"),
}
# nutrition_log column → name starts
NUTRIENTS = {
    "kcal": ("dietary energy", "nahrungsenergie", "energie (nahrung)", "ernährungsenergie"),
    "protein_g": ("protein (g)", "eiweiß (g)"),
    "carbs_g": ("carbohydrates (g)", "kohlenhydrate (g)"),
    "fat_g": ("total fat (g)", "fett gesamt (g)", "fett, gesamt (g)", "gesamtfett (g)"),
    "fiber_g": ("fiber (g)", "dietary fiber (g)", "ballaststoffe (g)"),
    "water_l": ("water (ml)", "water (l)", "dietary water", "wasser (ml)", "wasser (l)"),
}
# daily_activity measure → name starts
ACTIVITY = {
    "steps": ("step count", "steps", "schritte", "schrittzahl"),
    "active_kcal": ("active energy", "aktive energie", "aktiver energieverbrauch"),
    "resting_kcal": ("resting energy", "basal energy", "ruheenergie", "ruheenergieverbrauch"),
    "distance_km": (
        "walking + running distance",
        "walking & running distance",
        "distance walking",
        "gehen + laufen",
        "gehen & laufen",
        "distanz (gehen",
    ),
}


def csv_format(names: list[str]) -> str | None:
    if names[:1] and names[0] in DATE_TIME and len(names) > 1:
        return HEALTH_AUTO_EXPORT
    if names[:2] in START_FINISH:
        return QS_ACCESS
    return None


def recognise(head: bytes) -> str | None:
    names = tables.header_line(head, lambda names: csv_format(names) is not None)
    return None if names is None else csv_format(names)


def _column(header: list[str], wanted: tuple[str, ...]) -> int | None:
    """The column named by the first of `wanted`, in `wanted`'s order: the
    exporter sorts its columns, so `Body Mass Index (count)` comes before
    `Weight & Body Mass (kg)` and would be taken for the weight."""
    for name in wanted:
        if (at := tables.column(header, name)) is not None:
            return at
    return None


def _factor(name: str, column: str) -> float:
    if column in ("weight", "lean_mass_kg"):
        return scales.LB_KG if "(lb" in name else 1.0
    if column == "waist_cm":
        return 2.54 if "(in" in name else 100.0 if "(m)" in name else 1.0
    if column in ("kcal", "active_kcal", "resting_kcal"):
        return 1 / KJ_PER_KCAL if "(kj)" in name else 1.0
    if column == "water_l":
        return 1.0 if "(l)" in name else 0.001
    if column == "distance_km":
        unit = name.rpartition("(")[2].rstrip(")")
        return KM_PER.get(unit, 1.0)
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
    body: dict[date, dict[str, tuple[datetime, float]]] = defaultdict(dict)  # the day's latest
    vitals: dict[date, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    sums: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    activity: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    last_day = None
    # Not `distinct`: the hour the clocks go back is two rows of the same
    # time, often with the same values (a night's resting energy), and both
    # hours count.
    for line, header, row in tables.rows(
        stream, result, progress, lambda names: csv_format(names) is not None, distinct=False
    ):
        if format_ is None:
            format_ = csv_format(header)
            metrics = (
                ("weight", WEIGHT),
                *BODY.items(),
                *VITALS.items(),
                *NUTRIENTS.items(),
                *ACTIVITY.items(),
            )
            for column, wanted in metrics:
                at = _column(header, wanted)
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
            elif column in BODY:
                if column == "body_fat_pct" and value <= 1:
                    value *= 100  # a fraction, as Apple Health keeps it
                if column not in body[day] or at >= body[day][column][0]:
                    body[day][column] = (at, value)
            elif column in VITALS:
                vitals[day][column].append(
                    value * 100 if column == "spo2" and value <= 1 else value
                )
            elif column in ACTIVITY:
                activity[day][column] += value
            else:
                sums[day][column] += value
    if result.stopped is not None:
        for found in (latest, body, vitals, sums, activity):
            found.pop(last_day, None)
    if format_ is None:
        return result
    kind, device = DEVICES[format_]
    scales.add_days_latest(result, latest, kind, device)
    for day, measures in sorted(body.items()):
        if values := body_values(result, day, {c: v for c, (_, v) in measures.items()}):
            result.rows.append(
                ImportRow("body_device_log", day, f"{kind}:body:{day}", device, values)
            )
    for day, found in sorted(vitals.items()):
        if values := vitals_means(result, day, found):
            result.rows.append(
                ImportRow("vitals_baseline", day, f"{kind}:vitals:{day}", device, values)
            )
    for day, totals in sorted(sums.items()):
        day_row(result, kind, device, day, dict(totals))
    for day, totals in sorted(activity.items()):
        daily_row(result, f"{kind}:daily:{day}", device, day, dict(totals))
    return result
