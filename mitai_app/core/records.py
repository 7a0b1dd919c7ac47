"""What every service does with a profile's rows: parse an id, fetch the
caller's own row, page newest first, commit a one-per-day entry.

Foreign, unknown and malformed ids are refused alike (`record.error.not_found`),
so an id from the client never reveals whether another profile's row exists.
"""

from __future__ import annotations

import uuid
from functools import cache
from typing import TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col, select

from mitai_app.core.errors import UserError

T = TypeVar("T")


def as_uuid(value: uuid.UUID | str) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def owned(session: Session, model: type[T], profile_id: uuid.UUID | str, entry_id: str) -> T:
    """The profile's row of `model`, or `record.error.not_found` for unknown,
    foreign and malformed ids alike."""
    try:
        key = as_uuid(entry_id)
    except (ValueError, TypeError, AttributeError) as error:
        raise UserError("record.error.not_found", field="entry") from error
    entry = session.get(model, key)
    if entry is None or entry.profile_id != as_uuid(profile_id):
        raise UserError("record.error.not_found", field="entry")
    return entry


def newest_first(
    session: Session,
    model: type[T],
    profile_id: uuid.UUID | str,
    limit: int,
    offset: int,
    column: str = "date",
) -> list[T]:
    """One page of the profile's rows of `model`, newest first by `column`."""
    values = {"owner": as_uuid(profile_id), "offset": max(offset, 0), "limit": max(limit, 0)}
    return list(session.exec(_newest_first_query(model, column), params=values).all())


@cache
def _newest_first_query(model: type, column: str):
    """`newest_first`'s statement, built once per log (History and the
    Capture card run it on every visit)."""
    return (
        select(model)
        .where(model.profile_id == sa.bindparam("owner"))
        .order_by(col(getattr(model, column)).desc())
        .offset(sa.bindparam("offset", type_=sa.Integer))
        .limit(sa.bindparam("limit", type_=sa.Integer))
    )


def commit_entry(session: Session, entry: object) -> None:
    """Saves `entry`; a second entry on the same day (also one written
    concurrently, where a unique constraint exists) is refused."""
    session.add(entry)
    try:
        session.commit()
    except sa.exc.IntegrityError as error:
        session.rollback()
        if not _duplicate_key(error):
            raise  # a range or reference the checks before should have caught: a bug
        raise UserError("record.error.date_exists", field="date") from error


def _duplicate_key(error: sa.exc.IntegrityError) -> bool:
    """Whether a unique key refused the row (PostgreSQL's SQLSTATE 23505,
    SQLite's UNIQUE or PRIMARY KEY constraint), not a check or foreign key."""
    driver_error = error.orig
    return getattr(driver_error, "sqlstate", None) == "23505" or getattr(
        driver_error, "sqlite_errorname", None
    ) in ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY")
