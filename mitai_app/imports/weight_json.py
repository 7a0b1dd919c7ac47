"""Weight from the JSON of bulk exports → weight_log, the day's latest in kg:

- Garmin Connect (`…_userBioMetrics.json` in DI-Connect-Wellness): grams,
  dates as strings or arrays, `timestampGMT` in UTC without a `Z`; the day
  is the entry's calendar date (else the UTC time in the profile's zone);
  entries without a weight (height, VO2max) are not imported;
- Fitbit Takeout (`weight-YYYY-MM-DD.json`): pounds with no unit field,
  `MM/DD/YY` dates with a local time; an entry seen twice (its `logId`)
  counts once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from typing import IO, Any

from mitai_app.imports import scales, tables, wholefiles
from mitai_app.imports.consts import FITBIT_WEIGHT, GARMIN_WEIGHT
from mitai_app.imports.rows import Parsed, Skip

GARMIN, FITBIT = "garmin", "fitbit"
LB_KG = scales.LB_KG
GRAMS_KG = 0.001


def recognise(head: bytes) -> str | None:
    """GARMIN_WEIGHT or FITBIT_WEIGHT by the keys of the first entry."""
    if not wholefiles.looks_like_json(head):
        return None
    if b'"weightPk"' in head or (b'"timestampGMT"' in head and b'"weight"' in head):
        return GARMIN_WEIGHT
    if b'"logId"' in head and b'"weight"' in head and b'"bmi"' in head:
        return FITBIT_WEIGHT
    return None


def _garmin(entry: dict, zone: tzinfo | None) -> tuple[date | None, datetime | None, Any]:
    weighing = entry.get("weight")
    if not isinstance(weighing, dict):
        return None, None, None
    at = wholefiles.moment(weighing.get("timestampGMT") or weighing.get("date"))
    meta = entry.get("metaData") if isinstance(entry.get("metaData"), dict) else {}
    day = wholefiles.calendar_day(meta.get("calendarDate") or weighing.get("calendarDate"))
    if day is None and at is not None:
        day = at.astimezone(zone or UTC).date()
    grams = weighing.get("weight")
    return day, at, None if grams is None else _number(grams) * GRAMS_KG


def _fitbit(entry: dict) -> tuple[date | None, datetime | None, Any]:
    try:
        at = datetime.strptime(
            f"{entry.get('date', '')} {entry.get('time') or '00:00:00'}", "%m/%d/%y %H:%M:%S"
        )
    except (TypeError, ValueError):
        return None, None, None
    return at.date(), at, _number(entry.get("weight")) * LB_KG


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def parse(
    stream: IO[bytes],
    *,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> Parsed:
    result = Parsed()
    document = wholefiles.entries(stream, progress)
    first = next((entry for entry in document if isinstance(entry, dict)), {})
    kind = FITBIT if "logId" in first else GARMIN
    latest: dict[date, tuple[datetime, float, int]] = {}
    seen: set[Any] = set()
    for number, entry in enumerate(document, start=1):
        if not isinstance(entry, dict):
            result.skipped.append(Skip(number, "weight", "value", str(entry)[:40]))
            continue
        result.records += 1
        identity = entry.get("logId") if kind == FITBIT else None
        if identity is not None and identity in seen:
            result.duplicates += 1
            continue
        seen.add(identity)
        if kind == GARMIN and not isinstance(entry.get("weight"), dict):
            result.not_imported["biometrics"] += 1
            continue
        day, at, kg = _garmin(entry, zone) if kind == GARMIN else _fitbit(entry)
        if day is None or at is None or not tables.sane_day(day):
            result.skipped.append(Skip(number, "weight", "date", str(entry.get("date", ""))[:40]))
            continue
        if kg is None or kg != kg:  # missing or not a number
            result.skipped.append(Skip(number, "weight", "value", str(entry)[:40]))
            continue
        if day not in latest or at >= latest[day][0]:
            latest[day] = (at, kg, number)
    device = {GARMIN: "Garmin Connect", FITBIT: "Fitbit"}[kind]
    scales.add_days_latest(result, latest, kind, device)
    return result
