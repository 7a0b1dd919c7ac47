"""Sleep trackers' exports → sleep_log, one night a day (the wake-up day;
of two sessions that day, such as a nap, the longest counts and the other
is reported), with its bed and wake-up times, minutes asleep and stage
minutes:

- Withings `sleep.csv` (English or German headers): `from`/`to` with their
  offset, stage durations in seconds;
- Fitbit Takeout `sleep-YYYY-MM-DD.json`: local times without an offset,
  `stages` or older `classic` summaries; naps beside the main sleep;
- Oura CSV: `bedtime start`/`bedtime end`, durations in seconds that a
  spreadsheet may have rewritten (`27,540`, `2.754E+04`, `7:39:00`), naps
  and rests as rows of their own;
- Sleep Cycle CSV (`;`): `Start`/`End` wall-clock times, `Sleep quality` in
  percent, `Time asleep (seconds)` where the app wrote it; exact duplicate
  rows count once.

Times written without an offset are the profile's wall clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from typing import IO, Any

from mitai_app.imports import tables, wholefiles
from mitai_app.imports.consts import FITBIT_SLEEP, OURA_SLEEP, SLEEP_CYCLE, WITHINGS_SLEEP
from mitai_app.imports.rows import ImportRow, Parsed, Skip

DEVICES = {
    WITHINGS_SLEEP: ("withings", "Withings"),
    FITBIT_SLEEP: ("fitbit", "Fitbit"),
    OURA_SLEEP: ("oura", "Oura"),
    SLEEP_CYCLE: ("sleepcycle", "Sleep Cycle"),
}
STAGES = ("deep", "rem", "light", "awake")
# Column name starts per stage, per CSV format (names lower-cased, `_` as space).
WITHINGS_STAGES = {
    "deep": ("deep", "tief"),
    "rem": ("rem",),
    "light": ("light", "leicht"),
    "awake": ("awake", "wach"),
}
OURA_STAGES = {
    "deep": ("deep sleep duration",),
    "rem": ("rem sleep duration",),
    "light": ("light sleep duration",),
    "awake": ("awake time",),
}


def _names(names: list[str]) -> list[str]:
    return [" ".join(name.replace("_", " ").split()) for name in names]


def csv_format(names: list[str]) -> str | None:
    names = _names(names)
    if names[:2] in (["from", "to"], ["von", "bis"]) and tables.column(
        names, "deep", "tief", "light", "leicht"
    ):
        return WITHINGS_SLEEP
    if "bedtime start" in names and "bedtime end" in names:
        return OURA_SLEEP
    if names[:2] == ["start", "end"] and tables.column(names, "sleep quality", "time in bed"):
        return SLEEP_CYCLE
    return None


def recognise(head: bytes) -> str | None:
    """A sleep format by its header (CSV) or keys (Fitbit's JSON)."""
    if wholefiles.looks_like_json(head):
        return FITBIT_SLEEP if b'"dateOfSleep"' in head else None
    names = tables.header_line(head, lambda names: csv_format(names) is not None)
    return None if names is None else csv_format(names)


def moment(text: str, zone: tzinfo | None) -> datetime | None:
    """`2024-03-01T23:10:00+01:00` with its offset, or a wall-clock time in
    the profile's zone (ISO, or a date form tables.when reads)."""
    text = text.strip().strip('"')
    try:
        found = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        found = tables.when(text)
    if found is None:
        return None
    return found if found.tzinfo is not None else found.replace(tzinfo=zone or UTC)


class _Nights:
    """The nights read so far, one a wake-up day: the longest session."""

    def __init__(self, result: Parsed, format_: str) -> None:
        self.result = result
        self.kind, self.device = DEVICES[format_]
        self.by_day: dict[date, tuple[int, ImportRow]] = {}

    def add(
        self,
        line: int,
        start: datetime | None,
        end: datetime | None,
        stages: dict[str, float | None],
        asleep: float | None = None,
        quality: float | None = None,
        day: date | None = None,
    ) -> None:
        if start is None or end is None:
            self.result.skipped.append(Skip(line, "sleep", "date"))
            return
        day = day or end.date()
        if end <= start or not tables.sane_day(day):
            self.result.skipped.append(Skip(line, "sleep", "range", f"{start} {end}"))
            return
        minutes = {s: round(v / 60) for s, v in stages.items() if v is not None}
        in_bed = (end - start).total_seconds() / 60
        if asleep is not None:
            total = asleep / 60
        elif all(s in minutes for s in ("deep", "rem", "light")):
            total = minutes["deep"] + minutes["rem"] + minutes["light"]
        else:
            total = in_bed - minutes.get("awake", 0)
        if not 0 <= total <= min(in_bed, 1440) + 1:
            self.result.skipped.append(Skip(line, "sleep", "range", f"{day} {round(total)}"))
            return
        values: dict[str, Any] = {
            "sleep_start": start,
            "sleep_end": end,
            "total_duration_minutes": round(total),
            "sleep_segments": {s: m for s, m in minutes.items() if m} or None,
        }
        if quality is not None and 0 <= quality <= 100:
            values["quality_score"] = round(quality)
        row = ImportRow("sleep_log", day, f"{self.kind}:sleep:{day}", self.device, values)
        earlier = self.by_day.get(day)
        if (
            earlier is None
            or row.values["total_duration_minutes"] > (earlier[1].values["total_duration_minutes"])
        ):
            if earlier is not None:
                self.result.skipped.append(Skip(earlier[0], "sleep", "second_night", str(day)))
            self.by_day[day] = (line, row)
        else:
            self.result.skipped.append(Skip(line, "sleep", "second_night", str(day)))

    def finish(self, last_day: date | None) -> None:
        if self.result.stopped is not None and last_day is not None:
            self.by_day.pop(last_day, None)  # the night being read when the file broke
        self.result.rows.extend(row for _, (_, row) in sorted(self.by_day.items()))


def _stage_columns(names: list[str], starts: dict[str, tuple[str, ...]]) -> dict[str, int | None]:
    return {stage: tables.column(names, *wanted) for stage, wanted in starts.items()}


def parse_csv(
    stream: IO[bytes],
    *,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> Parsed:
    """Withings' sleep.csv, Oura's CSV or Sleep Cycle's CSV."""
    result = Parsed()
    nights: _Nights | None = None
    at: dict[str, Any] = {}
    last_day = None
    for line, header, row in tables.rows(
        stream, result, progress, lambda names: csv_format(names) is not None
    ):
        if nights is None:
            names = _names(header)
            format_ = csv_format(names)
            nights = _Nights(result, format_)
            at = _csv_columns(format_, names)
        start = moment(tables.field(row, at["start"]), zone)
        end = moment(tables.field(row, at["end"]), zone)
        day = last_day = end.date() if end else last_day
        if at.get("type") is not None and tables.field(row, at["type"]).lower() == "rest":
            result.not_imported["rest"] += 1  # Oura's rest periods: lying awake
            continue
        stages = {
            s: tables.spreadsheet_number(tables.field(row, i)) for s, i in at["stages"].items()
        }
        asleep = (
            tables.spreadsheet_number(tables.field(row, at["asleep"]))
            if at.get("asleep") is not None
            else None
        )
        quality = (
            tables.number(tables.field(row, at["quality"]).rstrip("%"))
            if at.get("quality") is not None
            else None
        )
        nights.add(line, start, end, stages, asleep, quality, day)
    if nights is not None:
        nights.finish(last_day)
    return result


def _csv_columns(format_: str, names: list[str]) -> dict[str, Any]:
    if format_ == WITHINGS_SLEEP:
        return {"start": 0, "end": 1, "stages": _stage_columns(names, WITHINGS_STAGES)}
    if format_ == OURA_SLEEP:
        return {
            "start": names.index("bedtime start"),
            "end": names.index("bedtime end"),
            "stages": _stage_columns(names, OURA_STAGES),
            "asleep": tables.column(names, "total sleep duration"),
            "quality": next(
                (i for i, n in enumerate(names) if n in ("sleep score", "score")), None
            ),
            "type": next((i for i, n in enumerate(names) if n == "type"), None),
        }
    return {
        "start": 0,
        "end": 1,
        "stages": {},
        "asleep": tables.column(names, "time asleep"),
        "quality": tables.column(names, "sleep quality"),
    }


def parse_fitbit(
    stream: IO[bytes],
    *,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> Parsed:
    """Fitbit Takeout's sleep JSON."""
    result = Parsed()
    nights = _Nights(result, FITBIT_SLEEP)
    seen: set[Any] = set()
    for number, entry in enumerate(wholefiles.entries(stream, progress), start=1):
        if not isinstance(entry, dict):
            result.skipped.append(Skip(number, "sleep", "value", str(entry)[:40]))
            continue
        result.records += 1
        if entry.get("logId") in seen:
            result.duplicates += 1
            continue
        seen.add(entry.get("logId"))
        levels = entry.get("levels") if isinstance(entry.get("levels"), dict) else {}
        summary = levels.get("summary") if isinstance(levels.get("summary"), dict) else {}

        def minutes(*names: str, found: dict = summary) -> float | None:
            for name in names:
                if isinstance(found.get(name), dict) and found[name].get("minutes") is not None:
                    return float(found[name]["minutes"]) * 60
            return None

        asleep = entry.get("minutesAsleep")
        nights.add(
            number,
            moment(str(entry.get("startTime", "")), zone),
            moment(str(entry.get("endTime", "")), zone),
            {
                "deep": minutes("deep"),
                "rem": minutes("rem"),
                "light": minutes("light"),
                "awake": minutes("wake", "awake"),
            },
            asleep=float(asleep) * 60 if isinstance(asleep, int | float) else None,
            quality=None,
            day=wholefiles.calendar_day(entry.get("dateOfSleep")),
        )
    nights.finish(None)
    return result
