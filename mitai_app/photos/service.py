"""Progress photos: upload, gallery, serving, editing, deleting, before/after.

Files live under `settings().photo_dir / <profile id>/` (the folder account
deletion removes) with random names; the database row says which files are
whose. Every function takes the owning profile explicitly; a photo that does
not exist and one that belongs to another profile are refused alike
(`photos.error.photo_not_found`), so nobody learns which ids exist.

An upload never leaves half a photo behind: the processed files are written
under temporary names, the row and the feature usage are committed, and only
then are the files moved into place; if anything fails first, the temporary
files are deleted and nothing is counted.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session, col, select

from mitai_app.accounts.ratelimit import enforce
from mitai_app.core import access
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.logs import check_profile_day
from mitai_app.core.settings import settings
from mitai_app.core.system import app_setting
from mitai_app.photos.models import POSES, Photo
from mitai_app.photos.processing import (
    DEFAULT_MAX_UPLOAD_MB,
    MEGABYTE,
    PHOTO_CONTENT_TYPE,
    PHOTO_EXTENSION,
    THUMBNAIL_CONTENT_TYPE,
    THUMBNAIL_EXTENSION,
    process_photo,
)

FEATURE = "photo_uploads"
NOTES_MAX = 1000
# Bounds on the admin's `max_photo_upload_mb`, whatever is typed there.
UPLOAD_MB_RANGE = (1, 50)
# Uploads a profile may start per minute: enough for a series of poses,
# too few to keep a worker decoding.
UPLOADS_PER_MINUTE = 10


@dataclass(frozen=True)
class PhotoRow:
    id: str
    date: date
    pose: str
    notes: str
    width: int
    height: int


@dataclass(frozen=True)
class PhotoPage:
    """What the photos page shows: the gallery (newest first) and the
    upload limit it announces."""

    photos: list[PhotoRow]
    upload_limit_mb: int


@dataclass(frozen=True)
class PhotoFile:
    path: Path
    content_type: str


# --- helpers ------------------------------------------------------------------


def profile_folder(profile_id: uuid.UUID | str) -> Path:
    """The profile's photo folder (account deletion removes the same path)."""
    return settings().photo_dir / str(access.as_uuid(profile_id))


def _row(photo: Photo) -> PhotoRow:
    return PhotoRow(
        id=str(photo.id),
        date=photo.date,
        pose=photo.pose or "",
        notes=photo.notes or "",
        width=photo.width or 0,
        height=photo.height or 0,
    )


def _owned(session: Session, profile_id: uuid.UUID | str, photo_id: str) -> Photo:
    """The profile's photo, or not_found for unknown, foreign and malformed ids alike."""
    try:
        key = access.as_uuid(photo_id)
    except (ValueError, TypeError, AttributeError) as error:
        raise UserError("photos.error.photo_not_found", field="photo") from error
    photo = session.get(Photo, key)
    if photo is None or photo.profile_id != access.as_uuid(profile_id):
        raise UserError("photos.error.photo_not_found", field="photo")
    return photo


