"""Recorded activities → activity_log: GPX tracks (heart rate from Garmin's
TrackPointExtension) and TCX files (several activities in one file).

Stream-parsed with lxml like the Apple Health export (a file declaring an
entity, so an entity bomb or an external entity, is refused), element by
element without a tree, so a long track keeps memory flat. Each activity gives its start (in the
profile's time zone: the files write UTC), its duration, its distance (the
file's totals, else summed between track points), kcal where written, its
average and maximum heart rate, and the seconds spent at each heart rate of
its samples (the time in zones).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import IO, Any

from mitai_app.imports.apple_health import feed_xml
from mitai_app.imports.consts import GPX, TCX
from mitai_app.imports.rows import ImportRow, Parsed, Skip
from mitai_app.training.formulas import HeartRateSeconds

HR_RANGE = (20, 250)  # activity_log's check
EARTH_M = 6_371_008.8  # mean radius
GAP_S = 10 * 60  # a pause longer than this is not counted as moving time
MAX_METRES = 10_000_000  # activity_log.distance_km holds up to 9999.99 km


def recognise(head: bytes) -> str | None:
    """GPX or TCX by its root element, whatever the file is called."""
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if not text.startswith(b"<"):
        return None
    if b"<gpx" in head:
        return GPX
    if b"<TrainingCenterDatabase" in head:
        return TCX
    return None


def _time(text: str) -> datetime | None:
    try:
        found = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_M * math.asin(math.sqrt(h))


@dataclass
class _Activity:
    line: int = 0
    sport: str = ""
    started: datetime | None = None  # as the file names it (TCX `Id`)
    times: list[datetime] = field(default_factory=list)  # first and last point
    heart: list[int] = field(default_factory=list)
    beats: HeartRateSeconds = field(default_factory=HeartRateSeconds)  # time at each rate
    metres: float = 0.0  # summed between points
    last_point: tuple[float, float] | None = None
    last_time: datetime | None = None
    moving_s: float = 0.0
    lap_seconds: float = 0.0
    lap_metres: float = 0.0
    lap_kcal: float = 0.0
    lap_max_hr: int = 0
    lap_beats: float = 0.0  # Σ lap average × lap seconds
    lap_beat_seconds: float = 0.0
    last_lap_s: float = 0.0
    device: str = ""  # TCX: the watch, under the activity's `Creator`


def activity_values(
    local: datetime,
    seconds: float | None,
    metres: float | None,
    kcal: float | None,
    avg_hr: float | None,
    max_hr: float | None,
    sport: str,
    hr_seconds: dict[str, int] | None = None,
) -> dict[str, Any]:
    """An activity_log row's values from an activity's totals (`local`: its
    start on the profile's wall clock) and, from a recording's heart-rate
    samples, the seconds at each rate (training's time in zones); what fails
    the table's checks is left empty (a heart rate out of range, an average
    above the maximum, a distance below 10 m or beyond the column)."""
    avg_hr, max_hr = (
        round(v) if v is not None and HR_RANGE[0] <= v <= HR_RANGE[1] else None
        for v in (avg_hr, max_hr)
    )
    if avg_hr is not None and max_hr is not None and avg_hr > max_hr:
        avg_hr = max_hr = None
    return {
        "date": local.date(),
        "start_time": local.time().replace(microsecond=0, tzinfo=None),
        "duration_minutes": round(seconds / 60) if seconds and seconds > 0 else None,
        "kcal": round(kcal) if kcal and kcal > 0 else None,
        "distance_km": round(metres / 1000, 2) if metres and 10 <= metres < MAX_METRES else None,
        "avg_hr": avg_hr,
        "max_hr": max_hr,
        "description": sport[:200] or None,
        **({"hr_seconds": hr_seconds} if hr_seconds else {}),
    }


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _Handler:
    """The parser's target: one GPX `trk` or TCX `Activity` at a time."""

    def __init__(self, result: Parsed, kind: str, zone: tzinfo | None) -> None:
        self.result, self.kind, self.zone = result, kind, zone or UTC
        self.line: Callable[[], int] = lambda: 0
        self.device = "GPX" if kind == GPX else "TCX"
        self.activity: _Activity | None = None
        self.point: dict[str, Any] | None = None
        self.path: list[str] = []
        self.text: list[str] = []

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        name = _local_name(tag)
        self.path.append(name)
        self.text = []
        if name == "gpx":
            self.device = attrib.get("creator", "")[:100] or "GPX"
        elif name in ("trk", "Activity"):
            self.activity = _Activity(line=self.line(), sport=attrib.get("Sport", ""))
        elif name in ("trkpt", "Trackpoint") and self.activity is not None:
            self.point = {"lat": attrib.get("lat"), "lon": attrib.get("lon")}

    def data(self, text: str) -> None:
        self.text.append(text)

    def end(self, tag: str) -> None:
        name = _local_name(tag)
        text = "".join(self.text).strip()
        self.text = []
        parent = self.path[-2] if len(self.path) > 1 else ""
        self.path.pop()
        activity, point = self.activity, self.point
        if activity is None:
            return
        if point is not None:
            self._point_part(name, parent, text, point)
            if name in ("trkpt", "Trackpoint"):
                self._point(activity, point)
                self.point = None
            return
        if name == "Id":
            activity.started = _time(text)
        elif name == "Name" and parent == "Creator":
            activity.device = text[:100]
        elif name in ("name", "type") and parent == "trk":
            activity.sport = activity.sport or text
        elif parent == "Lap" or parent in ("AverageHeartRateBpm", "MaximumHeartRateBpm"):
            self._lap_part(activity, name, parent, text)
        elif name in ("trk", "Activity"):
            self._emit(activity)
            self.activity = None

    def close(self) -> None:
        """The end of the file: each activity was emitted at its end tag."""

    # --- parts ----------------------------------------------------------------

    def _point_part(self, name: str, parent: str, text: str, point: dict[str, Any]) -> None:
        if name == "time" or name == "Time":
            point["time"] = _time(text)
        elif name == "hr" or name == "Value" and parent == "HeartRateBpm":
            point.setdefault("hr", text)  # Garmin's extension before a later one's
        elif name in ("LatitudeDegrees", "LongitudeDegrees"):
            point["lat" if name[1] == "a" else "lon"] = text

    def _point(self, activity: _Activity, point: dict[str, Any]) -> None:
        self.result.records += 1
        at = point.get("time")
        if at is not None:
            if activity.last_time is not None:
                gap = (at - activity.last_time).total_seconds()
                if 0 < gap <= GAP_S:
                    activity.moving_s += gap
            activity.last_time = at
            activity.times = [activity.times[0] if activity.times else at, at]
        try:
            where = (float(point["lat"]), float(point["lon"]))
        except (TypeError, ValueError, KeyError):
            where = None
        if where is not None:
            if activity.last_point is not None:
                activity.metres += _metres(activity.last_point, where)
            activity.last_point = where
        try:
            beats = round(float(point.get("hr") or ""))
        except ValueError:
            return
        if HR_RANGE[0] <= beats <= HR_RANGE[1]:
            activity.heart.append(beats)
            if at is not None:
                activity.beats.add(at.timestamp(), beats)

    def _lap_part(self, activity: _Activity, name: str, parent: str, text: str) -> None:
        try:
            value = float(text)
        except ValueError:
            return
        if name == "TotalTimeSeconds":
            activity.lap_seconds += value
            activity.last_lap_s = value
        elif name == "DistanceMeters":
            activity.lap_metres += value
        elif name == "Calories":
            activity.lap_kcal += value
        elif name == "Value" and parent == "MaximumHeartRateBpm":
            activity.lap_max_hr = max(activity.lap_max_hr, round(value))
        elif name == "Value" and parent == "AverageHeartRateBpm" and activity.last_lap_s:
            activity.lap_beats += value * activity.last_lap_s
            activity.lap_beat_seconds += activity.last_lap_s

    def _emit(self, activity: _Activity) -> None:
        start = activity.started or (activity.times[0] if activity.times else None)
        if start is None:
            self.result.skipped.append(Skip(activity.line, "Workout", "date", activity.sport))
            return
        local = start.astimezone(self.zone)
        if not 1900 < local.year < 2100:
            self.result.skipped.append(Skip(activity.line, "Workout", "date", start.isoformat()))
            return
        seconds = activity.lap_seconds or activity.moving_s
        metres = activity.lap_metres or activity.metres
        heart = activity.heart
        avg_hr = round(sum(heart) / len(heart)) if heart else None
        if avg_hr is None and activity.lap_beat_seconds:
            avg_hr = round(activity.lap_beats / activity.lap_beat_seconds)
        max_hr = max([*heart, activity.lap_max_hr]) if heart or activity.lap_max_hr else None
        values = activity_values(
            local,
            seconds,
            metres,
            activity.lap_kcal,
            avg_hr,
            max_hr,
            activity.sport,
            activity.beats.seconds(),
        )
        moment = start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.result.rows.append(
            ImportRow(
                "activity_log",
                values["date"],
                f"{self.kind}:activity:{moment}",
                activity.device or self.device,
                values,
            )
        )


def _parse(kind: str):
    def parse(
        stream: IO[bytes],
        *,
        progress: Callable[[int, int], bool] | None = None,
        zone: tzinfo | None = None,
    ) -> Parsed:
        """Every activity in the file; at a fault, those that ended before it."""
        result = Parsed()
        feed_xml(stream, _Handler(result, kind, zone), result, progress)
        return result

    return parse


parse_gpx = _parse(GPX)
parse_tcx = _parse(TCX)
