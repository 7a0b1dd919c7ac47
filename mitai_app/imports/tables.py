"""Reading the CSV exports of devices and apps: the header recognised by its
names (any delimiter, a BOM, CRLF, every field quoted), numbers with a
decimal point or comma, dates in the orders the apps write them, and the
rows streamed with their line numbers, exact duplicates counted once, the
bytes read counted for the progress bar. Pure.

A format is a header test (`looks_like`) and a row reader; the rows it
makes go through the same writer as every other import.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, tzinfo
from typing import IO

from mitai_app.imports.rows import Parsed, Stopped

PROGRESS_EVERY = 1000  # rows
PREAMBLE_MAX = 40  # lines before the header line
DELIMITERS = (";", ",", "\t")
DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d.%m.%Y",
    "%d.%m.%y",
    "%m/%d/%Y",
    "%b %d %Y",
    "%d %b %Y",
    "%d-%b-%Y",
)
TIME_FORMATS = ("%H:%M:%S", "%H:%M", "%I:%M %p", "%I:%M:%S %p")
# Month names strptime's `%b` does not read (it knows English), as German
# exports write them (`5 Okt. 2025`, `3 März 2025`, `12 Mai 2025`), by
# their first three letters; every other month's three letters are English.
GERMAN_MONTHS = {"mär": "Mar", "mrz": "Mar", "mae": "Mar", "mai": "May", "okt": "Oct", "dez": "Dec"}
# `27,540` or `27 540`: thousands (a dot stays a decimal point: `10.020` km).
THOUSANDS = re.compile(r"^\d{1,3}([,\u00a0 ']\d{3})+$")


class Counting(io.RawIOBase):
    """The bytes read so far, for the progress bar."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream, self.count = stream, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def delimiter_of(line: str) -> str:
    """The delimiter the header line uses most (`;` in German exports)."""
    return max(DELIMITERS, key=line.count)


def column(names: list[str], *wanted: str) -> int | None:
    """The first column whose name starts with one of `wanted`."""
    for i, name in enumerate(names):
        if name.startswith(wanted):
            return i
    return None


def number(text: str) -> float | None:
    """`72.5`, `72,5` or `"72,5"`; None when empty or not a number."""
    text = text.strip().strip('"').replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def spreadsheet_number(text: str) -> float | None:
    """A number as a file, or a spreadsheet that rewrote it, may hold it:
    `27540`, `27,540` (thousands), `2.754E+04`, `27540.0`, and `7:39:00`
    (a duration, in seconds); `--` or empty: None."""
    text = text.strip().strip('"')
    if not text or text.strip("-") == "":
        return None
    if ":" in text:
        try:
            parts = [float(p) for p in text.split(":")]
        except ValueError:
            return None
        return sum(n * 60**i for i, n in enumerate(reversed(parts))) if len(parts) <= 3 else None
    if THOUSANDS.match(text):
        return float(re.sub(r"\D", "", text))
    return number(text)


def _month(word: str) -> str:
    """`Okt.`, `März`, `Sept.`, `January` → `Oct`, `Mar`, `Sep`, `Jan`."""
    stem = word.rstrip(".").lower()[:3]
    return GERMAN_MONTHS.get(stem, stem.title())


def when(day_text: str, time_text: str = "") -> datetime | None:
    """A naive local date and time (to the minute) from one or two fields:
    `2024-03-01 07:12`, `01.03.2024` + `07:12`, `3/1/2024` + `7:12 AM`,
    `Mar 1 2024`, `23 Sep. 2025`, `3 März 2025`, `01-Mär-2024` (QS Access on
    a German phone)."""
    text = " ".join(f"{day_text.strip()} {time_text.strip()}".replace(",", "").split())
    words = text.split(" ")
    if words[0][:3].isalpha():  # `Mar 1 2024 07:12`
        day_part, rest = " ".join([_month(words[0]), *words[1:3]]), " ".join(words[3:])
    elif len(words) > 2 and words[1][:1].isalpha():  # `23 Sep. 2025 07:12`
        day_part, rest = " ".join([words[0], _month(words[1]), words[2]]), " ".join(words[3:])
    elif len(dashed := words[0].split("-")) == 3 and dashed[1].isalpha():  # `01-Mär-2024 07:12`
        day_part, rest = " ".join([dashed[0], _month(dashed[1]), dashed[2]]), " ".join(words[1:])
    else:
        day_part, _, rest = text.partition(" ")
    if rest.endswith("Z"):
        rest = rest[:-1]
    for day_format in DATE_FORMATS:
        try:
            day = datetime.strptime(day_part, day_format)
        except ValueError:
            continue
        if not rest:
            return day
        for time_format in TIME_FORMATS:
            try:
                at = datetime.strptime(rest, time_format).time()
            except ValueError:
                continue
            return datetime.combine(day.date(), at)
        return None
    return None


def in_utc(local: datetime, zone: tzinfo | None) -> datetime:
    """A wall-clock time the file wrote without an offset, read in the
    profile's zone, to the minute, as UTC (a log of moments' key)."""
    placed = local.replace(second=0, microsecond=0, tzinfo=zone or UTC)
    return placed.astimezone(UTC)


def sane_day(day: date) -> bool:
    return 1900 < day.year < 2100


def _names(line: str, delimiter: str) -> list[str]:
    return [name.strip().lower() for name in next(csv.reader([line], delimiter=delimiter), [])]


def header_line(head: bytes, is_header: Callable[[list[str]], bool]) -> list[str] | None:
    """The names of the first of the head's lines `is_header` accepts (an
    export may open with a block about the user before its table)."""
    lines = head.decode("utf-8-sig", errors="replace").splitlines()[:PREAMBLE_MAX]
    for line in lines:
        names = _names(line, delimiter_of(line))
        if is_header(names):
            return names
    return None


def rows(
    stream: IO[bytes],
    result: Parsed,
    progress: Callable[[int, int], bool] | None,
    is_header: Callable[[list[str]], bool] = lambda names: True,
    *,
    distinct: bool = True,
) -> Iterator[tuple[int, list[str], list[str]]]:
    """(line, header, row) for each data row after the header line, an
    exact duplicate row counted once unless not `distinct`. Stops at a line
    too long for a CSV field (result.stopped), or on a cancel
    (result.cancelled)."""
    counting = Counting(stream)
    text = io.TextIOWrapper(io.BufferedReader(counting), encoding="utf-8-sig", newline="")
    offset = 0
    for first in text:
        offset += 1
        header = _names(first, delimiter_of(first))
        if is_header(header) or offset >= PREAMBLE_MAX:
            break
    else:
        return
    reader = csv.reader(text, delimiter=delimiter_of(first))
    seen: set[tuple[str, ...]] = set()
    try:
        for row in reader:
            line = reader.line_num + offset
            if not any(field.strip() for field in row):
                continue
            result.records += 1
            if (
                progress is not None
                and result.records % PROGRESS_EVERY == 0
                and not progress(counting.count, result.records)
            ):
                result.cancelled = True
                return
            if distinct:
                if tuple(row) in seen:
                    result.duplicates += 1
                    continue
                seen.add(tuple(row))
            yield line, header, row
    except csv.Error as fault:
        result.stopped = Stopped(reader.line_num + offset, str(fault))
    if progress is not None:
        progress(counting.count, result.records)


def field(row: list[str], at: int | None) -> str:
    return row[at].strip() if at is not None and at < len(row) else ""
