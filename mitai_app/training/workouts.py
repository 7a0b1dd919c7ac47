"""Strength workouts: the exercise catalogue (seeded plus the user's own), a
workout's ordered exercises and their sets, "repeat last set", last
session's sets of the same exercise, and the personal records a set breaks.

Every id from the client is looked up within the profile (`owned`); another
profile's ids answer "not found". Weights are kg here; the page converts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby

import sqlalchemy as sa
from sqlmodel import Session, col, func, or_, select

from mitai_app.accounts.models import Profile
from mitai_app.core.access import consume
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.formatting import today_in
from mitai_app.core.logs import check_profile_day
from mitai_app.core.records import as_uuid, owned
from mitai_app.core.units import round_half_up
from mitai_app.training.consts import (
    ACTIVITY_FEATURE,
    REPS_RANGE,
    REST_RANGE_S,
    SET_KINDS,
    SET_RPE_RANGE,
    TRACKS,
    WEIGHT_RANGE_KG,
)
from mitai_app.training.models import (
    Exercise,
    ExerciseRecord,
    Workout,
    WorkoutExercise,
    WorkoutSet,
)
from mitai_app.training.strength import (
    EPLEY_MAX_REPS,
    WARMUP,
    Record,
    best_records,
    better,
    broken,
    counts,
    session_volume,
    set_records,
)

NAME_MAX = 100
RECENT_DAYS = 90  # the dashboard's latest record is of an exercise trained this recently


@dataclass(frozen=True)
class ExerciseChoice:
    id: str
    name_de: str
    name_en: str
    tracks: str
    own: bool


@dataclass(frozen=True)
class SetView:
    id: str
    reps: int | None
    weight_kg: float | None
    rpe: float | None
    kind: str
    rest_seconds: int | None


@dataclass(frozen=True)
class ExerciseView:
    id: str  # the workout exercise
    exercise_id: str
    name_de: str
    name_en: str
    sets: list[SetView]
    last_time: list[SetView]  # the sets of the latest earlier session of this exercise


@dataclass(frozen=True)
class WorkoutView:
    id: str
    date: date
    exercises: list[ExerciseView]


@dataclass(frozen=True)
class SetSaved:
    set: SetView
    records: list[Record]  # those the set broke


@dataclass(frozen=True)
class SetInput:
    reps: int | None
    weight_kg: float | None
    rpe: float | None = None
    kind: str = "working"
    rest_seconds: int | None = None


# --- the exercise catalogue ------------------------------------------------------------


def _visible(owner: uuid.UUID):
    return or_(col(Exercise.profile_id).is_(None), Exercise.profile_id == owner)


def exercise_choices(*, session: Session, profile_id: uuid.UUID | str) -> list[ExerciseChoice]:
    """The seeded exercises and the profile's own, by (English) name."""
    owner = as_uuid(profile_id)
    rows = session.exec(select(Exercise).where(_visible(owner))).all()
    choices = [
        ExerciseChoice(str(e.id), e.name, e.name_en or e.name, e.tracks, e.profile_id is not None)
        for e in rows
    ]
    return sorted(choices, key=lambda c: c.name_en.casefold())


def add_own_exercise(
    *, session: Session, profile_id: uuid.UUID | str, name: str, tracks: str
) -> ExerciseChoice:
    name = checked_text(name, field="exercise_name", limit=NAME_MAX).strip()
    if not name:
        raise UserError("training.error.exercise_name", field="exercise_name")
    if tracks not in TRACKS:
        raise UserError("log.error.choice", field="tracks")
    exercise = Exercise(profile_id=as_uuid(profile_id), name=name, name_en=name, tracks=tracks)
    session.add(exercise)
    session.commit()
    return ExerciseChoice(str(exercise.id), name, name, tracks, True)


def delete_own_exercise(*, session: Session, profile_id: uuid.UUID | str, exercise_id: str) -> None:
    """Deletes one of the profile's own exercises; refused, with the count,
    while workouts use it (the seeded catalogue is not the profile's to delete)."""
    owner = as_uuid(profile_id)
    exercise = _exercise(session, owner, exercise_id)
    if exercise.profile_id != owner:
        raise UserError("record.error.not_found", field="exercise")
    used = session.exec(
        select(func.count()).where(
            WorkoutExercise.profile_id == owner, WorkoutExercise.exercise_id == exercise.id
        )
    ).one()
    if used:
        raise UserError("training.error.exercise_in_use", field="exercise", count=used)
    session.delete(exercise)
    session.commit()


