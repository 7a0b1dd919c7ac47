"""One generic log: numbers per day in one table, described once.

A `LogSpec` names the table, its fields (each with the quantity typed in the
user's units, the plausible range and decimals as stored, and its label),
the feature a new entry is charged to, and whether a day holds one entry.
The functions below do for every log what the pages need: read a submitted
form in the user's units, add (or replace a day's entry where asked), page
newest first, edit, delete and undo (not charged again). A log whose entries
carry more than their numbers (a formula and the value computed with it)
adds that through two hooks, `derive` and `read`, not through flags.

Refused input raises `UserError` with the catalogue key as code; foreign,
unknown and malformed ids are refused alike (`core.records.owned`).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from mitai_app.accounts.models import Profile
from mitai_app.core import db
from mitai_app.core.access import FeatureRefused, check, consume
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.formatting import (
    format_date,
    format_number,
    format_quantity,
    parse_decimal,
    today_in,
    zone,
)
from mitai_app.core.i18n import translate
from mitai_app.core.modules import contributions
from mitai_app.core.records import as_uuid, commit_entry, newest_first, owned
from mitai_app.core.text import Text
from mitai_app.core.units import Quantity, System, from_input, round_half_up

MANUAL = "manual"  # the source of an entry typed by hand
NOTES_MAX = 500  # characters of an entry's notes
# No entry is older: a mistyped year (1900 for 2025) would stretch every
# chart's "All" over a century.
EARLIEST_DAY = date(1900, 1, 1)


@dataclass(frozen=True)
class LogField:
    """One number of an entry."""

    name: str  # the form field and the key in a row's values
    label_key: str
    quantity: Quantity | None = None  # typed in kg/lb or cm/in; None: as stored
    unit: str = ""  # shown when `quantity` is None ("mm")
    range: tuple[float, float] = (-math.inf, math.inf)  # plausible, as stored
    decimals: int = 2  # as stored
    column: str = ""  # the table's column when it is not `name`
    required: str = ""  # the message key when it is left empty; "" when optional
    range_key: str = "log.error.range"  # the message for an implausible value
    readings: int = 1  # how often it may be typed (`name_1` …); the mean is stored

    @property
    def attribute(self) -> str:
        return self.column or self.name


@dataclass(frozen=True)
class LogChoice:
    """A value picked from a list; option labels are `f"{label_key}.{option}"`,
    or (`labels`) read from the database: a catalogue admins rename."""

    name: str
    label_key: str
    options: tuple[str, ...]
    labels: Callable[[Session], Mapping[str, Text]] | None = None  # option -> its name


@dataclass(frozen=True)
class LogInput:
    """A submitted entry in SI: the readings typed per field (only the
    fields filled in), the choices, the day and the notes."""

    day: date
    values: dict[str, list[float]]
    choices: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    at: time | None = None  # the time of day, in a log of moments (`LogSpec.moment`)


@dataclass(frozen=True)
class LogRow:
    id: str
    date: date
    values: dict[str, float]  # as stored (SI), only the fields that hold one
    details: dict[str, Any]  # what the spec's `read` adds (choices, computed values)
    source: str
    notes: str
    imported: bool  # came from a device or file import, not typed by hand


# derive(session, profile_id, entry, values, previous) -> further columns to
# store, computed from the checked `values` (the means); `previous` is the
# row an edit or undo replaces. It may refuse with UserError.
Derive = Callable[[Session, uuid.UUID, LogInput, dict[str, float], LogRow | None], dict[str, Any]]


@dataclass(frozen=True)
class LogSpec:
    id: str  # the History tab's value, unique over all modules
    label_key: str
    model: type  # a table with id, profile_id, date, source, notes
    fields: tuple[LogField, ...]
    feature: str  # charged through core.access.consume per new entry
    one_per_day: bool = True
    choices: tuple[LogChoice, ...] = ()
    empty_key: str = "log.error.empty"  # the message when no field is filled in
    derive: Derive | None = None
    read: Callable[[Any], dict[str, Any]] | None = None  # entry -> LogRow.details
    describe: Callable[[LogRow, str, System], str] | None = None  # a row in words
    # A log of moments (several entries a day, each at its time): the column
    # holding the moment (UTC). Its form adds "time" (HH:MM in the user's
    # time zone), its rows carry `details["time"]`, and a second entry at the
    # same minute is refused (`record.error.time_exists`) unless `replace`.
    moment: str = ""


@cache
def registered() -> dict[str, LogSpec]:
    """Every module's logs by id, in registry order."""
    specs: dict[str, LogSpec] = {}
    for module, logs in contributions("logs"):
        for spec in logs:
            if spec.id in specs:
                raise ValueError(f"log {spec.id!r} registered twice ({module.name})")
            specs[spec.id] = spec
    return specs


