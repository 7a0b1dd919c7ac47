"""exercise records kept from the sets, the runner of a re-evaluation

exercise_records holds each exercise's personal records (heaviest weight,
best Epley and Brzycki estimates, best session volume) as the sets are
added, edited and deleted, so that saving a set compares with a few rows
instead of reading years of sets. Filled here from the sets already stored,
by the same pure rules the app keeps them with (training.strength).
training_reevaluations.runner is the one run that may advance a job (two
workers never both do), heartbeat_at when it last reported.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03 15:08:28.997771

"""

import uuid
from collections import defaultdict
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel

from mitai_app.training.strength import best_records

# revision identifiers, used by Alembic.
revision: str = "0019"
down_revision: Union[str, None] = "0018"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

COUNTED = "kind <> 'warmup' AND reps >= 1 AND weight_kg > 0"  # strength.counts in SQL


def upgrade() -> None:
    records = op.create_table(
        "exercise_records",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("exercise_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("weight_kg", sa.Numeric(precision=6, scale=2, asdecimal=False), nullable=True),
        sa.Column("reps", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercises.id"],
            name=op.f("fk_exercise_records_exercise_id_exercises"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_exercise_records_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_records")),
        sa.UniqueConstraint("profile_id", "exercise_id", "kind", name="unique_exercise_record_kind"),
    )
    with op.batch_alter_table("exercise_records", schema=None) as batch_op:
        batch_op.create_index(
            "idx_exercise_records_profile_kind_date",
            ["profile_id", "kind", sa.literal_column("date DESC")],
            unique=False,
        )
    _fill(records)
    with op.batch_alter_table("training_reevaluations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("runner", sa.Uuid(), nullable=True))
        batch_op.add_column(
            sa.Column("heartbeat_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )


def _fill(records: sa.Table) -> None:
    """Each exercise's records from its counted sets, as the app computes
    them (`workouts._records`)."""
    bind = op.get_bind()
    sets = sa.table(
        "workout_sets",
        sa.column("profile_id", sa.Uuid()),
        sa.column("exercise_id", sa.Uuid()),
        sa.column("workout_id", sa.Uuid()),
        sa.column("date", sa.Date()),
        sa.column("reps", sa.Integer()),
        sa.column("weight_kg", sa.Numeric(6, 2, asdecimal=False)),
        sa.column("kind", sa.String()),
    )
    owner = (sets.c.profile_id, sets.c.exercise_id)
    counted = sa.text(COUNTED)
    combos, volumes = defaultdict(list), defaultdict(list)
    for profile_id, exercise_id, kg, reps, first in bind.execute(
        sa.select(*owner, sets.c.weight_kg, sets.c.reps, sa.func.min(sets.c.date))
        .where(counted)
        .group_by(*owner, sets.c.weight_kg, sets.c.reps)
    ):
        combos[profile_id, exercise_id].append((float(kg), reps, first))
    for profile_id, exercise_id, total, day in bind.execute(
        sa.select(*owner, sa.func.sum(sets.c.reps * sets.c.weight_kg), sets.c.date)
        .where(counted)
        .group_by(*owner, sets.c.date, sets.c.workout_id)
    ):
        volumes[profile_id, exercise_id].append((float(total), day))
    rows = [
        {
            "id": uuid.uuid4(),
            "profile_id": profile_id,
            "exercise_id": exercise_id,
            "kind": record.kind,
            "value": record.value,
            "date": record.day,
            "weight_kg": record.weight_kg,
            "reps": record.reps,
        }
        for (profile_id, exercise_id), found in combos.items()
        for record in best_records(found, volumes[profile_id, exercise_id]).values()
    ]
    if rows:
        bind.execute(records.insert(), rows)


def downgrade() -> None:
    with op.batch_alter_table("training_reevaluations", schema=None) as batch_op:
        batch_op.drop_column("heartbeat_at")
        batch_op.drop_column("runner")

    with op.batch_alter_table("exercise_records", schema=None) as batch_op:
        batch_op.drop_index("idx_exercise_records_profile_kind_date")

    op.drop_table("exercise_records")