def _checked(
    session: Session, owner: uuid.UUID, pose: str, day: date, notes: str, today: date | None
) -> tuple[str, date, str]:
    if pose not in POSES:
        raise UserError("photos.error.pose_invalid", field="pose")
    if day > (today or date.today()):
        raise UserError("photos.error.date_future", field="date")
    # Not before the birth date or 1900, like every dated entry.
    check_profile_day(session, owner, day, today=today)
    # The page shows its errors above the form: the message names the field.
    notes = checked_text(notes, field="notes", limit=NOTES_MAX, label_key="photos.notes")
    return pose, day, notes


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _write_new(path: Path, data: bytes) -> None:
    with path.open("xb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


# --- use cases ----------------------------------------------------------------


def upload_limit_bytes(*, session: Session) -> int:
    """The largest upload accepted: the app setting `max_photo_upload_mb`."""
    try:
        megabytes = int(app_setting(session, "max_photo_upload_mb", str(DEFAULT_MAX_UPLOAD_MB)))
    except ValueError:
        megabytes = DEFAULT_MAX_UPLOAD_MB
    low, high = UPLOAD_MB_RANGE
    return min(max(megabytes, low), high) * MEGABYTE


def begin_upload(*, session: Session, profile_id: uuid.UUID | str) -> int:
    """Called before an upload is read: refuses a profile that uploads too
    often, and returns how many bytes may be read."""
    enforce(f"photos:upload:{access.as_uuid(profile_id)}", limit=UPLOADS_PER_MINUTE)
    return upload_limit_bytes(session=session)


def upload_photo(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    data: bytes,
    pose: str,
    day: date,
    notes: str = "",
    today: date | None = None,
) -> PhotoRow:
    """Processes and stores one photo. Raises UserError (the file or a
    field is refused) or access.FeatureRefused (the plan's limit)."""
    owner = access.as_uuid(profile_id)
    pose, day, notes = _checked(session, owner, pose, day, notes, today)
    max_bytes = upload_limit_bytes(session=session)
    # Decoding takes seconds for a big photo: no transaction (on SQLite, no
    # lock) is held meanwhile.
    session.rollback()
    processed = process_photo(data, max_bytes=max_bytes)
    folder = profile_folder(owner)
    folder.mkdir(parents=True, exist_ok=True)
    name = secrets.token_urlsafe(18)
    final_photo = folder / (name + PHOTO_EXTENSION)
    final_thumbnail = folder / (name + ".thumb" + THUMBNAIL_EXTENSION)
    temporary_photo = folder / f".{name}{PHOTO_EXTENSION}.part"
    temporary_thumbnail = folder / f".{name}{THUMBNAIL_EXTENSION}.part"
    try:
        _write_new(temporary_photo, processed.photo)
        _write_new(temporary_thumbnail, processed.thumbnail)
        photo = Photo(
            profile_id=owner,
            date=day,
            pose=pose,
            notes=notes or None,
            filename=final_photo.name,
            thumbnail_filename=final_thumbnail.name,
            content_type=PHOTO_CONTENT_TYPE,
            width=processed.width,
            height=processed.height,
        )
        session.add(photo)
        access.consume(session=session, profile_id=owner, feature_id=FEATURE)
        session.commit()
    except BaseException:
        session.rollback()
        _remove(temporary_photo, temporary_thumbnail)
        raise
    # Same folder, same file system: each rename is atomic.
    os.replace(temporary_photo, final_photo)
    os.replace(temporary_thumbnail, final_thumbnail)
    return _row(photo)


def list_photos(
    *, session: Session, profile_id: uuid.UUID | str, pose: str | None = None
) -> list[PhotoRow]:
    """The gallery: newest first, optionally one pose only."""
    query = select(Photo).where(Photo.profile_id == access.as_uuid(profile_id))
    if pose:
        query = query.where(Photo.pose == pose)
    query = query.order_by(col(Photo.date).desc(), col(Photo.created_at).desc())
    return [_row(photo) for photo in session.exec(query)]


def photo_page(*, session: Session, profile_id: uuid.UUID | str) -> PhotoPage:
    return PhotoPage(
        photos=list_photos(session=session, profile_id=profile_id),
        upload_limit_mb=upload_limit_bytes(session=session) // MEGABYTE,
    )


def photo_file(
    *, session: Session, profile_id: uuid.UUID | str, photo_id: str, thumbnail: bool = False
) -> PhotoFile:
    """Where the owner's photo (or its thumbnail) is on disk, for serving."""
    photo = _owned(session, profile_id, photo_id)
    folder = profile_folder(photo.profile_id)
    if thumbnail and photo.thumbnail_filename:
        return PhotoFile(folder / photo.thumbnail_filename, THUMBNAIL_CONTENT_TYPE)
    return PhotoFile(folder / photo.filename, photo.content_type or PHOTO_CONTENT_TYPE)


def update_photo(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    photo_id: str,
    pose: str,
    day: date,
    notes: str = "",
    today: date | None = None,
) -> PhotoRow:
    photo = _owned(session, profile_id, photo_id)
    photo.pose, photo.date, photo.notes = _checked(
        session, photo.profile_id, pose, day, notes, today
    )
    photo.notes = photo.notes or None
    session.add(photo)
    session.commit()
    return _row(photo)


def delete_photo(*, session: Session, profile_id: uuid.UUID | str, photo_id: str) -> None:
    """Removes the row, then the photo and its thumbnail."""
    photo = _owned(session, profile_id, photo_id)
    folder = profile_folder(photo.profile_id)
    files = [folder / name for name in (photo.filename, photo.thumbnail_filename) if name]
    session.delete(photo)
    session.commit()
    _remove(*files)


def before_after(
    *, session: Session, profile_id: uuid.UUID | str, before_id: str, after_id: str
) -> tuple[PhotoRow, PhotoRow]:
    """Two of the owner's photos to compare: the same pose, older one first."""
    first = _owned(session, profile_id, before_id)
    second = _owned(session, profile_id, after_id)
    if first.pose != second.pose:
        raise UserError("photos.error.pose_different", field="pose")
    if first.id == second.id:
        raise UserError("photos.error.photo_same", field="photo")
    older, newer = sorted((first, second), key=lambda photo: photo.date)
    return _row(older), _row(newer)