def spec_of(log_id: str) -> LogSpec:
    spec = registered().get(log_id)
    if spec is None:
        raise UserError("record.error.not_found", field="entry")
    return spec


# --- reading a form -----------------------------------------------------------------


def _text(form: Mapping, key: str) -> str:
    value = form.get(key)
    return "" if value is None else str(value)


def _typed(form: Mapping, key: str, field_name: str) -> float | None:
    try:
        return parse_decimal(_text(form, key))
    except ValueError as error:
        raise UserError("log.error.number", field=field_name) from error


def parse(spec: LogSpec, form: Mapping, system: System, prefix: str = "") -> LogInput:
    """A submitted form in the user's units, as SI readings. A field typed
    several times arrives as `name_1` … `name_n`, once as `name`; `prefix`
    names the date and notes fields where several forms share a page."""
    values: dict[str, list[float]] = {}
    for item in spec.fields:
        names = [item.name] + [f"{item.name}_{n}" for n in range(1, item.readings + 1)]
        typed = [v for name in names if (v := _typed(form, name, item.name)) is not None]
        if typed:
            quantity = item.quantity
            values[item.name] = [
                v if quantity is None else from_input(v, quantity, system) for v in typed
            ]
        elif item.required:
            raise UserError(item.required, field=item.name)
    try:
        day = date.fromisoformat(_text(form, f"{prefix}date").strip())
    except ValueError as error:
        raise UserError("log.error.date_invalid", field="date") from error
    choices = {}
    for choice in spec.choices:
        value = _text(form, choice.name)
        if value not in choice.options:
            raise UserError("log.error.choice", field=choice.name)
        choices[choice.name] = value
    at = None
    if spec.moment:
        try:
            at = time.fromisoformat(_text(form, f"{prefix}time").strip()[:5])
        except ValueError as error:
            raise UserError("log.error.time_invalid", field="time") from error
    return LogInput(day, values, choices, _text(form, f"{prefix}notes"), at)


# --- dates ----------------------------------------------------------------------------


def _as_text(day: date) -> Text:
    return Text.composed(lambda lang: format_date(day, lang))


def check_day(day: date, *, today: date, born: date | None = None, field: str = "date") -> None:
    """Refuses a day after `today` (the user's date), before the birth date
    `born` (when known) or before 1900: a measurement can only be taken in
    the user's lifetime."""
    if day > today:
        raise UserError("log.error.date_future", field=field)
    if born is not None and day < born:
        raise UserError("log.error.date_before_birth", field=field, date=_as_text(born))
    if day < EARLIEST_DAY:
        raise UserError("log.error.date_too_early", field=field, date=_as_text(EARLIEST_DAY))


def check_profile_day(
    session: Session,
    profile_id: uuid.UUID | str,
    day: date,
    *,
    today: date | None = None,
    field: str = "date",
) -> None:
    """`check_day` with the profile's birth date, and its today in its own
    time zone unless a caller (a test) gives one."""
    profile = session.get(Profile, as_uuid(profile_id))
    born = None if profile is None else profile.date_of_birth
    zone = None if profile is None else profile.timezone
    check_day(day, today=today or today_in(zone), born=born, field=field)


# --- the service ----------------------------------------------------------------------


def _stored(item: LogField, readings: Sequence[float]) -> float:
    """The mean of the readings as stored, or the field's range error."""
    if not readings or len(readings) > item.readings:
        raise UserError(item.range_key, field=item.name)
    low, high = item.range
    for reading in readings:
        if isinstance(reading, bool) or not isinstance(reading, int | float):
            raise UserError(item.range_key, field=item.name)
        if not math.isfinite(reading) or not low <= round_half_up(reading, item.decimals) <= high:
            raise UserError(item.range_key, field=item.name)
    return round_half_up(sum(readings) / len(readings), item.decimals)


