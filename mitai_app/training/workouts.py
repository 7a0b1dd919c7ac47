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
from mitai_app.training.models import Exercise, Workout, WorkoutExercise, WorkoutSet
from mitai_app.training.strength import (
    EPLEY_MAX_REPS,
    WARMUP,
    Record,
    broken,
    counts,
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


def _better(found: dict[str, Record], record: Record) -> None:
    """Keeps `record` where it beats the one held (the earliest among equals)."""
    held = found.get(record.kind)
    if held is None or (record.value, -record.day.toordinal()) > (
        held.value,
        -held.day.toordinal(),
    ):
        found[record.kind] = record


def _records(
    session: Session,
    owner: uuid.UUID,
    exercise_id: uuid.UUID,
    reps_at: float | None = None,
    *,
    with_volume: bool = True,
) -> dict[str, Record]:
    """The exercise's records, each the best set (the earliest among equals),
    and the most reps at the weight `reps_at` when asked. Two reads of a
    covering index: each weight × reps once with the day first reached (a few
    hundred rows for years of sets), and (`with_volume`) the best workout's
    volume."""
    weight, reps, day = col(WorkoutSet.weight_kg), col(WorkoutSet.reps), col(WorkoutSet.date)
    found: dict[str, Record] = {}
    combos = session.exec(
        _counted(owner, exercise_id, weight, reps, sa.func.min(day)).group_by(weight, reps)
    ).all()
    for kg, count, first in combos:
        for record in set_records(first, count, float(kg)).values():
            _better(found, record)
        if reps_at is not None and float(kg) == reps_at:
            _better(found, Record("reps_at_weight", count, first, float(kg), count))
    if not with_volume:
        return found
    volume = sa.func.sum(reps * weight)
    best = session.exec(
        _counted(owner, exercise_id, day, volume)
        .group_by(day, col(WorkoutSet.workout_id))  # the history index's order: no sort
        .order_by(volume.desc(), day)
        .limit(1)
    ).first()
    if best is not None:
        found["volume"] = Record("volume", float(best[1]), best[0])
    return found


def _volume_of(session: Session, owner: uuid.UUID, item: WorkoutExercise) -> float:
    """The exercise's volume in this workout (all its entries there)."""
    total = session.exec(
        select(sa.func.sum(col(WorkoutSet.reps) * col(WorkoutSet.weight_kg))).where(
            WorkoutSet.workout_id == item.workout_id,
            WorkoutSet.exercise_id == item.exercise_id,
            WorkoutSet.profile_id == owner,
            WorkoutSet.kind != WARMUP,
            col(WorkoutSet.reps) >= 1,
            col(WorkoutSet.weight_kg) > 0,
        )
    ).one()
    return float(total or 0)


def _sets_of(session: Session, item_id: uuid.UUID) -> list[WorkoutSet]:
    return list(
        session.exec(
            select(WorkoutSet)
            .where(WorkoutSet.workout_exercise_id == item_id)
            .order_by(col(WorkoutSet.position))
        ).all()
    )


def _store(session: Session, owner: uuid.UUID, item: WorkoutExercise, entry: SetInput) -> SetSaved:
    """Saves the set; the records it broke are those the exercise had before
    and the set (or, for volume, its workout) now beats."""
    scored = counts(entry.kind, entry.reps, entry.weight_kg)
    before: dict[str, Record] = {}
    volume = 0.0
    if scored:
        before = _records(session, owner, item.exercise_id, reps_at=entry.weight_kg)
        # read before the commit: nothing is read again after it
        volume = _volume_of(session, owner, item) + entry.reps * entry.weight_kg
    day = session.get(Workout, item.workout_id).date
    position = session.exec(
        select(sa.func.count()).where(WorkoutSet.workout_exercise_id == item.id)
    ).one()
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
    view = _view(stored)
    session.commit()
    if not scored:
        return SetSaved(view, [])
    now = set_records(day, entry.reps, entry.weight_kg)
    now["reps_at_weight"] = Record("reps_at_weight", entry.reps, day, entry.weight_kg, entry.reps)
    now["volume"] = Record("volume", volume, day)
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
    session.commit()
    return _view(stored)


def delete_set(*, session: Session, profile_id: uuid.UUID | str, set_id: str) -> None:
    stored = owned(session, WorkoutSet, as_uuid(profile_id), set_id)
    session.delete(stored)
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
    return _records(session, owner, exercise.id)


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
    records = _records(session, owner, shown, with_volume=False)
    if progress:  # the best session volume is the progress's best (the earliest among equals)
        best = max(progress, key=lambda p: (p.volume, -p.day.toordinal()))
        records["volume"] = Record("volume", best.volume, best.day)
    return StrengthSummary(exercises, str(shown), records, progress)


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
                    _better(held, record)
    return min(found, default=None)


def latest_record(
    *, session: Session, profile_id: uuid.UUID | str, today: date
) -> tuple[ExerciseChoice, Record] | None:
    """The newest heaviest-weight record set in the last RECENT_DAYS (the
    dashboard's), or None. One statement: per exercise the profile can see,
    two seeks down the records' index for its heaviest counted set and the
    day that weight was first lifted."""
    owner = as_uuid(profile_id)
    since = today - timedelta(days=RECENT_DAYS)
    weight, day = col(WorkoutSet.weight_kg), col(WorkoutSet.date)

    def heaviest(column):
        """The heaviest counted set's `column` (its first day among equals)."""
        return (
            _counted(owner, Exercise.id, column)
            .order_by(weight.desc(), day)
            .limit(1)
            .correlate(Exercise)
            .scalar_subquery()
        )

    rows = session.exec(
        select(Exercise.id, heaviest(weight), heaviest(day)).where(_visible(owner))
    ).all()
    recent = [(first, exercise, kg) for exercise, kg, first in rows if first and first >= since]
    if not recent:
        return None
    first, exercise_id, kg = max(recent, key=lambda row: row[0])
    e = session.get(Exercise, exercise_id)
    choice = ExerciseChoice(str(e.id), e.name, e.name_en or e.name, e.tracks, False)
    return choice, Record("heaviest", float(kg), first, float(kg))
