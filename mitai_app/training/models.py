"""Training tables: the activity log, training types, workout-name mappings and quality parameters (spec sections 2 and 5)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import (
    created_at,
    desc,
    document,
    json_field,
    min_check,
    numeric,
    partial_index,
    profile_fk,
    provenance,
    range_check,
    source_field,
    text_field,
    updated_at,
    uuid_pk,
    with_default,
)
from mitai_app.core.text import Text


@provenance
class Activity(SQLModel, table=True):
    __tablename__ = "activity_log"
    __table_args__ = (
        min_check("duration_minutes", 0),
        min_check("kcal", 0),
        range_check("avg_hr", 20, 250),
        range_check("max_hr", 20, 250),
        sa.CheckConstraint(
            "avg_hr IS NULL OR max_hr IS NULL OR avg_hr <= max_hr", name="avg_hr_le_max_hr"
        ),
        min_check("distance_km", 0),
        range_check("rpe", 1, 10),
        range_check("overall_score", 0, 100),
        sa.Index("idx_activity_profile_date", "profile_id", desc("date")),
        sa.Index("idx_activity_training_type", "training_type_id"),
        sa.Index("idx_activity_training_category", "training_category"),
        partial_index(
            "idx_activity_quality_label",
            "quality_label",
            where="quality_label IS NOT NULL",
        ),
        partial_index(
            "idx_activity_overall_score",
            desc("overall_score"),
            where="overall_score IS NOT NULL",
        ),
        # JSONB path operators exist only on PostgreSQL.
        sa.Index(
            "idx_activity_evaluation_passed",
            sa.text(
                "(((evaluation -> 'rule_set_results'::text) -> 'minimum_requirements'::text) ->> 'passed'::text)"
            ),
            postgresql_where=sa.text("evaluation IS NOT NULL"),
        ).ddl_if(dialect="postgresql"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    start_time: time | None = None
    duration_minutes: int | None = None
    training_type_id: int | None = Field(
        default=None, foreign_key="training_types.id", ondelete="NO ACTION"
    )
    training_category: str | None = Field(default=None, max_length=50)
    kcal: int | None = None
    avg_hr: int | None = None
    max_hr: int | None = None
    distance_km: float | None = numeric(6, 2)
    description: str | None = text_field()
    # Session RPE (Borg CR-10, 1–10) and the mood after it (consts.MOODS).
    rpe: int | None = None
    mood: str | None = Field(default=None, max_length=20)
    # kcal was estimated from the type's MET, the weight that day and the duration.
    kcal_estimated: bool = with_default(False, nullable=False)
    source: str = source_field()
    evaluation: dict | None = json_field()
    # Seconds at each heart rate of an imported recording's samples
    # (formulas.heart_rate_seconds): its time in zones.
    hr_seconds: dict[str, int] | None = json_field()
    overall_score: int | None = None
    quality_label: str | None = Field(default=None, max_length=20)
    created_at: datetime | None = created_at()

    # The generic log (core.logs) calls an entry's free text `notes`.
    @property
    def notes(self) -> str | None:
        return self.description

    @notes.setter
    def notes(self, value: str | None) -> None:
        self.description = value


class TrainingType(SQLModel, table=True):
    __tablename__ = "training_types"
    __table_args__ = (
        sa.UniqueConstraint("key", name="training_types_key_key"),
        sa.Index("idx_training_types_category", "category"),
        sa.Index("idx_training_types_abilities", "abilities", postgresql_using="gin"),
        sa.Index(
            "idx_training_types_profile_enabled",
            sa.text(
                "(((profile -> 'rule_sets'::text) -> 'minimum_requirements'::text) ->> 'enabled'::text)"
            ),
            postgresql_where=sa.text("profile IS NOT NULL"),
        ).ddl_if(dialect="postgresql"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # Stable identifier the seeding step upserts by.
    key: str = Field(max_length=50)
    name: str = Field(max_length=100)
    name_en: str | None = Field(default=None, max_length=100)
    category: str = Field(max_length=50)
    color: str | None = Field(default=None, max_length=7)
    icon: str | None = Field(default=None, max_length=50)
    met: float | None = numeric(4, 1)
    description: str | None = text_field()
    description_en: str | None = text_field()
    abilities: dict[str, Any] | None = json_field()
    profile: dict[str, Any] | None = json_field()


class ActivityTypeMapping(SQLModel, table=True):
    __tablename__ = "activity_type_mappings"
    __table_args__ = (
        sa.UniqueConstraint("activity_type", "profile_id", name="unique_activity_type_per_profile"),
        sa.Index("idx_activity_type_mappings_type", "activity_type"),
        sa.Index("idx_activity_type_mappings_profile", "profile_id"),
        # NULLs are distinct in the constraint above: this keeps global names unique.
        partial_index(
            "idx_activity_type_mappings_global",
            "activity_type",
            unique=True,
            where="profile_id IS NULL",
        ),
    )

    id: uuid.UUID = uuid_pk()
    activity_type: str = Field(max_length=255)
    training_type_id: int = Field(foreign_key="training_types.id", ondelete="CASCADE")
    # NULL: a global mapping shared by every profile.
    profile_id: uuid.UUID | None = profile_fk(nullable=True)
    is_global: bool | None = with_default(True)
    created_at: datetime | None = created_at()


class TrainingParameter(SQLModel, table=True):
    __tablename__ = "training_parameters"
    __table_args__ = (
        sa.UniqueConstraint("key", name="training_parameters_key_key"),
        partial_index(
            "idx_training_parameters_key",
            "key",
            where="is_active = true",
        ),
        partial_index(
            "idx_training_parameters_category",
            "category",
            where="is_active = true",
        ),
    )

    id: uuid.UUID = uuid_pk()
    key: str = Field(max_length=100)
    category: str = Field(max_length=50)
    value: str = text_field(nullable=False)
    description: str | None = text_field()
    description_en: str | None = text_field()
    is_active: bool | None = with_default(True)
    created_at: datetime | None = created_at()
    updated_at: datetime | None = updated_at()


class Exercise(SQLModel, table=True):
    """An exercise: from the seeded catalogue (`profile_id` NULL, `key` set)
    or the user's own. `tracks` says what its sets record (consts.TRACKS)."""

    __tablename__ = "exercises"
    __table_args__ = (
        sa.UniqueConstraint("key", name="exercises_key_key"),
        sa.Index("idx_exercises_profile", "profile_id"),
    )

    id: uuid.UUID = uuid_pk()
    key: str | None = Field(default=None, max_length=50)  # seeded ones only
    profile_id: uuid.UUID | None = profile_fk(nullable=True)
    name: str = Field(max_length=100)
    name_en: str | None = Field(default=None, max_length=100)
    tracks: str = Field(max_length=20)
    created_at: datetime | None = created_at()


