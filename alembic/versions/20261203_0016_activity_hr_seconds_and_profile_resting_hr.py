"""activity heart-rate seconds, the profile's resting heart rate, re-evaluation jobs

activity_log.hr_seconds keeps an imported recording's heart-rate samples
compactly, as the seconds spent at each heart rate (training's time in
zones). profiles.resting_hr is the resting heart rate the user states; the
zones use it when no recent morning vitals give one. training_reevaluations
holds the progress of a type's activities judged again on the task queue
after an admin changed its rules.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 12:01:16.315822

"""

from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = "0016"
down_revision: Union[str, None] = "0015"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "training_reevaluations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("training_type_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sqlmodel.sql.sqltypes.AutoString(length=20),
            server_default="queued",
            nullable=False,
        ),
        sa.Column("done", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("total", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("after_id", sa.Uuid(), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["training_type_id"],
            ["training_types.id"],
            name=op.f("fk_training_reevaluations_training_type_id_training_types"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_reevaluations")),
    )
    with op.batch_alter_table("training_reevaluations", schema=None) as batch_op:
        batch_op.create_index("idx_training_reevaluations_type", ["training_type_id"], unique=False)

    with op.batch_alter_table("activity_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "hr_seconds",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=True,
            )
        )

    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("resting_hr", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_profiles_resting_hr"), "resting_hr IS NULL OR resting_hr BETWEEN 25 AND 120"
        )


def downgrade() -> None:
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_profiles_resting_hr"), type_="check")
        batch_op.drop_column("resting_hr")

    with op.batch_alter_table("activity_log", schema=None) as batch_op:
        batch_op.drop_column("hr_seconds")

    op.drop_table("training_reevaluations")
