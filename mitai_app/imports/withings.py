"""Withings `weight.csv` (Health Mate's data export), English or German
headers: the day's latest weight, in kg (a `(lb)` header is converted).

Real exports carry exact duplicate rows (counted once) and ragged rows
(fewer fields than the header: skipped with their line). A line too long
for a CSV field stops the file there, like a malformed XML export.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import IO

from mitai_app.body.consts import WEIGHT_RANGE_KG
from mitai_app.imports.rows import ImportRow, Parsed, Skip, Stopped
from mitai_app.imports.tables import Counting

SOURCE = "withings"
LB_KG = 0.45359237
DATE_HEADERS = ("date", "datum")
WEIGHT_HEADERS = {
    "weight (kg)": 1.0,
    "gewicht (kg)": 1.0,
    "weight (lb)": LB_KG,
    "gewicht (lb)": LB_KG,
}
PROGRESS_EVERY = 1000  # rows


def looks_like(head: bytes) -> bool:
    """A weight.csv by its header line, whatever the file is called."""
    first = head.decode("utf-8-sig", errors="replace").splitlines()[0:1]
    if not first:
        return False
    names = [name.strip().strip('"').lower() for name in first[0].split(",")]
    return names[0] in DATE_HEADERS and any(name in WEIGHT_HEADERS for name in names)


def _when(text: str) -> datetime | None:
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), pattern)
        except ValueError:
            continue
    return None


def parse(
    stream: IO[bytes],
    *,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,  # days only: no time is placed
) -> Parsed:
    result = Parsed()
    counting = Counting(stream)
    text = io.TextIOWrapper(io.BufferedReader(counting), encoding="utf-8-sig", newline="")
    reader = csv.reader(text)
    latest: dict[date, tuple[datetime, float, int]] = {}
    seen: set[tuple[str, ...]] = set()
    last_day: date | None = None  # the day being read when the file broke is left out
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        when_at = next(i for i, name in enumerate(header) if name in DATE_HEADERS)
        weight_at = next(i for i, name in enumerate(header) if name in WEIGHT_HEADERS)
        factor = WEIGHT_HEADERS[header[weight_at]]
        for row in reader:
            line = reader.line_num
            result.records += 1
            if (
                progress is not None
                and result.records % PROGRESS_EVERY == 0
                and not progress(counting.count, result.records)
            ):
                result.cancelled = True
                return result
            if tuple(row) in seen:
                result.duplicates += 1
                continue
            seen.add(tuple(row))
            if len(row) <= max(when_at, weight_at) or not row[weight_at].strip():
                result.skipped.append(Skip(line, "weight", "ragged", ",".join(row)[:80]))
                continue
            when = _when(row[when_at])
            if when is None:
                result.skipped.append(Skip(line, "weight", "date", row[when_at][:40]))
                continue
            try:
                kg = float(row[weight_at].strip().replace(",", ".")) * factor
            except ValueError:
                result.skipped.append(Skip(line, "weight", "value", row[weight_at][:40]))
                continue
            day = last_day = when.date()
            if day not in latest or when >= latest[day][0]:
                latest[day] = (when, kg, line)
    except csv.Error as fault:
        result.stopped = Stopped(reader.line_num, str(fault))
        latest.pop(last_day, None)
    except StopIteration:  # no date or weight column: not this format after all
        result.stopped = Stopped(1, "header")
    for day, (_, kg, line) in sorted(latest.items()):
        kg = round(kg, 2)
        if not WEIGHT_RANGE_KG[0] <= kg <= WEIGHT_RANGE_KG[1]:
            result.skipped.append(Skip(line, "weight", "range", f"{day} {kg}"))
            continue
        result.rows.append(
            ImportRow("weight_log", day, f"{SOURCE}:weight:{day}", "Withings", {"weight": kg})
        )
    if progress is not None:
        progress(counting.count, result.records)
    return result
