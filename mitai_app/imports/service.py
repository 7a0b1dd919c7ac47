"""Imports as the Import page and the command line use them: receiving an
upload onto disk, starting a job (charged as `data_import`), its progress,
cancel, history, the report of skipped lines, and undo.

The web process only writes the upload to disk and reads job rows; the
file is read and parsed by a queue worker (imports.tasks) or the CLI.
"""

from __future__ import annotations

import contextlib
import csv
import io
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, select

from mitai_app.core import access
from mitai_app.core.columns import utcnow
from mitai_app.core.errors import UserError
from mitai_app.core.i18n import translate
from mitai_app.core.records import as_uuid, owned
from mitai_app.core.settings import settings
from mitai_app.core.system import app_setting
from mitai_app.imports import runner, writer
from mitai_app.imports.consts import (
    ACTIVE,
    DEFAULT_MAX_UPLOAD_MB,
    DONE,
    IMPORT_FEATURE,
    MAPPED_CSV,
    MEGABYTE,
    READING,
    TABLES,
    UNDONE,
    UPLOAD_MB_RANGE,
    WRITING,
)
from mitai_app.imports.files import open_import
from mitai_app.imports.mapping import HEAD_BYTES, Mapping, Sniffed, header_key, preview, sniff
from mitai_app.imports.models import ImportJob, ImportMapping

HISTORY_LIMIT = 20
FILENAME_MAX = 255
READING_SHARE = 0.8  # of the progress bar: reading the file, then writing


@dataclass(frozen=True)
class TableCounts:
    table: str
    added: int
    updated: int
    skipped: int


@dataclass(frozen=True)
class JobView:
    id: str
    filename: str
    status: str
    phase: str
    created_at: datetime
    bytes_read: int
    bytes_total: int
    records_read: int
    added: int
    updated: int
    skipped: int
    tables: list[TableCounts]
    percent: int
    seconds_left: int | None
    error: str  # catalogue key, "" when none
    stopped_line: int | None  # the file broke there: what came before was imported
    conflicts: int
    not_imported: int
    cancel_requested: bool

    @property
    def active(self) -> bool:
        return self.status in ACTIVE


def upload_limit_bytes(*, session: Session) -> int:
    """The largest upload accepted: the app setting `max_import_upload_mb`."""
    try:
        megabytes = int(app_setting(session, "max_import_upload_mb", str(DEFAULT_MAX_UPLOAD_MB)))
    except ValueError:
        megabytes = DEFAULT_MAX_UPLOAD_MB
    low, high = UPLOAD_MB_RANGE
    return min(max(megabytes, low), high) * MEGABYTE


class UploadSink:
    """An upload written to disk chunk by chunk, refused past the limit.
    Never held in memory; a refused or abandoned upload leaves no file."""

    def __init__(self, folder: Path, max_bytes: int) -> None:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = folder / f"{uuid.uuid4().hex}.upload"
        self.max_bytes = max_bytes
        self.size = 0
        self._file = self.path.open("xb")

    def write(self, data: bytes, offset: int | None = None) -> None:
        end = (self.size if offset is None else offset) + len(data)
        if end > self.max_bytes:
            self.discard()
            raise UserError("imports.error.too_big", mb=self.max_bytes // MEGABYTE)
        if offset is not None and offset != self._file.tell():
            self._file.seek(offset)
        self._file.write(data)
        self.size = max(self.size, end)

    def close(self) -> Path:
        self._file.close()
        if self.size == 0:
            self.discard()
            raise UserError("imports.error.empty")
        return self.path

    def discard(self) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)


def open_upload(*, session: Session, profile_id: uuid.UUID | str) -> UploadSink:
    folder = settings().import_dir / str(as_uuid(profile_id))
    return UploadSink(folder, upload_limit_bytes(session=session))


def shown_filename(filename: str) -> str:
    """The uploaded file's name as the import list shows it. Nobody typed
    it, so refusing the import over its length would lose the upload for
    nothing: a name longer than the column keeps its ending (the extension
    and usually the distinguishing part) behind an ellipsis, so the list
    shows that it was shortened."""
    name = Path(filename).name.strip()
    if len(name) <= FILENAME_MAX:
        return name
    return "…" + name[-(FILENAME_MAX - 1) :]


