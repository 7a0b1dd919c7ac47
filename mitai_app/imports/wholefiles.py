"""Files read whole rather than streamed (the JSON exports of Garmin
Connect and Fitbit, FIT files): small, read under a size limit, so a huge
or broken one is refused with a message instead of filling the worker's
memory; and the date forms the JSON exports write. Pure."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import IO, Any

from mitai_app.core.errors import UserError
from mitai_app.imports.consts import MEGABYTE, WHOLE_FILE_MAX_BYTES


def looks_like_json(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf").lstrip()[:1] in (b"[", b"{")


def whole(stream: IO[bytes]) -> bytes:
    """The stream's bytes; UserError when there are more than the limit."""
    data = stream.read(WHOLE_FILE_MAX_BYTES + 1)
    if len(data) > WHOLE_FILE_MAX_BYTES:
        raise UserError("imports.error.too_big", mb=WHOLE_FILE_MAX_BYTES // MEGABYTE)
    return data


def entries(stream: IO[bytes], progress: Callable[[int, int], bool] | None) -> list[Any]:
    """The JSON file's list of entries (a top-level list, or the first list
    a top-level object holds); UserError when too big or not JSON."""
    data = whole(stream)
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as broken:
        raise UserError("imports.error.json_broken") from broken
    if isinstance(document, dict):
        document = next((v for v in document.values() if isinstance(v, list)), [])
    if not isinstance(document, list):
        raise UserError("imports.error.json_broken")
    if progress is not None:
        progress(len(data), len(document))
    return document


def moment(value: Any) -> datetime | None:
    """A time as Garmin writes it, in UTC ("GMT" without a `Z`): an ISO
    string (`2024-03-01T06:02:11.0`), an array `[2024, 3, 1, 6, 2, 11]`, or
    milliseconds since 1970."""
    try:
        if isinstance(value, list) and len(value) >= 3:
            return datetime(*(int(part) for part in value[:6]), tzinfo=UTC)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return datetime.fromtimestamp(value / 1000, UTC)
        if isinstance(value, str) and value:
            parsed = datetime.fromisoformat(value.strip().removesuffix("Z").split(".")[0])
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    return None


def calendar_day(value: Any) -> date | None:
    """A calendar date: `2024-03-01`, `2024-03-01T00:00:00.0` or `[2024, 3, 1]`."""
    try:
        if isinstance(value, list) and len(value) >= 3:
            return date(*(int(part) for part in value[:3]))
        if isinstance(value, str) and value:
            return date.fromisoformat(value.strip()[:10])
    except (TypeError, ValueError):
        return None
    return None
