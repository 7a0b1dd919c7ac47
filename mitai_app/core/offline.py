"""Entries kept in the browser while offline, sent when the connection returns.

The browser keeps what a Capture form held (the log, the form's fields as
typed, the units they were typed in) under an id it made up. Sending goes
through the same parsing, checks and `consume` as saving online
(`core.logs.parse` and `core.logs.add`); the browser's id becomes the entry's
id, so an entry sent twice (the answer to the first send was lost) is stored
once. A day that already holds an entry is refused as online, and asked about.

A form that is not a registered log's (a Sleep night, a glass of water) is
sent by the `Sender` its module contributes for that log id (the manifest's
`offline`), with the same promises through `send_once`.
"""

from __future__ import annotations

import hashlib
import math
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from typing import Any

from sqlmodel import Session

from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.core.logs import LogRow, LogSpec
from mitai_app.core.modules import contributions
from mitai_app.core.records import as_uuid
from mitai_app.core.units import System

# Each send carries at most this many entries (the browser sends the rest next).
BATCH = 50
MAX_FIELDS = 100
MAX_TEXT = 2000
# A kept value this close to the stored one is the same value (stored columns
# round to hundredths; a pound typed offline is a kilogram with more places).
SAME_WITHIN = 0.01


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


# send(*, session, profile_id: UUID, entry, today, replace) -> Sent | Conflict
Send = Callable[..., Sent | Conflict]


@dataclass(frozen=True)
class Sender:
    """How entries of one kept log are stored and named: a registered log's
    through core.logs, any other through what its module contributes."""

    label_key: str  # the log's name in the confirmation and the question
    send: Send  # stores once under the browser's id (`send_once`)
    describe: Callable[[LogRow, str, System], str]  # a row's values in words


@cache
def _contributed() -> dict[str, Sender]:
    found: dict[str, Sender] = {}
    for module, senders in contributions("offline"):
        for log_id, sender in senders.items():
            if log_id in found or log_id in logs.registered():
                raise ValueError(f"offline log {log_id!r} registered twice ({module.name})")
            found[log_id] = sender
    return found


def sender_of(log_id: str) -> Sender:
    spec = logs.registered().get(log_id)
    if spec is not None:
        return Sender(spec.label_key, partial(_send_log, spec), partial(logs.describe, spec))
    sender = _contributed().get(log_id)
    if sender is None:
        raise UserError("record.error.not_found", field="entry")
    return sender


def send_once(
    *,
    session: Session,
    owner: uuid.UUID,
    entry: QueuedEntry,
    model: type,
    row: Callable[[Any], LogRow],
    add: Callable[[], LogRow],
    taken: Callable[[], Conflict | None],
) -> Sent | Conflict:
    """What every sender promises: the row of `model` stored under the
    entry's id by an earlier send (someone else's refused), else `add()`,
    which stores it under that id and refuses a taken day with
    `record.error.date_exists`; `taken()` then tells what to ask about."""
    stored = session.get(model, entry.id)
    if stored is not None:
        if stored.profile_id != owner:
            raise UserError("record.error.not_found", field="entry")
        return Sent(row(stored), new=False)
    try:
        return Sent(add(), new=True)
    except UserError as error:
        if error.code != "record.error.date_exists":
            raise
        session.rollback()
        if session.get(model, entry.id) is not None:  # a concurrent send stored it
            return send_once(
                session=session,
                owner=owner,
                entry=entry,
                model=model,
                row=row,
                add=add,
                taken=taken,
            )
        conflict = taken()
        if conflict is None:
            raise
        if _holds_the_kept(conflict):
            # The day holds just what was kept: a resend after "Replace"
            # whose answer was lost, or the same entry typed twice.
            return Sent(conflict.saved, new=False)
        return conflict


def _holds_the_kept(conflict: Conflict) -> bool:
    saved, kept = conflict.saved, conflict.kept
    return (
        saved.values.keys() == kept.values.keys()
        and all(
            math.isclose(saved.values[name], value, rel_tol=0, abs_tol=SAME_WITHIN)
            for name, value in kept.values.items()
        )
        and all(saved.details.get(name) == value for name, value in kept.details.items())
        and saved.notes.strip() == kept.notes.strip()
    )


def _send_log(
    spec: LogSpec,
    *,
    session: Session,
    profile_id: uuid.UUID,
    entry: QueuedEntry,
    today: date,
    replace: bool,
) -> Sent | Conflict:
    parsed = logs.parse(spec, entry.form, entry.units, entry.prefix)

    def taken() -> Conflict | None:
        saved = logs.saved_on(spec, session=session, profile_id=profile_id, day=parsed.day)
        kept = LogRow(
            id=str(entry.id),
            date=parsed.day,
            values={name: sum(v) / len(v) for name, v in parsed.values.items() if v},
            details=dict(parsed.choices),
            source=logs.MANUAL,
            notes=parsed.notes,
            imported=False,
        )
        return None if saved is None else Conflict(saved=saved, kept=kept)

    return send_once(
        session=session,
        owner=profile_id,
        entry=entry,
        model=spec.model,
        row=partial(logs.row_of, spec),
        add=partial(
            logs.add,
            spec,
            session=session,
            profile_id=profile_id,
            entry=parsed,
            replace=replace,
            today=today,
            entry_id=entry.id,
        ),
        taken=taken,
    )


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
    return sender_of(entry.log).send(
        session=session, profile_id=as_uuid(profile_id), entry=entry, today=today, replace=replace
    )