def start_import(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    path: Path,
    filename: str,
    mapping: Mapping | None = None,
    remember: bool = False,
) -> JobView:
    """A queued job for the file at `path`, charged as `data_import`; with
    `mapping` a CSV of no known format read that way (saved for its header
    when `remember`). Raises UserError for a mapping that cannot be read,
    access.FeatureRefused (the plan allows no more imports)."""
    owner, path = as_uuid(profile_id), Path(path)
    name = shown_filename(filename or path.name)
    fmt, stored = "", None
    if mapping is not None:
        sniffed = _sniffed(owner, path)
        if problem := mapping.problem():
            raise UserError(problem, field="mapping")
        if len(mapping.columns) != len(sniffed.header):
            raise UserError("imports.mapping.error.settings", field="mapping")
        fmt, stored = MAPPED_CSV, {**mapping.as_dict(), "key": header_key(sniffed.header)}
    access.consume(session=session, profile_id=owner, feature_id=IMPORT_FEATURE)
    job = ImportJob(
        profile_id=owner,
        format=fmt,
        filename=name or "?",
        path=str(path.resolve()),
        mapping=stored,
    )
    session.add(job)
    if mapping is not None and remember:
        _remember(session, owner, stored["key"], mapping)
    session.commit()
    return _view(job, utcnow())


@dataclass(frozen=True)
class CsvPreview:
    """A CSV of no known format, for the mapping screen."""

    header: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    mapping: Mapping  # the saved one for this header, else the suggested one
    saved: bool
    rows: list[list[str]]  # the sample as the mapping reads it


def _upload(owner: uuid.UUID, path: Path) -> Path:
    """`path` if it is one of the profile's own uploads (never another's)."""
    folder = (settings().import_dir / str(owner)).resolve()
    path = Path(path).resolve()
    if path.parent != folder or not path.is_file():
        raise UserError("imports.mapping.error.gone")
    return path


def _sniffed(owner: uuid.UUID, path: Path) -> Sniffed:
    with _upload(owner, path).open("rb") as raw:
        sniffed = sniff(raw.read(HEAD_BYTES))
    if sniffed is None:
        raise UserError("imports.error.unknown_format")
    return sniffed


def inspect_upload(
    *, session: Session, profile_id: uuid.UUID | str, path: Path
) -> CsvPreview | None:
    """None for a file of a format this app knows; for a CSV of no known
    format its header, first rows and the mapping to offer. UserError for
    a file that is neither (empty, binary, unsafe)."""
    owner = as_uuid(profile_id)
    try:
        with open_import(_upload(owner, path)):
            return None
    except UserError as refused:
        if refused.code != "imports.error.unknown_format":
            raise
    sniffed = _sniffed(owner, path)
    saved = session.exec(
        select(ImportMapping).where(
            ImportMapping.profile_id == owner,
            ImportMapping.header_key == header_key(sniffed.header),
        )
    ).first()
    how = sniffed.suggested if saved is None else Mapping.from_dict(saved.mapping)
    return CsvPreview(
        sniffed.header, sniffed.sample, how, saved is not None, preview(sniffed.sample, how)
    )


def csv_preview(
    *, session: Session, profile_id: uuid.UUID | str, path: Path, mapping: Mapping
) -> list[list[str]]:
    """The first rows as `mapping` reads them (the mapping screen's preview)."""
    sniffed = _sniffed(as_uuid(profile_id), path)
    if mapping.encoding != sniffed.suggested.encoding or len(mapping.columns) != len(
        sniffed.header
    ):
        return []
    return preview(sniffed.sample, mapping)


def discard_upload(*, session: Session, profile_id: uuid.UUID | str, path: Path) -> None:
    """The mapping screen closed without importing: its upload goes."""
    with contextlib.suppress(UserError):  # already gone
        _upload(as_uuid(profile_id), path).unlink(missing_ok=True)


def _remember(session: Session, owner: uuid.UUID, key: str, mapping: Mapping) -> None:
    saved = session.exec(
        select(ImportMapping).where(
            ImportMapping.profile_id == owner, ImportMapping.header_key == key
        )
    ).first() or ImportMapping(profile_id=owner, header_key=key, mapping={})
    saved.mapping = mapping.as_dict()
    session.add(saved)