def _exercise(session: Session, owner: uuid.UUID, exercise_id: str) -> Exercise:
    try:
        found = session.get(Exercise, as_uuid(exercise_id))
    except (ValueError, TypeError, AttributeError) as error:
        raise UserError("record.error.not_found", field="exercise") from error
    if found is None or found.profile_id not in (None, owner):
        raise UserError("record.error.not_found", field="exercise")
    return found


# --- workouts --------------------------------------------------------------------------


def start_workout(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    day: date | None = None,
    today: date | None = None,
) -> str:
    """A new workout on `day` (today in the profile's time zone when None),
    charged to the activity feature."""
    owner = as_uuid(profile_id)
    if day is None:
        profile = session.get(Profile, owner)
        day = today or today_in(None if profile is None else profile.timezone)
    check_profile_day(session, owner, day, today=today)
    consume(session=session, profile_id=owner, feature_id=ACTIVITY_FEATURE)
    workout = Workout(profile_id=owner, date=day)
    session.add(workout)
    session.commit()
    return str(workout.id)


def latest_workout_id(*, session: Session, profile_id: uuid.UUID | str, day: date) -> str | None:
    """The profile's latest workout of `day`, to continue it."""
    found = session.exec(
        select(Workout.id)
        .where(Workout.profile_id == as_uuid(profile_id), Workout.date == day)
        .order_by(col(Workout.created_at).desc())
        .limit(1)
    ).first()
    return None if found is None else str(found)


def add_exercise(
    *, session: Session, profile_id: uuid.UUID | str, workout_id: str, exercise_id: str
) -> str:
    owner = as_uuid(profile_id)
    workout = owned(session, Workout, owner, workout_id)
    exercise = _exercise(session, owner, exercise_id)
    count = session.exec(select(func.count()).where(WorkoutExercise.workout_id == workout.id)).one()
    item = WorkoutExercise(
        profile_id=owner, workout_id=workout.id, exercise_id=exercise.id, position=count
    )
    session.add(item)
    session.commit()
    return str(item.id)


def _number(value, low, high, field: str, code: str, *, whole: bool = False):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise UserError(code, field=field)
    if whole and value != int(value):
        raise UserError(code, field=field)
    return int(value) if whole else float(value)


def _checked(entry: SetInput) -> SetInput:
    if entry.reps is None:
        raise UserError("training.error.reps_range", field="reps")
    if entry.kind not in SET_KINDS:
        raise UserError("log.error.choice", field="kind")
    return SetInput(
        reps=_number(entry.reps, *REPS_RANGE, "reps", "training.error.reps_range", whole=True),
        weight_kg=_number(
            None if entry.weight_kg is None else round_half_up(entry.weight_kg, 2),
            *WEIGHT_RANGE_KG,
            "weight",
            "training.error.weight_range",
        ),
        rpe=_number(entry.rpe, *SET_RPE_RANGE, "set_rpe", "training.error.rpe_range"),
        kind=entry.kind,
        rest_seconds=_number(
            entry.rest_seconds, *REST_RANGE_S, "rest", "training.error.rest_range", whole=True
        ),
    )


def _view(s: WorkoutSet) -> SetView:
    return SetView(
        str(s.id),
        s.reps,
        None if s.weight_kg is None else float(s.weight_kg),
        None if s.rpe is None else float(s.rpe),
        s.kind,
        s.rest_seconds,
    )


def _counted(owner: uuid.UUID, exercise_id: uuid.UUID, *columns):
    """The sets of the exercise that can hold a record (one indexed table)."""
    return select(*columns).where(
        WorkoutSet.profile_id == owner,
        WorkoutSet.exercise_id == exercise_id,
        WorkoutSet.kind != WARMUP,
        col(WorkoutSet.reps) >= 1,
        col(WorkoutSet.weight_kg) > 0,
    )


def _records(session: Session, owner: uuid.UUID, exercise_id: uuid.UUID) -> dict[str, Record]:
    """The exercise's records computed from its sets (what the kept rows are
    rebuilt from). Two reads of a covering index: each weight × reps once
    with the day first reached (a few hundred rows for years of sets), and
    each workout's volume."""
    weight, reps, day = col(WorkoutSet.weight_kg), col(WorkoutSet.reps), col(WorkoutSet.date)
    combos = session.exec(
        _counted(owner, exercise_id, weight, reps, sa.func.min(day)).group_by(weight, reps)
    ).all()
    volumes = session.exec(
        _counted(owner, exercise_id, sa.func.sum(reps * weight), day).group_by(
            day,
            col(WorkoutSet.workout_id),  # the history index's order: no sort
        )
    ).all()
    return best_records(
        ((float(kg), count, first) for kg, count, first in combos),
        ((float(total), on) for total, on in volumes),
    )