class Workout(SQLModel, table=True):
    """A strength workout on a day; its exercises are ordered, each with sets."""

    __tablename__ = "workouts"
    __table_args__ = (sa.Index("idx_workouts_profile_date", "profile_id", desc("date")),)

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    created_at: datetime | None = created_at()


class WorkoutExercise(SQLModel, table=True):
    __tablename__ = "workout_exercises"
    __table_args__ = (
        sa.Index("idx_workout_exercises_workout", "workout_id", "position"),
        sa.Index("idx_workout_exercises_exercise", "profile_id", "exercise_id"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    workout_id: uuid.UUID = Field(foreign_key="workouts.id", ondelete="CASCADE")
    exercise_id: uuid.UUID = Field(foreign_key="exercises.id", ondelete="NO ACTION")
    position: int


class WorkoutSet(SQLModel, table=True):
    """One set: reps at a weight (kg), its RPE, kind (consts.SET_KINDS) and the
    rest after it. The exercise, workout and day are repeated from its
    workout exercise so that the records of years of sets are one indexed
    read of this table (bench/training_load.py)."""

    __tablename__ = "workout_sets"
    __table_args__ = (
        sa.Index("idx_workout_sets_exercise", "workout_exercise_id", "position"),
        # Covers the records' queries (no table reads over years of sets).
        sa.Index(
            "idx_workout_sets_records",
            "profile_id",
            "exercise_id",
            "weight_kg",
            "reps",
            "kind",
            "date",
            "workout_id",
        ),
        # Last session's sets, and (covering) an exercise's progress per workout.
        sa.Index(
            "idx_workout_sets_history",
            "profile_id",
            "exercise_id",
            "date",
            "workout_id",
            "weight_kg",
            "reps",
            "kind",
        ),
        sa.Index("idx_workout_sets_workout", "workout_id"),
        range_check("reps", 1, 1000),
        range_check("weight_kg", 0, 1000),
        range_check("rpe", 1, 10),
        range_check("rest_seconds", 0, 3600),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    workout_exercise_id: uuid.UUID = Field(foreign_key="workout_exercises.id", ondelete="CASCADE")
    exercise_id: uuid.UUID = Field(foreign_key="exercises.id", ondelete="NO ACTION")
    workout_id: uuid.UUID = Field(foreign_key="workouts.id", ondelete="CASCADE")
    date: date
    position: int
    reps: int | None = None
    weight_kg: float | None = numeric(6, 2)
    rpe: float | None = numeric(3, 1)
    kind: str = with_default("working", nullable=False, max_length=20)
    rest_seconds: int | None = None
    created_at: datetime | None = created_at()


class ExerciseRecord(SQLModel, table=True):
    """A personal record an exercise holds (strength.LISTED_KINDS), kept
    from its sets as they are added, edited and deleted, so that saving a
    set compares with a few rows instead of reading years of sets
    (bench/training_load.py). Derived data: not exported, and rebuilt from
    the sets after a restore (`workouts.rebuild_records`). `weight_kg` and
    `reps` are those of the set that holds it (none for volume)."""

    __tablename__ = "exercise_records"
    __table_args__ = (
        sa.UniqueConstraint(
            "profile_id", "exercise_id", "kind", name="unique_exercise_record_kind"
        ),
        sa.Index("idx_exercise_records_profile_kind_date", "profile_id", "kind", desc("date")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    exercise_id: uuid.UUID = Field(foreign_key="exercises.id", ondelete="CASCADE")
    kind: str = Field(max_length=20)
    value: float = Field(sa_type=sa.Double())  # as computed: kg, or kg·reps for volume
    date: date
    weight_kg: float | None = numeric(6, 2)
    reps: int | None = None


class DailyActivity(SQLModel, table=True):
    """A day's movement as one source counted it: steps, active and resting
    energy, exercise minutes and distance. One row per day and source
    ("manual" or an importer's), so an import never overwrites what was
    typed; `daily_activity.day_summaries` merges a day's sources."""

    __tablename__ = "daily_activity"
    __table_args__ = (
        sa.UniqueConstraint("profile_id", "date", "source", name="unique_daily_activity_source"),
        sa.Index("idx_daily_activity_profile_date", "profile_id", desc("date")),
        range_check("steps", 0, 200000),
        range_check("active_kcal", 0, 20000),
        range_check("resting_kcal", 0, 20000),
        range_check("exercise_minutes", 0, 1440),
        range_check("distance_km", 0, 1000),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    # Not NULL: NULLs would slip past the one-row-per-source constraint.
    source: str = with_default("manual", nullable=False, max_length=50)
    steps: int | None = None
    active_kcal: int | None = None
    resting_kcal: int | None = None
    exercise_minutes: int | None = None
    distance_km: float | None = numeric(6, 2)
    created_at: datetime | None = created_at()
    updated_at: datetime | None = updated_at()


class Reevaluation(SQLModel, table=True):
    """A type's activities judged again after an admin changed its rules,
    on the task queue (training.tasks): its progress, kept so that it
    survives the admin leaving or reloading the page, and the last activity
    done, so that a worker that stopped goes on from there. `runner` is the
    one run that may advance it (claimed atomically, admin.run_reevaluation),
    `heartbeat_at` when that run last reported, so that one that stopped
    without a word is taken over."""

    __tablename__ = "training_reevaluations"
    __table_args__ = (sa.Index("idx_training_reevaluations_type", "training_type_id"),)

    id: uuid.UUID = uuid_pk()
    training_type_id: int = Field(foreign_key="training_types.id", ondelete="CASCADE")
    status: str = with_default("queued", nullable=False, max_length=20)  # running, done
    done: int = with_default(0, nullable=False)
    total: int = with_default(0, nullable=False)
    after_id: uuid.UUID | None = None  # the last activity judged (id order)
    runner: uuid.UUID | None = None
    heartbeat_at: datetime | None = None
    created_at: datetime | None = created_at()
    updated_at: datetime | None = updated_at()


# What the columns mean (the export's columns.csv).
document(
    Activity,
    start_time=Text(de="Uhrzeit des Beginns (Ortszeit)", en="The start time (local time)"),
    training_type_id=Text(
        de="Die Trainingsart (training_types)", en="The training type (training_types)"
    ),
    training_category=Text(
        de="Kategorie der Trainingsart, beim Eintragen übernommen",
        en="The training type's category, copied in when logged",
    ),
    description=Text(de="Beschreibung, eigene Notizen", en="Description, your own notes"),
    mood=Text(
        de="Stimmung danach: none, great, good, okay, tired oder exhausted",
        en="The mood after it: none, great, good, okay, tired or exhausted",
    ),
    kcal_estimated=Text(
        de="Ob kcal geschätzt wurde (MET der Trainingsart, Gewicht an dem Tag und Dauer)",
        en="Whether kcal was estimated (the type's MET, the weight that day and the duration)",
    ),
    evaluation=Text(
        de="Bewertung nach den Regeln der Trainingsart als JSON (rule_set_results, partial_scores)",
        en="The evaluation by the training type's rules as JSON (rule_set_results, partial_scores)",
    ),
    hr_seconds=Text(
        de="Sekunden bei jeder Herzfrequenz einer importierten Aufzeichnung, als JSON "
        '{"Puls": Sekunden}; daraus die Zeit in den Zonen',
        en="Seconds at each heart rate of an imported recording, as JSON "
        '{"bpm": seconds}; its time in zones comes from it',
    ),
    overall_score=Text(
        de="Gesamtpunktzahl der Bewertung (0–100)", en="The evaluation's overall score (0–100)"
    ),
    quality_label=Text(
        de="Qualität nach der Punktzahl: high, medium oder low",
        en="Quality by the score: high, medium or low",
    ),
)
document(
    ActivityTypeMapping,
    activity_type=Text(
        de="Name der Aktivität, wie ein Import oder eine App ihn nennt",
        en="The activity's name as an import or app gives it",
    ),
    training_type_id=Text(
        de="Die Trainingsart, der der Name zugeordnet ist", en="The training type the name maps to"
    ),
    is_global=Text(
        de="Ob die Zuordnung für alle Profile gilt",
        en="Whether the mapping applies to every profile",
    ),
)
document(
    Exercise,
    key=Text(
        de="Schlüssel einer Übung aus dem Katalog (leer: eigene Übung)",
        en="The key of a catalogue exercise (empty: your own)",
    ),
    name=Text(
        de="Name der Übung (Deutsch; bei einer eigenen wie eingegeben)",
        en="The exercise's name (German; for your own, as typed)",
    ),
    name_en=Text(
        de="Name der Übung auf Englisch (leer: wie name)",
        en="The exercise's name in English (empty: as name)",
    ),
    tracks=Text(
        de="Was ihre Sätze erfassen: reps_weight, reps, duration oder distance",
        en="What its sets record: reps_weight, reps, duration or distance",
    ),
)
document(
    WorkoutExercise,
    workout_id=Text(de="Das Workout", en="The workout"),
    exercise_id=Text(de="Die Übung", en="The exercise"),
    position=Text(de="Reihenfolge im Workout", en="Order in the workout"),
)
document(
    WorkoutSet,
    workout_exercise_id=Text(
        de="Die Übung im Workout, zu der der Satz gehört",
        en="The workout exercise the set belongs to",
    ),
    exercise_id=Text(
        de="Die Übung (wie in der Übung im Workout)", en="The exercise (as in its workout exercise)"
    ),
    workout_id=Text(
        de="Das Workout (wie in der Übung im Workout)",
        en="The workout (as in its workout exercise)",
    ),
    position=Text(de="Reihenfolge der Sätze in der Übung", en="Order of the sets in the exercise"),
    reps=Text(de="Wiederholungen", en="Repetitions"),
    weight_kg=Text(de="Gewicht in kg", en="Weight in kg"),
    rpe=Text(de="Anstrengung des Satzes (RPE, 1–10)", en="The set's effort (RPE, 1–10)"),
    kind=Text(
        de="Art des Satzes: working, warmup, drop oder failure",
        en="The set's kind: working, warmup, drop or failure",
    ),
    rest_seconds=Text(de="Pause nach dem Satz in Sekunden", en="Rest after the set in seconds"),
)
document(
    DailyActivity,
    steps=Text(de="Schritte", en="Steps"),
    active_kcal=Text(de="Aktive Energie in kcal", en="Active energy in kcal"),
    resting_kcal=Text(de="Ruheenergie in kcal", en="Resting energy in kcal"),
    exercise_minutes=Text(de="Trainingsminuten", en="Exercise minutes"),
    distance_km=Text(de="Zurückgelegte Strecke in km", en="Distance covered in km"),
)