def _checked(
    spec: LogSpec,
    entry: LogInput,
    session: Session,
    owner: uuid.UUID,
    today: date | None,
    *,
    put_back: bool = False,
) -> dict[str, float]:
    """The values to store, by field; refuses unknown fields, implausible
    values, an empty entry, a choice not offered, notes beyond `NOTES_MAX`
    and a day outside the user's lifetime (`check_profile_day`). An entry
    `put_back` by undo keeps its day and notes: it was stored before these
    limits (or the birth date) were, and undo must not lose it."""
    known = {item.name: item for item in spec.fields}
    unknown = sorted(set(entry.values) - set(known))
    if unknown:
        raise UserError("log.error.range", field=unknown[0])
    values = {
        name: _stored(known[name], readings) for name, readings in entry.values.items() if readings
    }
    if not values:
        raise UserError(spec.empty_key)
    if spec.moment and entry.at is None:
        raise UserError("log.error.time_invalid", field="time")
    for choice in spec.choices:
        if entry.choices.get(choice.name) not in choice.options:
            raise UserError("log.error.choice", field=choice.name)
    if not put_back:
        checked_text(entry.notes, field="notes", limit=NOTES_MAX)
        check_profile_day(session, owner, entry.day, today=today)
    return values


def _zone_of(session: Session, owner: uuid.UUID):
    """The profile's time zone (a log of moments shows and keys its times in it)."""
    profile = session.get(Profile, owner)
    return zone(None if profile is None else profile.timezone)


def _moment(entry: LogInput, where) -> datetime:
    """The entry's day and time (to the minute) in the zone `where`, as UTC."""
    at = (entry.at or time()).replace(second=0, microsecond=0)
    return datetime.combine(entry.day, at, where).astimezone(UTC)


@cache
def _slot_query(model: type, column: str, excluding: bool) -> sa.Select:
    """The id of the profile's entry whose `column` (its day or moment)
    holds the bound value, other than the bound `but` when `excluding`.
    Built once per log: on every save, building it cost more than running it."""
    query = select(model.id).where(
        model.profile_id == sa.bindparam("owner"), getattr(model, column) == sa.bindparam("slot")
    )
    if excluding:
        query = query.where(model.id != sa.bindparam("but"))
    return query.limit(1)


def _in_slot(spec: LogSpec, owner: uuid.UUID, column: str, value, session: Session, but=None):
    """The profile's entry at `value` of `column`; its row is read only
    when there is one (a save to a free day asks for the id alone, by Core)."""
    values = {"owner": owner, "slot": value, "but": but}
    query = _slot_query(spec.model, column, but is not None)
    found = db.execute(session, query, values).first()
    return None if found is None else session.get(spec.model, found.id)


def _on_day(spec: LogSpec, owner: uuid.UUID, day: date, session: Session, but=None):
    return _in_slot(spec, owner, "date", day, session, but)


def saved_on(
    spec: LogSpec, *, session: Session, profile_id: uuid.UUID | str, day: date
) -> LogRow | None:
    """The profile's entry of `day` in a one-per-day log, if there is one."""
    stored = _on_day(spec, as_uuid(profile_id), day, session)
    return None if stored is None else row_of(spec, stored)


def _at_moment(spec: LogSpec, owner: uuid.UUID, entry: LogInput, session: Session, but=None):
    """The profile's entry at the minute of `entry`, in a log of moments."""
    moment = _moment(entry, _zone_of(session, owner))
    return _in_slot(spec, owner, spec.moment, moment, session, but)


def _taken(spec: LogSpec, owner: uuid.UUID, entry: LogInput, session: Session, but=None):
    """The entry in the same slot (the day, or the minute in a log of
    moments), or None where the log holds any number a day."""
    if spec.moment:
        return _at_moment(spec, owner, entry, session, but)
    if spec.one_per_day:
        return _on_day(spec, owner, entry.day, session, but)
    return None


# The refusals that mean "that day (or minute) already holds an entry": an
# edit or a save may then ask whether to replace it (`replace=True`).
SLOT_TAKEN = frozenset({"record.error.date_exists", "record.error.time_exists"})