def _kept_rows(
    session: Session, owner: uuid.UUID, exercise_id: uuid.UUID, *, to_change: bool = False
) -> dict[str, ExerciseRecord]:
    """The exercise's kept record rows; `to_change`: locked until the commit
    (PostgreSQL; SQLite's writes are one at a time anyway), so that two
    saves of the same exercise at once cannot keep the slower one's view."""
    query = select(ExerciseRecord).where(
        ExerciseRecord.profile_id == owner, ExerciseRecord.exercise_id == exercise_id
    )
    rows = session.exec(query.with_for_update() if to_change else query).all()
    return {row.kind: row for row in rows}


def _as_record(row: ExerciseRecord) -> Record:
    weight = None if row.weight_kg is None else float(row.weight_kg)
    return Record(row.kind, float(row.value), row.date, weight, row.reps)


def _kept(session: Session, owner: uuid.UUID, exercise_id: uuid.UUID) -> dict[str, Record]:
    """The exercise's records as kept (one read of at most four rows)."""
    return {kind: _as_record(row) for kind, row in _kept_rows(session, owner, exercise_id).items()}


def _keep(
    session: Session,
    owner: uuid.UUID,
    exercise_id: uuid.UUID,
    rows: dict[str, ExerciseRecord],
    found: dict[str, Record],
) -> None:
    """Makes the kept `rows` say `found` (the caller commits)."""
    for kind, row in rows.items():
        if kind not in found:
            session.delete(row)
    for kind, record in found.items():
        row = rows.get(kind) or ExerciseRecord(profile_id=owner, exercise_id=exercise_id, kind=kind)
        row.value, row.date = record.value, record.day
        row.weight_kg, row.reps = record.weight_kg, record.reps
        session.add(row)


def _rebuild(session: Session, owner: uuid.UUID, exercise_id: uuid.UUID) -> None:
    """The exercise's kept records made again from its sets, after a set
    was edited or deleted (which can lower a record)."""
    session.flush()
    _keep(
        session,
        owner,
        exercise_id,
        _kept_rows(session, owner, exercise_id, to_change=True),
        _records(session, owner, exercise_id),
    )


def rebuild_records(*, session: Session, profile_id: uuid.UUID | str) -> None:
    """Every kept record of the profile made again from its sets: after a
    restore wrote them (the manifest's `rebuild`). The caller commits."""
    owner = as_uuid(profile_id)
    session.execute(sa.delete(ExerciseRecord).where(col(ExerciseRecord.profile_id) == owner))
    trained = session.exec(
        select(WorkoutSet.exercise_id).where(WorkoutSet.profile_id == owner).distinct()
    ).all()
    for exercise_id in trained:
        _keep(session, owner, exercise_id, {}, _records(session, owner, exercise_id))


def _most_reps_at(
    session: Session, owner: uuid.UUID, exercise_id: uuid.UUID, weight_kg: float
) -> Record | None:
    """The most reps lifted at `weight_kg` (its first day): one seek down
    the records' index."""
    reps, day = col(WorkoutSet.reps), col(WorkoutSet.date)
    found = session.exec(
        _counted(owner, exercise_id, reps, day)
        .where(WorkoutSet.weight_kg == weight_kg)
        .order_by(reps.desc(), day)
        .limit(1)
    ).first()
    if found is None:
        return None
    return Record("reps_at_weight", found[0], found[1], weight_kg, found[0])


def _workout_so_far(
    session: Session, owner: uuid.UUID, item: WorkoutExercise
) -> tuple[date, int, float]:
    """The workout's day, how many sets the item has (the next one's
    position) and the exercise's volume in the workout so far (all its
    entries there): one read of the workout's sets, the workout itself only
    while the exercise has none."""
    reps, weight = col(WorkoutSet.reps), col(WorkoutSet.weight_kg)
    counted = sa.and_(WorkoutSet.kind != WARMUP, reps >= 1, weight > 0)
    position, volume, day = session.exec(
        select(
            sa.func.count(sa.case((WorkoutSet.workout_exercise_id == item.id, 1))),
            sa.func.sum(sa.case((counted, reps * weight), else_=0)),
            sa.func.max(col(WorkoutSet.date)),
        ).where(
            WorkoutSet.workout_id == item.workout_id,
            WorkoutSet.exercise_id == item.exercise_id,
            WorkoutSet.profile_id == owner,
        )
    ).one()
    if day is None:
        day = session.get(Workout, item.workout_id).date
    return day, position, float(volume or 0)


