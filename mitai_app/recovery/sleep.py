"""Sleep entries: a night by its wake-up day, bed and wake times (crossing
midnight), minutes per stage, the subjective quality and notes; and the
nights with their sleep score (sleep_score.py) for the Sleep page.

Every function takes the session and the owning profile explicitly and
returns plain dataclasses; refused input raises UserError at its field.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, col, select

from mitai_app.accounts.models import Profile
from mitai_app.accounts.placeholders import age
from mitai_app.core.access import consume
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.formatting import zone
from mitai_app.core.logs import MANUAL, NOTES_MAX, LogRow, check_profile_day
from mitai_app.core.records import as_uuid, commit_entry, owned
from mitai_app.recovery.consts import (
    NIGHTS_SHOWN,
    QUALITY_RANGE,
    QUALITY_SCALE,
    SEGMENT_INTERVALS,
    SLEEP_FEATURE,
    SLEEP_STAGES,
    STAGE_RANGE,
)
from mitai_app.recovery.models import SleepEntry
from mitai_app.recovery.sleep_score import (
    REGULARITY_NIGHTS,
    Night,
    SleepScore,
    sleep_need,
    sleep_score,
)


@dataclass(frozen=True)
class SleepInput:
    day: date  # the day of waking up
    bed: time
    wake: time
    stages: Mapping[str, int | None]  # minutes by stage; None: not recorded
    quality: int | None = None  # 1–5
    notes: str = ""


def _form_text(form: Mapping, key: str) -> str:
    value = form.get(key)
    return "" if value is None else str(value).strip()


def parse_sleep(form: Mapping) -> SleepInput:
    """The Sleep page's form: `date`, `bed`, `wake` (HH:MM), minutes per
    stage (empty: not recorded), `quality` ("" or 1–5), `notes`."""
    try:
        day = date.fromisoformat(_form_text(form, "date"))
    except ValueError as error:
        raise UserError("log.error.date_invalid", field="date") from error
    times = {}
    for name in ("bed", "wake"):
        try:
            times[name] = time.fromisoformat(_form_text(form, name)[:5])
        except ValueError as error:
            raise UserError("log.error.time_invalid", field=name) from error
    stages: dict[str, int | None] = {}
    for stage in SLEEP_STAGES:
        text = _form_text(form, stage)
        if not text:
            continue
        if not text.isdigit():
            raise UserError("recovery.error.stage_range", field=stage)
        stages[stage] = int(text)
    quality = _form_text(form, "quality")
    if quality and quality not in {str(q) for q in range(QUALITY_RANGE[0], QUALITY_RANGE[1] + 1)}:
        raise UserError("recovery.error.quality_range", field="quality")
    return SleepInput(
        day,
        times["bed"],
        times["wake"],
        stages,
        int(quality) if quality else None,
        _form_text(form, "notes"),
    )


def _span(day: date, bed: time, wake: time) -> tuple[datetime, datetime]:
    """Bed and wake as wall-clock times: a bed time after the wake time was
    the evening before (crossing midnight, under 24 h); the same minute is
    no night."""
    woke = datetime.combine(day, wake.replace(second=0, microsecond=0))
    went = datetime.combine(day, bed.replace(second=0, microsecond=0))
    if went > woke:
        went -= timedelta(days=1)
    if went == woke:
        raise UserError("recovery.error.sleep_span", field="wake")
    return went, woke


def _checked(entry: SleepInput, in_bed: int) -> dict[str, int]:
    stages: dict[str, int] = {}
    for stage in SLEEP_STAGES:
        value = entry.stages.get(stage)
        if value is None:
            continue
        if isinstance(value, bool) or not STAGE_RANGE[0] <= value <= STAGE_RANGE[1]:
            raise UserError("recovery.error.stage_range", field=stage)
        stages[stage] = int(value)
    if sum(stages.values()) > in_bed:
        raise UserError("recovery.error.stages_too_long", field="deep", minutes=in_bed)
    if entry.quality is not None and not QUALITY_RANGE[0] <= entry.quality <= QUALITY_RANGE[1]:
        raise UserError("recovery.error.quality_range", field="quality")
    return stages


def _profile(session: Session, owner: uuid.UUID) -> Profile | None:
    return session.get(Profile, owner)


def add_sleep(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    entry: SleepInput,
    source: str = MANUAL,
    replace: bool = False,
    today: date | None = None,
    entry_id: uuid.UUID | None = None,
) -> str:
    """Records the night that ended on `entry.day`. A day that has one is
    refused (`record.error.date_exists`) unless `replace`, which overwrites
    it without charging again. `entry_id` is the id a new night gets (the
    browser's, for a night kept offline: sent twice, stored once)."""
    owner = as_uuid(profile_id)
    profile = _profile(session, owner)
    where = zone(None if profile is None else profile.timezone)
    went, woke = (
        moment.replace(tzinfo=where).astimezone(UTC)
        for moment in _span(entry.day, entry.bed, entry.wake)
    )
    in_bed = round((woke - went).total_seconds() / 60)  # the clocks may change in the night
    stages = _checked(entry, in_bed)
    notes = checked_text(entry.notes, field="notes", limit=NOTES_MAX)
    check_profile_day(session, owner, entry.day, today=today)
    stored = _entry_on(session, owner, entry.day)
    if stored is not None and not replace:
        raise UserError("record.error.date_exists", field="date")
    if stored is None:
        consume(session=session, profile_id=owner, feature_id=SLEEP_FEATURE)
        stored = SleepEntry(profile_id=owner, date=entry.day)
        if entry_id is not None:
            stored.id = entry_id
    stored.sleep_start, stored.sleep_end = went, woke
    stored.total_duration_minutes = Night(went, woke, **stages, minutes_in_bed=in_bed).asleep
    stored.sleep_segments = stages or None
    stored.quality_score = None if entry.quality is None else entry.quality * QUALITY_SCALE
    stored.notes = notes or None
    stored.source = source
    commit_entry(session, stored)
    return str(stored.id)


def _night_row(
    night_id: uuid.UUID, day: date, night: Night | None, asleep: int, source: str, notes: str
) -> LogRow:
    """A night as a row (values in minutes, bed and wake as HH:MM) for the
    confirmation of a night sent later and the question about a taken day."""
    return LogRow(
        id=str(night_id),
        date=day,
        values={"in_bed": night.in_bed, "asleep": night.asleep} if night else {"asleep": asleep},
        details={"bed": f"{night.bed:%H:%M}", "wake": f"{night.wake:%H:%M}"} if night else {},
        source=source,
        notes=notes,
        imported=source != MANUAL,
    )


def _entry_on(session: Session, owner: uuid.UUID, day: date) -> SleepEntry | None:
    return session.exec(
        select(SleepEntry).where(SleepEntry.profile_id == owner, SleepEntry.date == day)
    ).first()


def night_row(session: Session, entry: SleepEntry) -> LogRow:
    """A stored night as a row (bed and wake in the profile's time zone)."""
    profile = _profile(session, entry.profile_id)
    night = _night(entry, zone(None if profile is None else profile.timezone))
    asleep = entry.total_duration_minutes or 0
    return _night_row(entry.id, entry.date, night, asleep, entry.source, entry.notes or "")


def night_on(*, session: Session, profile_id: uuid.UUID | str, day: date) -> LogRow | None:
    """The profile's night that ended on `day`, if there is one."""
    entry = _entry_on(session, as_uuid(profile_id), day)
    return None if entry is None else night_row(session, entry)


def kept_night_row(night_id: uuid.UUID, entry: SleepInput) -> LogRow:
    """A night as typed (not stored), as a row."""
    went, woke = _span(entry.day, entry.bed, entry.wake)
    night = Night(went, woke, **entry.stages)
    return _night_row(night_id, entry.day, night, night.asleep, MANUAL, entry.notes)


@dataclass(frozen=True)
class SleepNight:
    id: str
    date: date
    bed: datetime  # local wall-clock
    wake: datetime
    in_bed: int  # minutes
    asleep: int
    stages: dict[str, int]
    quality: int | None  # 1–5
    notes: str
    score: SleepScore | None  # None for a night without bed and wake times
    need: tuple[float, float]  # the recommended hours for the age that night
    # The stages as a device recorded them (imports): (stage, start, end),
    # local wall-clock, oldest first; empty when only minutes are known.
    intervals: tuple[tuple[str, datetime, datetime], ...] = ()


def _intervals(segments: dict, where) -> tuple[tuple[str, datetime, datetime], ...]:
    """The stored intervals in the profile's zone; a malformed one is left out."""
    found = []
    for item in segments.get(SEGMENT_INTERVALS) or ():
        try:
            stage, start, end = item
            start, end = (datetime.fromisoformat(t).astimezone(where) for t in (start, end))
        except (TypeError, ValueError):
            continue
        if stage in SLEEP_STAGES and end > start:
            found.append((stage, start.replace(tzinfo=None), end.replace(tzinfo=None)))
    return tuple(sorted(found, key=lambda interval: interval[1]))


def _night(entry: SleepEntry, where) -> Night | None:
    if entry.sleep_start is None or entry.sleep_end is None:
        return None
    segments = entry.sleep_segments if isinstance(entry.sleep_segments, dict) else {}
    stages = {s: segments.get(s) for s in SLEEP_STAGES}
    return Night(
        entry.sleep_start.astimezone(where).replace(tzinfo=None),
        entry.sleep_end.astimezone(where).replace(tzinfo=None),
        **{s: None if v is None else int(v) for s, v in stages.items()},
        minutes_in_bed=round((entry.sleep_end - entry.sleep_start).total_seconds() / 60),
    )


def sleep_nights(
    *, session: Session, profile_id: uuid.UUID | str, limit: int = NIGHTS_SHOWN
) -> list[SleepNight]:
    """The newest `limit` nights, newest first, each with its score (the
    regularity against the nights before it)."""
    owner = as_uuid(profile_id)
    profile = _profile(session, owner)
    where = zone(None if profile is None else profile.timezone)
    born = None if profile is None else profile.date_of_birth
    entries = session.exec(
        select(SleepEntry)
        .where(SleepEntry.profile_id == owner)
        .order_by(col(SleepEntry.date).desc())
        .limit(limit + REGULARITY_NIGHTS)
    ).all()
    nights = [_night(e, where) for e in entries]
    shown = []
    for index, entry in enumerate(entries[:limit]):
        night = nights[index]
        years = None if born is None else age(born, entry.date)
        earlier = [n for n in reversed(nights[index + 1 : index + 1 + REGULARITY_NIGHTS]) if n]
        score = (
            None
            if night is None or night.in_bed <= 0
            else sleep_score(night, age=years, earlier=earlier)
        )
        segments = entry.sleep_segments if isinstance(entry.sleep_segments, dict) else {}
        shown.append(
            SleepNight(
                id=str(entry.id),
                date=entry.date,
                bed=night.bed if night else None,
                wake=night.wake if night else None,
                in_bed=night.in_bed if night else 0,
                asleep=night.asleep if night else entry.total_duration_minutes or 0,
                stages={
                    s: int(v) for s, v in segments.items() if s in SLEEP_STAGES and v is not None
                },
                quality=None
                if entry.quality_score is None
                else round(entry.quality_score / QUALITY_SCALE),
                notes=entry.notes or "",
                score=score,
                need=sleep_need(years),
                intervals=_intervals(segments, where),
            )
        )
    return shown


# The columns a deleted night is put back with (undo).
_KEPT = (
    "date",
    "sleep_start",
    "sleep_end",
    "total_duration_minutes",
    "sleep_segments",
    "quality_score",
    "source",
    "notes",
)


@dataclass(frozen=True)
class DeletedNight:
    id: str
    columns: dict  # as stored, for undo


def delete_sleep(*, session: Session, profile_id: uuid.UUID | str, entry_id: str) -> DeletedNight:
    """Deletes the night and returns what it held, for undo."""
    entry = owned(session, SleepEntry, profile_id, entry_id)
    kept = DeletedNight(str(entry.id), {name: getattr(entry, name) for name in _KEPT})
    session.delete(entry)
    session.commit()
    return kept


def restore_sleep(*, session: Session, profile_id: uuid.UUID | str, night: DeletedNight) -> None:
    """Undo of a delete: the night back as it was (its id too), not charged
    again; refused (`record.error.date_exists`) when that day has a new night."""
    entry = SleepEntry(id=uuid.UUID(night.id), profile_id=as_uuid(profile_id), **night.columns)
    commit_entry(session, entry)