def _slot_error(spec: LogSpec) -> UserError:
    if spec.moment:
        return UserError("record.error.time_exists", field="time")
    return UserError("record.error.date_exists", field="date")


def row_of(spec: LogSpec, entry: Any, where=None) -> LogRow:
    """The entry as a row; a log of moments gives its day and time in the
    zone `where` (the owner's, looked up when None)."""
    day, details = getattr(entry, "date", None), spec.read(entry) if spec.read else {}
    if spec.moment:
        where = where or zone(_timezone_of(entry))
        local = getattr(entry, spec.moment).astimezone(where)
        day, details = local.date(), {**details, "time": local.strftime("%H:%M")}
    values = {
        item.name: float(value)
        for item in spec.fields
        if (value := getattr(entry, item.attribute)) is not None
    }
    return LogRow(
        id=str(entry.id),
        date=day,
        values=values,
        details=details,
        source=entry.source,
        notes=entry.notes or "",
        imported=entry.source != MANUAL,
    )


def _timezone_of(entry: Any) -> str | None:
    profile = Session.object_session(entry).get(Profile, entry.profile_id)
    return None if profile is None else profile.timezone


def _fill(spec: LogSpec, entry: Any, given: LogInput, values: dict, derived: dict, where) -> None:
    """Writes `given` into `entry`; `where` is the owner's zone in a log of moments."""
    if spec.moment:
        setattr(entry, spec.moment, _moment(given, where))
    else:
        entry.date = given.day
    entry.notes = given.notes.strip() or None
    for item in spec.fields:
        setattr(entry, item.attribute, values.get(item.name))
    for column, value in derived.items():
        setattr(entry, column, value)


def _derived(spec, session, owner, entry, values, previous) -> dict[str, Any]:
    return spec.derive(session, owner, entry, values, previous) if spec.derive else {}


def _admitted(spec, session, owner, entry, replace, today, previous=None):
    """What `add` stores, or its refusal: the values, the derived columns
    and the entry in the same slot (None: a new one)."""
    values = _checked(spec, entry, session, owner, today, put_back=previous is not None)
    derived = _derived(spec, session, owner, entry, values, previous)
    stored = _taken(spec, owner, entry, session)
    if stored is not None and not replace:
        raise _slot_error(spec)
    return values, derived, stored


def check_entry(
    spec: LogSpec,
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    entry: LogInput,
    replace: bool = False,
    today: date | None = None,
) -> None:
    """Refuses what `add` would refuse (a UserError, or FeatureRefused when
    a new entry finds no use left), writing nothing: for a caller that saves
    the entry with other changes, all or none of them."""
    owner = as_uuid(profile_id)
    if _admitted(spec, session, owner, entry, replace, today)[2] is None:
        decision = check(session=session, profile_id=owner, feature_id=spec.feature)
        if not decision.allowed:
            raise FeatureRefused(decision)


def add(
    spec: LogSpec,
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    entry: LogInput,
    source: str = MANUAL,
    replace: bool = False,
    today: date | None = None,
    charge: bool = True,
    previous: LogRow | None = None,
    entry_id: uuid.UUID | None = None,
) -> LogRow:
    """Records `entry`. Where the log holds one entry per day, a day that
    has one is refused (`record.error.date_exists`) unless `replace`, which
    overwrites it. A new entry takes one use of the spec's feature
    (FeatureRefused when none is left); replacing does not, and neither
    does `charge=False`: undo puts an entry back, it is not a new one.
    `today` is the user's date (their time zone) unless a test gives one.
    `previous` is the deleted row that undo puts back (see `restore`).
    `entry_id` is the id a new entry gets (the browser's, for an entry
    kept offline, so that sending it twice stores it once)."""
    owner = as_uuid(profile_id)
    values, derived, stored = _admitted(spec, session, owner, entry, replace, today, previous)
    if stored is None:
        stored = spec.model(profile_id=owner)
        if not spec.moment:
            stored.date = entry.day
        if entry_id is not None:
            stored.id = entry_id
        if charge:
            consume(session=session, profile_id=owner, feature_id=spec.feature)
    stored.source = source
    where = _zone_of(session, owner) if spec.moment else None
    _fill(spec, stored, entry, values, derived, where)
    commit_entry(session, stored)
    return row_of(spec, stored, where)


