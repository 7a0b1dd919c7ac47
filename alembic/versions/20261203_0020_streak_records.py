"""streak records: the longest run of each streak a profile has had

The weekly overview reads a year of weeks; the longest run of met weeks and
of logged days is kept in streak_records so a longer one before that year
stays the longest shown.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03 15:40:00.000000

"""

from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel

# revision identifiers, used by Alembic.
revision: str = '0020'
down_revision: Union[str, None] = '0019'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "streak_records",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("profile_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("longest", sa.Integer(), nullable=False),
        sa.Column("reached_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_streak_records_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_streak_records")),
        sa.UniqueConstraint("profile_id", "kind", name="unique_streak_record_per_profile"),
    )


def downgrade() -> None:
    op.drop_table("streak_records")
