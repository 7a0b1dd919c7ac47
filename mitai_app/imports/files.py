"""Opening an import file safely: recognised by its content (not its name:
Apple Health's export.xml and its CSV from Health Auto Export or QS Access, Withings' weight.csv and bp.csv, Omron, Beurer,
openScale and wger CSV, Garmin's and Fitbit's weight JSON, the sleep
exports of Withings, Fitbit, Oura and Sleep Cycle, the food diaries of
MyFitnessPal, Cronometer and SparkyFitness, Strava's and Garmin's
activities.csv, GPX, TCX and FIT, and zips of activity files),
a zip checked before a byte is inflated (entries, total size, compression
ratio, no `../` or absolute paths), and the XML inside streamed."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from mitai_app.core.errors import UserError
from mitai_app.imports import (
    activity_csv,
    activity_zip,
    apple_csv,
    bp_monitors,
    fit_files,
    nutrition_files,
    scales,
    sleep_files,
    tracks,
    weight_json,
)
from mitai_app.imports.consts import (
    ACTIVITY_ZIP,
    APPLE_HEALTH,
    STRAVA_ACTIVITIES,
    WITHINGS_BP,
    WITHINGS_WEIGHT,
    ZIP_MAX_ENTRIES,
    ZIP_MAX_RATIO,
    ZIP_MAX_TOTAL_BYTES,
)

ZIP_MAGIC = b"PK\x03\x04"
# A file's format by its first bytes; the first that knows it wins.
RECOGNISERS = (
    apple_csv.recognise,  # before the scales: `Date/Time` … `Weight & Body Mass (kg)`
    bp_monitors.recognise,
    scales.recognise,
    weight_json.recognise,
    sleep_files.recognise,
    nutrition_files.recognise,
    activity_csv.recognise,
    tracks.recognise,
    fit_files.recognise,
)
EXPORT_NAMES = ("export.xml", "Export.xml")


@dataclass(frozen=True)
class Opened:
    format: str
    stream: IO[bytes]
    size: int  # bytes the stream holds (uncompressed)
    # Apple Health's zip: its workout routes (`workout-routes/*.gpx`), each opened in turn.
    routes: Callable[[], Iterator[IO[bytes]]] | None = None


def _checked_zip(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    entries = archive.infolist()
    if len(entries) > ZIP_MAX_ENTRIES:
        raise UserError("imports.error.zip_entries", limit=ZIP_MAX_ENTRIES)
    total = 0
    for entry in entries:
        name = entry.filename.replace("\\", "/")
        path = PurePosixPath(name)
        if path.is_absolute() or ".." in path.parts or (name[1:2] == ":"):
            raise UserError("imports.error.zip_path", name=entry.filename[:200])
        total += entry.file_size
        if entry.file_size > ZIP_MAX_RATIO * max(entry.compress_size, 1) and entry.file_size > (
            1024 * 1024
        ):
            raise UserError("imports.error.zip_ratio", name=entry.filename[:200])
    if total > ZIP_MAX_TOTAL_BYTES:
        raise UserError("imports.error.zip_size")
    return entries


def _export_entry(entries: list[zipfile.ZipInfo]) -> tuple[str, zipfile.ZipInfo] | None:
    """`apple_health_export/export.xml` (any folder name: it follows the
    phone's language), not the CDA file beside it; or Withings' weight.csv,
    else its bp.csv; or Strava's activities.csv (the list of every activity,
    rather than the files beside it). None: no export of these."""
    for format_, names in (
        (APPLE_HEALTH, EXPORT_NAMES),
        (WITHINGS_WEIGHT, ("weight.csv",)),
        (WITHINGS_BP, ("bp.csv",)),
        (STRAVA_ACTIVITIES, ("activities.csv",)),
    ):
        found = [e for e in entries if PurePosixPath(e.filename).name in names]
        if found:
            return format_, min(found, key=lambda e: len(PurePosixPath(e.filename).parts))
    return None


def _is_route(entry: zipfile.ZipInfo) -> bool:
    path = PurePosixPath(entry.filename)
    return "workout-routes" in path.parts[:-1] and path.suffix.lower() == ".gpx"


def _looks_like_health_xml(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    return text.startswith(b"<") and b"HealthData" in head


@contextmanager
def open_import(path: Path) -> Iterator[Opened]:
    """The export inside `path`, ready to stream; UserError when the file
    is empty, unsafe or of no format this app reads."""
    size = path.stat().st_size
    if size == 0:
        raise UserError("imports.error.empty")
    with path.open("rb") as raw:
        head = raw.read(4096)
        raw.seek(0)
        if head.startswith(ZIP_MAGIC):
            try:
                archive = zipfile.ZipFile(raw)
            except zipfile.BadZipFile as bad:
                raise UserError("imports.error.zip_broken") from bad
            with archive:
                entries = _checked_zip(archive)
                found = _export_entry(entries)
                if found is not None:
                    format_, entry = found
                    routes = [e for e in entries if _is_route(e)] if format_ == APPLE_HEALTH else []

                    def opened_routes() -> Iterator[IO[bytes]]:
                        for route in routes:
                            with archive.open(route) as member:
                                yield member

                    with archive.open(entry) as member:
                        yield Opened(format_, member, entry.file_size, opened_routes)
                    return
                if not any(
                    activity_zip.activity_format(activity_zip.head_of(archive, entry))
                    for entry in entries
                    if not entry.is_dir()
                ):
                    raise UserError("imports.error.unknown_format")
            raw.seek(0)
            yield Opened(ACTIVITY_ZIP, raw, size)
            return
        if _looks_like_health_xml(head):
            yield Opened(APPLE_HEALTH, raw, size)
            return
        for recognise in RECOGNISERS:
            if format_ := recognise(head):
                yield Opened(format_, raw, size)
                return
    raise UserError("imports.error.unknown_format")
