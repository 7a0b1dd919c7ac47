"""activity log keeps account deletions: user_activity_log.profile_id may be
NULL (an account's deletion, recorded without anything naming the person)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 09:28:42.490935

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "0012"
down_revision: Union[str, None] = "0011"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('user_activity_log', schema=None) as batch_op:
        batch_op.alter_column('profile_id', existing_type=sa.Uuid(), nullable=True)


def downgrade() -> None:
    # The deletions recorded without a profile cannot stay.
    op.execute("DELETE FROM user_activity_log WHERE profile_id IS NULL")
    with op.batch_alter_table('user_activity_log', schema=None) as batch_op:
        batch_op.alter_column('profile_id', existing_type=sa.Uuid(), nullable=False)
