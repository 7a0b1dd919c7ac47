"""daily activity summary; workout sets' history index covers progress

Steps, active and resting energy, exercise minutes and distance per day,
one row per day and source (training.daily_activity). The history index of
workout_sets gains the columns an exercise's progress per workout reads.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 08:56:12.966451

"""

from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = "0009"
down_revision: Union[str, None] = "0008"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "daily_activity",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column(
            "source",
            sqlmodel.sql.sqltypes.AutoString(length=50),
            server_default="manual",
            nullable=False,
        ),
        sa.Column("steps", sa.Integer(), nullable=True),
        sa.Column("active_kcal", sa.Integer(), nullable=True),
        sa.Column("resting_kcal", sa.Integer(), nullable=True),
        sa.Column("exercise_minutes", sa.Integer(), nullable=True),
        sa.Column("distance_km", sa.Numeric(precision=6, scale=2, asdecimal=False), nullable=True),
        sa.Column(
            "created_at",
            sqlmodel.sql.sqltypes.UTCDateTime(),
            server_default=sa.func.now(),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sqlmodel.sql.sqltypes.UTCDateTime(),
            server_default=sa.func.now(),
            nullable=True,
        ),
        sa.CheckConstraint(
            "active_kcal IS NULL OR active_kcal BETWEEN 0 AND 20000",
            name=op.f("ck_daily_activity_active_kcal_range"),
        ),
        sa.CheckConstraint(
            "distance_km IS NULL OR distance_km BETWEEN 0 AND 1000",
            name=op.f("ck_daily_activity_distance_km_range"),
        ),
        sa.CheckConstraint(
            "exercise_minutes IS NULL OR exercise_minutes BETWEEN 0 AND 1440",
            name=op.f("ck_daily_activity_exercise_minutes_range"),
        ),
        sa.CheckConstraint(
            "resting_kcal IS NULL OR resting_kcal BETWEEN 0 AND 20000",
            name=op.f("ck_daily_activity_resting_kcal_range"),
        ),
        sa.CheckConstraint(
            "steps IS NULL OR steps BETWEEN 0 AND 200000",
            name=op.f("ck_daily_activity_steps_range"),
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_daily_activity_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_daily_activity")),
        sa.UniqueConstraint("profile_id", "date", "source", name="unique_daily_activity_source"),
    )
    with op.batch_alter_table("daily_activity", schema=None) as batch_op:
        batch_op.create_index(
            "idx_daily_activity_profile_date",
            ["profile_id", sa.literal_column("date DESC")],
            unique=False,
        )
    op.drop_index("idx_workout_sets_history", table_name="workout_sets")
    op.create_index(
        "idx_workout_sets_history",
        "workout_sets",
        ["profile_id", "exercise_id", "date", "workout_id", "weight_kg", "reps", "kind"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("idx_workout_sets_history", table_name="workout_sets")
    op.create_index(
        "idx_workout_sets_history",
        "workout_sets",
        ["profile_id", "exercise_id", "date"],
        unique=False,
    )
    with op.batch_alter_table("daily_activity", schema=None) as batch_op:
        batch_op.drop_index("idx_daily_activity_profile_date")

    op.drop_table("daily_activity")
