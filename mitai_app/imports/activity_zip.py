"""A zip of activity files (a watch's folder, Strava's `activities/`
without its list): every FIT, GPX and TCX file inside, gzipped or not,
recognised by its content, read with its own reader; other files are
counted as not imported. Each file is read whole under the size limit (a
gzip bomb inside the zip stops there), after the zip itself was checked
(files.open_import)."""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Callable
from datetime import tzinfo
from pathlib import PurePosixPath
from typing import IO

from mitai_app.core.errors import UserError
from mitai_app.imports import apple_health, fit_files, tracks, wholefiles
from mitai_app.imports.consts import FIT, GPX, TCX
from mitai_app.imports.rows import Parsed, Skip

GZIP_MAGIC = b"\x1f\x8b"
READERS = {FIT: fit_files.parse, GPX: tracks.parse_gpx, TCX: tracks.parse_tcx}
HEAD = 4096


def activity_format(head: bytes) -> str | None:
    return fit_files.recognise(head) or tracks.recognise(head)


def _unpacked(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    with archive.open(entry) as member:
        data = wholefiles.whole(member)
    if data.startswith(GZIP_MAGIC):
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
            data = wholefiles.whole(unzipped)
    return data


def head_of(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    """The first bytes of an entry, unzipped when it is gzipped."""
    with archive.open(entry) as member:
        head = member.read(HEAD)
    if head.startswith(GZIP_MAGIC):
        try:
            with archive.open(entry) as member, gzip.GzipFile(fileobj=member) as unzipped:
                head = unzipped.read(HEAD)
        except (OSError, EOFError):
            return b""
    return head


def parse(
    stream: IO[bytes],
    *,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> Parsed:
    result = Parsed()
    read = 0
    keys: set[str] = set()
    with zipfile.ZipFile(stream) as archive:
        for entry in archive.infolist():
            if entry.is_dir():
                continue
            name = PurePosixPath(entry.filename).name
            try:
                data = _unpacked(archive, entry)
            except (OSError, EOFError, zipfile.BadZipFile):
                result.skipped.append(Skip(0, "file", "broken", name[:80]))
                continue
            except UserError:
                result.skipped.append(Skip(0, "file", "too_big", name[:80]))
                continue
            format_ = activity_format(data[:HEAD])
            read += entry.compress_size
            if format_ is None:
                result.not_imported["other files"] += 1
                continue
            try:
                found = READERS[format_](io.BytesIO(data), zone=zone)
            except apple_health.XmlRefused:
                result.skipped.append(Skip(0, "file", "xml_refused", name[:80]))
                continue
            result.records += found.records
            for row in found.rows:  # the same activity in two files of one kind: once
                if row.key in keys:
                    result.duplicates += 1
                    continue
                keys.add(row.key)
                result.rows.append(row)
            result.duplicates += found.duplicates
            result.not_imported.update(found.not_imported)
            result.skipped.extend(
                Skip(s.line, s.kind, s.reason, f"{name[:60]} {s.value}") for s in found.skipped
            )
            if found.stopped is not None:
                result.skipped.append(Skip(found.stopped.line, "file", "stopped", name[:80]))
            if progress is not None and not progress(read, result.records):
                result.cancelled, result.rows = True, []
                break
    return result
