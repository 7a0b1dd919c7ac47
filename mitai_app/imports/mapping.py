"""Any other CSV, read as the person maps it: what the file's head shows
(encoding, delimiter, decimal mark, date format, the first rows), each
column mapped to a field with its unit, and the rows read that way into the
same rows every import writes. Pure.

A day's values follow the rules of the other imports: the latest weight of
the day, the mean of the vitals, the sums of steps, energy, distance and
food; each blood-pressure reading is its own row (it needs a time).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, tzinfo
from typing import IO, Any

from mitai_app.body.consts import WEIGHT_RANGE_KG
from mitai_app.imports import tables
from mitai_app.imports.apple_health import LB_KG, STONE_KG, daily_row, vitals_means
from mitai_app.imports.nutrition_files import KJ_PER_KCAL, day_row
from mitai_app.imports.rows import ImportRow, Parsed, Skip
from mitai_app.recovery.consts import DIASTOLIC_RANGE, PULSE_RANGE, SYSTOLIC_RANGE

HEAD_BYTES = 64 * 1024  # what the mapping screen reads of the file
SAMPLE_ROWS = 5  # rows shown as they will be read
ENCODINGS = ("utf-8-sig", "cp1252")  # cp1252 decodes any byte: the last resort
DATE_FORMATS = (
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%d.%m.%y",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%Y/%m/%d",
    "%d-%m-%Y",
)
DECIMALS = (".", ",")
IGNORED, DATE, TIME = "", "date", "time"


@dataclass(frozen=True)
class Target:
    table: str  # consts.TABLES
    column: str
    factor: float = 1.0  # from the file's unit to the table's


# What a column can be mapped to: the field with its unit.
TARGETS: dict[str, Target] = {
    "weight_kg": Target("weight_log", "weight"),
    "weight_lb": Target("weight_log", "weight", LB_KG),
    "weight_st": Target("weight_log", "weight", STONE_KG),
    "systolic": Target("blood_pressure_log", "systolic"),
    "diastolic": Target("blood_pressure_log", "diastolic"),
    "pulse": Target("blood_pressure_log", "pulse"),
    "resting_hr": Target("vitals_baseline", "resting_hr"),
    "hrv_sdnn": Target("vitals_baseline", "hrv"),
    "steps": Target("daily_activity", "steps"),
    "active_kcal": Target("daily_activity", "active_kcal"),
    "active_kj": Target("daily_activity", "active_kcal", 1 / KJ_PER_KCAL),
    "distance_km": Target("daily_activity", "distance_km"),
    "distance_mi": Target("daily_activity", "distance_km", 1.609344),
    "food_kcal": Target("nutrition_log", "kcal"),
    "food_kj": Target("nutrition_log", "kcal", 1 / KJ_PER_KCAL),
    "protein_g": Target("nutrition_log", "protein_g"),
    "carbs_g": Target("nutrition_log", "carbs_g"),
    "fat_g": Target("nutrition_log", "fat_g"),
}
CHOICES = (IGNORED, DATE, TIME, *TARGETS)
# Header words that suggest a field (German and English), first match wins.
SUGGEST = (
    (("datum", "date", "day", "tag"), DATE),
    (("uhrzeit", "zeit", "time"), TIME),
    (("gewicht", "weight", "body mass", "körpergewicht"), "weight_kg"),
    (("sys",), "systolic"),
    (("dia",), "diastolic"),
    (("puls", "pulse", "heart rate"), "pulse"),
    (("ruhepuls", "resting"), "resting_hr"),
    (("schritte", "steps"), "steps"),
    (("eiweiß", "eiweiss", "protein"), "protein_g"),
    (("kohlenhydrate", "carb"), "carbs_g"),
    (("fett", "fat"), "fat_g"),
    (("kalorien", "kcal", "calories", "energie"), "food_kcal"),
)
NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")


@dataclass(frozen=True)
class Mapping:
    """How to read a CSV of no known format (kept on the job, saved for its header)."""

    encoding: str
    delimiter: str
    decimal: str  # DECIMALS
    date_format: str  # DATE_FORMATS
    columns: tuple[str, ...]  # CHOICES, one per column of the header

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "columns": list(self.columns)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mapping:
        return cls(**{**data, "columns": tuple(data["columns"])})

    def problem(self) -> str | None:
        """The catalogue key of what stops this mapping, or None."""
        if self.encoding not in ENCODINGS or self.delimiter not in tables.DELIMITERS:
            return "imports.mapping.error.settings"
        if self.decimal not in DECIMALS or self.date_format not in DATE_FORMATS:
            return "imports.mapping.error.settings"
        if any(choice not in CHOICES for choice in self.columns):
            return "imports.mapping.error.settings"
        if self.columns.count(DATE) != 1:
            return "imports.mapping.error.date"
        mapped = [c for c in self.columns if c in TARGETS]
        if not mapped:
            return "imports.mapping.error.nothing"
        if len({(TARGETS[c].table, TARGETS[c].column) for c in mapped}) < len(mapped):
            return "imports.mapping.error.twice"
        bp = {TARGETS[c].column for c in mapped if TARGETS[c].table == "blood_pressure_log"}
        if bp and not {"systolic", "diastolic"} <= bp:
            return "imports.mapping.error.pressure"
        return None


@dataclass(frozen=True)
class Sniffed:
    """What the head of a file shows, and the mapping suggested for it."""

    header: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]  # the first rows, as split
    suggested: Mapping


def header_key(header: tuple[str, ...]) -> str:
    """The same header (case and spaces aside) gives the same key."""
    names = "\x1f".join(" ".join(name.lower().split()) for name in header)
    return hashlib.sha256(names.encode()).hexdigest()


def _decoded(head: bytes) -> tuple[str, str]:
    for encoding in ENCODINGS:
        try:
            return head.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("cp1252 decodes every byte")  # pragma: no cover


def _split(lines: list[str], delimiter: str) -> list[list[str]]:
    return [row for row in csv.reader(lines, delimiter=delimiter) if any(c.strip() for c in row)]


def _date_format(values: list[str]) -> str | None:
    """The format most of `values` are written in (a typo or an impossible
    date among them is reported when read, not a reason to guess another)."""
    values = [v.split(" ")[0].strip() for v in values if v.strip()]

    def readable(form: str) -> int:
        count = 0
        for value in values:
            try:
                datetime.strptime(value, form)
            except ValueError:
                continue
            count += 1
        return count

    best = max(DATE_FORMATS, key=readable)  # the first of equals: ISO, then German
    return best if values and readable(best) * 2 >= len(values) else None


def _suggest(name: str) -> str:
    name = name.lower()
    for words, choice in SUGGEST:
        if any(word in name for word in words):
            return choice.replace("weight_kg", "weight_lb") if "lb" in name else choice
    return IGNORED


def sniff(head: bytes) -> Sniffed | None:
    """The head's header, first rows and a suggested mapping; None when it
    is no text table (a binary file, one column, a line longer than the head)."""
    if b"\x00" in head or b"\n" not in head:
        return None
    text, encoding = _decoded(head)
    lines = text.splitlines()[:-1] if not text.endswith("\n") else text.splitlines()
    if len(lines) < 2:
        return None
    delimiter = tables.delimiter_of(lines[0])
    rows = _split(lines, delimiter)
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    header, sample = tuple(n.strip() for n in rows[0]), rows[1 : 1 + SAMPLE_ROWS]
    cells = [c.strip().strip('"') for row in sample for c in row]
    commas = sum(1 for c in cells if NUMBER.match(c) and "," in c)
    points = sum(1 for c in cells if NUMBER.match(c) and "." in c)
    decimal = "," if commas > points and delimiter != "," else "."
    columns = [_suggest(name) for name in header]
    date_at = next((i for i, c in enumerate(columns) if c == DATE), None)
    found = None
    if date_at is not None:
        found = _date_format([row[date_at] for row in sample if date_at < len(row)])
    for i in range(len(header)):
        if found is None:
            found = _date_format([row[i] for row in sample if i < len(row)])
            if found is not None and DATE not in columns:
                columns[i] = DATE
    # One suggestion per field: a second column suggesting the same stays ignored.
    seen: set[str] = set()
    for i, choice in enumerate(columns):
        if choice in seen:
            columns[i] = IGNORED
        seen.add(choice)
    return Sniffed(
        header,
        tuple(tuple(row) for row in sample),
        Mapping(encoding, delimiter, decimal, found or DATE_FORMATS[0], tuple(columns)),
    )


def read_number(text: str, decimal: str) -> float | None:
    text = text.strip().strip('"').replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    # The other mark separates thousands: `1.234,5` or `1,234.5`.
    thousands = "." if decimal == "," else ","
    text = text.replace(thousands, "").replace(decimal, ".")
    try:
        return float(text)
    except ValueError:
        return None


def _moment(row: list[str], mapping: Mapping) -> tuple[date, time | None] | None:
    day_text = tables.field(row, mapping.columns.index(DATE))
    day_part, _, rest = day_text.partition(" ")
    try:
        day = datetime.strptime(day_part, mapping.date_format).date()
    except ValueError:
        return None
    time_text = tables.field(row, mapping.columns.index(TIME)) if TIME in mapping.columns else ""
    time_text = time_text or rest.strip()
    at = None
    if time_text:
        parsed = tables.when(day.isoformat(), time_text)
        if parsed is None:
            return None
        at = parsed.time()
    return day, at


def preview(sample: tuple[tuple[str, ...], ...], mapping: Mapping) -> list[list[str]]:
    """Each sample row's mapped columns as they will be read ("?": unreadable)."""
    out = []
    for row in sample:
        cells = []
        moment = _moment(list(row), mapping)
        for i, choice in enumerate(mapping.columns):
            if choice == DATE:
                cells.append(moment[0].isoformat() if moment else "?")
            elif choice == TIME:
                cells.append(moment[1].strftime("%H:%M") if moment and moment[1] else "")
            elif choice in TARGETS:
                value = read_number(tables.field(list(row), i), mapping.decimal)
                cells.append("" if value is None else f"{value * TARGETS[choice].factor:g}")
        out.append(cells)
    return out