def page(
    spec: LogSpec,
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    offset: int = 0,
    limit: int = 50,
) -> list[LogRow]:
    """One page of the profile's entries, newest first."""
    owner = as_uuid(profile_id)
    where = _zone_of(session, owner) if spec.moment else None
    found = newest_first(session, spec.model, owner, limit, offset, spec.moment or "date")
    return [row_of(spec, e, where) for e in found]


def window(
    spec: LogSpec,
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    since: date | None = None,
    until: date | None = None,
    before: tuple[date, time | None, str] | None = None,
    limit: int = 50,
) -> list[LogRow]:
    """Entries between two days, newest first, after the (day, time, id) of
    the last one a caller saw: pages that stay stable while entries are
    added. In a log of moments the days are the owner's local days."""
    model, owner = spec.model, as_uuid(profile_id)
    where = _zone_of(session, owner) if spec.moment else None
    column = getattr(model, spec.moment or "date")

    def key(day: date, at: time | None = None):
        """The sort column's value at `at` (midnight) on `day`."""
        if not spec.moment:
            return day
        return datetime.combine(day, at or time(), where).astimezone(UTC)

    query = select(model).where(model.profile_id == owner)
    if since is not None:
        query = query.where(column >= key(since))
    if until is not None:
        query = query.where(column < key(until + timedelta(days=1)))
    if before is not None:
        day, at, entry_id = before
        last = key(day, at)
        query = query.where(
            sa.or_(column < last, sa.and_(column == last, model.id < as_uuid(entry_id)))
        )
    query = query.order_by(col(column).desc(), col(model.id).desc()).limit(max(limit, 0))
    return [row_of(spec, entry, where) for entry in session.exec(query)]


@dataclass(frozen=True)
class DayValues:
    """A day's entries in a log: how many, and the sum and mean of the
    fields asked for (those with a value that day)."""

    count: int
    sums: dict[str, float]
    means: dict[str, float]


def per_day(
    spec: LogSpec,
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    since: date,
    until: date,
    fields: Sequence[str] = (),
) -> dict[date, DayValues]:
    """Each day with entries between two days, summed by the database
    rather than read row by row (weekly counts and streaks over a year).
    A log of moments is grouped by the owner's local day, so its moments
    are read as plain tuples and counted here."""
    model, owner = spec.model, as_uuid(profile_id)
    columns = [getattr(model, item.attribute) for item in spec.fields if item.name in fields]
    names = [item.name for item in spec.fields if item.name in fields]
    if spec.moment:
        where = _zone_of(session, owner)
        moment = getattr(model, spec.moment)
        found: dict[date, list[tuple]] = {}
        for at, *values in session.exec(
            select(moment, *columns).where(
                model.profile_id == owner,
                moment >= datetime.combine(since, time(), where).astimezone(UTC),
                moment < datetime.combine(until + timedelta(days=1), time(), where).astimezone(UTC),
            )
        ):
            found.setdefault(at.astimezone(where).date(), []).append(values)
        rows = [
            (
                day,
                len(values),
                *(
                    x
                    for i in range(len(columns))
                    for x in (
                        sum(float(v[i]) for v in values if v[i] is not None),
                        sum(1 for v in values if v[i] is not None),
                    )
                ),
            )
            for day, values in found.items()
        ]
    else:
        aggregates = [a for c in columns for a in (sa.func.sum(c), sa.func.count(c))]
        rows = session.exec(
            select(model.date, sa.func.count(), *aggregates)
            .where(model.profile_id == owner, model.date >= since, model.date <= until)
            .group_by(model.date)
        ).all()
    out: dict[date, DayValues] = {}
    for day, count, *pairs in rows:
        sums, means = {}, {}
        for name, total, filled in zip(names, pairs[::2], pairs[1::2], strict=True):
            if filled:
                sums[name], means[name] = float(total), float(total) / filled
        out[day] = DayValues(int(count), sums, means)
    return out


def logged_days(
    spec: LogSpec, *, session: Session, profile_id: uuid.UUID | str, since: date, until: date
) -> set[date]:
    """The days with entries between two days: `per_day`'s days, as one
    read of distinct days where nothing else is wanted (streaks over a year)."""
    if spec.moment:
        return set(per_day(spec, session=session, profile_id=profile_id, since=since, until=until))
    model = spec.model
    return set(
        session.exec(
            select(model.date)
            .where(
                model.profile_id == as_uuid(profile_id), model.date >= since, model.date <= until
            )
            .distinct()
        ).all()
    )