def _sets_of(session: Session, item_id: uuid.UUID) -> list[WorkoutSet]:
    return list(
        session.exec(
            select(WorkoutSet)
            .where(WorkoutSet.workout_exercise_id == item_id)
            .order_by(col(WorkoutSet.position))
        ).all()
    )


def _store(session: Session, owner: uuid.UUID, item: WorkoutExercise, entry: SetInput) -> SetSaved:
    """Saves the set and keeps the exercise's records up to date; the
    records it broke are those the exercise had before and the set (or, for
    volume, its workout) now beats. Reads a few rows, not the years of sets."""
    scored = counts(entry.kind, entry.reps, entry.weight_kg)
    # The records first: their lock makes a save of the same exercise wait.
    kept = _kept_rows(session, owner, item.exercise_id, to_change=True) if scored else {}
    day, position, volume = _workout_so_far(session, owner, item)
    before: dict[str, Record] = {}
    now: dict[str, Record] = {}
    if scored:
        before = {kind: _as_record(row) for kind, row in kept.items()}
        most = _most_reps_at(session, owner, item.exercise_id, entry.weight_kg)
        if most is not None:
            before["reps_at_weight"] = most
        now = set_records(day, entry.reps, entry.weight_kg)
        now["volume"] = Record("volume", session_volume(volume + entry.reps * entry.weight_kg), day)
    stored = WorkoutSet(
        profile_id=owner,
        workout_exercise_id=item.id,
        exercise_id=item.exercise_id,
        workout_id=item.workout_id,
        date=day,
        position=position,
        reps=entry.reps,
        weight_kg=entry.weight_kg,
        rpe=entry.rpe,
        kind=entry.kind,
        rest_seconds=entry.rest_seconds,
    )
    session.add(stored)
    changed = {kind: r for kind, r in now.items() if better(r, before.get(kind))}
    if changed:
        _keep(session, owner, item.exercise_id, {k: kept[k] for k in changed if k in kept}, changed)
    view = _view(stored)
    session.commit()
    if not scored:
        return SetSaved(view, [])
    now["reps_at_weight"] = Record("reps_at_weight", entry.reps, day, entry.weight_kg, entry.reps)
    return SetSaved(view, broken(before, now))


def add_set(
    *, session: Session, profile_id: uuid.UUID | str, workout_exercise_id: str, entry: SetInput
) -> SetSaved:
    """Adds a set; returns it with the records it broke."""
    owner = as_uuid(profile_id)
    item = owned(session, WorkoutExercise, owner, workout_exercise_id)
    return _store(session, owner, item, _checked(entry))


def _last_time(session: Session, owner: uuid.UUID, item: WorkoutExercise) -> list[WorkoutSet]:
    """The sets of this exercise in the latest earlier workout that had any."""
    this = session.get(Workout, item.workout_id)
    earlier = session.exec(
        select(WorkoutSet.workout_exercise_id)
        .where(
            WorkoutSet.profile_id == owner,
            WorkoutSet.exercise_id == item.exercise_id,
            WorkoutSet.workout_id != item.workout_id,
            WorkoutSet.date <= this.date,
        )
        .order_by(col(WorkoutSet.date).desc(), col(WorkoutSet.created_at).desc())
        .limit(1)
    ).first()
    return [] if earlier is None else _sets_of(session, earlier)


def repeat_last_set(
    *, session: Session, profile_id: uuid.UUID | str, workout_exercise_id: str
) -> SetSaved:
    """The exercise's last set again: this workout's, else the first of last
    session's. Refused when there is neither."""
    owner = as_uuid(profile_id)
    item = owned(session, WorkoutExercise, owner, workout_exercise_id)
    sets = _sets_of(session, item.id)
    source = sets[-1] if sets else next(iter(_last_time(session, owner, item)), None)
    if source is None:
        raise UserError("training.error.no_set_to_repeat", field="reps")
    entry = SetInput(source.reps, source.weight_kg, source.rpe, source.kind, source.rest_seconds)
    return _store(session, owner, item, entry)


