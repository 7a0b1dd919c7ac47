"""Writing an import's rows into the domain tables, one batch of days per
transaction, keyed by each row's external key.

- A key the profile already has: the row is this job's own (a re-run after a
  kill: counted as added again), unchanged (skipped), or changed in a newer
  export (updated; it keeps the import that added it).
- A table that holds one entry a day (or one blood pressure per instant)
  whose slot is taken: a manual entry is never touched and the conflict is
  reported; an entry from elsewhere is kept and the row skipped.
- Otherwise the row is inserted with its source, device, key and job id.

The profile's height is set only where the profile has none (typed or
imported earlier: kept, a different value reported as a conflict); the job
keeps what it set, for its undo.

Training's daily activity summary gets its rows in the same batches, into
the row of the import's own source (one a day, so typed values are never
touched), checked against training's ranges; the days a job added are kept
on the job for its undo. (Not through `daily_activity.record_day`: it
commits each day, and a commit a day was most of an import's time.)
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from mitai_app.accounts.models import Profile
from mitai_app.body.models import DeviceBodyEntry, WeightEntry
from mitai_app.core.errors import UserError
from mitai_app.core.formatting import today_in
from mitai_app.core.logs import MANUAL, check_day
from mitai_app.imports.matching import Workout, same_activity, workout
from mitai_app.imports.models import ImportJob
from mitai_app.imports.rows import ImportRow, Skip
from mitai_app.nutrition.models import NutritionEntry
from mitai_app.recovery.models import BloodPressureReading, SleepEntry, VitalsBaseline
from mitai_app.training.daily_activity import MEASURES, RANGES
from mitai_app.training.models import Activity, DailyActivity

MODELS: dict[str, Any] = {
    "weight_log": WeightEntry,
    "body_device_log": DeviceBodyEntry,
    "vitals_baseline": VitalsBaseline,
    "blood_pressure_log": BloodPressureReading,
    "sleep_log": SleepEntry,
    "activity_log": Activity,
    "nutrition_log": NutritionEntry,
}
# The column that allows one row per profile (with profile_id), where one does.
SLOT = {
    "weight_log": "date",
    "body_device_log": "date",
    "vitals_baseline": "date",
    "sleep_log": "date",
    # Nutrition's one-source rule: one imported day's totals, a manual day kept.
    "nutrition_log": "date",
    "blood_pressure_log": "measured_at",
}
DAILY = "daily_activity"  # written through training's service
PROFILE = "profiles"  # the profile's height, where it has none
ACTIVITY = "activity_log"  # one row per workout, whichever files hold it (matching.py)
ADDED, UPDATED, SKIPPED = "added", "updated", "skipped"
_THIS_BATCH = object()  # a slot filled earlier in the same batch


def table(name: str) -> sa.Table:
    return MODELS[name].__table__


@dataclass
class Written:
    """What a batch did: counts per table, and the manual entries it met."""

    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: {ADDED: 0, UPDATED: 0, SKIPPED: 0})
    )
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    others: int = 0  # slots taken by another source's entry
    skipped: list[Skip] = field(default_factory=list)  # values the domain refuses


def _same(stored: Any, new: Any) -> bool:
    if isinstance(new, float) and stored is not None:
        return abs(float(stored) - new) < 0.005
    if isinstance(new, datetime) and isinstance(stored, datetime):
        return stored == new
    return stored == new


def _shown(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def write_batch(
    *,
    session: Session,
    profile_id: uuid.UUID,
    job_id: uuid.UUID,
    source: str,
    rows: Sequence[ImportRow],
    written: Written,
) -> None:
    """Writes `rows` in the caller's transaction, adding to `written`."""
    by_table: dict[str, list[ImportRow]] = defaultdict(list)
    for row in _in_lifetime(session, profile_id, rows, written):
        by_table[row.table].append(row)
    daily = by_table.pop(DAILY, None)
    for row in by_table.pop(PROFILE, []):
        _write_height(session, profile_id, job_id, row, written)
    for name, found in by_table.items():
        _write_table(session, profile_id, job_id, source, name, found, written)
    if daily:
        _write_daily(session, profile_id, job_id, source, daily, written)


# What `core.logs.check_day` says of a day, as the report's reason.
OUTSIDE_LIFETIME = {
    "log.error.date_future": "future",
    "log.error.date_before_birth": "before_birth",
    "log.error.date_too_early": "too_early",
}


