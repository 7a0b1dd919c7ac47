"""Goals, focus areas, training phases, fitness tests and weekly goals (spec section 5)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import (
    created_at,
    desc,
    document,
    json_field,
    numeric,
    partial_index,
    profile_fk,
    text_field,
    updated_at,
    uuid_pk,
    with_default,
)
from mitai_app.core.text import Text

GOAL_STATUSES = ("active", "completed", "paused")


GOAL_DIRECTIONS = ("decrease", "increase", "target")


PHASE_TYPES = (
    "calorie_deficit",
    "calorie_surplus",
    "deload",
    "maintenance",
    "periodization",
    "recomposition",
)


# suggested: found by the detection, awaiting the user; accepted: confirmed
# (or corrected) by the user; rejected: the user said no. active and
# completed are the data model's and not written by the app.
PHASE_STATUSES = ("suggested", "accepted", "active", "completed", "rejected")


class Goal(SQLModel, table=True):
    __tablename__ = "goals"
    __table_args__ = (
        sa.CheckConstraint(f"status IS NULL OR status IN {GOAL_STATUSES}", name="status"),
        sa.Index("idx_goals_profile", "profile_id"),
        sa.Index("idx_goals_status", "profile_id", "status"),
        partial_index(
            "idx_goals_primary",
            "profile_id",
            "is_primary",
            where="is_primary = true",
        ),
        sa.Index("idx_goals_category_priority", "profile_id", "category", "priority"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    title: str = Field(max_length=255)
    goal_type: str = Field(max_length=50)
    category: str | None = Field(default=None, max_length=50)
    start_date: date | None = None
    target_date: date | None = None
    start_value: float | None = numeric(10, 2)
    target_value: float = numeric(10, 2, nullable=False)
    current_value: float | None = numeric(10, 2)
    source_table: str | None = Field(default=None, max_length=50)
    source_column: str | None = Field(default=None, max_length=50)
    status: str | None = with_default("active", max_length=20)
    is_primary: bool | None = with_default(False)
    priority: int | None = with_default(0)
    notes: str | None = text_field()
    created_at: datetime | None = created_at()
    updated_at: datetime | None = updated_at()


class GoalTypeDefinition(SQLModel, table=True):
    __tablename__ = "goal_type_definitions"
    __table_args__ = (
        sa.CheckConstraint(
            f"direction IS NULL OR direction IN {GOAL_DIRECTIONS}", name="direction"
        ),
        sa.UniqueConstraint("type_key", name="goal_type_definitions_type_key_key"),
        sa.Index("idx_goal_type_definitions_category", "category"),
        partial_index(
            "idx_goal_type_definitions_active",
            "is_active",
            where="is_active = true",
        ),
    )

    id: uuid.UUID = uuid_pk()
    type_key: str = Field(max_length=50)
    display_name: str = Field(max_length=100)
    display_name_en: str | None = Field(default=None, max_length=100)
    category: str = Field(max_length=50)
    unit: str | None = Field(default=None, max_length=20)
    description: str | None = text_field()
    description_en: str | None = text_field()
    # Which way progress runs, and where a goal's current value is read from.
    direction: str | None = Field(default=None, max_length=10)
    source_table: str | None = Field(default=None, max_length=50)
    source_column: str | None = Field(default=None, max_length=50)
    is_active: bool | None = with_default(True)
    sort_order: int | None = with_default(0)
    created_at: datetime | None = created_at()


class GoalFocusContribution(SQLModel, table=True):
    __tablename__ = "goal_focus_contributions"
    __table_args__ = (
        sa.CheckConstraint(
            "contribution_weight IS NULL OR contribution_weight BETWEEN 0 AND 100",
            name="contribution_weight",
        ),
        sa.Index("idx_gfc_goal", "goal_id"),
        sa.Index("idx_gfc_focus_area", "focus_area_id"),
    )

    goal_id: uuid.UUID = Field(primary_key=True, foreign_key="goals.id", ondelete="CASCADE")
    focus_area_id: int = Field(
        primary_key=True, foreign_key="focus_area_definitions.id", ondelete="CASCADE"
    )
    contribution_weight: float | None = numeric(5, 2, default=100)


class GoalProgress(SQLModel, table=True):
    __tablename__ = "goal_progress_log"
    __table_args__ = (
        sa.UniqueConstraint("goal_id", "date", name="unique_progress_per_day"),
        sa.Index("idx_goal_progress_goal_date", "goal_id", desc("date")),
        sa.Index("idx_goal_progress_profile", "profile_id"),
    )

    id: uuid.UUID = uuid_pk()
    goal_id: uuid.UUID = Field(foreign_key="goals.id", ondelete="CASCADE")
    profile_id: uuid.UUID = profile_fk()
    date: date
    value: float = numeric(10, 2, nullable=False)
    notes: str | None = text_field()
    created_at: datetime | None = created_at()


class FocusAreaDefinition(SQLModel, table=True):
    __tablename__ = "focus_area_definitions"
    __table_args__ = (
        sa.UniqueConstraint("key", name="focus_area_definitions_key_key"),
        sa.Index("idx_focus_area_key", "key"),
        sa.Index("idx_focus_area_category", "category"),
    )

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=50)
    name: str = Field(max_length=100)
    name_en: str | None = Field(default=None, max_length=100)
    category: str = Field(max_length=50)
    description: str | None = text_field()
    description_en: str | None = text_field()
    sort_order: int | None = with_default(0)
    is_active: bool | None = with_default(True)


class UserFocusAreaWeight(SQLModel, table=True):
    __tablename__ = "user_focus_area_weights"
    __table_args__ = (
        sa.CheckConstraint("weight IS NULL OR weight BETWEEN 0 AND 100", name="weight"),
        sa.Index("idx_user_focus_weights_profile", "profile_id"),
        sa.Index("idx_user_focus_weights_area", "focus_area_id"),
    )

    profile_id: uuid.UUID = Field(primary_key=True, foreign_key="profiles.id", ondelete="CASCADE")
    focus_area_id: int = Field(
        primary_key=True, foreign_key="focus_area_definitions.id", ondelete="CASCADE"
    )
    weight: float | None = numeric(5, 2, default=0)
    updated_at: datetime | None = updated_at()


class UserFocusPreference(SQLModel, table=True):
    """Legacy: superseded by user_focus_area_weights."""

    __tablename__ = "user_focus_preferences"
    __table_args__ = (
        partial_index(
            "idx_focus_areas_profile_active",
            "profile_id",
            unique=True,
            where="active = true",
        ),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    focus_areas: dict[str, Any] | None = json_field()
    active: bool | None = with_default(True)
    created_at: datetime | None = created_at()
    updated_at: datetime | None = updated_at()


class TrainingPhase(SQLModel, table=True):
    __tablename__ = "training_phases"
    __table_args__ = (
        sa.CheckConstraint(f"phase_type IN {PHASE_TYPES}", name="phase_type"),
        sa.CheckConstraint(f"status IS NULL OR status IN {PHASE_STATUSES}", name="status"),
        sa.CheckConstraint("confidence IS NULL OR confidence BETWEEN 0 AND 100", name="confidence"),
        sa.Index("idx_training_phases_profile", "profile_id"),
        sa.Index("idx_training_phases_status", "profile_id", "status"),
        sa.Index("idx_training_phases_dates", "profile_id", "start_date", "end_date"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    phase_type: str = Field(max_length=50)
    start_date: date
    end_date: date | None = None
    status: str | None = with_default("suggested", max_length=20)
    confidence: float | None = numeric(5, 2)
    description: str | None = text_field()
    # What the detection saw: [{"key": "weight_rate", "value": -0.6}, ...] (goals.phases.Evidence).
    evidence: list[dict[str, Any]] | None = json_field()
    created_at: datetime | None = created_at()


class FitnessTest(SQLModel, table=True):
    __tablename__ = "fitness_tests"
    __table_args__ = (
        sa.Index("idx_fitness_tests_profile", "profile_id"),
        sa.Index("idx_fitness_tests_type", "profile_id", "test_type"),
        sa.Index("idx_fitness_tests_date", "profile_id", "test_date"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    test_date: date
    test_type: str = Field(max_length=50)
    result_value: float = numeric(10, 2, nullable=False)
    result_unit: str | None = Field(default=None, max_length=20)
    norm_category: str | None = Field(default=None, max_length=50)
    notes: str | None = text_field()
    created_at: datetime | None = created_at()


class WeeklyGoal(SQLModel, table=True):
    """Legacy weekly goals, one row per profile and week."""

    __tablename__ = "weekly_goals"
    __table_args__ = (
        sa.UniqueConstraint("profile_id", "week_start", name="unique_weekly_goal_per_profile"),
        sa.Index("idx_weekly_goals_profile_week", "profile_id", desc("week_start")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    week_start: date
    goals: dict[str, Any] | None = json_field()
    created_at: datetime | None = created_at()


class Achievement(SQLModel, table=True):
    """An achievement a profile earned (goals.achievements.KINDS), once;
    `seen` once the Goals page has shown it as new."""

    __tablename__ = "achievements"
    __table_args__ = (
        sa.UniqueConstraint("profile_id", "key", name="unique_achievement_per_profile"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    key: str = Field(max_length=50)
    earned_on: date
    seen: bool = with_default(False, nullable=False)
    created_at: datetime | None = created_at()


class StreakRecord(SQLModel, table=True):
    """The longest run a profile has had of each streak ("weeks_met",
    "logged_days"): the weekly overview reads a year back, so a longer run
    before that year is kept here once seen."""

    __tablename__ = "streak_records"
    __table_args__ = (
        sa.UniqueConstraint("profile_id", "kind", name="unique_streak_record_per_profile"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    kind: str = Field(max_length=20)
    longest: int
    reached_on: date


# What the columns mean (the export's columns.csv).
document(
    Goal,
    title=Text(de="Titel des Ziels", en="The goal's title"),
    goal_type=Text(
        de="Art des Ziels (goal_type_definitions), z. B. weight oder custom",
        en="The goal's type (goal_type_definitions), e.g. weight or custom",
    ),
    category=Text(de="Kategorie der Zielart", en="The goal type's category"),
    start_date=Text(de="Tag, an dem das Ziel angelegt wurde", en="The day the goal was set"),
    target_date=Text(
        de="Tag, bis zu dem es erreicht sein soll", en="The day it is to be reached by"
    ),
    start_value=Text(
        de="Wert beim Anlegen, in der Einheit der Zielart",
        en="The value when it was set, in the goal type's unit",
    ),
    target_value=Text(
        de="Zielwert, in der Einheit der Zielart", en="The target, in the goal type's unit"
    ),
    current_value=Text(
        de="Zuletzt gespeicherter aktueller Wert (die App nimmt den aus den Daten, wenn es ihn gibt)",
        en="The current value last stored (the app uses the one from the data where there is one)",
    ),
    source_table=Text(
        de="Tabelle, aus der der Fortschritt gelesen wird (leer: von Hand erfasst)",
        en="The table progress is read from (empty: logged by hand)",
    ),
    source_column=Text(
        de="Spalte, aus der der Fortschritt gelesen wird", en="The column progress is read from"
    ),
    status=Text(
        de="Stand: active, paused oder completed", en="Status: active, paused or completed"
    ),
    is_primary=Text(de="Ob es das Hauptziel ist", en="Whether it is the primary goal"),
    priority=Text(de="Priorität (Reihenfolge, 0 zuerst)", en="Priority (order, 0 first)"),
)
document(
    GoalProgress,
    goal_id=Text(de="Das Ziel", en="The goal"),
    value=Text(
        de="Von Hand erfasster Wert an diesem Tag, in der Einheit der Zielart",
        en="The value logged by hand that day, in the goal type's unit",
    ),
)
document(
    UserFocusAreaWeight,
    focus_area_id=Text(
        de="Der Schwerpunkt (focus_area_definitions)", en="The focus area (focus_area_definitions)"
    ),
    weight=Text(
        de="Gewichtung des Schwerpunkts in Prozent (0–100)",
        en="The focus area's weight in percent (0–100)",
    ),
)
document(
    UserFocusPreference,
    focus_areas=Text(
        de="Alte Schwerpunkte als JSON (abgelöst durch user_focus_area_weights)",
        en="Old focus areas as JSON (superseded by user_focus_area_weights)",
    ),
    active=Text(de="Ob diese Zeile gilt", en="Whether this row applies"),
)
document(
    TrainingPhase,
    phase_type=Text(
        de="Art der Phase: calorie_deficit, calorie_surplus, deload, maintenance, "
        "periodization oder recomposition",
        en="The phase's type: calorie_deficit, calorie_surplus, deload, maintenance, "
        "periodization or recomposition",
    ),
    start_date=Text(de="Erster Tag der Phase", en="The phase's first day"),
    end_date=Text(
        de="Letzter Tag der Phase (leer: offen)", en="The phase's last day (empty: open)"
    ),
    status=Text(
        de="Stand: suggested (erkannt), accepted (bestätigt), rejected (abgelehnt), active oder completed",
        en="Status: suggested (detected), accepted (confirmed), rejected, active or completed",
    ),
    confidence=Text(
        de="Wie sicher die Erkennung ist, in Prozent (0–100)",
        en="How sure the detection is, in percent (0–100)",
    ),
    description=Text(de="Beschreibung der Phase", en="The phase's description"),
    evidence=Text(
        de="Was die Erkennung sah, als JSON-Liste von {key, value}",
        en="What the detection saw, as a JSON list of {key, value}",
    ),
)
document(
    FitnessTest,
    test_date=Text(de="Tag des Tests", en="The day of the test"),
    test_type=Text(de="Art des Tests, z. B. cooper_12min", en="The test's kind, e.g. cooper_12min"),
    result_value=Text(de="Ergebnis, in result_unit", en="The result, in result_unit"),
    result_unit=Text(de="Einheit des Ergebnisses", en="The result's unit"),
    norm_category=Text(
        de="Einstufung des Ergebnisses nach Normtabelle für Geschlecht und Alter",
        en="The result's rating by the norm table for sex and age",
    ),
)
document(
    WeeklyGoal,
    week_start=Text(
        de="Montag der Woche, in der die Ziele gesetzt wurden",
        en="The Monday of the week the targets were set in",
    ),
    goals=Text(
        de="Wochenziele als JSON: workouts, active_minutes, weigh_ins, food_days",
        en="Weekly targets as JSON: workouts, active_minutes, weigh_ins, food_days",
    ),
)
document(
    Achievement,
    key=Text(
        de="Art des Erfolgs: first_record, goal_reached, four_week_streak oder thirty_logged_days",
        en="The achievement: first_record, goal_reached, four_week_streak or thirty_logged_days",
    ),
    earned_on=Text(de="Tag, an dem er erreicht wurde", en="The day it was earned"),
    seen=Text(
        de="Ob die Ziele-Seite ihn schon als neu gezeigt hat",
        en="Whether the Goals page has shown it as new",
    ),
)
document(
    StreakRecord,
    kind=Text(
        de="Die Serie: weeks_met (Wochen mit allen Wochenzielen) oder logged_days (Tage mit Eintrag)",
        en="The streak: weeks_met (weeks with every weekly goal) or logged_days (days with an entry)",
    ),
    longest=Text(de="Die längste Serie bisher", en="The longest run so far"),
    reached_on=Text(
        de="Tag, an dem sie diese Länge erreichte", en="The day it reached that length"
    ),
)
