"""The export archive's layout and its checks, without a database.

An export is one ZIP file:

    manifest.json     format, version, schema revision, profile, row counts,
                      and the SHA-256 of every other file in the archive
    mitai.json        one versioned JSON document of everything, written one
                      row per line so that it streams both ways
    csv/<table>.csv   one CSV per table: a header row, UTF-8, ISO 8601 dates
                      and times (UTC), values in SI units as stored
    columns.csv       every CSV column's type, unit and meaning (generated:
                      `exports.column_docs`)
    photos/<file>     the photos as processed on upload, and their thumbnails

Values are written as JSON types: ids and dates as strings, decimals as
numbers. Restoring reads `mitai.json` (the CSV files lose the difference
between an empty text and none) after every checksum has been verified.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, BinaryIO

from mitai_app.core.errors import UserError

FORMAT = "mitai-export"
# Raised when the archive's own layout changes; the schema revision inside
# says which tables and columns the rows were written from.
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DOCUMENT = "mitai.json"
COLUMNS = "columns.csv"
CSV_FOLDER = "csv/"
PHOTO_FOLDER = "photos/"


def _iso(value: date | time) -> str:
    return value.isoformat()


# By the value's exact type: a dictionary look-up per value, as every value
# of an export passes here (a subclass takes the slower path below).
_AS_JSON: dict[type, Any] = {
    str: None,
    int: None,
    float: None,
    bool: None,
    type(None): None,
    Decimal: float,
    uuid.UUID: str,
    datetime: _iso,
    date: _iso,
    time: _iso,
}


def cell(value: Any) -> Any:
    """A stored value as a JSON value (a JSON value stays as it is)."""
    kind = type(value)
    if kind in _AS_JSON:
        convert = _AS_JSON[kind]
        return value if convert is None else convert(value)
    if isinstance(value, bool | int | float | str | dict | list):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    raise TypeError(f"no export form for {type(value).__name__}")


def cells(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row's values as JSON values, converted once for the document and
    the CSV alike."""
    return {name: cell(value) for name, value in row.items()}


def csv_cell(value: Any) -> str:
    """A stored value as CSV text: JSON for nested values, empty for none."""
    value = cell(value)
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def csv_line(values: Iterable[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([csv_cell(value) for value in values])
    return buffer.getvalue()


class HashingWriter:
    """Passes bytes on to `target`, keeping their SHA-256 and count."""

    def __init__(self, target: BinaryIO) -> None:
        self._target = target
        self._hash = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self._hash.update(data)
        self.size += len(data)
        return self._target.write(data)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


# --- mitai.json: one row per line -------------------------------------------------


def document_head(*, schema: str, profile: Mapping[str, Any]) -> str:
    head = {"format": FORMAT, "version": FORMAT_VERSION, "schema": schema}
    profile_json = json.dumps({k: cell(v) for k, v in profile.items()}, ensure_ascii=False)
    return json.dumps(head)[:-1] + f', "profile": {profile_json},\n"tables": {{\n'


def document_table(name: str, *, first: bool) -> str:
    return ("" if first else "],\n") + json.dumps(name) + ": [\n"


def document_row(row: Mapping[str, Any], *, first: bool) -> str:
    text = json.dumps({k: cell(v) for k, v in row.items()}, ensure_ascii=False, sort_keys=True)
    return ("" if first else ",") + text + "\n"


def document_end(*, any_table: bool) -> str:
    return ("]\n" if any_table else "") + "}}\n"


@dataclass
class Document:
    """What `read_document` found besides the rows."""

    head: dict[str, Any] = field(default_factory=dict)


def read_document(lines: Iterable[str], document: Document) -> Iterator[tuple[str, dict]]:
    """The rows of a `mitai.json` as `(table, row)`, one line at a time;
    `document.head` is filled from its first line. Anything but the layout
    `document_*` writes is refused."""
    table = None
    for number, line in enumerate(lines, start=1):
        text = line.rstrip("\n")
        try:
            if number == 1:
                head = json.loads(text.removesuffix(",") + "}")
                document.head.update(head)
            elif text == '"tables": {' or text in ("]", "],", "}}"):
                continue
            elif text.endswith(": ["):
                table = json.loads(text[:-3])
            elif table is not None and text.lstrip(",").startswith("{"):
                yield table, json.loads(text.lstrip(","))
            else:
                raise ValueError(text[:40])
        except (ValueError, json.JSONDecodeError) as error:
            raise UserError("exports.error.damaged", line=number) from error


# --- the manifest ------------------------------------------------------------------


def manifest(
    *, schema: str, profile_id: uuid.UUID, counts: Mapping[str, int], files: Mapping[str, str]
) -> bytes:
    return json.dumps(
        {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "schema": schema,
            "profile_id": str(profile_id),
            "counts": dict(counts),
            "sha256": dict(files),
        },
        indent=1,
        sort_keys=True,
    ).encode()


def checked_manifest(data: bytes, *, revisions: list[str]) -> dict[str, Any]:
    """The manifest, refused unless it is this app's, of a format version
    and schema revision this app knows. `revisions` are the schema's
    revisions from the oldest to the current one: an export from an older
    one is read forward (missing columns take their defaults); one from a
    newer version of the app is refused."""
    try:
        found = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise UserError("exports.error.not_an_export") from error
    if not isinstance(found, dict) or found.get("format") != FORMAT:
        raise UserError("exports.error.not_an_export")
    if not isinstance(found.get("version"), int) or found["version"] > FORMAT_VERSION:
        raise UserError("exports.error.newer")
    if found.get("schema") not in revisions:
        raise UserError("exports.error.newer")
    if not isinstance(found.get("sha256"), dict) or not isinstance(found.get("counts"), dict):
        raise UserError("exports.error.not_an_export")
    return found