def _in_lifetime(
    session: Session, profile_id: uuid.UUID, rows: Sequence[ImportRow], written: Written
) -> list[ImportRow]:
    """The rows dated within the user's lifetime, as typed entries must be;
    the others are reported, not written: a device whose clock was never
    set writes 1970 or 2000, one set wrong a day years ahead. A day ahead is
    allowed (a device on a zone east of the profile's)."""
    profile = session.get(Profile, profile_id)
    born = None if profile is None else profile.date_of_birth
    latest = today_in(None if profile is None else profile.timezone) + timedelta(days=1)
    kept = []
    for row in rows:
        try:
            check_day(row.day, today=latest, born=born)
        except UserError as outside:
            reason = OUTSIDE_LIFETIME[outside.code]
            written.skipped.append(Skip(0, row.table, reason, row.day.isoformat()))
            written.counts[row.table][SKIPPED] += 1
            continue
        kept.append(row)
    return kept


def _write_height(
    session: Session, profile_id: uuid.UUID, job_id: uuid.UUID, row: ImportRow, written: Written
) -> None:
    counts = written.counts[PROFILE]
    cm = row.values["height_cm"]
    profiles, jobs = Profile.__table__, ImportJob.__table__
    held = session.scalar(sa.select(profiles.c.height_cm).where(profiles.c.id == profile_id))
    mine = session.scalar(sa.select(jobs.c.height_cm).where(jobs.c.id == job_id))
    if held is None:
        session.execute(sa.update(profiles).where(profiles.c.id == profile_id).values(height_cm=cm))
        session.execute(sa.update(jobs).where(jobs.c.id == job_id).values(height_cm=cm))
        counts[ADDED] += 1
    elif mine is not None and _same(held, float(mine)):
        counts[ADDED] += 1  # set by this job before a kill
    else:
        counts[SKIPPED] += 1
        if not _same(held, cm):
            written.conflicts.append(
                {
                    "table": PROFILE,
                    "day": row.day.isoformat(),
                    "manual": {"height_cm": float(held)},
                    "imported": {"height_cm": cm},
                }
            )


def _job_days(session: Session, job_id: uuid.UUID) -> set[str]:
    jobs = ImportJob.__table__
    return set(session.scalar(sa.select(jobs.c.activity_days).where(jobs.c.id == job_id)) or [])


def _write_daily(
    session: Session,
    profile_id: uuid.UUID,
    job_id: uuid.UUID,
    source: str,
    rows: list[ImportRow],
    written: Written,
) -> None:
    counts = written.counts[DAILY]
    t = DailyActivity.__table__
    stored = {
        r.date: r
        for r in session.execute(
            sa.select(t)
            .where(t.c.profile_id == profile_id)
            .where(t.c.source == source)
            .where(t.c.date.in_([row.day for row in rows]))
        )
    }
    mine = _job_days(session, job_id)  # added by this job before a kill
    added: set[str] = set()
    writes = []
    for row in rows:
        values = {}
        for measure, value in row.values.items():
            low, high = RANGES[measure]
            if low <= value <= high:
                values[measure] = value
            else:
                written.skipped.append(Skip(0, measure, "range", f"{row.day} {value}"))
        if not values:
            continue
        found = stored.get(row.day)
        day = row.day.isoformat()
        if day in mine:
            counts[ADDED] += 1
        elif found is not None and any(found._mapping[m] is not None for m in MEASURES):
            if all(_same(found._mapping[m], v) for m, v in values.items()):
                counts[SKIPPED] += 1
                continue
            counts[UPDATED] += 1
        else:
            counts[ADDED] += 1
            added.add(day)
        writes.append((row.day, values))
    if added:
        jobs = ImportJob.__table__
        session.execute(
            sa.update(jobs).where(jobs.c.id == job_id).values(activity_days=sorted(mine | added))
        )
    inserts = []
    for day, values in writes:
        if day in stored:
            session.execute(sa.update(t).where(t.c.id == stored[day].id).values(**values))
        else:
            inserts.append(
                {
                    "id": uuid.uuid4(),
                    "profile_id": profile_id,
                    "date": day,
                    "source": source,
                    **dict.fromkeys(MEASURES),
                    **values,
                }
            )
    if inserts:
        session.execute(sa.insert(t), inserts)


