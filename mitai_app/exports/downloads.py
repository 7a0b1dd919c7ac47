"""Export archives kept for their owner to download, 24 hours each.

Files live under `settings().export_dir / <profile id>/`, written under a
hidden partial name and renamed when complete, so a listed archive is
always whole. Names carry a random part and are checked against their
pattern before any path is built from one.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

from mitai_app.accounts.models import Profile
from mitai_app.core.records import as_uuid
from mitai_app.core.settings import settings
from mitai_app.exports.service import export_archive, exported_tables

KEPT_FOR = timedelta(hours=24)
_NAME = re.compile(r"^mitai-export-\d{8}-\d{6}-[A-Za-z0-9_-]{8}\.zip$")


@dataclass(frozen=True)
class Download:
    name: str
    size_bytes: int
    created_at: datetime
    expires_at: datetime


def folder(profile_id: uuid.UUID | str) -> Path:
    return settings().export_dir / str(as_uuid(profile_id))


def _download(path: Path) -> Download:
    created = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return Download(path.name, path.stat().st_size, created, created + KEPT_FOR)


def table_count() -> int:
    """How many tables an export writes (for its progress)."""
    return len(exported_tables())


def create_download(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    progress: Callable[[str], None] | None = None,
    now: datetime | None = None,
) -> Download:
    """Writes the profile's export archive for download (charging
    `data_export`); nothing is left behind when it fails."""
    where = folder(profile_id)
    where.mkdir(parents=True, exist_ok=True, mode=0o700)
    name = f"mitai-export-{(now or datetime.now(UTC)):%Y%m%d-%H%M%S}-{secrets.token_urlsafe(6)}.zip"
    partial = where / f".{name}.part"
    try:
        with partial.open("xb") as out:
            export_archive(session=session, profile_id=profile_id, out=out, progress=progress)
        os.replace(partial, where / name)
    finally:
        partial.unlink(missing_ok=True)
    return _download(where / name)


def list_downloads(*, profile_id: uuid.UUID | str, now: datetime | None = None) -> list[Download]:
    """The profile's archives that can still be downloaded, newest first."""
    where, now = folder(profile_id), now or datetime.now(UTC)
    if not where.is_dir():
        return []
    found = [_download(path) for path in where.iterdir() if _NAME.match(path.name)]
    return sorted((d for d in found if d.expires_at > now), key=lambda d: d.name, reverse=True)


def download_path(
    *, profile_id: uuid.UUID | str, name: str, now: datetime | None = None
) -> Path | None:
    """The archive `name` of this profile while it may be downloaded, else None."""
    if not _NAME.match(name):
        return None
    path = folder(profile_id) / name
    if not path.is_file() or _download(path).expires_at <= (now or datetime.now(UTC)):
        return None
    return path


def purge_downloads(*, session: Session, now: datetime | None = None) -> int:
    """Deletes archives past their 24 hours, partial files a day old, and
    the folders of profiles that no longer exist. Returns files deleted."""
    root, now = settings().export_dir, now or datetime.now(UTC)
    if not root.is_dir():
        return 0
    existing = {str(row) for row in session.execute(sa.select(Profile.id)).scalars()}
    deleted = 0
    for kept in root.iterdir():
        if not kept.is_dir():
            continue
        if kept.name not in existing:
            deleted += sum(1 for _ in kept.iterdir())
            shutil.rmtree(kept, ignore_errors=True)
            continue
        for path in kept.iterdir():
            age = now - datetime.fromtimestamp(path.stat().st_mtime, UTC)
            if age >= KEPT_FOR:
                path.unlink(missing_ok=True)
                deleted += 1
    return deleted
