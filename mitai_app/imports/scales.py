"""Scales' and weight apps' CSV exports → weight_log, the day's latest
weight in kg (a `(lb)` header is converted):

- Withings' `weight.csv` (Health Mate's data export), English or German
  headers, one date-and-time column; ragged rows (fewer fields than the
  header) are skipped with their line;
- Beurer HealthManager: a BOM, CRLF, `;`, every field quoted, `DD.MM.YYYY`
  dates with a separate time column, a decimal comma, and a block about
  the user before the table;
- openScale: one `dateTime` column among many (`0.0` where nothing was
  measured);
- wger: `Weight` and `Date`, one row a day (English or German headers).

Exact duplicate rows count once; a line too long for a CSV field stops the
file there, without its day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import IO

from mitai_app.body.consts import WEIGHT_RANGE_KG
from mitai_app.imports import tables
from mitai_app.imports.consts import (
    BEURER_WEIGHT,
    OPENSCALE_WEIGHT,
    WGER_WEIGHT,
    WITHINGS_WEIGHT,
)
from mitai_app.imports.rows import ImportRow, Parsed, Skip

BEURER, OPENSCALE, WGER, WITHINGS = "beurer", "openscale", "wger", "withings"
DEVICES = {
    BEURER: "Beurer HealthManager",
    OPENSCALE: "openScale",
    WGER: "wger",
    WITHINGS: "Withings",
}
FORMATS = {
    BEURER: BEURER_WEIGHT,
    OPENSCALE: OPENSCALE_WEIGHT,
    WGER: WGER_WEIGHT,
    WITHINGS: WITHINGS_WEIGHT,
}
LB_KG = 0.45359237
DATE = ("datum", "date")
TIME = ("uhrzeit", "zeit", "time")
WEIGHT = ("gewicht", "weight")


def maker(names: list[str]) -> str | None:
    """Which app wrote this header, if any of these."""
    if "datetime" in names and "weight" in names:
        return OPENSCALE
    if sorted(names) in (["date", "weight"], ["datum", "gewicht"]):
        return WGER
    has = {
        part: tables.column(names, *wanted)
        for part, wanted in (("date", DATE), ("time", TIME), ("weight", WEIGHT))
    }
    if has["date"] != 0 or has["weight"] is None:
        return None
    if has["time"] is not None:
        return BEURER
    if names[has["weight"]].endswith(("(kg)", "(lb)")):
        return WITHINGS
    return None


def is_header(names: list[str]) -> bool:
    return maker(names) is not None


def recognise(head: bytes) -> str | None:
    """BEURER_WEIGHT, OPENSCALE_WEIGHT, WGER_WEIGHT or WITHINGS_WEIGHT by
    the header."""
    names = tables.header_line(head, is_header)
    return None if names is None else FORMATS[maker(names)]


def _columns(kind: str, names: list[str]) -> tuple[int | None, int | None, int | None]:
    if kind == OPENSCALE:
        return names.index("datetime"), None, names.index("weight")
    return (
        tables.column(names, *DATE),
        tables.column(names, *TIME) if kind == BEURER else None,
        tables.column(names, *WEIGHT),
    )


def parse(
    stream: IO[bytes],
    *,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> Parsed:
    result = Parsed()
    latest: dict[date, tuple[datetime, float, int]] = {}
    last_day: date | None = None
    kind, at, factor = BEURER, (None, None, None), 1.0
    for line, header, row in tables.rows(stream, result, progress, is_header):
        if at[0] is None:
            kind = maker(header) or BEURER
            at = _columns(kind, header)
            factor = LB_KG if "(lb" in header[at[2]] or "lbs" in header[at[2]] else 1.0
        day_at, time_at, weight_at = at
        weight_text = tables.field(row, weight_at)
        date_text = tables.field(row, day_at)
        if not weight_text or not date_text:
            result.skipped.append(Skip(line, "weight", "ragged", ",".join(row)[:80]))
            continue
        when = tables.when(date_text, tables.field(row, time_at))
        if when is None or not tables.sane_day(when.date()):
            result.skipped.append(Skip(line, "weight", "date", date_text[:40]))
            continue
        kg = tables.number(weight_text)
        if kg is None:
            result.skipped.append(Skip(line, "weight", "value", weight_text[:40]))
            continue
        day = last_day = when.date()
        if day not in latest or when >= latest[day][0]:
            latest[day] = (when, kg * factor, line)
    if result.stopped is not None:
        latest.pop(last_day, None)
    add_days_latest(result, latest, kind, DEVICES[kind])
    return result


def add_days_latest(
    result: Parsed, latest: dict[date, tuple[datetime, float, int]], kind: str, device: str
) -> None:
    """Each day's latest weighing (`latest`: day → (when, kg, line)) as a
    weight_log row keyed `kind:weight:day`; out of range: skipped with its line."""
    for day, (_, kg, line) in sorted(latest.items()):
        kg = round(kg, 2)
        if not WEIGHT_RANGE_KG[0] <= kg <= WEIGHT_RANGE_KG[1]:
            result.skipped.append(Skip(line, "weight", "range", f"{day} {kg}"))
            continue
        result.rows.append(
            ImportRow("weight_log", day, f"{kind}:weight:{day}", device, {"weight": kg})
        )
