"""Activity lists → activity_log, one row an activity:

- Strava's bulk export `activities.csv`: HTML in some header names (a
  missing translation wrapped in a `<span>`), column names written twice
  (`Distance` first in the person's units, km or miles, then in metres;
  `Elapsed Time`, `Max Heart Rate`): the metres and the later columns are
  read; `Activity Date` in UTC (`Mar 1, 2024, 6:02:11 AM`), the activity
  keyed by its id;
- Garmin Connect's `activities.csv`: the wall-clock `Date`, `Time` as
  `h:mm:ss`, `--` where nothing was measured, thousands separators
  (`1,234` kcal), swimming distances in metres.

The activity's name goes through Training's learned names like every
import's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, tzinfo
from typing import IO

from mitai_app.imports import tables
from mitai_app.imports.consts import GARMIN_ACTIVITIES, STRAVA_ACTIVITIES
from mitai_app.imports.rows import ImportRow, Parsed, Skip
from mitai_app.imports.tracks import activity_values

TAG = re.compile(r"<[^>]*>")


def _names(names: list[str]) -> list[str]:
    return [" ".join(TAG.sub("", name).split()).lower() for name in names]


def csv_format(names: list[str]) -> str | None:
    names = _names(names)
    if {"activity id", "activity date", "activity type"} <= set(names):
        return STRAVA_ACTIVITIES
    if names[:1] == ["activity type"] and {"date", "title", "distance"} <= set(names):
        return GARMIN_ACTIVITIES
    return None


def recognise(head: bytes) -> str | None:
    names = tables.header_line(head, lambda names: csv_format(names) is not None)
    return None if names is None else csv_format(names)


def _all(names: list[str], name: str) -> list[int]:
    return [i for i, found in enumerate(names) if found == name]


def _last(names: list[str], *wanted: str) -> int | None:
    for name in wanted:
        if found := _all(names, name):
            return found[-1]
    return None


def parse(
    stream: IO[bytes],
    *,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> Parsed:
    result = Parsed()
    names: list[str] = []
    format_ = None
    for line, header, row in tables.rows(
        stream, result, progress, lambda names: csv_format(names) is not None
    ):
        if format_ is None:
            names, format_ = _names(header), csv_format(header)

        def field(*wanted: str, row: list[str] = row, names: list[str] = names) -> str:
            return tables.field(row, _last(names, *wanted))

        if format_ == STRAVA_ACTIVITIES:
            written = tables.when(field("activity date"))
            start = None if written is None else written.replace(tzinfo=UTC)
            metres_at = _all(names, "distance")
            if len(metres_at) > 1:  # the second Distance is in metres
                metres = tables.spreadsheet_number(tables.field(row, metres_at[-1]))
            else:  # only the person's units: km, or miles (nothing says which)
                km = tables.number(field("distance"))
                metres = None if km is None else km * 1000
            seconds = tables.spreadsheet_number(field("moving time", "elapsed time"))
            sport, identity = field("activity type"), field("activity id")
            avg_hr = tables.spreadsheet_number(field("average heart rate"))
        else:
            written = tables.when(field("date"))
            start = None if written is None else written.replace(tzinfo=zone or UTC)
            sport = field("activity type")
            km = tables.spreadsheet_number(field("distance"))
            swim = "swim" in sport.lower() or "schwimm" in sport.lower()
            metres = None if km is None else km if swim else km * 1000
            seconds = tables.spreadsheet_number(field("moving time", "time", "elapsed time"))
            identity = start.isoformat() if start else ""
            avg_hr = tables.spreadsheet_number(field("avg hr"))
        if start is None:
            result.skipped.append(Skip(line, "activity", "date", row[0][:40] if row else ""))
            continue
        local = start.astimezone(zone or UTC)
        if not tables.sane_day(local.date()):
            result.skipped.append(Skip(line, "activity", "date", local.date().isoformat()))
            continue
        values = activity_values(
            local,
            seconds,
            metres,
            tables.spreadsheet_number(field("calories")),
            avg_hr,
            tables.spreadsheet_number(field("max heart rate", "max hr")),
            sport,
        )
        kind, device = (
            ("strava", "Strava") if format_ == STRAVA_ACTIVITIES else ("garmin", "Garmin Connect")
        )
        result.rows.append(
            ImportRow("activity_log", values["date"], f"{kind}:activity:{identity}", device, values)
        )
    return result