def _write_table(
    session: Session,
    profile_id: uuid.UUID,
    job_id: uuid.UUID,
    source: str,
    name: str,
    rows: list[ImportRow],
    written: Written,
) -> None:
    t = table(name)
    counts = written.counts[name]
    value_columns = sorted({c for row in rows for c in row.values})
    existing = {
        r.external_key: r
        for r in session.execute(
            sa.select(t.c.id, t.c.external_key, t.c.import_id, *(t.c[c] for c in value_columns))
            .where(t.c.profile_id == profile_id)
            .where(t.c.external_key.in_([row.key for row in rows]))
        )
    }
    slot = SLOT.get(name)
    taken: dict[Any, Any] = {}
    if slot:
        wanted = [row.values.get(slot, row.day) for row in rows if row.key not in existing]
        if wanted:
            taken = {
                r._mapping[slot]: r
                for r in session.execute(
                    sa.select(t.c[slot], t.c.source, *(t.c[c] for c in value_columns))
                    .where(t.c.profile_id == profile_id)
                    .where(t.c[slot].in_(wanted))
                )
            }
    # (a workout already stored or inserted by this batch, its row)
    workouts = (
        _nearby_workouts(session, t, profile_id, rows, value_columns) if name == ACTIVITY else []
    )
    inserts = []
    for row in rows:
        stored = existing.get(row.key)
        if stored is not None:
            if stored.import_id == job_id:
                counts[ADDED] += 1
            elif all(_same(stored._mapping[c], v) for c, v in row.values.items()):
                counts[SKIPPED] += 1
            else:
                session.execute(sa.update(t).where(t.c.id == stored.id).values(**row.values))
                counts[UPDATED] += 1
            continue
        if slot:
            occupant = taken.get(row.values.get(slot, row.day))
            if occupant is not None:
                counts[SKIPPED] += 1
                if occupant is _THIS_BATCH:
                    continue
                if occupant.source == MANUAL:
                    written.conflicts.append(
                        {
                            "table": name,
                            "day": row.day.isoformat(),
                            "manual": {c: _shown(occupant._mapping[c]) for c in row.values},
                            "imported": {c: _shown(v) for c, v in row.values.items()},
                        }
                    )
                else:
                    written.others += 1
                continue
        if workouts:
            here = workout(row.values)
            held = next((held for other, held in workouts if same_activity(here, other)), None)
            if held is not None:
                # The same workout from another file or app: the first one stays.
                counts[SKIPPED] += 1
                if held is _THIS_BATCH:
                    continue
                if held.source == MANUAL:
                    written.conflicts.append(
                        {
                            "table": name,
                            "day": row.day.isoformat(),
                            "manual": {c: _shown(held._mapping[c]) for c in row.values},
                            "imported": {c: _shown(v) for c, v in row.values.items()},
                        }
                    )
                else:
                    written.others += 1
                continue
        values = {
            "id": uuid.uuid4(),
            "profile_id": profile_id,
            "source": source,
            "source_device": row.device[:100] or None,
            "external_key": row.key,
            "import_id": job_id,
            **row.values,
        }
        if "date" in t.c and "date" not in values:
            values["date"] = row.day
        inserts.append(values)
        counts[ADDED] += 1
        if slot:
            taken[values[slot]] = _THIS_BATCH  # two readings at one instant: the first wins
        if name == ACTIVITY:
            workouts.append((workout(values), _THIS_BATCH))
    if inserts:
        # One multi-row INSERT per column set (executemany on SQLite).
        by_shape: dict[tuple[str, ...], list[dict]] = defaultdict(list)
        for values in inserts:
            by_shape[tuple(sorted(values))].append(values)
        for group in by_shape.values():
            session.execute(sa.insert(t), group)


def _nearby_workouts(
    session: Session,
    t: sa.Table,
    profile_id: uuid.UUID,
    rows: list[ImportRow],
    value_columns: list[str],
) -> list[tuple[Workout, Any]]:
    """The profile's workouts with a start time on the rows' days and the
    days beside them (a session just after midnight)."""
    days = {row.day + timedelta(days=shift) for row in rows for shift in (-1, 0, 1)}
    found = session.execute(
        sa.select(
            t.c.date,
            t.c.start_time,
            t.c.duration_minutes,
            t.c.source,
            *(t.c[c] for c in value_columns if c not in ("date", "start_time", "duration_minutes")),
        )
        .where(t.c.profile_id == profile_id)
        .where(t.c.date.in_(days))
        .where(t.c.start_time.is_not(None))
    )
    return [(workout(r._mapping), r) for r in found]


def undo(
    *, session: Session, profile_id: uuid.UUID, job_id: uuid.UUID, source: str
) -> dict[str, int]:
    """Deletes every row the job added, and its source's (`source`) daily
    activity rows of the days it added, in the caller's transaction."""
    days = [date.fromisoformat(day) for day in _job_days(session, job_id)]
    daily = DailyActivity.__table__
    cleared = session.execute(
        sa.delete(daily)
        .where(daily.c.profile_id == profile_id)
        .where(daily.c.source == source)
        .where(daily.c.date.in_(days))
    )
    removed = {DAILY: cleared.rowcount or 0} if days else {}
    jobs, profiles = ImportJob.__table__, Profile.__table__
    height = session.scalar(sa.select(jobs.c.height_cm).where(jobs.c.id == job_id))
    if height is not None:  # cleared while the profile still holds what the job set
        cleared = session.execute(
            sa.update(profiles)
            .where(profiles.c.id == profile_id)
            .where(profiles.c.height_cm == height)
            .values(height_cm=None)
        )
        removed[PROFILE] = cleared.rowcount or 0
    for name in MODELS:
        t = table(name)
        result = session.execute(
            sa.delete(t).where(t.c.profile_id == profile_id).where(t.c.import_id == job_id)
        )
        removed[name] = result.rowcount or 0
    return removed
