"""FIT files (Garmin, Wahoo, Coros, Suunto…) → activity_log, decoded with
Garmin's official FIT SDK (`garmin-fit-sdk`): one row a session (a
multisport file has several), with its sport, start, timer time (pauses
excluded), distance, kcal, heart rate, and the seconds at each heart rate of
its records (the time in zones). A file without session messages
is summed from its records. A damaged file keeps the sessions that ended
before the damage and says where it stopped; a record-only file that
breaks gives nothing (its activity never ended)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import IO, Any

from garmin_fit_sdk import Decoder, Stream

from mitai_app.imports import wholefiles
from mitai_app.imports.consts import FIT
from mitai_app.imports.rows import ImportRow, Parsed, Skip, Stopped
from mitai_app.imports.tracks import HR_RANGE, activity_values
from mitai_app.training.formulas import HeartRateSeconds

HEADER_SIZES = (12, 14)


def recognise(head: bytes) -> str | None:
    """A FIT file by its header: its size, then `.FIT` at bytes 8–11."""
    return FIT if len(head) >= 12 and head[0] in HEADER_SIZES and head[8:12] == b".FIT" else None


def _device(messages: dict[str, list[dict]]) -> str:
    file_id = (messages.get("file_id_mesgs") or [{}])[0]
    maker = str(file_id.get("manufacturer") or "")
    product = str(file_id.get("garmin_product") or file_id.get("product") or "")
    return " ".join(part for part in (maker, product) if part) or "FIT"


def _from_records(records: list[dict]) -> dict[str, Any] | None:
    """A session's totals summed from its records (a file without sessions)."""
    timed = [r for r in records if isinstance(r.get("timestamp"), datetime)]
    if not timed:
        return None
    beats = [r["heart_rate"] for r in timed if isinstance(r.get("heart_rate"), int | float)]
    distances = [r["distance"] for r in timed if isinstance(r.get("distance"), int | float)]
    return {
        "start_time": timed[0]["timestamp"],
        "total_timer_time": (timed[-1]["timestamp"] - timed[0]["timestamp"]).total_seconds(),
        "total_distance": max(distances) if distances else None,
        "avg_heart_rate": sum(beats) / len(beats) if beats else None,
        "max_heart_rate": max(beats) if beats else None,
    }


def _heart_rate_seconds(records: list[dict], start: datetime, session: dict) -> dict[str, int]:
    """The seconds at each heart rate of the records within the session."""
    end = session.get("timestamp")
    if not isinstance(end, datetime):
        elapsed = session.get("total_elapsed_time") or session.get("total_timer_time") or 0
        end = start + timedelta(seconds=float(elapsed))
    end = end if end.tzinfo else end.replace(tzinfo=UTC)
    counted = HeartRateSeconds()
    for record in records:
        at, beats = record.get("timestamp"), record.get("heart_rate")
        if not isinstance(at, datetime) or not isinstance(beats, int | float):
            continue
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
        if start <= at <= end and HR_RANGE[0] <= beats <= HR_RANGE[1]:
            counted.add(at.timestamp(), beats)
    return counted.seconds()


def parse(
    stream: IO[bytes],
    *,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> Parsed:
    result = Parsed()
    data = wholefiles.whole(stream)
    messages, errors = Decoder(Stream.from_byte_array(bytearray(data))).read()
    sessions = list(messages.get("session_mesgs", []))
    records = messages.get("record_mesgs", [])
    result.records = len(sessions) + len(records)
    if errors:
        result.stopped = Stopped(0, str(errors[0])[:200])
    elif not sessions and (summed := _from_records(records)) is not None:
        sessions = [summed]
    if progress is not None:
        progress(len(data), result.records)
    device = _device(messages)
    for number, session in enumerate(sessions, start=1):
        start = session.get("start_time")
        if not isinstance(start, datetime):
            result.skipped.append(Skip(number, "activity", "date", str(start)[:40]))
            continue
        start = start if start.tzinfo else start.replace(tzinfo=UTC)
        local = start.astimezone(zone or UTC)
        if not 1900 < local.year < 2100:
            result.skipped.append(Skip(number, "activity", "date", start.isoformat()))
            continue
        values = activity_values(
            local,
            session.get("total_timer_time") or session.get("total_elapsed_time"),
            session.get("total_distance"),
            session.get("total_calories"),
            session.get("avg_heart_rate"),
            session.get("max_heart_rate"),
            str(session.get("sport") or ""),
            _heart_rate_seconds(records, start, session),
        )
        moment = start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        result.rows.append(
            ImportRow("activity_log", values["date"], f"fit:activity:{moment}", device, values)
        )
    return result