def get(spec: LogSpec, *, session: Session, profile_id: uuid.UUID | str, entry_id: str) -> LogRow:
    """One of the profile's entries; someone else's is "not found" like an unknown one."""
    return row_of(spec, owned(session, spec.model, profile_id, entry_id))


def update(
    spec: LogSpec,
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    entry_id: str,
    entry: LogInput,
    today: date | None = None,
    replace: bool = False,
) -> LogRow:
    """Replaces the entry's day, values (a field left out is cleared),
    choices and notes; its source stays. Moved onto a day (a minute, in a
    log of moments) that holds another entry, it is refused like `add`
    unless `replace`, which deletes that other entry."""
    stored = owned(session, spec.model, profile_id, entry_id)
    previous = row_of(spec, stored, _zone_of(session, stored.profile_id) if spec.moment else None)
    values = _checked(spec, entry, session, stored.profile_id, today)
    derived = _derived(spec, session, stored.profile_id, entry, values, previous)
    other = _taken(spec, stored.profile_id, entry, session, but=stored.id)
    if other is not None:
        if not replace:
            raise _slot_error(spec)
        session.delete(other)
        session.flush()  # gone before the edited entry takes its slot (unique keys)
    where = _zone_of(session, stored.profile_id) if spec.moment else None
    _fill(spec, stored, entry, values, derived, where)
    commit_entry(session, stored)
    return row_of(spec, stored, where)


def delete(
    spec: LogSpec, *, session: Session, profile_id: uuid.UUID | str, entry_id: str
) -> LogRow:
    """Deletes the entry and returns what it held, for undo."""
    stored = owned(session, spec.model, profile_id, entry_id)
    row = row_of(spec, stored, _zone_of(session, stored.profile_id) if spec.moment else None)
    session.delete(stored)
    session.commit()
    return row


def restore(spec: LogSpec, *, session: Session, profile_id: uuid.UUID | str, row: LogRow) -> LogRow:
    """Undo of a delete: the entry back as it was, not charged as a new one."""
    entry = LogInput(
        day=row.date,
        values={name: [value] for name, value in row.values.items()},
        choices={c.name: row.details[c.name] for c in spec.choices if c.name in row.details},
        notes=row.notes,
        at=time.fromisoformat(row.details["time"]) if spec.moment else None,
    )
    return add(
        spec,
        session=session,
        profile_id=profile_id,
        entry=entry,
        source=row.source,
        charge=False,
        previous=row,
    )


# --- words ----------------------------------------------------------------------------


def amount(item: LogField, value: float, lang: str, system: System) -> str:
    """A stored value with its unit in the user's system: "82.5 kg", "12.0 mm"."""
    if item.quantity is not None:
        return format_quantity(value, item.quantity, system, lang)
    return f"{format_number(value, lang)} {item.unit}".strip()


def describe(spec: LogSpec, row: LogRow, lang: str, system: System) -> str:
    """One line for the list: the value of a one-field log ("82.5 kg"), else
    each filled-in field with its label ("Waist 96.0 cm · Neck 40.0 cm")."""
    if spec.describe is not None:
        return spec.describe(row, lang, system)
    shown = [item for item in spec.fields if item.name in row.values]
    if len(spec.fields) == 1:
        return " · ".join(amount(item, row.values[item.name], lang, system) for item in shown)
    return " · ".join(
        f"{translate(item.label_key, lang)} {amount(item, row.values[item.name], lang, system)}"
        for item in shown
    )


def choice_labels(*, session: Session) -> dict[str, str]:
    """The names of the options whose choice reads them from the database,
    keyed `"{log id}.{choice}.{option}.{language}"` (History's edit form)."""
    found: dict[str, str] = {}
    for log_id, spec in registered().items():
        for choice in spec.choices:
            if choice.labels is None:
                continue
            for option, name in choice.labels(session).items():
                for lang in ("de", "en"):
                    found[f"{log_id}.{choice.name}.{option}.{lang}"] = name.pick(lang)
    return found
