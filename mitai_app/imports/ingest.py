"""Data pushed by a phone automation (Health Auto Export's REST automation,
an iOS Shortcut, Home Assistant) written like an import: the same writer,
keys and provenance, so the same payload twice adds nothing and a manual
entry is never overwritten.

A payload that adds or changes rows is recorded as a finished import job
(on the Import page, with its counts and undo) and charged as one
`data_import`; one that changes nothing (an automation re-sending the day)
leaves no job and costs nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from mitai_app.accounts.models import Profile
from mitai_app.core import access
from mitai_app.core.columns import utcnow
from mitai_app.core.formatting import zone
from mitai_app.core.records import as_uuid
from mitai_app.imports import writer
from mitai_app.imports.consts import DONE, IMPORT_FEATURE
from mitai_app.imports.models import ImportJob
from mitai_app.imports.rows import Parsed
from mitai_app.imports.runner import job_counts, job_report
from mitai_app.training.learning import apply_learned_names


@dataclass(frozen=True)
class IngestResult:
    """What one payload did: per table added, updated and skipped rows."""

    counts: dict[str, dict[str, int]]
    records: int  # samples and workouts read
    not_imported: dict[str, int]  # per metric name the app does not keep
    skipped: int  # samples refused (a date, value or range), see the job's report
    conflicts: int  # days whose manual entry was kept
    job_id: str | None  # the import job recorded, None when nothing changed


def profile_zone(*, session: Session, profile_id: uuid.UUID | str):
    """The profile's time zone: samples written without an offset are in it."""
    return zone(session.get(Profile, as_uuid(profile_id)).timezone)


def ingest(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    parsed: Parsed,
    source: str,
    name: str,
) -> IngestResult:
    """Writes the parsed rows, all in one transaction. Raises
    access.FeatureRefused when the plan allows no imports."""
    owner = as_uuid(profile_id)
    decision = access.check(session=session, profile_id=owner, feature_id=IMPORT_FEATURE)
    if not decision.allowed:
        raise access.FeatureRefused(decision)
    try:
        return _write(session, owner, parsed, source, name)
    except IntegrityError:
        # The same payload arriving twice at once: the other one's rows are
        # in now, and this one finds them there.
        session.rollback()
        return _write(session, owner, parsed, source, name)


def _write(
    session: Session, owner: uuid.UUID, parsed: Parsed, source: str, name: str
) -> IngestResult:
    rows = list({row.key: row for row in parsed.rows}.values())  # a workout sent twice: once
    job_id = uuid.uuid4()
    written = writer.Written()
    writer.write_batch(
        session=session, profile_id=owner, job_id=job_id, source=source, rows=rows, written=written
    )
    counts = job_counts(written)
    report = job_report(parsed, written)
    changed = sum(c[writer.ADDED] + c[writer.UPDATED] for c in counts.values())
    if changed:
        access.consume(session=session, profile_id=owner, feature_id=IMPORT_FEATURE)
        apply_learned_names(session=session, profile_id=owner)
        now = utcnow()
        session.add(
            ImportJob(
                id=job_id,
                profile_id=owner,
                format=source,
                filename=name,
                path="",
                status=DONE,
                records_read=parsed.records,
                rows_total=len(rows),
                rows_done=len(rows),
                counts=counts,
                report=report,
                started_at=now,
                heartbeat_at=now,
                finished_at=now,
            )
        )
    session.commit()
    return IngestResult(
        counts=counts,
        records=parsed.records,
        not_imported=report["not_imported"],
        skipped=report["skipped_count"],
        conflicts=len(report["conflicts"]),
        job_id=str(job_id) if changed else None,
    )
