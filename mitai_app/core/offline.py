"""Entries kept in the browser while offline, sent when the connection returns.

The browser keeps what a Capture form held (the log, the form's fields as
typed, the units they were typed in) under an id it made up. Sending goes
through the same parsing, checks and `consume` as saving online
(`core.logs.parse` and `core.logs.add`); the browser's id becomes the entry's
id, so an entry sent twice (the answer to the first send was lost) is stored
once. A day that already holds an entry is refused as online, and asked about.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.core.logs import LogRow
from mitai_app.core.records import as_uuid
from mitai_app.core.units import System

# Each send carries at most this many entries (the browser sends the rest next).
BATCH = 50
MAX_FIELDS = 100
MAX_TEXT = 2000


@dataclass(frozen=True)
class QueuedEntry:
    id: uuid.UUID  # made by the browser
    log: str  # a registered log's id
    form: dict[str, str]  # the form's fields as typed
    prefix: str  # the form's date and notes field prefix
    units: System  # the unit system the form showed
    owner: str  # who was signed in when it was kept (see `owner_matches`)


def read_queued(raw: object) -> QueuedEntry:
    """A queued entry as the browser sent it; ValueError when malformed."""
    if not isinstance(raw, Mapping):
        raise ValueError("not an object")
    form = raw.get("form")
    if not isinstance(form, Mapping) or len(form) > MAX_FIELDS:
        raise ValueError("no form")
    texts = {str(key)[:100]: str(value)[:MAX_TEXT] for key, value in form.items()}
    units = raw.get("units")
    return QueuedEntry(
        id=uuid.UUID(str(raw.get("id"))),
        log=str(raw.get("log", ""))[:100],
        form=texts,
        prefix=str(raw.get("prefix", ""))[:40],
        units="imperial" if units == "imperial" else "metric",
        owner=str(raw.get("owner", "")),
    )


def owner_matches(owner: str, email: str) -> bool:
    """The browser tags an entry with the signed-in e-mail address, hashed
    ("sha256:<hex>") where it can hash (secure contexts), else as "email:<address>";
    an untagged entry ("") was kept on a page opened offline before anyone
    was known there, and goes to whoever is signed in."""
    address = email.strip().lower()
    digest = hashlib.sha256(address.encode()).hexdigest()
    return owner in ("", f"sha256:{digest}", f"email:{address}")


@dataclass(frozen=True)
class Sent:
    row: LogRow
    new: bool  # False: it had been stored by an earlier send


@dataclass(frozen=True)
class Conflict:
    saved: LogRow  # the entry already on that day
    kept: LogRow  # the offline one, as it would be stored (not stored)


def send(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    entry: QueuedEntry,
    today: date,
    replace: bool = False,
) -> Sent | Conflict:
    """Stores `entry` once. A one-per-day log's day that holds another entry
    is a `Conflict` unless `replace`. Refused input raises UserError as online."""
    spec = logs.spec_of(entry.log)
    owner = as_uuid(profile_id)
    stored = session.get(spec.model, entry.id)
    if stored is not None:
        if stored.profile_id != owner:
            raise UserError("record.error.not_found", field="entry")
        return Sent(logs.row_of(spec, stored), new=False)
    parsed = logs.parse(spec, entry.form, entry.units, entry.prefix)
    try:
        row = logs.add(
            spec,
            session=session,
            profile_id=owner,
            entry=parsed,
            replace=replace,
            today=today,
            entry_id=entry.id,
        )
    except UserError as error:
        if error.code != "record.error.date_exists":
            raise
        session.rollback()
        if session.get(spec.model, entry.id) is not None:  # a concurrent send stored it
            return send(session=session, profile_id=owner, entry=entry, today=today)
        saved = logs.saved_on(spec, session=session, profile_id=owner, day=parsed.day)
        if saved is None:
            raise
        kept = LogRow(
            id=str(entry.id),
            date=parsed.day,
            values={name: sum(v) / len(v) for name, v in parsed.values.items() if v},
            details=dict(parsed.choices),
            source=logs.MANUAL,
            notes=parsed.notes,
            imported=False,
        )
        return Conflict(saved=saved, kept=kept)
    return Sent(row, new=True)