def update_set(
    *, session: Session, profile_id: uuid.UUID | str, set_id: str, entry: SetInput
) -> SetView:
    owner = as_uuid(profile_id)
    stored = owned(session, WorkoutSet, owner, set_id)
    entry = _checked(entry)
    stored.reps, stored.weight_kg, stored.rpe = entry.reps, entry.weight_kg, entry.rpe
    stored.kind, stored.rest_seconds = entry.kind, entry.rest_seconds
    session.add(stored)
    _rebuild(session, owner, stored.exercise_id)
    session.commit()
    return _view(stored)


def delete_set(*, session: Session, profile_id: uuid.UUID | str, set_id: str) -> None:
    owner = as_uuid(profile_id)
    stored = owned(session, WorkoutSet, owner, set_id)
    session.delete(stored)
    _rebuild(session, owner, stored.exercise_id)
    session.commit()


def workout(*, session: Session, profile_id: uuid.UUID | str, workout_id: str) -> WorkoutView:
    owner = as_uuid(profile_id)
    found = owned(session, Workout, owner, workout_id)
    items = session.exec(
        select(WorkoutExercise, Exercise)
        .join(Exercise, col(WorkoutExercise.exercise_id) == col(Exercise.id))
        .where(WorkoutExercise.workout_id == found.id)
        .order_by(col(WorkoutExercise.position))
    ).all()
    return WorkoutView(
        id=str(found.id),
        date=found.date,
        exercises=[
            ExerciseView(
                id=str(item.id),
                exercise_id=str(exercise.id),
                name_de=exercise.name,
                name_en=exercise.name_en or exercise.name,
                sets=[_view(s) for s in _sets_of(session, item.id)],
                last_time=[_view(s) for s in _last_time(session, owner, item)],
            )
            for item, exercise in items
        ],
    )


def exercise_records(
    *, session: Session, profile_id: uuid.UUID | str, exercise_id: str
) -> dict[str, Record]:
    """The exercise's personal records with the day each was set."""
    owner = as_uuid(profile_id)
    exercise = _exercise(session, owner, exercise_id)
    return _kept(session, owner, exercise.id)


@dataclass(frozen=True)
class StrengthPage:
    workout: WorkoutView | None  # the latest of the day, to continue
    choices: list[ExerciseChoice]
    records: dict[str, dict[str, Record]]  # by exercise id


def strength_page(*, session: Session, profile_id: uuid.UUID | str, day: date) -> StrengthPage:
    """What the strength page shows: the day's latest workout with each
    exercise's records, and the exercises to add."""
    workout_id = latest_workout_id(session=session, profile_id=profile_id, day=day)
    view = (
        None
        if workout_id is None
        else workout(session=session, profile_id=profile_id, workout_id=workout_id)
    )
    exercises = [] if view is None else view.exercises
    return StrengthPage(
        workout=view,
        choices=exercise_choices(session=session, profile_id=profile_id),
        records={
            e.exercise_id: exercise_records(
                session=session, profile_id=profile_id, exercise_id=e.exercise_id
            )
            for e in exercises
        },
    )


# --- progress over time ----------------------------------------------------------------


@dataclass(frozen=True)
class ProgressPoint:
    day: date
    e1rm: float  # the workout's best estimated one-rep maximum (Epley), kg
    volume: float  # reps × kg of the exercise's counted sets in the workout


@dataclass(frozen=True)
class StrengthSummary:
    exercises: list[ExerciseChoice]  # those with counted sets, most recently trained first
    exercise_id: str  # the one shown; "" without any
    records: dict[str, Record]
    progress: list[ProgressPoint]  # oldest first


def _epley_sql(weight, reps):
    """`formulas.epley_1rm` in SQL: one rep is the weight itself; beyond
    strength.EPLEY_MAX_REPS no estimate."""
    return sa.case(
        (reps == 1, weight),
        (reps <= EPLEY_MAX_REPS, weight * (1 + reps / 30.0)),
        else_=None,
    )


def exercise_progress(
    session: Session, owner: uuid.UUID, exercise_id: uuid.UUID
) -> list[ProgressPoint]:
    """Per workout of the exercise: its best Epley estimate and its volume,
    read in the order of the history index (which covers them)."""
    weight, reps, day = col(WorkoutSet.weight_kg), col(WorkoutSet.reps), col(WorkoutSet.date)
    rows = session.exec(
        _counted(
            owner,
            exercise_id,
            day,
            sa.func.max(_epley_sql(weight, reps)),
            sa.func.sum(reps * weight),
        )
        .group_by(day, col(WorkoutSet.workout_id))
        .order_by(day, col(WorkoutSet.workout_id))
    ).all()
    return [ProgressPoint(day, float(best or 0), float(volume or 0)) for day, best, volume in rows]