def _view(job: ImportJob, now: datetime) -> JobView:
    counts = job.counts or {}
    tables = [
        TableCounts(
            t, counts[t].get("added", 0), counts[t].get("updated", 0), counts[t].get("skipped", 0)
        )
        for t in TABLES
        if t in counts
    ]
    report = job.report or {}
    fraction = 0.0
    if job.status == DONE:
        fraction = 1.0
    elif job.phase == READING and job.bytes_total:
        fraction = READING_SHARE * job.bytes_read / job.bytes_total
    elif job.phase == WRITING:
        fraction = READING_SHARE + (1 - READING_SHARE) * (
            job.rows_done / job.rows_total if job.rows_total else 1
        )
    seconds_left = None
    if job.status in ACTIVE and job.started_at and fraction > 0.02:
        elapsed = (now - job.started_at).total_seconds()
        seconds_left = max(0, round(elapsed * (1 - fraction) / fraction))
    stopped = report.get("stopped")
    return JobView(
        id=str(job.id),
        filename=job.filename,
        status=job.status,
        phase=job.phase,
        created_at=job.created_at or now,
        bytes_read=job.bytes_read,
        bytes_total=job.bytes_total,
        records_read=job.records_read,
        added=sum(t.added for t in tables),
        updated=sum(t.updated for t in tables),
        skipped=sum(t.skipped for t in tables),
        tables=tables,
        percent=round(fraction * 100),
        seconds_left=seconds_left,
        error=job.error or "",
        stopped_line=stopped["line"] if stopped else None,
        conflicts=len(report.get("conflicts", [])),
        not_imported=sum(report.get("not_imported", {}).values()),
        cancel_requested=job.cancel_requested,
    )


def history(*, session: Session, profile_id: uuid.UUID | str) -> list[JobView]:
    """The profile's latest imports, newest first (the page polls this)."""
    jobs = session.exec(
        select(ImportJob)
        .where(ImportJob.profile_id == as_uuid(profile_id))
        .order_by(ImportJob.created_at.desc())
        .limit(HISTORY_LIMIT)
    ).all()
    now = utcnow()
    return [_view(job, now) for job in jobs]


def job(*, session: Session, profile_id: uuid.UUID | str, job_id: str) -> JobView:
    return _view(owned(session, ImportJob, profile_id, job_id), utcnow())


def request_cancel(*, session: Session, profile_id: uuid.UUID | str, job_id: str) -> JobView:
    """Asks the worker to stop; a job still waiting is cancelled at once
    when the worker picks it up. Rows written so far stay (undo removes them)."""
    found = owned(session, ImportJob, profile_id, job_id)
    if found.status in ACTIVE:
        found.cancel_requested = True
        session.add(found)
        session.commit()
    return _view(found, utcnow())


def undo_import(*, session: Session, profile_id: uuid.UUID | str, job_id: str) -> dict[str, int]:
    """Removes exactly the rows this import added (rows it only updated, and
    everything typed by hand, stay). Returns the rows removed per table."""
    found = owned(session, ImportJob, profile_id, job_id)
    if found.status in ACTIVE:
        raise UserError("imports.error.still_running")
    if found.status == UNDONE:
        raise UserError("imports.error.already_undone")
    removed = writer.undo(
        session=session,
        profile_id=found.profile_id,
        job_id=found.id,
        source=runner.READERS[found.format][1]
        if found.format in runner.READERS
        else runner.MAPPED_SOURCE,
    )
    found.status = UNDONE
    session.add(found)
    session.commit()
    return removed


def report_csv(*, session: Session, profile_id: uuid.UUID | str, job_id: str, lang: str) -> str:
    """The skipped lines, conflicts and not-imported types as CSV, in `lang`."""
    found = owned(session, ImportJob, profile_id, job_id)
    report = found.report or {}
    out = io.StringIO()
    sheet = csv.writer(out)
    sheet.writerow(
        [translate(f"imports.report.{c}", lang) for c in ("line", "kind", "reason", "value")]
    )
    if report.get("stopped"):
        stopped = report["stopped"]
        sheet.writerow(
            [stopped["line"], "", translate("imports.reason.stopped", lang), stopped["reason"]]
        )
    for skip in report.get("skipped", []):
        reason = translate(f"imports.reason.{skip['reason']}", lang)
        sheet.writerow([skip["line"] or "", skip["kind"], reason, skip["value"]])
    for conflict in report.get("conflicts", []):
        sheet.writerow(
            [
                "",
                conflict["table"],
                translate("imports.reason.manual", lang),
                f"{conflict['day']}: {conflict['manual']} ≠ {conflict['imported']}",
            ]
        )
    for kind, count in report.get("not_imported", {}).items():
        sheet.writerow(["", kind, translate("imports.reason.not_imported", lang), count])
    return out.getvalue()
