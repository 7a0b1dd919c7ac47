"""activity heart-rate seconds and the profile's resting heart rate

activity_log.hr_seconds keeps an imported recording's heart-rate samples
compactly, as the seconds spent at each heart rate (training's time in
zones). profiles.resting_hr is the resting heart rate the user states; the
zones use it when no recent morning vitals give one.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 12:01:16.315822

"""

from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = "0013"
down_revision: Union[str, None] = "0012"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
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