@dataclass
class _Day:
    weight: tuple[time, float] | None = None
    vitals: dict[str, list[float]] | None = None
    sums: dict[str, dict[str, float]] | None = None  # table → column → sum


def parse(
    stream: IO[bytes],
    mapping: Mapping,
    *,
    key: str,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> Parsed:
    """The rows of the file read with `mapping`; `key` (the header's) starts
    every external key, so the same file gives the same keys."""
    result = Parsed()
    days: dict[date, _Day] = defaultdict(_Day)
    prefix = f"csv:{key[:16]}"
    counting = tables.Counting(stream)
    text = io.TextIOWrapper(io.BufferedReader(counting), encoding=mapping.encoding, newline="")
    reader = csv.reader(text, delimiter=mapping.delimiter)
    seen: set[tuple[str, ...]] = set()
    try:
        next(reader, None)  # the header
        for row in reader:
            if not any(c.strip() for c in row):
                continue
            result.records += 1
            if (
                progress is not None
                and result.records % tables.PROGRESS_EVERY == 0
                and not progress(counting.count, result.records)
            ):
                result.cancelled, result.rows = True, []
                return result
            if tuple(row) in seen:
                result.duplicates += 1
                continue
            seen.add(tuple(row))
            _row(result, days, row, reader.line_num, mapping, prefix, zone)
    except csv.Error as fault:
        result.stopped = tables.Stopped(reader.line_num, str(fault))
    if progress is not None:
        progress(counting.count, result.records)
    _day_rows(result, days, prefix)
    return result


def _row(
    result: Parsed,
    days: dict[date, _Day],
    row: list[str],
    line: int,
    mapping: Mapping,
    prefix: str,
    zone: tzinfo | None,
) -> None:
    moment = _moment(row, mapping)
    if moment is None or not tables.sane_day(moment[0]):
        result.skipped.append(Skip(line, "csv", "date", tables.field(row, 0)[:40]))
        return
    day, at = moment
    values: dict[str, dict[str, float]] = defaultdict(dict)
    for i, choice in enumerate(mapping.columns):
        if choice not in TARGETS:
            continue
        cell = tables.field(row, i)
        if not cell:
            continue
        value = read_number(cell, mapping.decimal)
        if value is None:
            result.skipped.append(Skip(line, choice, "value", cell[:40]))
            continue
        target = TARGETS[choice]
        values[target.table][target.column] = value * target.factor
    found = days[day]
    if "weight" in values.get("weight_log", {}):
        kg = round(values["weight_log"]["weight"], 2)
        if not WEIGHT_RANGE_KG[0] <= kg <= WEIGHT_RANGE_KG[1]:
            result.skipped.append(Skip(line, "weight", "range", str(kg)))
        elif found.weight is None or (at or time.min) >= found.weight[0]:
            found.weight = (at or time.min, kg)
    for column, value in values.get("vitals_baseline", {}).items():
        found.vitals = found.vitals or defaultdict(list)
        found.vitals[column].append(value)
    for name in ("daily_activity", "nutrition_log"):
        for column, value in values.get(name, {}).items():
            found.sums = found.sums or defaultdict(lambda: defaultdict(float))
            found.sums[name][column] += value
    if "blood_pressure_log" in values:
        _pressure(result, values["blood_pressure_log"], day, at, line, prefix, zone)


def _pressure(result, values, day, at, line, prefix, zone) -> None:
    systolic, diastolic = round(values.get("systolic", 0)), round(values.get("diastolic", 0))
    pulse = values.get("pulse")
    in_range = (
        SYSTOLIC_RANGE[0] <= systolic <= SYSTOLIC_RANGE[1]
        and DIASTOLIC_RANGE[0] <= diastolic <= DIASTOLIC_RANGE[1]
        and systolic > diastolic
    )
    if not in_range:
        result.skipped.append(Skip(line, "BloodPressure", "range", f"{systolic}/{diastolic}"))
        return
    if at is None:  # a reading is a moment: without a time it cannot be placed
        result.skipped.append(Skip(line, "BloodPressure", "date", day.isoformat()))
        return
    local = datetime.combine(day, at)
    result.rows.append(
        ImportRow(
            "blood_pressure_log",
            day,
            f"{prefix}:bp:{local:%Y-%m-%dT%H:%M}",
            "",
            {
                "measured_at": tables.in_utc(local, zone),
                "systolic": systolic,
                "diastolic": diastolic,
                "pulse": (
                    round(pulse)
                    if pulse is not None and PULSE_RANGE[0] <= pulse <= PULSE_RANGE[1]
                    else None
                ),
            },
        )
    )


def _day_rows(result: Parsed, days: dict[date, _Day], prefix: str) -> None:
    for day, found in sorted(days.items()):
        if found.weight is not None:
            result.rows.append(
                ImportRow(
                    "weight_log", day, f"{prefix}:weight:{day}", "", {"weight": found.weight[1]}
                )
            )
        if found.vitals:
            means = vitals_means(result, day, found.vitals)
            if means:
                result.rows.append(
                    ImportRow("vitals_baseline", day, f"{prefix}:vitals:{day}", "", means)
                )
        sums = found.sums or {}
        if "nutrition_log" in sums:
            day_row(result, prefix, "", day, dict(sums["nutrition_log"]))
        if "daily_activity" in sums:
            daily_row(result, f"{prefix}:daily:{day}", "", day, dict(sums["daily_activity"]))