def _trained(session: Session, owner: uuid.UUID) -> list[tuple[uuid.UUID, date]]:
    """The exercises the profile has sets of, each with the day last trained,
    newest first: one index seek per exercise it can see (the catalogue and
    its own), not a pass over years of sets."""
    last = (
        select(sa.func.max(col(WorkoutSet.date)))
        .where(WorkoutSet.profile_id == owner, WorkoutSet.exercise_id == Exercise.id)
        .correlate(Exercise)
        .scalar_subquery()
    )
    rows = session.exec(select(Exercise.id, last).where(_visible(owner))).all()
    return sorted(
        ((exercise, day) for exercise, day in rows if day is not None),
        key=lambda row: row[1],
        reverse=True,
    )


def strength_summary(
    *, session: Session, profile_id: uuid.UUID | str, exercise_id: str = ""
) -> StrengthSummary:
    """The Training page's records and progress: of `exercise_id` (one of
    the profile's), else of the exercise trained most recently."""
    owner = as_uuid(profile_id)
    trained = [exercise for exercise, _ in _trained(session, owner)]
    names = {
        e.id: e for e in session.exec(select(Exercise).where(col(Exercise.id).in_(trained))).all()
    }
    exercises = [
        ExerciseChoice(str(e.id), e.name, e.name_en or e.name, e.tracks, e.profile_id is not None)
        for e in (names[i] for i in trained if i in names)
    ]
    if exercise_id:
        shown = _exercise(session, owner, exercise_id).id
    elif trained:
        shown = trained[0]
    else:
        return StrengthSummary(exercises, "", {}, [])
    progress = exercise_progress(session, owner, shown)
    return StrengthSummary(exercises, str(shown), _kept(session, owner, shown), progress)


def first_record_day(*, session: Session, profile_id: uuid.UUID | str) -> date | None:
    """The first day a set beat a record its exercise held from an earlier
    day (the heaviest weight or an estimated one-rep maximum), or None:
    the first sets of an exercise set its records without breaking one.
    One read of the records' index: each exercise's weight × reps once with
    the day first reached."""
    weight, reps, day = col(WorkoutSet.weight_kg), col(WorkoutSet.reps), col(WorkoutSet.date)
    combos = session.exec(
        select(WorkoutSet.exercise_id, sa.func.min(day), weight, reps)
        .where(
            WorkoutSet.profile_id == as_uuid(profile_id),
            WorkoutSet.kind != WARMUP,
            reps >= 1,
            weight > 0,
        )
        .group_by(WorkoutSet.exercise_id, weight, reps)
    ).all()
    by_exercise: dict[uuid.UUID, list[tuple[date, float, int]]] = {}
    for exercise_id, first, kg, count in combos:
        by_exercise.setdefault(exercise_id, []).append((first, float(kg), count))
    found: list[date] = []
    for sets in by_exercise.values():
        held: dict[str, Record] = {}  # the records of the days before the one looked at
        for first, of_day in groupby(sorted(sets), key=lambda combo: combo[0]):
            scored = [set_records(first, count, kg) for _, kg, count in of_day]
            if held and any(broken(held, now) for now in scored):
                found.append(first)
                break
            for now in scored:
                for record in now.values():
                    if better(record, held.get(record.kind)):
                        held[record.kind] = record
    return min(found, default=None)


def latest_record(
    *, session: Session, profile_id: uuid.UUID | str, today: date
) -> tuple[ExerciseChoice, Record] | None:
    """The newest heaviest-weight record set in the last RECENT_DAYS (the
    dashboard's), or None: one seek down the kept records' index."""
    owner = as_uuid(profile_id)
    found = session.exec(
        select(ExerciseRecord, Exercise)
        .join(Exercise, col(ExerciseRecord.exercise_id) == col(Exercise.id))
        .where(
            ExerciseRecord.profile_id == owner,
            ExerciseRecord.kind == "heaviest",
            ExerciseRecord.date >= today - timedelta(days=RECENT_DAYS),
        )
        .order_by(col(ExerciseRecord.date).desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    row, e = found
    choice = ExerciseChoice(str(e.id), e.name, e.name_en or e.name, e.tracks, False)
    return choice, Record("heaviest", float(row.value), row.date, float(row.value))
